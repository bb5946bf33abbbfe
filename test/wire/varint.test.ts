import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EtpError } from '../../src/errors.js';
import { isLong, peekHeader, Reader, Writer } from '../../src/wire/index.js';
import { headerLength, setFlags } from '../../src/wire/header.js';
import { createCodec } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const limits = { maxItems: 100, maxEmptyItems: 100, bytesView: false };

/** Reference zig-zag varint encoding of a signed 64-bit value, with bigint arithmetic. */
function reference(v: bigint): Uint8Array {
  let u = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
  const out: number[] = [];
  while (u > 0x7fn) {
    out.push(Number(u & 0x7fn) | 0x80);
    u >>= 7n;
  }
  out.push(Number(u));
  return Buffer.from(out);
}

const encode = (fn: (w: Writer) => void): Uint8Array => {
  const w = new Writer(4); // tiny, so that growing is exercised too
  fn(w);
  return w.copy();
};

describe('longs on the wire', () => {
  it('number longs encode like the reference and read back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer()), (v) => {
        const bytes = encode((w) => w.long(v));
        expect(Buffer.from(bytes).equals(reference(BigInt(v)))).toBe(true);
        const r = new Reader(limits).reset(bytes, 0);
        expect(r.long()).toBe(v);
        expect(r.pos).toBe(bytes.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('bigint longs cover the whole signed 64-bit range', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
        const bytes = encode((w) => w.longBig(v));
        expect(Buffer.from(bytes).equals(reference(v))).toBe(true);
        const r = new Reader(limits).reset(bytes, 0);
        expect(r.longBig()).toBe(v);
        const n = new Reader(limits).reset(bytes, 0);
        if (v >= -(2n ** 53n - 1n) && v <= 2n ** 53n - 1n) expect(n.long()).toBe(Number(v));
        else expect(() => n.long()).toThrow(expect.objectContaining({ code: 'LONG_OUT_OF_RANGE' }));
      }),
      { numRuns: 5000 },
    );
  });

  it('the edges of exactness', () => {
    const cases: [bigint, boolean][] = [
      [2n ** 53n - 1n, true],
      [-(2n ** 53n - 1n), true],
      [2n ** 53n, false],
      [-(2n ** 53n), false],
      [-(2n ** 52n + 1n), true],
      [2n ** 63n - 1n, false],
      [-(2n ** 63n), false],
    ];
    for (const [v, fits] of cases) {
      const r = new Reader(limits).reset(reference(v), 0);
      if (fits) expect(r.long()).toBe(Number(v));
      else expect(() => r.long()).toThrow(EtpError);
      expect(isLong(Number(v))).toBe(fits);
    }
    expect(isLong(2n ** 63n)).toBe(false);
    expect(isLong(-(2n ** 63n))).toBe(true);
  });

  it('ints use 32 bits, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (v) => {
        const bytes = encode((w) => w.int(v));
        expect(Buffer.from(bytes).equals(reference(BigInt(v)))).toBe(true);
        expect(new Reader(limits).reset(bytes, 0).int()).toBe(v);
      }),
    );
  });
});

describe('strings and bytes on the wire', () => {
  it('any well-formed string round trips, ASCII or not, short or long', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', minLength: 60, maxLength: 400 })), (s) => {
        fc.pre(s.isWellFormed());
        const bytes = encode((w) => w.string(s));
        const utf8 = Buffer.from(s, 'utf8');
        expect(Buffer.from(bytes).equals(Buffer.concat([reference(BigInt(utf8.length)), utf8]))).toBe(true);
        expect(new Reader(limits).reset(bytes, 0).string()).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('bytes round trip, copied unless views are asked for', () => {
    // A buffer of its own (encode may hand back a slice of a shared pool).
    const bytes = new Uint8Array(encode((w) => w.bytes(Buffer.from([1, 2, 3]))));
    const copy = new Reader(limits).reset(bytes, 0).bytes();
    const view = new Reader({ ...limits, bytesView: true }).reset(bytes, 0).bytes();
    bytes[1] = 9;
    expect([...copy]).toEqual([1, 2, 3]);
    expect([...view]).toEqual([9, 2, 3]);
  });

  it('a view is only handed out of a buffer the value mostly fills; a small value of a large buffer is copied', () => {
    const large = new Uint8Array(4096);
    large.set(
      encode((w) => w.bytes(Buffer.from([1, 2, 3]))),
      0,
    );
    const small = new Reader({ ...limits, bytesView: true }).reset(large, 0).bytes();
    large[1] = 9;
    expect([...small]).toEqual([1, 2, 3]);
  });
});

describe('header bytes of an encoded frame', () => {
  const frame = (flags: number, id = 2) => createCodec().encode({ header: { protocol: 3, messageType: 1001, correlationId: 300, messageId: id, messageFlags: flags }, body: {} });

  it('headerLength finds where the body starts, whatever the varints take', () => {
    expect(headerLength(frame(2))).toBe(1 + 2 + 2 + 1 + 1); // 3, 1001, 300, 2, 2
    expect(headerLength(frame(2, 2 ** 40))).toBe(1 + 2 + 2 + 6 + 1);
    expect(thrown(() => headerLength(frame(2).subarray(0, 4))).code).toBe('TRUNCATED');
  });

  it('setFlags rewrites one-byte flags in place, and refuses what would change the header length', () => {
    const f = frame(0);
    setFlags(f, 0x12);
    expect(peekHeader(f)).toEqual({ protocol: 3, messageType: 1001, correlationId: 300, messageId: 2, messageFlags: 0x12 });
    expect(thrown(() => setFlags(frame(2), 64)).code).toBe('INVALID_VALUE');
    expect(thrown(() => setFlags(frame(64), 2)).code).toBe('INVALID_VALUE');
  });
});
