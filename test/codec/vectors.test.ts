import { describe, expect, it } from 'vitest';
import { platformCompressor as fflateCompressor } from '../../src/codec/compression.browser.js';
import { createCodec } from '../../src/index.js';
import { ROOT, byteExact, describeShared, readVectors, sharedPath } from '../helpers/shared.js';
import { checkDecode, checkEncode } from '../helpers/vector-checks.js';
import { join } from 'node:path';

const all12 = readVectors(join(ROOT, 'test/vectors/etp12.jsonl'));
const wide = readVectors(join(ROOT, 'test/vectors/etp12-wide-longs.jsonl'));
const all11 = readVectors(join(ROOT, 'test/vectors/etp11.jsonl'));

it('the copied vectors cover all 138 ETP 1.2 and 54 ETP 1.1 message types', () => {
  expect([all12.length, wide.length, all11.length]).toEqual([414, 138, 162]);
  expect(new Set(all12.map((v) => v.schema)).size).toBe(138);
  expect(new Set(all11.map((v) => v.schema)).size).toBe(54);
  expect(createCodec().registry.messages().length).toBe(138);
  expect(createCodec({ etp: '1.1' }).registry.messages().length).toBe(54);
  expect(all12.some((v) => byteExact(v))).toBe(true);
  expect(all12.some((v) => v.compressed)).toBe(true);
});

// The default codecs (code generated at build time, node:zlib), and what a browser under a
// Content-Security-Policy runs: no generated code, fflate for gzip.
describe.each([
  ['the built-in catalogs', {}],
  ['the built-in catalogs through closures (no new Function) and fflate', { codegen: 'closures' as const, compressor: fflateCompressor }],
])('%s against every copied vector', (_name, options) => {
  const etp12 = createCodec(options);
  const etp12big = createCodec({ ...options, longs: 'bigint' });
  const etp11 = createCodec({ ...options, etp: '1.1' });

  it.each(all12.map((v) => [v.id, v] as const))('etp12 %s both ways', (_id, v) => {
    checkDecode(etp12, v);
    checkEncode(etp12, v);
  });

  it.each(wide.map((v) => [v.id, v] as const))('etp12 wide longs %s both ways (bigint)', (_id, v) => {
    checkDecode(etp12big, v);
    checkEncode(etp12big, v);
  });

  it('refuses the wide longs that numbers cannot hold exactly, in number mode', () => {
    // Longs beyond ±(2^53 - 1) are the ones the interchange form writes as strings.
    const unsafe = wide.filter((v) => /"-?\d{16,}"/.test(JSON.stringify(v.message.body)));
    expect(unsafe.length).toBeGreaterThan(20);
    for (const v of unsafe) {
      expect(() => etp12.decode(Buffer.from(v.hex, 'hex'))).toThrow(expect.objectContaining({ code: 'LONG_OUT_OF_RANGE' }));
    }
  });

  it.each(all11.map((v) => [v.id, v] as const))('etp11 %s both ways', (_id, v) => {
    expect(etp11.options.etp).toBe('1.1');
    checkDecode(etp11, v);
    checkEncode(etp11, v);
  });
});

describeShared('the copied vectors are those of ../shared/vectors', () => {
  it.each(['etp12.jsonl', 'etp12-wide-longs.jsonl', 'etp11.jsonl'])('%s', (name) => {
    expect(readVectors(join(ROOT, 'test/vectors', name))).toEqual(readVectors(sharedPath(`vectors/${name}`)));
  });
});

describeShared('the official bundles, loaded with schemas, pass the same vectors', () => {
  const etp12 = createCodec({ schemas: [sharedPath('reference/etp12.avpr')] });
  const etp11 = createCodec({ schemas: [sharedPath('reference/etp11.avpr')] });

  it('detects the version of each bundle', () => {
    expect([etp12.options.etp, etp11.options.etp]).toEqual(['1.2', '1.1']);
  });
  it.each(all12.map((v) => [v.id, v] as const))('etp12 %s both ways', (_id, v) => {
    checkDecode(etp12, v);
    checkEncode(etp12, v);
  });
  it.each(all11.map((v) => [v.id, v] as const))('etp11 %s both ways', (_id, v) => {
    checkDecode(etp11, v);
    checkEncode(etp11, v);
  });
});
