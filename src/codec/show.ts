import type { AvroType } from '../schema/avro-types.js';

// How a type and a bad value are named in error messages.

/** A short readable name of a type for error messages. */
export function describe(t: AvroType): string {
  return t.name ?? t.typeName;
}

/** A short readable rendering of a bad value for error messages. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v instanceof Uint8Array) return `bytes(${v.length})`;
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === 'object' && v !== null) return 'object';
  return String(v);
}
