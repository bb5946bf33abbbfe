import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sampleChannelData, sampleRequestSession } from '../helpers/samples.js';
import { createCodec, EtpError, type EtpMessage, hasFlag, isEtpError, MessageFlags, peekHeader } from '../../src/index.js';
import { Writer, writeHeader } from '../../src/wire/index.js';
import { thrown } from '../helpers/errors.js';

const codec = createCodec();
const FIN = MessageFlags.FinalPart;
const hdr = (protocol: number, messageType: number, messageFlags: number = FIN) => ({ protocol, messageType, correlationId: 0, messageId: 2, messageFlags });

/** A frame whose header carries `flags` and whose body is the gzip of `message`'s encoded body. */
function compressedFrame(message: EtpMessage, flags: number): Uint8Array {
  const plain = codec.encode(message);
  const w = new Writer(32);
  writeHeader(w, message.header);
  const headerLength = w.pos;
  w.pos = 0;
  writeHeader(w, { ...message.header, messageFlags: flags });
  return Buffer.concat([w.copy(), gzipSync(plain.subarray(headerLength))]);
}

const requestSession = sampleRequestSession();
const protocolException = (protocol: number): EtpMessage => ({ header: hdr(protocol, 1000), body: { error: { message: 'no such uri', code: 11 }, errors: {} } });

describe('flags', () => {
  it('compresses extension and body with 0x08 and reads them back', () => {
    const message = sampleChannelData(200, FIN | MessageFlags.Compressed);
    const withExt = { ...message, extension: { extension: { trace: { item: { string: 'abc' } } } } };
    const bytes = codec.encode(withExt);
    expect(bytes.length).toBeLessThan(codec.encode(sampleChannelData(200)).length);
    const back = codec.decode(bytes);
    expect(back.header.messageFlags).toBe(FIN | MessageFlags.Compressed | MessageFlags.HasHeaderExtension);
    expect(back.extension).toEqual(withExt.extension);
    expect(back.body).toEqual(message.body);
    // The same frame built by hand (header, then gzip of the rest) decodes too.
    expect(codec.decode(compressedFrame(sampleChannelData(3), FIN | MessageFlags.Compressed)).body).toEqual(sampleChannelData(3).body);
  });

  it('never compresses RequestSession, OpenSession, ProtocolException or Acknowledge (ETP error 13)', () => {
    const e = thrown(() => codec.encode({ ...requestSession, header: { ...requestSession.header, messageFlags: FIN | MessageFlags.Compressed } }));
    expect([e.code, e.etpCode]).toEqual(['COMPRESSION_NOT_ALLOWED', 13]);
    const never: EtpMessage[] = [requestSession, protocolException(0), protocolException(3), { header: hdr(1, 1001), body: {} }];
    for (const m of never) {
      const d = thrown(() => codec.decode(compressedFrame(m, FIN | MessageFlags.Compressed)));
      expect([d.code, d.etpCode]).toEqual(['COMPRESSION_NOT_ALLOWED', 13]);
    }
  });

  it('offers small helpers for flags and errors', () => {
    expect(hasFlag(0x0a, MessageFlags.Compressed)).toBe(true);
    expect(hasFlag(0x0a, MessageFlags.HasHeaderExtension)).toBe(false);
    const e = thrown(() => codec.decode(Buffer.from('02', 'hex')));
    expect(isEtpError(e)).toBe(true);
    expect(isEtpError(e, 'TRUNCATED')).toBe(true);
    expect(isEtpError(e, 'TRAILING_BYTES')).toBe(false);
    expect(isEtpError(new Error('x'))).toBe(false);
    expect(e).toBeInstanceOf(EtpError);
  });

  it('tolerates the ETP 1.1 multipart flag 0x01 on receipt', () => {
    const m = sampleChannelData(2, MessageFlags.MultiPart | FIN);
    expect(codec.decode(codec.encode(m)).header.messageFlags).toBe(3);
  });

  it('sets 0x20 when an extension is given, and refuses 0x20 without one', () => {
    const m = { header: hdr(0, 8), body: { currentDateTime: 5 }, extension: { extension: {} } };
    expect(codec.decode(codec.encode(m)).header.messageFlags).toBe(FIN | MessageFlags.HasHeaderExtension);
    expect(thrown(() => codec.encode({ header: hdr(0, 8, FIN | MessageFlags.HasHeaderExtension), body: { currentDateTime: 5 } })).code).toBe('INVALID_VALUE');
  });

  it('refuses, when asked, the flags ETP 1.1 does not define (0x08, 0x10, 0x20); 1.1 never compresses', () => {
    const c11 = createCodec({ etp: '1.1' });
    const accepted = c11.profile.acceptedFlags;
    // 1.1 flags: MultiPart 0x01, FinalPart 0x02, NoData 0x04.
    expect(accepted).toBe(0x07);
    const control = { checkFlags: true, bytes: 0, items: 0 };
    expect(c11.decode(c11.encode({ header: hdr(0, 5, 0x03), body: { reason: 'done' } }), control).body).toEqual({ reason: 'done' });
    for (const flag of [MessageFlags.Compressed, MessageFlags.AcknowledgementRequested, MessageFlags.HasHeaderExtension]) {
      // Header 00 0a 00 04 <flags>, then reason, a [null, string] union: 0x08 is not compression in 1.1.
      const frame = Buffer.from(`000a0004${(flag * 2).toString(16).padStart(2, '0')}0208${Buffer.from('done').toString('hex')}`, 'hex');
      if (flag !== MessageFlags.HasHeaderExtension) expect(c11.decode(frame).body).toEqual({ reason: 'done' });
      const e = thrown(() => c11.decode(frame, control));
      expect(e).toMatchObject({ code: 'INVALID_FLAGS', etpCode: 5 });
      expect(e.message).toBe(`Energistics.Protocol.Core.CloseSession has header flag 0x${flag.toString(16).padStart(2, '0')}, which etp 1.1 does not define`);
      expect(e.header?.messageFlags).toBe(flag);
    }
    // ETP 1.2 ignores bits it does not define.
    expect(codec.decode(codec.encode({ header: hdr(0, 8, FIN | 0x40), body: { currentDateTime: 1 } })).header.messageFlags).toBe(FIN | 0x40);
  });
});

