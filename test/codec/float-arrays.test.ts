import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ArrayOfDouble, type ArrayOfDoubleInput, type ArrayOfFloat, type ArrayOfFloatInput, createCodec, type Etp12MessageMap, isMessage } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

// Arrays of doubles and floats are read and written a block at a time (one view of the bytes), and
// encode also takes a Float64Array or Float32Array of the item's type, copied as bytes. Both code
// paths (generated code, and closures where code cannot be generated) do the same.

const HEADER_9_1 = Buffer.from('1202000204', 'hex');
const MODES = ['auto', 'closures'] as const;

/** A codec for a one-message protocol whose body is { v: array of `items` }. */
function arrayCodec(items: 'double' | 'float', codegen: (typeof MODES)[number], floatArrays: 'array' | 'typed' = 'array') {
  return createCodec({
    codegen,
    floatArrays,
    schemas: [{ types: [{ type: 'record', name: 'T', namespace: 'X', protocol: '9', messageType: '1', fields: [{ name: 'v', type: { type: 'array', items } }] }] }],
  });
}
const header = { protocol: 9, messageType: 1, correlationId: 0, messageId: 1, messageFlags: 2 };

/** The Avro bytes of an array written item by item: one block, then the end. */
function reference(items: 'double' | 'float', values: readonly number[]): Buffer {
  const size = items === 'double' ? 8 : 4;
  const parts: Buffer[] = [HEADER_9_1];
  if (values.length > 0) {
    parts.push(varint(values.length));
    const b = Buffer.alloc(values.length * size);
    values.forEach((v, i) => (size === 8 ? b.writeDoubleLE(v, i * 8) : b.writeFloatLE(v, i * 4)));
    parts.push(b);
  }
  parts.push(Buffer.of(0));
  return Buffer.concat(parts);
}
function varint(n: number): Buffer {
  const out: number[] = [];
  let z = n >= 0 ? n * 2 : -n * 2 - 1;
  while (z > 0x7f) {
    out.push((z & 0x7f) | 0x80);
    z = Math.floor(z / 128);
  }
  out.push(z);
  return Buffer.from(out);
}
/** `frame` placed one byte into a larger Node Buffer (as sockets hand frames over), so its floats are not aligned. */
function unaligned(frame: Uint8Array): Uint8Array {
  const big = Buffer.alloc(frame.length + 1);
  big.set(frame, 1);
  return big.subarray(1);
}

