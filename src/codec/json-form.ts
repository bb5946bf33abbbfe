import { Utf8Text } from '../wire/utf8-text.js';
import { EtpError } from '../errors.js';
import type { LongMode } from '../wire/long.js';
import { fromHex, toHex } from '../wire/bytes.js';
import { isUuidString } from '../wire/uuid-bytes.js';
import { unknownKey } from './closures/writer.js';
import type { AvroType } from '../schema/avro-types.js';
import { branchName, branchOfKey, floatArrayMethod, getOwn, isUuid, nullableIndex, setOwn } from '../schema/type-rules.js';
import { show } from './show.js';

/**
 * Converts between in-memory values and the interchange JSON form (README, `toJSON`; the
 * conformance vectors' form):
 * longs beyond ±(2^53 − 1) as decimal strings, bytes and fixed as `{"$hex": …}`, Uuid as its
 * string, unions of null and one type plain, other unions `{"<branch>": value}`.
 */
export function toJSONValue(t: AvroType, v: unknown): unknown {
  switch (t.typeName) {
    case 'string':
      return v instanceof Utf8Text ? v.toString() : v;
    case 'long':
      return typeof v === 'bigint' ? (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v.toString()) : v;
    case 'float':
    case 'double':
      return Number.isFinite(v) ? v : String(v);
    case 'bytes':
      return { $hex: toHex(v as Uint8Array) };
    case 'fixed':
      return isUuid(t) && typeof v === 'string' ? v : { $hex: toHex(v as Uint8Array) };
    case 'array':
      // Array.from: encode also takes a Float64Array or Float32Array, whose own map would stay typed.
      return Array.from(v as ArrayLike<unknown>, (x) => toJSONValue(t.itemsType, x));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object)) setOwn(out, k, toJSONValue(t.valuesType, (v as Record<string, unknown>)[k]));
      return out;
    }
    case 'record':
    case 'error': {
      const out: Record<string, unknown> = {};
      for (const f of t.fields) setOwn(out, f.name, toJSONValue(f.type, getOwn(v as object, f.name)));
      return out;
    }
    case 'union': {
      if (v === null || v === undefined) return null;
      const nullAt = nullableIndex(t);
      if (nullAt >= 0) return toJSONValue(t.types[1 - nullAt]!, v);
      const key = Object.keys(v as object)[0]!;
      const at = branchOfKey(t, key);
      if (at < 0) throw new EtpError('INVALID_VALUE', `union has no branch ${key}`);
      const branch = t.types[at]!;
      return { [branchName(branch)]: toJSONValue(branch, getOwn(v as object, key)) };
    }
    default:
      return v;
  }
}

/** How {@link fromJSONValue} gives longs, arrays of doubles and floats, and strings (as decode would, with the codec's options). */
export interface JsonMode {
  longs: LongMode;
  floatArrays: 'array' | 'typed';
  /** `'utf8'`: string fields as {@link Utf8Text}. Default `'string'`. */
  strings?: 'string' | 'utf8';
}

