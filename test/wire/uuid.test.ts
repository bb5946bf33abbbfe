import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isUuidString, uuidFromBytes, uuidToBytes } from '../../src/wire/index.js';

it('any 16 bytes make a uuid string and back (not only RFC 9562 ones)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (b) => {
      const s = uuidFromBytes(b, 0);
      expect(isUuidString(s)).toBe(true);
      expect(s).toBe(
        Buffer.from(b)
          .toString('hex')
          .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
      );
      const out = new Uint8Array(16);
      uuidToBytes(s.toUpperCase(), out, 0);
      expect(out).toEqual(b);
    }),
  );
});

it('refuses strings that are not uuids', () => {
  for (const s of [
    '',
    '00010203-0405-0607-0809-0a0b0c0d0e0',
    '00010203x0405-0607-0809-0a0b0c0d0e0f',
    '0001020304050607080900a0b0c0d0e0f00',
    'g0010203-0405-0607-0809-0a0b0c0d0e0f',
    '00010203-0405-0607-0809-0a0b0c0d0e0\u0100',
  ]) {
    expect(() => uuidToBytes(s, new Uint8Array(16), 0)).toThrow(/invalid uuid/);
  }
});

it('refuses a uuid with one character that is not a hex digit, at every digit position, high or low half of its byte', () => {
  const good = '00010203-0405-0607-0809-0a0b0c0d0e0f';
  for (let i = 0; i < good.length; i++) {
    if (good[i] === '-') continue;
    for (const bad of ['g', 'G', ' ', '-', '/', ':', '@', '`', '\u00e9', '\u0130']) {
      const s = good.slice(0, i) + bad + good.slice(i + 1);
      expect(() => uuidToBytes(s, new Uint8Array(16), 0), s).toThrow(/invalid uuid/);
    }
  }
});
