import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { platformCompressor as fflateCompressor } from '../../src/codec/compression.browser.js';
import { createCodec } from '../../src/index.js';
import { Writer } from '../../src/wire/index.js';
import { thrown } from '../helpers/errors.js';

const codec = createCodec();
// Header of a ChannelData (protocol 1, type 2), messageId 1, FIN.
const CHANNEL_DATA = '0204000204';
const frame = (hex: string): Uint8Array => Buffer.from(hex.replace(/\s/g, ''), 'hex');
const varint = (n: number | bigint): string => {
  const w = new Writer(16);
  if (typeof n === 'number') w.long(n);
  else w.longBig(n);
  return Buffer.from(w.copy()).toString('hex');
};

/** A codec for a one-message protocol whose body is `fields`. */
function bodyCodec(fields: unknown[], options = {}) {
  return createCodec({
    schemas: [{ types: [{ type: 'record', name: 'T', namespace: 'X', protocol: '9', messageType: '1', fields }] }],
    ...options,
  });
}
const HEADER_9_1 = '1202000204';

describe('hostile counts', () => {
  it('a frame claiming 10^8 array items fails before reading one, with the count and the bytes left', () => {
    const e = thrown(() => codec.decode(frame(CHANNEL_DATA + varint(100_000_000))));
    expect(e.code).toBe('TRUNCATED');
    expect(e.etpCode).toBe(19);
    expect(e.message).toBe('array count 100000000 exceeds the 0 bytes left');
  });

  it('the 5-byte body of avsc trap (array of 10^8 ints) fails the same way', () => {
    const c = bodyCodec([{ name: 'xs', type: { type: 'array', items: 'int' } }]);
    const body = `${varint(100_000_000)}0000`;
    expect(body.length / 2).toBe(6);
    expect(thrown(() => c.decode(frame(HEADER_9_1 + body))).message).toBe('array count 100000000 exceeds the 2 bytes left');
  });

  it('checks counts against the least bytes an item can take', () => {
    // A DataItem takes at least 4 bytes: 3 items need 12, 11 are there.
    const e = thrown(() => codec.decode(frame(CHANNEL_DATA + varint(3) + '00'.repeat(11))));
    expect(e.message).toBe('array count 3 exceeds the 11 bytes left');
  });

  it('checks map counts and negative-count blocks (with their byte size) the same way', () => {
    const c = bodyCodec([{ name: 'm', type: { type: 'map', values: 'long' } }]);
    expect(thrown(() => c.decode(frame(`${HEADER_9_1 + varint(1_000_000)}00`))).message).toBe('map count 1000000 exceeds the 1 bytes left');
    const arr = bodyCodec([{ name: 'xs', type: { type: 'array', items: 'int' } }]);
    // Block of -2 items, 2 bytes: [1, 2], then the end.
    expect(arr.decode(frame(`${HEADER_9_1 + varint(-2) + varint(2)}020400`)).body).toEqual({ xs: [1, 2] });
    expect(thrown(() => arr.decode(frame(`${HEADER_9_1 + varint(-2) + varint(100)}020400`))).message).toBe('array block size 100 exceeds the 3 bytes left');
    expect(thrown(() => arr.decode(frame(`${HEADER_9_1 + varint(-2) + varint(-1)}020400`))).code).toBe('INVALID_DATA');
  });
});

