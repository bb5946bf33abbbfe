import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.js';
import { ROOT, byteExact, describeShared, readVectors, sharedPath } from '../helpers/shared.js';
import { checkDecode, checkEncode } from '../helpers/vector-checks.js';
import { join } from 'node:path';

const builtin = readVectors(join(ROOT, 'test/vectors/etp12-builtin.jsonl'));
const builtinWide = readVectors(join(ROOT, 'test/vectors/etp12-builtin-wide-longs.jsonl'));

describe('built-in ETP 1.2 schemas against the copied vectors', () => {
  const codec = createCodec();
  const big = createCodec({ longs: 'bigint' });

  it('covers protocols 0, 1 and 3 and ProtocolException/Acknowledge', () => {
    expect(builtin.length).toBe(57);
    expect(new Set(builtin.map((v) => v.schema)).size).toBe(19);
    expect(builtin.some((v) => byteExact(v))).toBe(true);
    expect(builtin.some((v) => v.compressed)).toBe(true);
  });

  it.each(builtin.map((v) => [v.id, v] as const))('decodes %s', (_id, v) => checkDecode(codec, v));
  it.each(builtin.map((v) => [v.id, v] as const))('encodes %s', (_id, v) => checkEncode(codec, v));
  it.each(builtinWide.map((v) => [v.id, v] as const))('decodes and encodes wide longs %s in bigint mode', (_id, v) => {
    checkDecode(big, v);
    checkEncode(big, v);
  });
});

describeShared('official bundles against all the shared vectors', () => {
  const etp12 = createCodec({ schemas: [sharedPath('reference/etp12.avpr')] });
  const etp12big = createCodec({ schemas: [sharedPath('reference/etp12.avpr')], longs: 'bigint' });
  const etp11 = createCodec({ schemas: [sharedPath('reference/etp11.avpr')] });
  const all12 = readVectors(sharedPath('vectors/etp12.jsonl'));
  const wide = readVectors(sharedPath('vectors/etp12-wide-longs.jsonl'));
  const all11 = readVectors(sharedPath('vectors/etp11.jsonl'));

  it('has the expected vector counts', () => {
    expect([all12.length, wide.length, all11.length]).toEqual([414, 138, 162]);
    expect(etp11.options.etp).toBe('1.1');
  });

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
    checkDecode(etp11, v);
    checkEncode(etp11, v);
  });
});
