import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvroType } from '../../src/schema/avro-types.js';
import { platformCompressor as fflateCompressor } from '../../src/codec/compression.browser.js';
import { createCodec, type LongMode, MessageFlags, type MessageHeaderExtension } from '../../src/index.js';
import { neverCompressed } from '../../src/schema/index.js';
import { arbitraryOf } from '../helpers/arbitrary.js';

const header = fc.record({
  correlationId: fc.maxSafeNat(),
  messageId: fc.maxSafeNat(),
  flags: fc.constantFrom(0, MessageFlags.FinalPart, MessageFlags.FinalPart | MessageFlags.AcknowledgementRequested, MessageFlags.MultiPart),
  compress: fc.boolean(),
});

const CASES: { etp: '1.1' | '1.2'; longs: LongMode; closures?: true }[] = [
  { etp: '1.2', longs: 'number' },
  { etp: '1.2', longs: 'bigint' },
  { etp: '1.1', longs: 'number' },
  // What a browser under a CSP forbidding eval runs: closures, and fflate's gzip.
  { etp: '1.2', longs: 'number', closures: true },
];

for (const { etp, longs, closures } of CASES) {
  describe(`round trips of every built-in ETP ${etp} message (longs: ${longs}${closures ? ', closures and fflate' : ''})`, () => {
    const codec = createCodec({ etp, longs, ...(closures ? { codegen: 'closures' as const, compressor: fflateCompressor } : {}) });
    // ETP 1.1 has no header extension.
    const extensionType = codec.registry.headerExtension() as AvroType | undefined;
    const extension = extensionType ? arbitraryOf(extensionType, longs) : fc.constant(undefined);
    for (const info of codec.registry.messages()) {
      it(`${info.name} encodes and decodes to the same value, and the same JSON form`, () => {
        const body = arbitraryOf(info.type as AvroType, longs);
        fc.assert(
          fc.property(body, header, fc.option(extension, { nil: undefined }), (b, h, ext) => {
            const compress = h.compress && codec.profile.compression && !neverCompressed(info);
            const message = {
              header: {
                protocol: info.protocol,
                messageType: info.messageType,
                correlationId: h.correlationId,
                messageId: h.messageId,
                messageFlags: h.flags | (compress ? MessageFlags.Compressed : 0),
              },
              body: b,
              ...(ext === undefined ? {} : { extension: ext as MessageHeaderExtension }),
            };
            const decoded = codec.decode(codec.encode(message));
            expect(decoded.body).toEqual(b);
            expect(decoded.extension).toEqual(ext);
            expect(decoded.header.messageFlags & ~MessageFlags.HasHeaderExtension).toBe(message.header.messageFlags);
            // The interchange JSON form survives a trip through text (compared as text: JSON
            // itself cannot tell -0 from 0).
            const text = JSON.stringify(codec.toJSON(decoded));
            expect(JSON.stringify(codec.toJSON(codec.fromJSON(JSON.parse(text))))).toBe(text);
          }),
          { numRuns: 60 },
        );
      });
    }
  });
}