describe('messages', () => {
  it('accepts ProtocolException and Acknowledge under any protocol, Acknowledge as a bare header', () => {
    const ack = codec.encode({ header: hdr(3, 1001), body: {} });
    expect(Buffer.from(ack).toString('hex')).toBe('06d20f00040' + '4'); // the header alone
    expect(codec.decode(ack).name).toBe('Energistics.Etp.v12.Protocol.Core.Acknowledge');
    expect(codec.decode(codec.encode(protocolException(24))).body).toEqual(protocolException(24).body);
  });

  it('fills fields that have defaults, and names the path of a bad value', () => {
    const { supportedFormats, serverAuthorizationRequired, ...rest } = requestSession.body as Record<string, unknown>;
    void supportedFormats;
    void serverAuthorizationRequired;
    const back = codec.decode(codec.encode({ ...requestSession, body: rest })).body as Record<string, unknown>;
    expect(back.supportedFormats).toEqual(['xml']);
    expect(back.serverAuthorizationRequired).toBe(false);

    const body = structuredClone(requestSession.body) as { requestedProtocols: { role: unknown }[] };
    body.requestedProtocols[1]!.role = 5;
    const e = thrown(() => codec.encode({ ...requestSession, body }));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toBe('body.requestedProtocols[1].role: must be a string, got 5');
    const missing = thrown(() => codec.encode({ ...requestSession, body: { ...rest, applicationName: undefined } }));
    expect(missing.message).toBe('body.applicationName: must be a string, got undefined');
  });

  it('takes union branches by full or short name, and refuses ambiguous ones', () => {
    const m = (value: unknown) => ({ header: hdr(1, 2), body: { data: [{ channelId: 1, indexes: [], value, valueAttributes: [] }] } });
    const back = codec.decode(codec.encode(m({ item: { ArrayOfDouble: { values: [1.5] } } }))).body as { data: { value: unknown }[] };
    expect(back.data[0]!.value).toEqual({ item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: [1.5] } } });
    expect(thrown(() => codec.encode(m({ item: { long: 1, double: 2 } }))).message).toMatch(/body.data\[0\].value.item: must be a \{branch: value\} object/);
    expect(thrown(() => codec.encode(m({ item: { float32: 1 } }))).code).toBe('INVALID_VALUE');
    expect(codec.decode(codec.encode(m({ item: null }))).body).toEqual(m({ item: null }).body);
  });

  it('keeps a "__proto__" map key as data', () => {
    const m = { header: hdr(0, 8), body: { currentDateTime: 1 }, extension: { extension: JSON.parse('{"__proto__": {"item": {"int": 7}}}') } };
    const back = codec.decode(codec.encode(m));
    expect(Object.keys(back.extension!.extension!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(back.extension!.extension)).toBe(Object.prototype);
  });

  it('copies bytes by default; with bytesView gives views of values that are at least half their buffer, and copies the others', () => {
    const body = (value: Buffer) => ({ data: [{ channelId: 1, indexes: [], value: { item: { bytes: value } }, valueAttributes: [] }] });
    const get = (c: typeof codec, frame: Uint8Array) => (c.decode(frame).body as { data: { value: { item: { bytes: Uint8Array } } }[] }).data[0]!.value.item.bytes;
    const viewing = createCodec({ bytesView: true });
    // A frame with a buffer of its own, most of which is the value.
    const big = Uint8Array.from(codec.encode({ header: hdr(1, 2), body: body(Buffer.from('abc'.repeat(100))) }));
    const copy = get(codec, big);
    const view = get(viewing, big);
    big[Buffer.from(big.buffer, big.byteOffset, big.length).indexOf('abc')] = 0x7a; // 'a' -> 'z' in the frame, after decoding
    expect(Buffer.from(copy).toString()).toBe('abc'.repeat(100));
    expect(Buffer.from(view).toString().slice(0, 6)).toBe('zbcabc');
    // A small value in a large buffer (a socket's read buffer) would keep all of it alive: copied.
    const shared = new Uint8Array(65_536);
    const small = codec.encode({ header: hdr(1, 2), body: body(Buffer.from('abc')) });
    shared.set(small, 100);
    const inShared = shared.subarray(100, 100 + small.length);
    const value = get(viewing, inShared);
    expect(Buffer.from(value).toString()).toBe('abc');
    expect(value.buffer).not.toBe(shared.buffer);
  });

  it('refuses lone surrogates and malformed uuids', () => {
    const ping = (s: string) => ({ header: hdr(0, 5), body: { reason: s } });
    expect(thrown(() => codec.encode(ping('a\ud800b'))).message).toMatch(/lone surrogate/);
    const rs = (id: string) => ({ ...requestSession, body: { ...(requestSession.body as object), clientInstanceId: id } });
    expect(thrown(() => codec.encode(rs('not-a-uuid'))).message).toMatch(/invalid uuid/);
    expect(thrown(() => codec.encode(rs('6f1c5a52-8a1e-4f6b-9d43-2b1e0c7a9f1g'))).code).toBe('INVALID_VALUE');
    const upper = codec.decode(codec.encode(rs('6F1C5A52-8A1E-4F6B-9D43-2B1E0C7A9F10'))).body as { clientInstanceId: string };
    expect(upper.clientInstanceId).toBe('6f1c5a52-8a1e-4f6b-9d43-2b1e0c7a9f10');
  });
});

