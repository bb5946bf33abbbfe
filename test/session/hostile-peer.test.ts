import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCodec, type DecodedMessage } from '../../src/index.js';
import { ITEM_COST, SESSION_CODEC_MAX_ITEMS, SESSION_DEFAULTS } from '../../src/session/index.js';
import { headerLength } from '../../src/wire/header.js';
import { Writer, writeHeader } from '../../src/wire/index.js';
import { codec, FIN, openServer, rawPeer, requestSession } from '../helpers/raw-peer.js';
import { getResources, resource } from '../helpers/session-pair.js';

// What a hostile or broken peer sends, played by hand against a server session, each with the
// ProtocolException code it must get back, and what the session may hold meanwhile.

const errorOf = (m: DecodedMessage) => (m.body as { error: { code: number; message: string } | null }).error;

/** A frame with a hand-written header and a raw (optionally gzip-compressed) payload. */
function rawFrame(h: { protocol: number; messageType: number; correlationId?: number; messageId: number; messageFlags: number }, payload: Uint8Array): Uint8Array {
  const w = new Writer();
  writeHeader(w, { correlationId: 0, ...h });
  return Buffer.concat([w.copy(), payload]);
}

/** The encoded body of a message (no header). */
function bodyBytes(protocol: number, messageType: number, body: unknown): Uint8Array {
  const frame = codec.encode({ header: { protocol, messageType, correlationId: 0, messageId: 2, messageFlags: FIN }, body });
  return frame.subarray(headerLength(frame));
}