describe.each(MODES)('arrays of doubles and floats (codegen %s)', (codegen) => {
  it.each(['double', 'float'] as const)('%s: a number[] and its typed array encode to the bytes written item by item, and decode back aligned or not', (items) => {
    const codec = arrayCodec(items, codegen);
    const Typed = items === 'double' ? Float64Array : Float32Array;
    const value = items === 'double' ? fc.double() : fc.float();
    fc.assert(
      fc.property(fc.array(value, { maxLength: 70 }), (values) => {
        const want = reference(items, values);
        const fromArray = codec.encode({ header, body: { v: values } } as never);
        const fromTyped = codec.encode({ header, body: { v: Typed.from(values) } } as never);
        expect(Buffer.from(fromArray).equals(want)).toBe(true);
        expect(Buffer.from(fromTyped).equals(want)).toBe(true);
        for (const frame of [fromArray, unaligned(fromArray)]) {
          const back = (codec.decode(frame).body as { v: number[] }).v;
          expect(Array.isArray(back)).toBe(true);
          expect(back).toEqual(items === 'double' ? values : values.map(Math.fround));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an array in several blocks, counted or sized, is read whole', () => {
    const codec = arrayCodec('double', codegen);
    const a = Array.from({ length: 20 }, (_, i) => i / 7);
    const b = Array.from({ length: 3 }, (_, i) => -i - 0.5);
    const c = Array.from({ length: 17 }, (_, i) => i * 1e10);
    const bytes = (v: number[]): Buffer => Buffer.from(new Float64Array(v).buffer);
    // 20 items; then 3 items as a negative count with the block's byte size; then 17; then the end.
    const frame = Buffer.concat([HEADER_9_1, varint(20), bytes(a), varint(-3), varint(24), bytes(b), varint(17), bytes(c), Buffer.of(0)]);
    expect((codec.decode(unaligned(frame)).body as { v: number[] }).v).toEqual([...a, ...b, ...c]);
  });

  it('a block claiming more doubles than the bytes left fails before reading one', () => {
    const codec = arrayCodec('double', codegen);
    const frame = Buffer.concat([HEADER_9_1, varint(20), Buffer.alloc(100)]);
    expect(thrown(() => codec.decode(frame))).toMatchObject({ code: 'TRUNCATED', message: 'array count 20 exceeds the 100 bytes left' });
  });

  it('an item that is not a number is refused with its place; a typed array of the other width is refused', () => {
    const codec = arrayCodec('double', codegen);
    const values: unknown[] = Array.from({ length: 40 }, (_, i) => i);
    values[17] = '17';
    expect(thrown(() => codec.encode({ header, body: { v: values } } as never))).toMatchObject({ code: 'INVALID_VALUE', message: expect.stringContaining('v[17]') });
    expect(thrown(() => codec.encode({ header, body: { v: new Float32Array(3) } } as never))).toMatchObject({ code: 'INVALID_VALUE', message: expect.stringContaining('an array') });
  });
});

describe.each(MODES)("floatArrays: 'typed' (codegen %s)", (codegen) => {
  it.each(['double', 'float'] as const)('%s: arrays decode as one typed array of their item type, aligned or not, in one block or several', (items) => {
    const codec = arrayCodec(items, codegen, 'typed');
    const Typed = items === 'double' ? Float64Array : Float32Array;
    const value = items === 'double' ? fc.double() : fc.float();
    fc.assert(
      fc.property(fc.array(value, { maxLength: 70 }), (values) => {
        const frame = codec.encode({ header, body: { v: values } } as never);
        for (const f of [frame, unaligned(frame)]) {
          const back = (codec.decode(f).body as { v: Float64Array | Float32Array }).v;
          expect(back).toBeInstanceOf(Typed);
          expect(Array.from(back)).toEqual(items === 'double' ? values : values.map(Math.fround));
        }
      }),
      { numRuns: 100 },
    );
    const size = Typed.BYTES_PER_ELEMENT;
    const bytes = (v: number[]): Buffer => Buffer.from(new Typed(v).buffer);
    const a = [1, 2, 3];
    const b = Array.from({ length: 40 }, (_, i) => i + 0.5);
    const multi = Buffer.concat([HEADER_9_1, varint(3), bytes(a), varint(-40), varint(40 * size), bytes(b), Buffer.of(0)]);
    expect(Array.from((codec.decode(unaligned(multi)).body as { v: Float64Array }).v)).toEqual([...a, ...b]);
    expect(thrown(() => codec.decode(Buffer.concat([HEADER_9_1, varint(20), Buffer.alloc(10)])))).toMatchObject({ code: 'TRUNCATED' });
  });

  it('an array sent one item a block (200,000 blocks) decodes whole, in time linear in its size', () => {
    for (const floatArrays of ['array', 'typed'] as const) {
      const codec = arrayCodec('double', codegen, floatArrays);
      const parts: Buffer[] = [HEADER_9_1];
      const item = Buffer.alloc(9);
      item[0] = 2; // a block of one item
      for (let i = 0; i < 200_000; i++) {
        item.writeDoubleLE(i, 1);
        parts.push(Buffer.from(item));
      }
      parts.push(Buffer.of(0));
      const v = (codec.decode(Buffer.concat(parts)).body as { v: ArrayLike<number> }).v;
      expect(v.length).toBe(200_000);
      expect(v[199_999]).toBe(199_999);
    }
  });

  it('JSON comes back as decode would give it, typed; an unknown mode is refused', () => {
    const codec = arrayCodec('float', codegen, 'typed');
    const m = codec.fromJSON({ header, body: { v: [1.5, 'NaN', -2] } });
    expect((m.body as { v: Float32Array }).v).toBeInstanceOf(Float32Array);
    expect(codec.toJSON(m).body).toEqual({ v: [1.5, 'NaN', -2] });
    expect(thrown(() => createCodec({ floatArrays: 'views' as never }))).toMatchObject({ code: 'INVALID_OPTION', message: "floatArrays must be 'array' or 'typed', got views" });
  });
});

describe('typed arrays in ETP messages', () => {
  it("a codec with floatArrays: 'typed' decodes a DataArray response's doubles as a Float64Array, typed so with Etp12MessageMap<number, 'typed'>", () => {
    const codec = createCodec<Etp12MessageMap<number, 'typed'>>({ floatArrays: 'typed' });
    const values = new Float64Array(5000).map((_, i) => i / 3);
    const name = 'Energistics.Etp.v12.Protocol.DataArray.GetDataSubarraysResponse';
    const frame = codec.encode(
      name,
      { dataSubarrays: { a: { dimensions: [5000], data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values } } } } } },
      { correlationId: 1, messageId: 2, messageFlags: 2 },
    );
    const m = codec.decode(frame);
    if (!isMessage<typeof name, number, 'typed'>(m, name)) throw new Error('not GetDataSubarraysResponse');
    const item = m.body.dataSubarrays.a!.data.item;
    if (!('Energistics.Etp.v12.Datatypes.ArrayOfDouble' in item)) throw new Error('not doubles');
    const got = item['Energistics.Etp.v12.Datatypes.ArrayOfDouble'].values;
    expectTypeOf(got).toEqualTypeOf<Float64Array>();
    expect(got).toEqual(values);
    expectTypeOf<ArrayOfDouble['values']>().toEqualTypeOf<number[]>();
    expectTypeOf<ArrayOfFloat<'typed'>['values']>().toEqualTypeOf<Float32Array>();
  });

  it('a DataArray put takes a Float64Array or a Float32Array where its schema has doubles or floats, in the types too', () => {
    const codec = createCodec();
    const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const body = (v: ArrayOfDoubleInput['values']) => ({
      dataSubarrays: { a: { uid: { uri: 'eml:///x', pathInResource: '/v' }, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: v } } }, starts: [0], counts: [1000] } },
    });
    const enc = (v: ArrayOfDoubleInput['values']) => codec.encode('Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays', body(v), { correlationId: 0, messageId: 2, messageFlags: 2 });
    expect(Buffer.from(enc(new Float64Array(values))).equals(Buffer.from(enc(values)))).toBe(true);
    // The JSON form of a message holding a typed array is the JSON form of its numbers.
    const header = { protocol: 9, messageType: 5, correlationId: 0, messageId: 2, messageFlags: 2 };
    expect(codec.toJSON({ header, body: body(new Float64Array([1.5, -2])) })).toEqual(codec.toJSON({ header, body: body([1.5, -2]) }));
    expectTypeOf<ArrayOfDoubleInput['values']>().toEqualTypeOf<number[] | Float64Array>();
    expectTypeOf<ArrayOfFloatInput['values']>().toEqualTypeOf<number[] | Float32Array>();
    // @ts-expect-error a Float32Array is not an array of doubles
    const wrong: ArrayOfDoubleInput = { values: new Float32Array(2) };
    expect(wrong.values).toHaveLength(2);
  });
});