describe('longs', () => {
  const ping = (t: number | bigint) => ({ header: hdr(0, 8), body: { currentDateTime: t } });
  const big = createCodec({ longs: 'bigint' });

  it('are exact to ±(2^53 - 1) as numbers, where avsc flips signs or refuses', () => {
    for (const v of [-(2 ** 52 + 1), 2 ** 52 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0, -1]) {
      expect((codec.decode(codec.encode(ping(v))).body as { currentDateTime: number }).currentDateTime).toBe(v);
    }
    // -(2^52 + 1) on the wire: the zig-zag varint avsc 5.7.9 reads back as +2^52.
    expect(Buffer.from(codec.encode(ping(-(2 ** 52 + 1))).subarray(5)).toString('hex')).toBe('8180808080808010');
  });

  it('beyond that, are an error by default and a bigint by option, never a different number', () => {
    const frame = big.encode(ping(2n ** 53n));
    const e = thrown(() => codec.decode(frame));
    expect([e.code, e.etpCode]).toEqual(['LONG_OUT_OF_RANGE', 19]);
    expect((big.decode(frame).body as { currentDateTime: bigint }).currentDateTime).toBe(2n ** 53n);
    expect(thrown(() => codec.encode(ping(2 ** 53))).code).toBe('LONG_OUT_OF_RANGE');
    expect(thrown(() => codec.encode(ping(2n ** 63n))).code).toBe('LONG_OUT_OF_RANGE');
    expect(thrown(() => codec.encode(ping(1.5))).code).toBe('INVALID_VALUE');
    for (const v of [2n ** 63n - 1n, -(2n ** 63n), -(2n ** 53n), 12345n]) {
      expect((big.decode(big.encode(ping(v))).body as { currentDateTime: bigint }).currentDateTime).toBe(v);
    }
  });
});

