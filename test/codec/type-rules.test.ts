import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReaderCompiler } from '../../src/codec/closures/reader.js';
import { WriterCompiler } from '../../src/codec/closures/writer.js';
import { loadTimeCode } from '../../src/codec/codegen/runtime.js';
import { fromJSONValue, toJSONValue } from '../../src/codec/json-form.js';
import { parseSchema, type TypeTable } from '../../src/schema/avro.js';
import type { AvroType, RecordType, UnionType } from '../../src/schema/avro-types.js';
import { builtinRegistry } from '../../src/schema/builtin.js';
import { branchKeys, branchName, nullableIndex } from '../../src/schema/type-rules.js';
import { Reader } from '../../src/wire/reader.js';
import { Writer } from '../../src/wire/writer.js';
import { arbitraryOf } from '../helpers/arbitrary.js';

// Every walker of a parsed type — the closures, the generated code and the JSON form — follows
// the one set of type rules in schema/type-rules.ts: the same branch names accepted (full, and
// short when unambiguous), the same refused, and `__proto__` kept as data.

const LIMITS = { maxItems: 1_000_000, maxEmptyItems: 1_000_000, bytesView: false };
const JSON_MODE = { longs: 'number', floatArrays: 'array' } as const;

/** Every wrapped union reachable from a catalog's messages. */
function wrappedUnions(etp: '1.1' | '1.2'): UnionType[] {
  const seen = new Set<AvroType>();
  const out: UnionType[] = [];
  const walk = (t: AvroType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if (t.typeName === 'union') {
      if (nullableIndex(t) < 0) out.push(t);
      t.types.forEach(walk);
    } else if (t.typeName === 'record' || t.typeName === 'error') t.fields.forEach((f) => walk(f.type));
    else if (t.typeName === 'array') walk(t.itemsType);
    else if (t.typeName === 'map') walk(t.valuesType);
  };
  for (const m of builtinRegistry(etp).messages()) walk(m.type);
  return out;
}

let wrappers = 0;
/** A record of one field `u` of the union, so that the generated code (made per record) can write it. */
function wrap(u: UnionType): RecordType {
  return { typeName: 'record', name: `test.Wrap${wrappers++}`, fields: [{ name: 'u', type: u, default: undefined }] };
}

/** The three writers of a record: its bytes from each, or the error each threw. */
function writeAll(t: RecordType, value: unknown): { closures: Uint8Array | Error; generated: Uint8Array | Error } {
  const run = (write: (w: Writer, v: unknown) => void): Uint8Array | Error => {
    const w = new Writer(64);
    try {
      write(w, value);
      return w.copy();
    } catch (err) {
      return err as Error;
    }
  };
  return { closures: run(new WriterCompiler().compile(t)), generated: run(loadTimeCode(t, 'number').write) };
}

function readBoth(t: RecordType, bytes: Uint8Array): { closures: unknown; generated: unknown } {
  return {
    closures: new ReaderCompiler('number').compile(t)(new Reader(LIMITS).reset(bytes, 0)),
    generated: loadTimeCode(t, 'number').read(new Reader(LIMITS).reset(bytes, 0)),
  };
}

describe.each(['1.2', '1.1'] as const)('the type rules of ETP %s', (etp) => {
  const unions = wrappedUnions(etp);

  it('hold for some unions with short names', () => {
    expect(unions.length).toBeGreaterThanOrEqual(3);
    expect(unions.some((u) => branchKeys(u).some((k) => k.key !== branchName(u.types[k.index]!)))).toBe(true);
  });

  it('every walker agrees on every branch-name form of every wrapped union', () => {
    for (const u of unions) {
      const t = wrap(u);
      for (const { key, index } of branchKeys(u)) {
        const branch = u.types[index]!;
        const full = branchName(branch);
        fc.assert(
          fc.property(arbitraryOf(branch, 'number', 2), (v) => {
            const held = { [key]: v };
            const byKey = writeAll(t, { u: held });
            const byFull = writeAll(t, { u: { [full]: v } });
            expect(byKey.closures, `${full} as ${key}`).toBeInstanceOf(Uint8Array);
            expect(byKey.generated).toEqual(byKey.closures);
            expect(byFull.closures).toEqual(byKey.closures);
            // The branch index written is the one the key names.
            const back = readBoth(t, byKey.closures as Uint8Array);
            expect(Object.keys((back.closures as { u: object }).u)).toEqual([full]);
            expect(back.generated).toEqual(back.closures);
            // The JSON form: the same key accepted both ways, given back under the full name.
            const json = toJSONValue(u, held) as Record<string, unknown>;
            expect(Object.keys(json)).toEqual([full]);
            expect(fromJSONValue(u, { [key]: json[full] }, JSON_MODE)).toEqual(fromJSONValue(u, json, JSON_MODE));
            expect(Object.keys(fromJSONValue(u, { [key]: json[full] }, JSON_MODE) as object)).toEqual([full]);
          }),
          { numRuns: 3 },
        );
      }
    }
  });
});

