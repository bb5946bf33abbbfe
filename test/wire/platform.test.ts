import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/wire/platform.browser.js';
import * as node from '../../src/wire/platform.js';

// The browser build's byte operations (TextDecoder/TextEncoder) must agree with Node's on every
// string and every byte sequence; the browser test runs them in Chromium too.
describe('the two editions of the platform module agree', () => {
  it('name themselves', () => {
    expect([node.PLATFORM, browser.PLATFORM]).toEqual(['node', 'browser']);
  });

  it('ascii: the string of any bytes below 0x80', () => {
    fc.assert(
      fc.property(fc.uint8Array({ max: 0x7f, maxLength: 64 }), (b) => {
        const s = String.fromCharCode(...b);
        const framed = new Uint8Array([0x80, ...b, 0x80]);
        expect(node.asciiDecode(framed, 1, b.length + 1)).toBe(s);
        expect(browser.asciiDecode(framed, 1, b.length + 1)).toBe(s);
      }),
    );
  });

  it('utf-8: the bytes (and their count) of any well-formed string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((s) => s.isWellFormed()),
        (s) => {
          const n = Buffer.byteLength(s);
          const a = new Uint8Array(3 * s.length + 2);
          const b = new Uint8Array(3 * s.length + 2);
          expect(node.utf8Encode(s, a, 1, 3 * s.length)).toBe(n);
          expect(browser.utf8Encode(s, b, 1, 3 * s.length)).toBe(n);
          expect(b).toEqual(a);
          expect(browser.utf8Decode(b, 1, n + 1)).toBe(s);
          expect(node.utf8Decode(a, 1, n + 1)).toBe(s);
        },
      ),
    );
  });

  it('utf-8 validity of any bytes: both refuse the same sequences', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(browser.utf8Decode(bytes, 0, bytes.length)).toBe(node.utf8Decode(bytes, 0, bytes.length));
      }),
      { numRuns: 2000 },
    );
    for (const bad of [[0xc3], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf, 0xff]]) {
      expect(browser.utf8Decode(new Uint8Array(bad), 0, bad.length)).toBeUndefined();
    }
    // A byte-order mark is text like any other (kept, not stripped).
    expect(browser.utf8Decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 0, 4)).toBe('\ufeffa');
    expect(node.utf8Decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 0, 4)).toBe('\ufeffa');
  });

  it('allocate byte arrays: small ones from a slab, never overlapping, across slab boundaries', () => {
    expect(node.allocBytes(5)).toBeInstanceOf(Uint8Array);
    const arrays = Array.from({ length: 3000 }, (_, i) => browser.allocBytes(1 + (i % 97)));
    arrays.forEach((a, i) => a.fill(i & 0xff));
    arrays.forEach((a, i) => expect(a.every((b) => b === (i & 0xff))).toBe(true));
    expect(new Set(arrays.map((a) => a.buffer)).size).toBeGreaterThan(1);
    expect(browser.allocBytes(100_000).byteLength).toBe(100_000);
  });
});
