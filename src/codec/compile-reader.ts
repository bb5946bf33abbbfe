import type { LongMode } from '../wire/long.js';
import type { Reader } from '../wire/reader.js';
import type { RecordType, UnionType } from '../schema/avro.js';
import { type AnyType, branchName, describe, isUuid, minBytes, nullableIndex } from './type-info.js';

/** Reads one value of a type. */
export type ReadFn = (r: Reader) => unknown;

/**
 * Compiles parsed types into reader functions, once per type (cached). Records become generated
 * functions returning an object literal, so every decoded record of a type has the same shape.
 */
export class ReaderCompiler {
  private readonly cache = new Map<AnyType, ReadFn>();

  /** `generate`: records become generated functions (new Function); otherwise closures. */
  constructor(
    private readonly longs: LongMode,
    private readonly generate = true,
  ) {}

  compile(t: AnyType): ReadFn {
    let fn = this.cache.get(t);
    if (!fn) {
      fn = this.build(t);
      this.cache.set(t, fn);
    }
    return fn;
  }

  /** The reader call for a type as a JavaScript expression over `r`, when it is a primitive. */
  private inline(t: AnyType): string | undefined {
    switch (t.typeName) {
      case 'null':
        return 'null';
      case 'boolean':
        return 'r.boolean()';
      case 'int':
        return 'r.int()';
      case 'long':
        return this.longs === 'bigint' ? 'r.longBig()' : 'r.long()';
      case 'float':
        return 'r.float()';
      case 'double':
        return 'r.double()';
      case 'string':
        return 'r.string()';
      case 'bytes':
        return 'r.bytes()';
      case 'fixed':
        return isUuid(t) ? 'r.uuid()' : `r.fixed(${t.size})`;
      default:
        return undefined;
    }
  }

  private build(t: AnyType): ReadFn {
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
        return (r) => r.string();
      case 'bytes':
        return (r) => r.bytes();
      case 'fixed': {
        if (isUuid(t)) return (r) => r.uuid();
        const size = t.size;
        return (r) => r.fixed(size);
      }
      case 'enum':
        return enumReader(t.symbols, describe(t));
      case 'array':
        return arrayReader(this.compile(t.itemsType), minBytes(t.itemsType));
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
      if (!this.generate) return (r: Reader) => ({ [key]: read(r) });
      const wrap = new Function('read', `return function (r) { return { ${JSON.stringify(key)}: read(r) }; };`);
      return wrap(read) as ReadFn;
    });
    return (r) => branches[r.branch(count)]!(r);
  }

  private record(t: RecordType): ReadFn {
    // A stub first, so that a recursive reference finds something in the cache.
    let real: ReadFn | undefined;
    this.cache.set(t, (r) => real!(r));
    if (!this.generate) {
      const names = t.fields.map((f) => f.name);
      const reads = t.fields.map((f) => this.compile(f.type));
      const n = names.length;
      real = (r) => {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) out[names[i]!] = reads[i]!(r);
        return out;
      };
      return real;
    }
    const params: string[] = [];
    const args: ReadFn[] = [];
    const props = t.fields.map((f) => {
      const ft = f.type;
      let expr = this.inline(ft);
      if (expr === undefined) {
        params.push(`f${args.length}`);
        expr = `f${args.length}(r)`;
        args.push(this.compile(ft));
      }
      return `${JSON.stringify(f.name)}: ${expr}`;
    });
    // Object literal properties are evaluated in order, which is the wire order of the fields.
    const source = `return function read(r) { return { ${props.join(', ')} }; };`;
    real = new Function(...params, source)(...args) as ReadFn;
    return real;
  }
}

function enumReader(symbols: readonly string[], name: string): ReadFn {
  const count = symbols.length;
  return (r) => symbols[r.enumIndex(count, name)];
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

function mapReader(value: ReadFn, min: number): ReadFn {
  return (r) => {
    const out: Record<string, unknown> = {};
    let n: number;
    while ((n = r.block(min, 'map')) !== 0) {
      for (let i = 0; i < n; i++) {
        const key = r.string();
        // Avro maps have unique keys; a repeated one would silently drop an entry.
        if (Object.hasOwn(out, key)) throw r.invalid(`map key ${JSON.stringify(key.slice(0, 64))} repeats`);
        const v = value(r);
        // A "__proto__" key must stay data, not become the object's prototype.
        if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
        else out[key] = v;
      }
    }
    return out;
  };
}
