import type { LongMode } from '../../wire/long.js';
import type { Reader } from '../../wire/reader.js';
import type { RecordType, UnionType } from '../../schema/avro.js';
import type { AvroType } from '../../schema/avro-types.js';
import { branchName, floatArrayMethod, isPrototypeKey, isUuid, minBytes, nullableIndex, setOwn } from '../../schema/type-rules.js';
import { describe } from '../show.js';

/** Reads one value of a type. */
export type ReadFn = (r: Reader) => unknown;

/**
 * Turns parsed types into reader closures, once per type (cached): what a codec runs where code
 * is not generated (codegen 'closures', or a Content-Security-Policy that forbids eval and a
 * catalog without prebuilt code). See codegen/source.ts for the generated readers.
 */
export class ReaderCompiler {
  private readonly cache = new Map<AvroType, ReadFn>();

  constructor(private readonly longs: LongMode) {}

  compile(t: AvroType): ReadFn {
    let fn = this.cache.get(t);
    if (!fn) {
      fn = this.build(t);
      this.cache.set(t, fn);
    }
    return fn;
  }

  private build(t: AvroType): ReadFn {
    switch (t.typeName) {
      case 'null':
        return () => null;
      case 'boolean':
        return (r) => r.boolean();
      case 'int':
        return (r) => r.int();
      case 'long':
        return this.longs === 'bigint' ? (r) => r.longBig() : (r) => r.long();
      case 'float':
        return (r) => r.float();
      case 'double':
        return (r) => r.double();
      case 'string':
        return (r) => r.text();
      case 'bytes':
        return (r) => r.bytes();
      case 'fixed': {
        if (isUuid(t)) return (r) => r.uuid();
        const size = t.size;
        return (r) => r.fixed(size);
      }
      case 'enum':
        return enumReader(t.symbols, describe(t));
      case 'array': {
        const bulk = floatArrayMethod(t.itemsType);
        return bulk ? floatArrayReader(bulk.method, minBytes(t.itemsType)) : arrayReader(this.compile(t.itemsType), minBytes(t.itemsType));
      }
      case 'map':
        return mapReader(this.compile(t.valuesType), 1 + minBytes(t.valuesType));
      case 'union':
        return this.union(t);
      case 'record':
      case 'error':
        return this.record(t);
    }
  }

  private union(t: UnionType): ReadFn {
    const types = t.types;
    const nullAt = nullableIndex(t);
    if (nullAt >= 0) {
      const value = this.compile(types[1 - nullAt]!);
      return (r) => (r.branch(2) === nullAt ? null : value(r));
    }
    // Wrapped: { branchName: value }. One generated constructor per branch keeps each shape fixed.
    const count = types.length;
    const branches = types.map((b) => {
      if (b.typeName === 'null') return (_r: Reader) => null;
      const read = this.compile(b);
      const key = branchName(b);
      return (r: Reader) => ({ [key]: read(r) });
    });
    return (r) => branches[r.branch(count)]!(r);
  }

  private record(t: RecordType): ReadFn {
    // A stub first, so that a recursive reference finds something in the cache.
    let real: ReadFn | undefined;
    this.cache.set(t, (r) => real!(r));
    const names = t.fields.map((f) => f.name);
    const reads = t.fields.map((f) => this.compile(f.type));
    const proto = names.map(isPrototypeKey);
    const n = names.length;
    real = (r) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        if (proto[i]) setOwn(out, names[i]!, reads[i]!(r));
        else out[names[i]!] = reads[i]!(r);
      }
      return out;
    };
    return real;
  }
}

function enumReader(symbols: readonly string[], name: string): ReadFn {
  return (r) => enumRead(r, symbols, name);
}

/** One enum symbol. */
export function enumRead(r: Reader, symbols: readonly string[], name: string): string {
  return symbols[r.enumIndex(symbols.length, name)]!;
}

function arrayReader(item: ReadFn, min: number): ReadFn {
  return (r) => {
    let n = r.block(min, 'array');
    if (n === 0) return [];
    // The count is bounded by the bytes left, so allocating it up front is safe.
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = item(r);
    while ((n = r.block(min, 'array')) !== 0) {
      for (let i = 0; i < n; i++) out.push(item(r));
    }
    return out;
  };
}

/** An array of doubles or floats, a block at a time. */
function floatArrayReader(method: 'doubles' | 'floats', min: number): ReadFn {
  const Typed = method === 'doubles' ? Float64Array : Float32Array;
  return (r) => {
    if (r.typedFloats) return r.floatArray(Typed);
    let n = r.block(min, 'array');
    if (n === 0) return [];
    const out: number[] = new Array(n);
    r[method](out, 0, n);
    while ((n = r.block(min, 'array')) !== 0) {
      const at = out.length;
      out.length = at + n;
      r[method](out, at, n);
    }
    return out;
  };
}

function mapReader(value: ReadFn, min: number): ReadFn {
  return (r) => mapRead(r, min, value);
}

/** A map, its entries counted against the bytes left (`min` per entry) and the item budget. */
export function mapRead(r: Reader, min: number, value: ReadFn): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n: number;
  while ((n = r.block(min, 'map')) !== 0) {
    for (let i = 0; i < n; i++) {
      const key = r.string();
      // Avro maps have unique keys; a repeated one would silently drop an entry.
      if (Object.hasOwn(out, key)) throw r.invalid(`map key ${JSON.stringify(key.slice(0, 64))} repeats`);
      const v = value(r);
      setOwn(out, key, v);
    }
  }
  return out;
}
