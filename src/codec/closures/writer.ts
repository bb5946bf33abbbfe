import { Utf8Text } from '../../wire/utf8-text.js';
import { EtpError } from '../../errors.js';
import type { RecordType, UnionType } from '../../schema/avro.js';
import { MAX_LONG, MIN_LONG } from '../../wire/long.js';
import type { Writer } from '../../wire/writer.js';
import type { AvroType } from '../../schema/avro-types.js';
import { branchKeys, branchName, floatArrayMethod, getOwn, isPrototypeKey, isUuid, nullableIndex } from '../../schema/type-rules.js';
import { describe, show } from '../show.js';

/** Writes one value of a type; throws INVALID_VALUE (or LONG_OUT_OF_RANGE) when it does not fit. */
export type WriteFn = (w: Writer, v: unknown) => void;

/** An encoding error about a value; `where` is prefixed to its message as it travels up. */
export function invalid(expected: string, v: unknown): EtpError {
  return new EtpError('INVALID_VALUE', `must be ${expected}, got ${show(v)}`);
}

/** Adds a path segment (`.field`, `[3]`) in front of a value error's message. */
export function atPath(err: unknown, segment: string): unknown {
  if (err instanceof EtpError && (err.code === 'INVALID_VALUE' || err.code === 'LONG_OUT_OF_RANGE')) {
    const m = err.message;
    err.message = segment + (m.startsWith('.') || m.startsWith('[') ? '' : ': ') + m;
  }
  return err;
}

/** Writes a string field's value that is not a string: utf-8 text (Utf8Text) as its bytes; anything else is refused. */
export function writeText(w: Writer, v: unknown): void {
  if (v instanceof Utf8Text) w.bytes(v.bytes);
  else throw invalid('a string', v);
}

/** Writes a long given as a number or a bigint, refusing anything inexact. */
export function writeLong(w: Writer, v: unknown): void {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) {
      w.long(v);
      return;
    }
    if (Number.isInteger(v)) {
      throw new EtpError('LONG_OUT_OF_RANGE', `must be within ±(2^53 - 1) as a number (pass a bigint for larger longs), got ${v}`);
    }
  } else if (typeof v === 'bigint') {
    if (v >= MIN_LONG && v <= MAX_LONG) {
      w.longBig(v);
      return;
    }
    throw new EtpError('LONG_OUT_OF_RANGE', `must fit in a signed 64-bit long, got ${v}n`);
  }
  throw invalid('a long (integer number or bigint)', v);
}

/** Throws unless `key` is the only own enumerable key of `v` (a wrapped union value). */
export function onlyKey(v: object, key: string, expected: string): void {
  for (const k in v) {
    if (k !== key) throw invalid(expected, `{${Object.keys(v).join(', ')}}`);
  }
}

/**
 * Throws INVALID_VALUE naming the first own enumerable key of a record value that is none of its
 * `fields` (with the field it most likely meant: `countObject` → `countObjects`); returns when every
 * key is a field (some given as undefined). Encoders call it when a value holds more keys than
 * fields, so a misspelt field is refused rather than dropped and left to its default.
 */
export function unknownField(v: object, fields: readonly string[]): void {
  const what = unknownKey(v, fields);
  if (what) throw new EtpError('INVALID_VALUE', what);
}

/** `has no field K (did you mean F?): the record's fields are …` for the first key of `v` that is no field; undefined when there is none. */
export function unknownKey(v: object, fields: readonly string[]): string | undefined {
  for (const k in v) {
    if (fields.includes(k)) continue;
    const near = nearest(k, fields);
    return `has no field ${k}${near ? ` (did you mean ${near}?)` : ''}: the record's fields are ${fields.join(', ')}`;
  }
  return undefined;
}

/** The field a misspelt key most likely meant: the same ignoring case, or at most two edits away. */
function nearest(key: string, fields: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const f of fields) {
    if (f.toLowerCase() === lower) return f;
    const d = editDistance(lower, f.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance of two short strings, or `limit` once it is certain to reach it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(d);
      least = Math.min(least, d);
    }
    if (least >= limit) return limit;
    prev = row;
  }
  return Math.min(prev[b.length]!, limit);
}

