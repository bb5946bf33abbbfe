import type avsc from 'avsc';

/** avsc's parsed types, as the compilers see them. */
export type AnyType = avsc.Type & {
  fields?: avsc.types.Field[];
  types?: AnyType[];
  itemsType?: AnyType;
  valuesType?: AnyType;
  symbols?: string[];
  size?: number;
  branchName?: string;
};

/** True for a fixed named `Uuid` of size 16: held in memory as a UUID string. */
export function isUuid(t: AnyType): boolean {
  return t.typeName === 'fixed' && t.size === 16 && /(^|\.)Uuid$/.test(t.name ?? '');
}

/**
 * For a union of null and exactly one other branch, the index of the null branch (0 or 1); such
 * unions are held unwrapped (null or the value). -1 for every other union (held wrapped).
 */
export function nullableIndex(t: AnyType): number {
  const types = t.types!;
  if (types.length !== 2) return -1;
  if (types[0]!.typeName === 'null' && types[1]!.typeName !== 'null') return 0;
  if (types[1]!.typeName === 'null' && types[0]!.typeName !== 'null') return 1;
  return -1;
}

/** The key of a wrapped union branch: the primitive type name or the named type's full name. */
export function branchName(t: AnyType): string {
  return t.branchName ?? t.typeName;
}

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
      return t.size!;
    case 'record':
    case 'error': {
      if (seen.has(t)) return 0; // recursive: count it as free, which only loosens the bound
      seen.add(t);
      let n = 0;
      for (const f of t.fields!) n += minBytes(f.type as AnyType, seen);
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