describe('a hostile peer, in memory', () => {
  it('a compressed message on a session that did not negotiate gzip gets 13, before anything is inflated', () => {
    const peer = rawPeer('server', { compression: [] });
    peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession([{ protocol: 3, role: 'store' }]));
    expect(peer.session.negotiated!.compression).toBe('');
    // A Ping compressed into a gzip member that would inflate to 16 MB of zeros.
    const bomb = gzipSync(Buffer.alloc(16_000_000));
    peer.session.receive(rawFrame({ protocol: 0, messageType: 8, messageId: 4, messageFlags: FIN | 0x08 }, bomb));
    expect(errorOf(peer.last())).toMatchObject({ code: 13, message: expect.stringMatching(/no compression was negotiated/) });
    expect(peer.last().header.correlationId).toBe(4);
    // With gzip agreed, the same compressed Ping is answered.
    const gz = openServer();
    gz.session.receive(rawFrame({ protocol: 0, messageType: 8, messageId: 4, messageFlags: FIN | 0x08 }, gzipSync(bodyBytes(0, 8, { currentDateTime: 1 }))));
    expect(gz.last().name).toMatch(/Pong$/);
  });

  it('a request whose header carries a correlationId that names nothing is still answered', () => {
    const peer = openServer();
    peer.session.on(3, 1, (ctx) => ctx.reply(4, { resources: [resource(1)] }));
    peer.deliver({ protocol: 3, messageType: 1, correlationId: 99, messageId: 4 }, getResources);
    expect(peer.last().name).toMatch(/GetResourcesResponse$/);
    expect(peer.last().header.correlationId).toBe(4);
    // An answer to nothing is still only reported.
    peer.deliver({ protocol: 3, messageType: 4, correlationId: 77, messageId: 6 }, { resources: [] });
    expect(peer.reports.at(-1)!.kind).toBe('unexpected-response');
  });

  it('parts of different message types under one first id are refused with 18, and nothing is delivered', () => {
    const peer = openServer();
    const delivered: string[] = [];
    peer.session.on(3, 1, (ctx) => void delivered.push(ctx.message.name));
    peer.session.on(1, 1, (ctx) => void delivered.push(ctx.message.name));
    peer.deliver({ protocol: 3, messageType: 1, messageId: 4, messageFlags: 0 }, getResources);
    peer.deliver({ protocol: 1, messageType: 1, correlationId: 4, messageId: 6 }, { channels: [] }); // another protocol
    expect(errorOf(peer.last())).toMatchObject({ code: 18, message: expect.stringMatching(/protocol 1 joins a multipart message of protocol 3/) });
    expect(peer.last().header.correlationId).toBe(4);
    peer.deliver({ protocol: 3, messageType: 4, messageId: 8, messageFlags: 0 }, { resources: [resource(1)] });
    peer.deliver({ protocol: 3, messageType: 1, correlationId: 8, messageId: 10 }, getResources); // another type, same protocol
    expect(errorOf(peer.last())).toMatchObject({ code: 18, message: expect.stringMatching(/GetResources part joins a multipart .*GetResourcesResponse/) });
    expect(delivered).toEqual([]);
    expect(peer.session.held.multipart).toBe(0);
    expect(peer.session.held.multipartBytes).toBe(0);
  });

  it('a header extension sent to an endpoint that said SupportsMessageHeaderExtensions false gets 7; one that said true reads it', () => {
    const ext = { extension: { trace: { item: { string: 'abc' } } } };
    const closed = openServer();
    closed.session.on(3, 1, (ctx) => ctx.reply(4, { resources: [] }));
    closed.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources, ext);
    expect(errorOf(closed.last())).toMatchObject({ code: 7, message: expect.stringMatching(/header extension/) });
    const open = openServer({ capabilities: { SupportsMessageHeaderExtensions: true } });
    let seen: unknown;
    open.session.on(3, 1, (ctx) => {
      seen = ctx.message.extension;
      ctx.reply(4, { resources: [] });
    });
    open.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources, ext);
    expect(open.last().name).toMatch(/GetResourcesResponse$/);
    expect(seen).toEqual(ext);
    // And the session itself never sends one to a peer that did not say true.
    expect(() => closed.session.send(1, 1, { channels: [] }, { extension: ext })).toThrow(expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED' }));
  });

  it('an id refused for its parity does not move the sequence: the next valid id passes', () => {
    const peer = openServer();
    peer.deliver({ protocol: 0, messageType: 8, messageId: 7 }, { currentDateTime: 1 }); // odd: a client sends even ids
    expect(errorOf(peer.last())).toMatchObject({ code: 19, message: expect.stringMatching(/odd/) });
    peer.deliver({ protocol: 0, messageType: 8, messageId: 6 }, { currentDateTime: 1 });
    expect(peer.last().name).toMatch(/Pong$/);
    for (const id of [6, 4, 0]) {
      peer.deliver({ protocol: 0, messageType: 8, messageId: id }, { currentDateTime: 1 });
      expect(errorOf(peer.last())!.code).toBe(19);
    }
  });

  it('duplicate map keys are invalid data (19), not a silently dropped entry', () => {
    // The frame of the issue: a ProtocolException whose `errors` map repeats the key "k".
    const frame = Buffer.from('00d00f0004040004026b0a666972737402026b0c7365636f6e640400', 'hex');
    expect(() => codec.decode(frame)).toThrow(expect.objectContaining({ code: 'INVALID_DATA', message: expect.stringMatching(/map key "k" repeats/) }));
    const peer = openServer();
    const sent = peer.out.length;
    peer.session.receive(frame);
    // A ProtocolException is never answered with one: the session reports it.
    expect(peer.out.length).toBe(sent);
    expect(peer.reports.at(-1)).toMatchObject({ kind: 'undecodable', error: expect.objectContaining({ code: 'INVALID_DATA' }) });
    // A Ping whose header extension map repeats "k" ({k: "a"}, {k: "b"}) is answered with 19.
    const ping = Buffer.from('0010000844' + '04026b0c0261026b0c026200' + '02', 'hex');
    const withExtensions = openServer({ capabilities: { SupportsMessageHeaderExtensions: true } });
    withExtensions.session.receive(ping);
    expect(errorOf(withExtensions.last())).toMatchObject({ code: 19, message: expect.stringMatching(/map key "k" repeats/) });
    expect(withExtensions.last().header.correlationId).toBe(4);
  });

  it('remembered ids of refused multipart messages are capped by maxRememberedIds and expire', () => {
    const peer = openServer({ maxRememberedIds: 100, capabilities: { MaxConcurrentMultipart: 1 } });
    peer.deliver({ protocol: 3, messageType: 1, messageId: 4, messageFlags: 0 }, getResources); // holds the one slot
    for (let i = 0; i < 1000; i++) peer.deliver({ protocol: 3, messageType: 1, messageId: 6 + 2 * i, messageFlags: 0 }, getResources);
    expect(peer.sentOf(3, 1000).length).toBe(1000); // each refused with 18
    expect(peer.session.held.cancelledIds).toBe(100);
    // Past twice MultipartMessageTimeoutPeriod, every one is forgotten (and the open one cancelled).
    peer.clock.t += 2 * 60_000;
    peer.session.sweep();
    peer.clock.t += 2 * 60_000;
    peer.session.sweep();
    expect(peer.session.held).toMatchObject({ cancelledIds: 0, multipart: 0, multipartBytes: 0 });
  });

  it('gzip parts are charged what they inflate to: the session never holds more than maxBufferedBytes, and goes on', () => {
    const peer = openServer({ maxBufferedBytes: 2_000_000, maxMultipartBytes: 1_500_000 });
    // Each part: a GetResourcesResponse-shaped GetResources request whose uri is 300 KB of "a",
    // compressed to a few hundred bytes.
    const body = { ...getResources, context: { ...getResources.context, uri: 'a'.repeat(300_000) } };
    let refused = 0;
    let peak = 0;
    for (let m = 0; m < 10; m++) {
      const first = 4 + 200 * m;
      for (let p = 0; p < 8; p++) {
        const frame = codec.encode({ header: { protocol: 3, messageType: 1, correlationId: p === 0 ? 0 : first, messageId: first + 2 * p, messageFlags: 0x08 }, body });
        expect(frame.length).toBeLessThan(2000);
        peer.session.receive(frame);
        peak = Math.max(peak, peer.session.held.multipartBytes);
      }
    }
    refused = peer.sentOf(3, 1000).filter((e) => errorOf(e)!.code === 18).length;
    expect(refused).toBeGreaterThanOrEqual(10);
    expect(peak).toBeLessThanOrEqual(2_000_000);
    expect(peak).toBeGreaterThan(1_000_000); // the parts were charged their inflated size, not ~1 KB each
    peer.deliver({ protocol: 0, messageType: 8, messageId: 100_000 }, { currentDateTime: 1 });
    expect(peer.last().name).toMatch(/Pong$/);
  });

  it('items across a whole multipart message are charged: many small parts of many items are refused at maxMultipartBytes', () => {
    const peer = openServer({ maxMultipartBytes: 200 * ITEM_COST });
    const part = { resources: Array.from({ length: 50 }, (_, i) => resource(i)) };
    for (let p = 0; p < 10; p++) {
      peer.deliver({ protocol: 3, messageType: 4, correlationId: p === 0 ? 0 : 4, messageId: 4 + 2 * p, messageFlags: 0 }, part);
    }
    expect(errorOf(peer.last())).toMatchObject({ code: 18, message: expect.stringMatching(/maxMultipartBytes/) });
  });

  it("one frame decodes to at most the session codec's item limit: a 5 KB gzip count bomb gets 12", () => {
    const peer = openServer();
    // GetResources with dataObjectTypes of 1,500,000 empty strings: 1.5 MB of zeros inflated, 1.5 K compressed.
    const n = SESSION_CODEC_MAX_ITEMS + 500_000;
    const plain = codec.encode({
      header: { protocol: 3, messageType: 1, correlationId: 0, messageId: 4, messageFlags: FIN },
      body: { ...getResources, context: { ...getResources.context, dataObjectTypes: new Array(n).fill('') } },
    });
    const big = createCodec({ maxItems: 2_000_000 });
    const packed = big.compress(
      big.encode({
        header: { protocol: 3, messageType: 1, correlationId: 0, messageId: 4, messageFlags: FIN },
        body: { ...getResources, context: { ...getResources.context, dataObjectTypes: new Array(n).fill('') } },
      }),
    );
    expect(plain.length).toBeGreaterThan(n);
    expect(packed.length).toBeLessThan(5000);
    peer.session.receive(packed);
    expect(errorOf(peer.last())).toMatchObject({ code: 12, message: expect.stringMatching(/maxItems 1000000/) });
  });

  it('documents its defaults', () => {
    expect(SESSION_DEFAULTS).toEqual({
      maxParts: 10_000,
      maxMultipartBytes: 32_000_000,
      maxBufferedBytes: 64_000_000,
      maxRememberedIds: 10_000,
      highWaterMark: 1_048_576,
      compressAbove: 4096,
      sweepIntervalMs: 1000,
      keepaliveMs: 0,
      minMessageBytes: 4096,
    });
  });

  it('refuses unknown and out-of-range options', () => {
    expect(() => rawPeer('server', { maxPart: 3 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: 'unknown session option maxPart' }));
    expect(() => rawPeer('server', { maxParts: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
