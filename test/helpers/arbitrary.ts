import fc from 'fast-check';
import type { AvroType } from '../../src/schema/avro-types.js';
import { branchName, isUuid, nullableIndex } from '../../src/schema/type-rules.js';
import type { LongMode } from '../../src/wire/long.js';
import { uuidFromBytes } from '../../src/wire/uuid-bytes.js';

const LONG_EDGES = [0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 52 + 1, -(2 ** 52 + 1), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

/**
 * An arbitrary of in-memory values of a parsed type, in the shapes the codec decodes to: Buffers
 * for bytes/fixed, Uuid strings, `{branch: value}` for wrapped unions, longs as numbers or bigints.
 * With `omitDefaults`, record fields that have a default may be left out (what encode accepts).
 */
export function arbitraryOf(t: AvroType, longs: LongMode, maxLength = 4, omitDefaults = false): fc.Arbitrary<unknown> {
  const rec = (x: AvroType): fc.Arbitrary<unknown> => arbitraryOf(x, longs, maxLength, omitDefaults);
  switch (t.typeName) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'long':
      return longs === 'bigint' ? fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }) : fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.constantFrom(...LONG_EDGES));
    case 'float':
      return fc.float();
    case 'double':
      return fc.double();
    case 'string':
      return fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }));
    case 'bytes':
      return fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b));
    case 'fixed':
      return isUuid(t) ? fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => uuidFromBytes(b, 0)) : fc.uint8Array({ minLength: t.size, maxLength: t.size }).map((b) => Buffer.from(b));
    case 'enum':
      return fc.constantFrom(...t.symbols);
    case 'array':
      return fc.array(rec(t.itemsType), { maxLength });
    case 'map':
      return fc.dictionary(fc.string({ maxLength: 12 }), rec(t.valuesType), { maxKeys: maxLength });
    case 'union': {
      const nullAt = nullableIndex(t);
      if (nullAt >= 0) return fc.option(rec(t.types[1 - nullAt]!), { nil: null });
      return fc.oneof(...t.types.map((b) => (b.typeName === 'null' ? fc.constant(null) : rec(b).map((v) => ({ [branchName(b)]: v })))));
    }
    case 'record':
    case 'error': {
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of t.fields) shape[f.name] = rec(f.type);
      if (!omitDefaults) return fc.record(shape);
      return fc.record(shape, { requiredKeys: t.fields.filter((f) => f.default === undefined).map((f) => f.name) });
    }
  }
}