/**
 * Turns parsed types into writer closures, once per type (cached). They check every value and
 * name the path of a bad one (`body.data[3].value: …`); the generated encoders (codegen/source.ts) do
 * not, and hand a value they refuse to these for the message.
 */
export class WriterCompiler {
  private readonly cache = new Map<AvroType, WriteFn>();

  compile(t: AvroType): WriteFn {
    let fn = this.cache.get(t);
    if (!fn) {
      fn = this.build(t);
      this.cache.set(t, fn);
    }
    return fn;
  }

  private build(t: AvroType): WriteFn {
    switch (t.typeName) {
      case 'enum':
        return enumWriter(t.symbols, describe(t));
      case 'array': {
        const bulk = floatArrayMethod(t.itemsType);
        return bulk ? floatArrayWriter(bulk.method, t.itemsType.typeName) : arrayWriter(this.compile(t.itemsType));
      }
      case 'map':
        return mapWriter(this.compile(t.valuesType));
      case 'union':
        return this.union(t);
      case 'record':
      case 'error':
        return this.record(t);
      default:
        return primitiveWriter(t);
    }
  }

  private union(t: UnionType): WriteFn {
    const types = t.types;
    const nullAt = nullableIndex(t);
    if (nullAt >= 0) {
      const valueAt = 1 - nullAt;
      const value = this.compile(types[valueAt]!);
      return (w, v) => {
        if (v === null || v === undefined) {
          w.int(nullAt);
        } else {
          w.int(valueAt);
          value(w, v);
        }
      };
    }
    return this.wrappedUnion(t);
  }

  /**
   * A union held as `{ branchName: value }`. The writer probes the branch names in
   * schema order (cheap, cached property loads), writes the first one present, then checks that
   * the object has no other key, so an ambiguous value is refused rather than half-written.
   */
  private wrappedUnion(t: UnionType): WriteFn {
    const types = t.types;
    const nullIndex = types.findIndex((b) => b.typeName === 'null');
    const names = types.map(branchName);
    const expected = `a {branch: value} object with one of ${names.join(', ')}`;
    // The key (full or unambiguous short name) each branch is found under, in probing order.
    const keys = branchKeys(t).map(({ key, index }): [string, number, WriteFn, boolean] => [key, index, this.compile(types[index]!), isPrototypeKey(key)]);
    return (w, v) => {
      if (v === null || v === undefined) {
        if (nullIndex < 0) throw invalid(expected, v);
        w.int(nullIndex);
        return;
      }
      if (typeof v !== 'object') throw invalid(expected, v);
      for (const [key, i, write, proto] of keys) {
        const x = proto ? getOwn(v, key) : (v as Record<string, unknown>)[key];
        if (x === undefined) continue;
        if (Object.keys(v).length !== 1) onlyKey(v, key, expected);
        w.int(i);
        try {
          write(w, x);
        } catch (err) {
          throw atPath(err, `.${key}`);
        }
        return;
      }
      throw invalid(expected, v);
    };
  }

  private record(t: RecordType): WriteFn {
    let real: WriteFn | undefined;
    this.cache.set(t, (w, v) => real!(w, v));
    const fields = t.fields;
    const names = fields.map((f) => f.name);
    const defaults = fields.map((f) => f.default);
    const expected = `a ${describe(t)} record`;
    const writes = fields.map((f) => this.compile(f.type));
    const proto = names.map(isPrototypeKey);
    const n = fields.length;
    real = (w, v) => {
      if (v === null || typeof v !== 'object') throw invalid(expected, v);
      let i = 0;
      let given = 0;
      try {
        for (; i < n; i++) {
          let x = proto[i] ? getOwn(v, names[i]!) : (v as Record<string, unknown>)[names[i]!];
          if (x === undefined) x = defaults[i];
          else given++;
          writes[i]!(w, x);
        }
      } catch (err) {
        // A required field left out beside a key the record does not have: most likely misspelt.
        if (getOwn(v, names[i]!) === undefined) unknownField(v, names);
        throw atPath(err, `.${names[i]}`);
      }
      for (const _ in v) {
        if (--given < 0) {
          unknownField(v, names);
          break;
        }
      }
    };
    return real;
  }
}

