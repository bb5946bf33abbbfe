import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CACHED_STRING_BYTES, cachedString } from '../../src/wire/string-cache.js';
import { Reader } from '../../src/wire/reader.js';
import { Writer } from '../../src/wire/writer.js';

// Short strings decoded from a table: what comes out is always the string of exactly these bytes,
// whatever was decoded before into the same slot; invalid utf-8 is refused every time.

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decodeOrUndefined = (b: Uint8Array): string | undefined => {
  try {
    return fatal.decode(b);
  } catch {
    return undefined;
  }
};

it('gives the string of the bytes, or undefined for invalid utf-8, on first sight and on every sight after', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ minLength: 3, maxLength: CACHED_STRING_BYTES }), { minLength: 1, maxLength: 20 }), (list) => {
      for (let round = 0; round < 3; round++) {
        for (const b of list) {
          const framed = new Uint8Array([0xff, ...b, 0xff]);
          expect(cachedString(framed, 1, b.length + 1)).toBe(decodeOrUndefined(b));
        }
      }
    }),
  );
});

it('strings that share their slot (same length, first, middle and last bytes) never stand in for each other', () => {
  const a = Buffer.from('abcXdefghij'); // 11 bytes: bytes 0-2, 5 and 8-10 pick the slot
  const b = Buffer.from('abcYdefghij');
  for (let i = 0; i < 3; i++) {
    expect(cachedString(a, 0, a.length)).toBe('abcXdefghij');
    expect(cachedString(a, 0, a.length)).toBe('abcXdefghij');
    expect(cachedString(b, 0, b.length)).toBe('abcYdefghij');
    expect(cachedString(b, 0, b.length)).toBe('abcYdefghij');
  }
  // Invalid bytes in a slot a valid string holds are still refused.
  const bad = Buffer.from('abcXdefghij');
  bad[4] = 0xc3;
  bad[3] = 0xff;
  expect(cachedString(bad, 0, bad.length)).toBeUndefined();
});

it('the reader refuses invalid utf-8 of every length up to the table width and past it, seen before or not', () => {
  for (let n = 1; n <= CACHED_STRING_BYTES + 2; n++) {
    const bytes = new Uint8Array(n).fill(0x61);
    bytes[n - 1] = 0xff;
    for (let round = 0; round < 2; round++) {
      const w = new Writer();
      w.long(n);
      w.fixed(bytes);
      const r = new Reader({ maxItems: 10, maxEmptyItems: 10, bytesView: false }).reset(w.copy(), 0);
      expect(() => r.string()).toThrow(/not valid utf-8/);
    }
  }
});