describe('hostile lengths, indexes and values', () => {
  const str = bodyCodec([{ name: 's', type: 'string' }]);
  const bytes = bodyCodec([{ name: 'b', type: 'bytes' }]);

  it('refuses negative and oversized string and bytes lengths', () => {
    expect(thrown(() => str.decode(frame(`${HEADER_9_1 + varint(-3)}616263`))).code).toBe('INVALID_DATA');
    expect(thrown(() => str.decode(frame(`${HEADER_9_1 + varint(-3)}616263`))).message).toMatch(/negative string length -3/);
    expect(thrown(() => bytes.decode(frame(`${HEADER_9_1 + varint(4)}616263`))).message).toBe('bytes length 4 exceeds the 3 bytes left');
  });

  it('refuses invalid utf-8 instead of replacing it', () => {
    for (const bad of ['c3', 'ff', 'eda080', `${'61'.repeat(20)}c3`, 'e282']) {
      const e = thrown(() => str.decode(frame(HEADER_9_1 + varint(bad.length / 2) + bad)));
      expect(e.code).toBe('INVALID_DATA');
      expect(e.message).toMatch(/not valid utf-8/);
    }
    // Valid multi-byte text, short and long, passes.
    expect(str.decode(frame(`${HEADER_9_1 + varint(6)}e4b8ade69687`)).body).toEqual({ s: '中文' });
    const long = Buffer.from('é'.repeat(200));
    expect(str.decode(frame(HEADER_9_1 + varint(long.length) + long.toString('hex'))).body).toEqual({ s: 'é'.repeat(200) });
  });

  it('refuses union branch and enum indexes out of range', () => {
    // ChannelData with one DataItem whose value union says branch 40 (DataValue has 19).
    const e = thrown(() => codec.decode(frame(`${CHANNEL_DATA}020000${varint(40)}0000`)));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.message).toMatch(/union branch 40 at offset \d+ is not in 0..18/);
    const en = bodyCodec([{ name: 'e', type: { type: 'enum', name: 'E', symbols: ['a', 'b'] } }]);
    expect(thrown(() => en.decode(frame(HEADER_9_1 + varint(2)))).message).toMatch(/E enum index 2 at offset 5 is not in 0..1/);
    expect(thrown(() => en.decode(frame(HEADER_9_1 + varint(-1)))).code).toBe('INVALID_DATA');
  });

  it('refuses booleans other than 0 and 1, ints beyond 32 bits and varints beyond 64 bits', () => {
    const b = bodyCodec([{ name: 'b', type: 'boolean' }]);
    expect(thrown(() => b.decode(frame(`${HEADER_9_1}02`))).message).toMatch(/invalid boolean byte 2/);
    const i = bodyCodec([{ name: 'i', type: 'int' }]);
    expect(i.decode(frame(HEADER_9_1 + varint(-(2 ** 31)))).body).toEqual({ i: -(2 ** 31) });
    expect(thrown(() => i.decode(frame(HEADER_9_1 + varint(2 ** 31)))).message).toMatch(/exceeds 32 bits/);
    const l = bodyCodec([{ name: 'l', type: 'long' }], { longs: 'bigint' });
    expect(l.decode(frame(`${HEADER_9_1}feffffffffffffffff01`)).body).toEqual({ l: 9223372036854775807n });
    expect(thrown(() => l.decode(frame(`${HEADER_9_1}feffffffffffffffff03`))).message).toMatch(/does not fit in 64 bits/);
    expect(thrown(() => l.decode(frame(`${HEADER_9_1 + 'ff'.repeat(10)}01`))).code).toBe('INVALID_DATA');
  });

  it('refuses unknown protocols and message types with their ETP codes', () => {
    expect(thrown(() => codec.decode(frame('c8010200020402'))).etpCode).toBe(4);
    expect(thrown(() => codec.decode(frame('0262000204'))).etpCode).toBe(3);
  });
});

describe.each([
  ['node:zlib', createCodec()],
  ['fflate (the browser build)', createCodec({ compressor: fflateCompressor })],
])('hostile compression through %s', (_name, codec) => {
  const cd = (payload: Uint8Array) => Buffer.concat([frame(`02040002${varint(0x0a)}`), payload]);

  it('a gzip bomb fails at maxDecompressedBytes', () => {
    const bomb = gzipSync(Buffer.alloc(50_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    const e = thrown(() => codec.decode(cd(bomb)));
    expect(e.code).toBe('MESSAGE_TOO_LARGE');
    expect(e.etpCode).toBe(17);
    expect(e.message).toBe('decompressed payload exceeds maxDecompressedBytes 16000000');
  });

  it('a payload just within maxDecompressedBytes passes, one byte more fails', () => {
    const { gunzip } = codec.options.compressor;
    expect(gunzip(gzipSync(Buffer.alloc(1001)), 1001).length).toBe(1001);
    expect(thrown(() => gunzip(gzipSync(Buffer.alloc(1002)), 1001)).code).toBe('MESSAGE_TOO_LARGE');
  });

  it('garbage is BAD_COMPRESSION, a member cut inside its data TRUNCATED, other bytes after it TRAILING_BYTES', () => {
    expect(thrown(() => codec.decode(cd(Buffer.from('not gzip at all')))).code).toBe('BAD_COMPRESSION');
    const good = gzipSync(Buffer.from('00', 'hex'));
    expect(codec.decode(cd(good)).body).toEqual({ data: [] });
    expect(thrown(() => codec.decode(cd(good.subarray(0, 12)))).code).toBe('TRUNCATED');
    expect(thrown(() => codec.decode(cd(gzipSync(Buffer.from('0000', 'hex'))))).code).toBe('TRAILING_BYTES');
    // Two members are one payload (zlib's rule), read through.
    expect(codec.decode(cd(Buffer.concat([gzipSync(Buffer.alloc(0)), good]))).body).toEqual({ data: [] });
  });

  it('a payload cut inside its trailer, or followed by a stray byte, is refused', () => {
    const good = gzipSync(Buffer.from('00', 'hex'));
    // node:zlib tells these apart (TRUNCATED, TRAILING_BYTES); fflate's streaming inflate does
    // not report where the data ended, so the trailer's length field catches them (BAD_COMPRESSION).
    const fflate = _name.startsWith('fflate');
    expect(thrown(() => codec.decode(cd(good.subarray(0, good.length - 1)))).code).toBe(fflate ? 'BAD_COMPRESSION' : 'TRUNCATED');
    expect(thrown(() => codec.decode(cd(Buffer.concat([good, Buffer.from([0])])))).code).toBe(fflate ? 'BAD_COMPRESSION' : 'TRAILING_BYTES');
  });
});