describe('the type rules on hand-made schemas', () => {
  const types: TypeTable = {};
  const union = parseSchema(
    [
      'null',
      { type: 'record', name: 'X', namespace: 'a', fields: [{ name: 'n', type: 'int' }] },
      { type: 'record', name: 'X', namespace: 'b', fields: [{ name: 'n', type: 'int' }] },
      { type: 'record', name: 'Y', namespace: 'c', fields: [{ name: 'n', type: 'int' }] },
      { type: 'record', name: 'Y', fields: [{ name: 'n', type: 'int' }] },
      { type: 'record', name: 'Z', namespace: 'd.e', fields: [{ name: 'n', type: 'int' }] },
    ],
    types,
  ) as UnionType;
  const t = wrap(union);

  it('accept a short name only when it is unambiguous, in every walker', () => {
    expect(branchKeys(union).map((k) => k.key)).toEqual(['a.X', 'b.X', 'c.Y', 'Y', 'd.e.Z', 'Z']);
    // X names two branches: every walker refuses it.
    const x = writeAll(t, { u: { X: { n: 1 } } });
    expect(x.closures).toBeInstanceOf(Error);
    expect(x.generated).toBeInstanceOf(Error);
    expect(() => toJSONValue(union, { X: { n: 1 } })).toThrow(/no branch X/);
    expect(() => fromJSONValue(union, { X: { n: 1 } }, JSON_MODE)).toThrow(/a branch of/);
    // Y is a full name: it selects that branch, never c.Y.
    const y = writeAll(t, { u: { Y: { n: 1 } } });
    expect(y.generated).toEqual(y.closures);
    expect(readBoth(t, y.closures as Uint8Array).closures).toEqual({ u: { Y: { n: 1 } } });
    expect(toJSONValue(union, { Y: { n: 1 } })).toEqual({ Y: { n: 1 } });
    // Z is short for d.e.Z everywhere.
    const z = writeAll(t, { u: { Z: { n: 2 } } });
    expect(z.generated).toEqual(z.closures);
    expect(readBoth(t, z.closures as Uint8Array).generated).toEqual({ u: { 'd.e.Z': { n: 2 } } });
    expect(fromJSONValue(union, { Z: { n: 2 } }, JSON_MODE)).toEqual({ 'd.e.Z': { n: 2 } });
  });

  it('keep a record field, a map key and a branch named __proto__ as data in every walker', () => {
    const own = parseSchema(
      {
        type: 'record',
        name: 'P',
        fields: [
          { name: '__proto__', type: 'string' },
          { name: 'm', type: { type: 'map', values: 'int' } },
          { name: 'u', type: ['null', 'int', { type: 'record', name: '__proto__', fields: [{ name: 'k', type: 'int' }] }] },
        ],
      },
      {},
    ) as RecordType;
    const value = JSON.parse('{"__proto__": "data", "m": {"__proto__": 1}, "u": {"__proto__": {"k": 2}}}') as object;
    const { closures, generated } = writeAll(own, value);
    expect(closures).toBeInstanceOf(Uint8Array);
    expect(generated).toEqual(closures);
    for (const back of Object.values(readBoth(own, closures as Uint8Array)) as Record<string, unknown>[]) {
      expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
      expect(Object.hasOwn(back, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(back, '__proto__')!.value).toBe('data');
      expect(Object.getPrototypeOf(back.m)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(back.m, '__proto__')!.value).toBe(1);
      expect(Object.getPrototypeOf(back.u)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(back.u, '__proto__')!.value).toEqual({ k: 2 });
    }
    const json = toJSONValue(own, value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    const fromJson = fromJSONValue(own, json, JSON_MODE) as Record<string, unknown>;
    expect(Object.getPrototypeOf(fromJson)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fromJson, '__proto__')!.value).toBe('data');
    // A value without the field lacks it (it is not Object.prototype): every writer refuses it.
    const missing = writeAll(own, { m: {}, u: null });
    expect(missing.closures).toBeInstanceOf(Error);
    expect(missing.generated).toBeInstanceOf(Error);
  });
});
