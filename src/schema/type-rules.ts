import type { AvroType, UnionType } from './avro-types.js';

// The rules every walker of a parsed type follows — the closures, the generated code, the JSON
// form, the session's splitting and the type generator — written once: how a union branch is
// named and which names it answers to, how unions and Uuids are held, the fewest bytes a value
// encodes to, and how a key that JavaScript treats specially (`__proto__`) stays plain data.

/** The key of a union branch: the primitive or container type name, or the named type's full name. */
export function branchName(t: AvroType): string {
  return t.name ?? t.typeName;
}

/** The last dot-separated part of a branch name (ArrayOfDouble for Energistics.Etp.v12.Datatypes.ArrayOfDouble). */
export function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** A name a wrapped union's value may be held under, and the branch it selects. */
export interface BranchKey {
  readonly key: string;
  readonly index: number;
}

const KEYS = new WeakMap<UnionType, readonly BranchKey[]>();

/**
 * The keys a wrapped union's value may be held under, in the order a writer probes them: for each
 * non-null branch in schema order its full name, then its short name when no other branch has the
 * same short name and no branch's full name is that short name. Decoding always gives full names.
 */
export function branchKeys(t: UnionType): readonly BranchKey[] {
  let keys = KEYS.get(t);
  if (keys) return keys;
  const names = t.types.map(branchName);
  const shorts = names.map(shortName);
  const out: BranchKey[] = [];
  t.types.forEach((b, index) => {
    if (b.typeName === 'null') return;
    const full = names[index]!;
    const short = shorts[index]!;
    out.push({ key: full, index });
    if (short !== full && shorts.filter((s) => s === short).length === 1 && !names.includes(short)) out.push({ key: short, index });
  });
  keys = out;
  KEYS.set(t, keys);
  return keys;
}

/** The branch a key selects (full or unambiguous short name), or -1. */
export function branchOfKey(t: UnionType, key: string): number {
  for (const k of branchKeys(t)) if (k.key === key) return k.index;
  return -1;
}

/**
 * For a union of null and exactly one other branch, the index of the null branch (0 or 1); such
 * unions are held unwrapped (null or the value). -1 for every other union (held wrapped).
 */
export function nullableIndex(t: UnionType): number {
  const types = t.types;
  if (types.length !== 2) return -1;
  if (types[0]!.typeName === 'null' && types[1]!.typeName !== 'null') return 0;
  if (types[1]!.typeName === 'null' && types[0]!.typeName !== 'null') return 1;
  return -1;
}

/** True for a fixed named `Uuid` of size 16: held in memory as a UUID string. */
export function isUuid(t: AvroType): boolean {
  return t.typeName === 'fixed' && t.size === 16 && /(^|\.)Uuid$/.test(t.name);
}

/** The bulk reader/writer method for an array of doubles or floats (undefined for other items). */
export function floatArrayMethod(t: AvroType): { method: 'doubles' | 'floats'; typed: 'Float64Array' | 'Float32Array' } | undefined {
  if (t.typeName === 'double') return { method: 'doubles', typed: 'Float64Array' };
  if (t.typeName === 'float') return { method: 'floats', typed: 'Float32Array' };
  return undefined;
}

/** The fewest bytes a value of this type can encode to (used to bound hostile counts). */
export function minBytes(t: AvroType, seen: Set<AvroType> = new Set()): number {
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

/**
 * True for a key that plain assignment and plain reads do not treat as data: `o.__proto__ = x`
 * sets the prototype, and `o.__proto__` of an object without that own key is Object.prototype.
 * Avro allows a record field, a map key or a type name `__proto__`; it must stay data.
 */
export function isPrototypeKey(key: string): boolean {
  return key === '__proto__';
}

/** Sets `key` as an own data property (also `__proto__`). */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (isPrototypeKey(key)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** An own property's value, or undefined (a missing `__proto__` is missing, not Object.prototype). */
export function getOwn(v: object, key: string): unknown {
  if (isPrototypeKey(key)) return Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
  return (v as Record<string, unknown>)[key];
}
