import type { AvroType } from '../schema/avro.js';

export { branchName, isUuid, nullableIndex } from '../schema/avro.js';

/** A parsed Avro type, as the compilers see it. */
export type AnyType = AvroType;

/** The fewest bytes a value of this type can encode to (used to bound hostile counts). */
export function minBytes(t: AnyType, seen: Set<AnyType> = new Set()): number {
  switch (t.typeName) {
    case 'null':
      return 0;
    case 'float':
      return 4;
    case 'double':
      return 8;
    case 'fixed':
      return t.size;
    case 'record':
    case 'error': {
      if (seen.has(t)) return 0; // recursive: count it as free, which only loosens the bound
      seen.add(t);
      let n = 0;
      for (const f of t.fields) n += minBytes(f.type, seen);
      seen.delete(t);
      return n;
    }
    default:
      // boolean, int, long, string, bytes, enum, array, map, union: at least one byte.
      return 1;
  }
}

/** A short readable name of a type for error messages. */
export function describe(t: AnyType): string {
  return t.name ?? t.typeName;
}

/** A short readable rendering of a bad value for error messages. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (v instanceof Uint8Array) return `bytes(${v.length})`;
  if (Array.isArray(v)) return `array(${v.length})`;
  if (typeof v === 'object' && v !== null) return 'object';
  return String(v);
}

/** The bulk reader/writer method for an array of doubles or floats (undefined for other items). */
export function floatArrayMethod(t: AnyType): { method: 'doubles' | 'floats'; typed: 'Float64Array' | 'Float32Array' } | undefined {
  if (t.typeName === 'double') return { method: 'doubles', typed: 'Float64Array' };
  if (t.typeName === 'float') return { method: 'floats', typed: 'Float32Array' };
  return undefined;
}