describe('peek and JSON form', () => {
  it('peeks the same header that decode reads, without the body', () => {
    const frame = codec.encode(sampleChannelData(50));
    expect(codec.peek(frame)).toEqual(codec.decode(frame).header);
    expect(peekHeader(frame.subarray(0, 5))).toEqual(codec.decode(frame).header);
    expect(thrown(() => codec.peek(frame.subarray(0, 3))).code).toBe('TRUNCATED');
    // Large ids take the exact path.
    const h = { protocol: 0, messageType: 8, correlationId: Number.MAX_SAFE_INTEGER, messageId: -(2 ** 52 + 1), messageFlags: 2 };
    expect(codec.peek(codec.encode({ header: h, body: { currentDateTime: 0 } }))).toEqual(h);
  });

  it('reports malformed JSON messages with the path', () => {
    expect(thrown(() => codec.fromJSON({ header: hdr(0, 8), body: { currentDateTime: 'soon' } })).message).toBe('body.currentDateTime: expected a long, got "soon"');
    expect(thrown(() => codec.fromJSON({ header: { protocol: 0 }, body: {} })).code).toBe('INVALID_JSON');
    expect(thrown(() => codec.fromJSON({ header: hdr(1, 2), body: { data: [{ channelId: 1, indexes: [{ item: { nope: 1 } }], value: { item: null } }] } })).message).toMatch(
      /^body.data\[0\].indexes\[0\].item: expected a branch of/,
    );
  });
});

describe('reuseFrames', () => {
  it('hands out views of one buffer, valid until the next encode; the default copies', async () => {
    const { sampleChannelData } = await import('../helpers/samples.js');
    const { EtpSession } = await import('../../src/session/index.js');
    const reusing = createCodec({ reuseFrames: true });
    const copying = createCodec();
    const a = reusing.encode(sampleChannelData(3) as never);
    const aBytes = Uint8Array.from(a);
    expect(aBytes).toEqual(Uint8Array.from(copying.encode(sampleChannelData(3) as never)));
    const b = reusing.encode(sampleChannelData(5) as never);
    expect(b.buffer).toBe(a.buffer); // the same memory, overwritten
    expect(Uint8Array.from(a)).not.toEqual(aBytes);
    const c1 = copying.encode(sampleChannelData(3) as never);
    copying.encode(sampleChannelData(5) as never);
    expect(Uint8Array.from(c1)).toEqual(aBytes);
    // A session keeps frames (parts, queues): it refuses such a codec.
    expect(() => new EtpSession({ role: 'client', codec: reusing, send: () => {} })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
