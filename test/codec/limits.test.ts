import { describe, expect, it } from 'vitest';
import { sampleChannelData } from '../helpers/samples.js';
import { createCodec, DEFAULT_LIMITS, type EtpMessage, MessageFlags } from '../../src/index.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

function resources(n: number): EtpMessage {
  const r = {
    uri: 'eml:///witsml20.Well(1)',
    alternateUris: [],
    name: 'w',
    sourceCount: null,
    targetCount: null,
    lastChanged: 0,
    storeLastWrite: 0,
    storeCreated: 0,
    activeStatus: 'Active',
    customData: {},
  };
  return { header: { protocol: 3, messageType: 4, correlationId: 2, messageId: 3, messageFlags: 2 }, body: { resources: Array.from({ length: n }, () => r) } };
}

describe('limits, each at its boundary', () => {
  it('documents its defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxMessageBytes: 16_000_000, maxDecompressedBytes: 16_000_000, maxItems: 4_000_000, maxEmptyItems: 65_536 });
    expect(createCodec().options.maxMessageBytes).toBe(16_000_000);
  });

  it('maxMessageBytes: a frame (or an encoding) of exactly the limit passes, one byte more fails', () => {
    const message = sampleChannelData(10);
    const size = createCodec().encode(message).length;
    const atLimit = createCodec({ maxMessageBytes: size });
    const below = createCodec({ maxMessageBytes: size - 1 });
    const frame = atLimit.encode(message);
    expect(atLimit.decode(frame).body).toEqual(message.body);
    expect(code(() => below.decode(frame))).toBe('MESSAGE_TOO_LARGE');
    expect(code(() => below.encode(message))).toBe('MESSAGE_TOO_LARGE');
  });

  it('maxDecompressedBytes: a payload of exactly the limit passes, one byte more fails', () => {
    const message = sampleChannelData(50, MessageFlags.FinalPart | MessageFlags.Compressed);
    const plain = createCodec().encode({ ...message, header: { ...message.header, messageFlags: MessageFlags.FinalPart } });
    const payload = plain.length - 5; // the header of this message is 5 bytes
    const frame = createCodec().encode(message);
    expect(createCodec({ maxDecompressedBytes: payload }).decode(frame).body).toEqual(message.body);
    expect(code(() => createCodec({ maxDecompressedBytes: payload - 1 }).decode(frame))).toBe('MESSAGE_TOO_LARGE');
  });

  it('maxItems: a message with exactly the limit of items passes, one more fails', () => {
    const frame = createCodec().encode(resources(300)); // 300 resources, their lists and maps empty
    expect((createCodec({ maxItems: 300 }).decode(frame).body as { resources: unknown[] }).resources).toHaveLength(300);
    expect(code(() => createCodec({ maxItems: 299 }).decode(frame))).toBe('LIMIT_EXCEEDED');
  });

  it('maxEmptyItems: zero-byte items up to the limit pass, one more fails', () => {
    const schemas = [{ types: [{ type: 'record', name: 'Nulls', protocol: '9', messageType: '1', fields: [{ name: 'xs', type: { type: 'array', items: 'null' } }] }] }];
    const message = { header: { protocol: 9, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { xs: new Array(1000).fill(null) } };
    const frame = createCodec({ schemas }).encode(message);
    expect(createCodec({ schemas, maxEmptyItems: 1000 }).decode(frame).body).toEqual(message.body);
    expect(code(() => createCodec({ schemas, maxEmptyItems: 999 }).decode(frame))).toBe('LIMIT_EXCEEDED');
    // With the default, a handful of bytes cannot claim millions of nulls.
    const hostile = Buffer.from('1202000204' + 'feffff07' + '00', 'hex'); // 8,388,607 nulls
    expect(code(() => createCodec({ schemas }).decode(hostile))).toBe('LIMIT_EXCEEDED');
  });

  it('refuses nonsense options', () => {
    expect(code(() => createCodec({ maxItems: -1 }))).toBe('INVALID_OPTION');
    expect(code(() => createCodec({ maxMessageBytes: 1.5 }))).toBe('INVALID_OPTION');
    expect(code(() => createCodec({ longs: 'string' as never }))).toBe('INVALID_OPTION');
    expect(code(() => createCodec({ maxItem: 5 } as never))).toBe('INVALID_OPTION'); // an unknown option is never ignored
    expect(code(() => createCodec({ compressionLevel: 10 }))).toBe('INVALID_OPTION');
    expect(createCodec({ compressionLevel: 9 }).options.compressionLevel).toBe(9);
  });
});