/** The reverse of {@link toJSONValue}; throws INVALID_JSON with the path of the bad value. */
export function fromJSONValue(t: AvroType, j: unknown, mode: JsonMode, path = ''): unknown {
  const bad = (expected: string): EtpError => new EtpError('INVALID_JSON', `${path || 'value'}: expected ${expected}, got ${show(j)}`);
  switch (t.typeName) {
    case 'null':
      if (j !== null) throw bad('null');
      return null;
    case 'boolean':
      if (typeof j !== 'boolean') throw bad('a boolean');
      return j;
    case 'int':
      if (typeof j !== 'number' || (j | 0) !== j) throw bad('an int');
      return j;
    case 'long':
      return longFromJSON(j, mode.longs, bad);
    case 'float':
    case 'double':
      if (typeof j === 'number') return j;
      if (j === 'NaN' || j === 'Infinity' || j === '-Infinity') return Number(j);
      throw bad('a number');
    case 'string':
      if (typeof j !== 'string') throw bad('a string');
      if (mode.strings !== 'utf8') return j;
      if (!j.isWellFormed()) throw bad('well-formed text');
      return Utf8Text.from(j);
    case 'bytes':
      return hexFromJSON(j, undefined, bad);
    case 'fixed':
      if (isUuid(t)) {
        if (!isUuidString(j)) throw bad('a uuid string');
        return j.toLowerCase();
      }
      return hexFromJSON(j, t.size, bad);
    case 'enum':
      if (typeof j !== 'string' || !t.symbols.includes(j)) throw bad(`one of ${t.symbols.join(', ')}`);
      return j;
    case 'array': {
      if (!Array.isArray(j)) throw bad('an array');
      const items = j.map((x, i) => fromJSONValue(t.itemsType, x, mode, `${path}[${i}]`));
      const typed = mode.floatArrays === 'typed' ? floatArrayMethod(t.itemsType) : undefined;
      return typed ? (typed.method === 'doubles' ? Float64Array : Float32Array).from(items as number[]) : items;
    }
    case 'map': {
      if (!isObject(j)) throw bad('an object');
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(j)) setOwn(out, k, fromJSONValue(t.valuesType, j[k], mode, `${path}[${JSON.stringify(k)}]`));
      return out;
    }
    case 'record':
    case 'error': {
      if (!isObject(j)) throw bad(`a ${t.name} object`);
      const names = t.fields.map((f) => f.name);
      const unknown = unknownKey(j, names);
      if (unknown) throw new EtpError('INVALID_JSON', `${path || 'value'}: ${unknown}`);
      const out: Record<string, unknown> = {};
      for (const f of t.fields) {
        const fj = getOwn(j, f.name);
        if (fj === undefined && f.default !== undefined) continue; // the encoder fills defaults
        // A field that may be null may be left out, as encode allows.
        if (fj === undefined && f.type.typeName === 'union' && f.type.types.some((b) => b.typeName === 'null')) {
          setOwn(out, f.name, null);
          continue;
        }
        setOwn(out, f.name, fromJSONValue(f.type, fj, mode, `${path}.${f.name}`));
      }
      return out;
    }
    case 'union': {
      if (j === null) {
        if (!t.types.some((b) => b.typeName === 'null')) throw bad('a non-null union value');
        return null;
      }
      const nullAt = nullableIndex(t);
      if (nullAt >= 0) return fromJSONValue(t.types[1 - nullAt]!, j, mode, path);
      if (!isObject(j) || Object.keys(j).length !== 1) throw bad('a {"<branch>": value} object');
      const key = Object.keys(j)[0]!;
      // Any name a writer accepts (full, or short when unambiguous); given back under its full name, as decode gives it.
      const at = branchOfKey(t, key);
      if (at < 0) throw bad(`a branch of ${t.types.map(branchName).join(', ')}`);
      const branch = t.types[at]!;
      return { [branchName(branch)]: fromJSONValue(branch, getOwn(j, key), mode, `${path}.${key}`) };
    }
  }
}

function longFromJSON(j: unknown, longs: LongMode, bad: (e: string) => EtpError): number | bigint {
  let big: bigint;
  if (typeof j === 'number') {
    if (!Number.isSafeInteger(j)) throw bad('a long (numbers beyond ±(2^53 - 1) are written as decimal strings)');
    if (longs === 'number') return j;
    big = BigInt(j);
  } else if (typeof j === 'string' && /^-?\d{1,20}$/.test(j)) {
    big = BigInt(j);
    if (big < -0x8000000000000000n || big > 0x7fffffffffffffffn) throw bad('a long in the signed 64-bit range');
  } else {
    throw bad('a long');
  }
  // Exact either way: a number when it is safe and numbers are wanted, otherwise a bigint.
  if (longs === 'number' && big >= -9007199254740991n && big <= 9007199254740991n) return Number(big);
  return big;
}

function hexFromJSON(j: unknown, size: number | undefined, bad: (e: string) => EtpError): Uint8Array {
  const hex = isObject(j) ? j.$hex : undefined;
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw bad('{"$hex": "<even-length hex>"}');
  if (size !== undefined && hex.length !== size * 2) throw bad(`{"$hex": …} of ${size} bytes`);
  return fromHex(hex);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
