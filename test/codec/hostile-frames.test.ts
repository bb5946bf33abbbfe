import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleChannelData, sampleOpenSession, sampleRequestSession } from '../helpers/samples.js';
import { type Codec, createCodec, EtpError, MessageFlags } from '../../src/index.js';
import { describeShared, readVectors, ROOT, sharedPath } from '../helpers/shared.js';

const codec = createCodec();
const frames: Uint8Array[] = [
  ...readVectors(join(ROOT, 'test/vectors/etp12.jsonl')).map((v) => Buffer.from(v.hex, 'hex')),
  codec.encode(sampleRequestSession()),
  codec.encode(sampleOpenSession()),
  codec.encode(sampleChannelData(100)),
  codec.encode(sampleChannelData(300, MessageFlags.FinalPart | MessageFlags.Compressed)),
];

/** Every strict prefix of every frame fails with TRUNCATED (and nothing else). */
function checkPrefixes(c: Codec, list: Uint8Array[]): number {
  let checked = 0;
  for (const frame of list) {
    c.decode(frame); // the whole frame is valid
    for (let n = 0; n < frame.length; n++) {
      let error: unknown;
      try {
        c.decode(frame.subarray(0, n));
      } catch (err) {
        error = err;
      }
      if (!(error instanceof EtpError) || error.code !== 'TRUNCATED') {
        throw new Error(`prefix ${n}/${frame.length} of ${Buffer.from(frame).toString('hex').slice(0, 40)}… gave ${String(error)}`);
      }
      checked++;
    }
  }
  return checked;
}

describe('truncated frames', () => {
  it('fail with TRUNCATED at every strict prefix of every built-in vector and sample', () => {
    expect(checkPrefixes(codec, frames)).toBeGreaterThan(10_000);
  });

  it('a message with trailing bytes fails with TRAILING_BYTES', () => {
    for (const frame of frames) {
      expect(() => codec.decode(Buffer.concat([frame, Buffer.from([0])]))).toThrow(expect.objectContaining({ code: 'TRAILING_BYTES', etpCode: 19 }));
    }
  });
});

describeShared('truncated frames of the official bundles', () => {
  it('fail with TRUNCATED at every strict prefix of every ETP 1.2 and 1.1 vector', () => {
    const etp12 = createCodec({ schemas: [sharedPath('reference/etp12.avpr')], longs: 'bigint' });
    const etp11 = createCodec({ schemas: [sharedPath('reference/etp11.avpr')], longs: 'bigint' });
    const hex = (file: string) => readVectors(sharedPath('vectors', file)).map((v) => Buffer.from(v.hex, 'hex'));
    const n = checkPrefixes(etp12, [...hex('etp12.jsonl'), ...hex('etp12-wide-longs.jsonl')]) + checkPrefixes(etp11, hex('etp11.jsonl'));
    expect(n).toBeGreaterThan(50_000);
  });
});

describe('mutated frames', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  );

  type Mutation = { kind: 'set' | 'insert' | 'delete'; at: number; byte?: number; bytes?: Uint8Array; count?: number };

  function mutate(frame: Uint8Array, ms: Mutation[]): Uint8Array {
    let b = Buffer.from(frame);
    for (const m of ms) {
      const at = m.at % (b.length + 1);
      if (m.kind === 'set' && b.length) b[at % b.length] = m.byte!;
      else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes!, b.subarray(at)]);
      else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + (m.count ?? 1))]);
    }
    return b;
  }

  for (const longs of ['number', 'bigint'] as const) {
    it(`never throw anything but EtpError, and what decodes re-encodes to the same value (longs: ${longs})`, () => {
      const c = createCodec({ longs });
      let decodedCount = 0;
      fc.assert(
        fc.property(fc.constantFrom(...frames), fc.array(mutation, { minLength: 1, maxLength: 4 }), (frame, ms) => {
          const bad = mutate(frame, ms);
          let decoded: ReturnType<typeof c.decode> | undefined;
          try {
            decoded = c.decode(bad);
          } catch (err) {
            if (!(err instanceof EtpError)) throw err;
            return;
          }
          decodedCount++;
          const again = c.decode(c.encode(decoded));
          expect(again.body).toEqual(decoded.body);
          expect(again.extension).toEqual(decoded.extension);
        }),
        { numRuns: 3000 },
      );
      expect(decodedCount).toBeGreaterThan(0);
    });
  }
});