function enumWriter(symbols: readonly string[], name: string): WriteFn {
  const index = new Map(symbols.map((s, i) => [s, i]));
  return (w, v) => {
    const i = typeof v === 'string' ? index.get(v) : undefined;
    if (i === undefined) throw invalid(`a ${name} symbol`, v);
    w.int(i);
  };
}

function arrayWriter(item: WriteFn): WriteFn {
  return (w, v) => {
    if (!Array.isArray(v)) throw invalid('an array', v);
    const n = v.length;
    if (n > 0) {
      w.long(n);
      let i = 0;
      try {
        for (; i < n; i++) item(w, v[i]);
      } catch (err) {
        throw atPath(err, `[${i}]`);
      }
    }
    w.int(0);
  };
}

/** An array of doubles or floats in one call (a Float64Array or Float32Array of the item's type is copied as bytes). */
function floatArrayWriter(method: 'doubles' | 'floats', item: string): WriteFn {
  const Typed = method === 'doubles' ? Float64Array : Float32Array;
  return (w, v) => {
    if (!Array.isArray(v) && !(v instanceof Typed)) throw invalid('an array', v);
    const bad = w[method](v);
    if (bad >= 0) throw atPath(invalid(`a ${item}`, v[bad]), `[${bad}]`);
  };
}

function mapWriter(value: WriteFn): WriteFn {
  return (w, v) => mapWrite(w, v, value);
}

/** Writes a map (a plain object) with `value` writing each value. */
export function mapWrite(w: Writer, v: unknown, value: WriteFn): void {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw invalid('a map (plain object)', v);
  // An empty map (most capability maps) ends here without making a list of its keys.
  if (isEmpty(v)) {
    w.int(0);
    return;
  }
  const keys = Object.keys(v);
  const n = keys.length;
  if (n > 0) {
    w.long(n);
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      w.string(key);
      try {
        value(w, (v as Record<string, unknown>)[key]);
      } catch (err) {
        throw atPath(err, `[${JSON.stringify(key)}]`);
      }
    }
  }
  w.int(0);
}

/** True when an object has no enumerable key, own or inherited (a for-in of nothing allocates nothing). */
function isEmpty(v: object): boolean {
  for (const _ in v) return false;
  return true;
}

/** A writer of a primitive (or fixed) type, checking the value's type first. */
function primitiveWriter(t: AvroType): WriteFn {
  switch (t.typeName) {
    case 'null':
      return (_w, x) => {
        if (x !== null && x !== undefined) throw invalid('null', x);
      };
    case 'boolean':
      return (w, x) => {
        if (typeof x !== 'boolean') throw invalid('a boolean', x);
        w.boolean(x);
      };
    case 'int':
      return (w, x) => {
        if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
        w.int(x);
      };
    case 'long':
      return (w, x) => {
        if (typeof x === 'number' && Number.isSafeInteger(x)) w.long(x);
        else writeLong(w, x);
      };
    case 'float':
      return (w, x) => {
        if (typeof x !== 'number') throw invalid('a float', x);
        w.float(x);
      };
    case 'double':
      return (w, x) => {
        if (typeof x !== 'number') throw invalid('a double', x);
        w.double(x);
      };
    case 'string':
      return (w, x) => {
        if (typeof x === 'string') w.string(x);
        else writeText(w, x);
      };
    case 'bytes':
      return (w, x) => {
        if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
        w.bytes(x);
      };
    case 'fixed': {
      if (isUuid(t)) {
        return (w, x) => {
          if (typeof x === 'string') w.uuid(x);
          else if (x instanceof Uint8Array && x.length === 16) w.fixed(x);
          else throw invalid('a uuid string', x);
        };
      }
      const size = t.size;
      return (w, x) => {
        if (!(x instanceof Uint8Array) || x.length !== size) throw invalid(`${size} bytes (a Uint8Array)`, x);
        w.fixed(x);
      };
    }
    default:
      throw new Error(`no primitive writer for ${t.typeName}`);
  }
}
