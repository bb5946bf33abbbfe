import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCodec, EtpError } from '../../src/index.js';
import { Writer, writeHeader } from '../../src/wire/index.js';
import { MIN_MESSAGE_BYTES_FLOOR, partCost } from '../../src/session/index.js';
import { getResources, resource } from '../helpers/session-pair.js';
import { codec, FIN, openClient, openServer, openSession, rawPeer, requestSession, tick } from '../helpers/raw-peer.js';

const errorOf = (m: { body: unknown }) => (m.body as { error: { code: number; message: string } | null }).error;

describe('handshake', () => {
  it('server: negotiates protocols, roles, compression and the smaller message size', () => {
    const peer = rawPeer('server', { capabilities: { MaxWebSocketMessagePayloadSize: 50_000 } });
    peer.deliver(
      { protocol: 0, messageType: 1, messageId: 2 },
      requestSession(
        [
          { protocol: 3, role: 'store' },
          { protocol: 1, role: 'consumer' },
          { protocol: 24, role: 'store' },
        ],
        { MaxWebSocketMessagePayloadSize: { item: { long: 20_000 } } },
      ),
    );
    const open = peer.last();
    expect(open.name).toMatch(/OpenSession$/);
    expect(open.header).toMatchObject({ correlationId: 2, messageId: 1, messageFlags: FIN });
    const body = open.body as { supportedProtocols: { protocol: number; role: string }[]; supportedCompression: string; sessionId: string };
    expect(body.supportedProtocols.map((p) => [p.protocol, p.role])).toEqual([[3, 'store']]); // not 1/consumer (we produce), not 24
    expect(body.supportedCompression).toBe('gzip');
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(peer.session.negotiated!.maxMessageBytes).toBe(20_000);
    expect(peer.session.isOpen).toBe(true);
  });

  it('server: answers ENOSUPPORTEDPROTOCOLS (2) when nothing matches, and closes', async () => {
    let closed = '';
    const peer = rawPeer('server', { onClose: (r) => (closed = r) });
    peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession([{ protocol: 24, role: 'store' }]));
    expect(errorOf(peer.last())!.code).toBe(2);
    expect(peer.last().header.correlationId).toBe(2);
    expect(closed).toMatch(/session refused/);
    await expect(peer.session.opened).rejects.toMatchObject({ code: 'NO_SUPPORTED_PROTOCOLS' });
  });

  it('client: sends RequestSession with its instance id and capabilities; rejects on the server ProtocolException', async () => {
    const peer = rawPeer('client', { instanceId: '11111111-2222-4333-8444-555555555555' });
    const opened = peer.session.start();
    const rs = peer.last();
    expect(rs.header).toMatchObject({ protocol: 0, messageType: 1, messageId: 2, correlationId: 0 });
    expect(rs.body).toMatchObject({ clientInstanceId: '11111111-2222-4333-8444-555555555555', supportedCompression: ['gzip'] });
    expect(Object.keys((rs.body as { endpointCapabilities: object }).endpointCapabilities)).toContain('MaxWebSocketMessagePayloadSize');
    peer.deliver({ protocol: 0, messageType: 1000, correlationId: 2, messageId: 1 }, { error: { message: 'nope', code: 2 }, errors: {} });
    await expect(opened).rejects.toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 2 });
    expect(peer.session.isClosed).toBe(true);
  });

  it('before the session is open only the handshake passes (EINVALID_STATE 8)', () => {
    const peer = rawPeer('server');
    peer.deliver({ protocol: 3, messageType: 1, messageId: 2 }, getResources);
    expect(errorOf(peer.last())!.code).toBe(8);
    peer.deliver({ protocol: 0, messageType: 8, messageId: 4 }, { currentDateTime: 1 });
    expect(errorOf(peer.last())!.code).toBe(8);
    expect(peer.sentOf(0, 9)).toHaveLength(0);
    // A second RequestSession on an open session is refused too.
    peer.deliver({ protocol: 0, messageType: 1, messageId: 6 }, requestSession());
    peer.deliver({ protocol: 0, messageType: 1, messageId: 8 }, requestSession());
    expect(errorOf(peer.last())!.code).toBe(8);
  });

  it('CloseSession ends the session on both sides', async () => {
    const peer = await openClient();
    const pending = peer.session.request(3, 1, getResources);
    peer.deliver({ protocol: 0, messageType: 5, messageId: 3 }, { reason: 'bye' });
    expect(peer.session.isClosed).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'SESSION_CLOSED' });
    const server = openServer();
    server.session.close('done');
    expect(server.last().name).toMatch(/CloseSession$/);
    expect(() => server.session.send(3, 4, { resources: [] })).toThrow(EtpError);
  });
});

describe('Core services', () => {
  it('agrees each requested (protocol, role) once, however often a client repeats it', () => {
    const peer = rawPeer('server');
    peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession(Array.from({ length: 1000 }, () => ({ protocol: 3, role: 'store' }))));
    expect(peer.last().name).toMatch(/OpenSession$/);
    expect((peer.last().body as { supportedProtocols: unknown[] }).supportedProtocols).toHaveLength(1);
    expect(peer.session.negotiated!.protocols).toEqual([{ protocol: 3, role: 'store', version: { major: 1, minor: 2, revision: 0, patch: 0 }, peerCapabilities: {} }]);
  });

  it('an OpenSession that cannot be sent refuses the session; receive() never throws', () => {
    // The server's own data objects make its OpenSession larger than its codec encodes.
    const peer = rawPeer('server', { codec: createCodec({ maxMessageBytes: 600 }), dataObjects: Array.from({ length: 40 }, (_, i) => `witsml20.Object${i}`) });
    expect(() => peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession())).not.toThrow();
    expect(peer.session.isClosed).toBe(true);
    expect(peer.last().name).toMatch(/ProtocolException$/);
    expect((peer.last().body as { error: { code: number } }).error.code).toBe(17);
  });

  it('answers Ping with a correlated Pong, and Acknowledge for 0x10', () => {
    const peer = openServer();
    peer.deliver({ protocol: 0, messageType: 8, messageId: 4 }, { currentDateTime: 5 });
    expect(peer.last().header).toMatchObject({ protocol: 0, messageType: 9, correlationId: 4, messageId: 3 });
    peer.deliver({ protocol: 3, messageType: 1, messageId: 6, messageFlags: FIN | 0x10 }, getResources);
    const ack = peer.sentOf(3, 1001);
    expect(ack).toHaveLength(1);
    expect(ack[0]!.header.correlationId).toBe(6);
  });

  it('ping() resolves on the Pong', async () => {
    const peer = await openClient();
    const rtt = peer.session.ping();
    const ping = peer.last();
    peer.clock.t += 7;
    peer.deliver({ protocol: 0, messageType: 9, correlationId: ping.header.messageId, messageId: 3 }, { currentDateTime: 1 });
    expect(await rtt).toBe(7);
  });

  it('sends ProtocolExceptions for unknown protocols (4), message types (3), undecodable (19), compressed Core (13) and oversized (17) messages, correlated', () => {
    const peer = openServer({ minMessageBytes: MIN_MESSAGE_BYTES_FLOOR, capabilities: { MaxWebSocketMessagePayloadSize: 500 } });
    expect(peer.session.isOpen).toBe(true);
    const frame = (hex: string) => Buffer.from(hex, 'hex');
    peer.session.receive(frame('c80102000804')); // protocol 100 is not registered (id 4)
    expect(errorOf(peer.last())!.code).toBe(4);
    expect(peer.last().header.correlationId).toBe(4);
    peer.session.receive(frame('0262000c04')); // protocol 1 type 49 (id 6)
    expect(errorOf(peer.last())!.code).toBe(3);
    peer.session.receive(frame('06020010040a')); // GetResources cut short (id 8)
    expect(errorOf(peer.last())!.code).toBe(19);
    expect(peer.last().header.correlationId).toBe(8);
    const w = new Writer();
    writeHeader(w, { protocol: 0, messageType: 8, correlationId: 0, messageId: 10, messageFlags: FIN | 0x08 });
    peer.session.receive(Buffer.concat([w.copy(), gzipSync(Buffer.from('02', 'hex'))])); // compressed Ping is fine
    expect(peer.last().name).toMatch(/Pong$/);
    const ex = new Writer();
    writeHeader(ex, { protocol: 3, messageType: 1000, correlationId: 0, messageId: 12, messageFlags: FIN | 0x08 });
    peer.session.receive(Buffer.concat([ex.copy(), gzipSync(Buffer.from('0000', 'hex'))]));
    // A ProtocolException is never answered with one: reported instead.
    expect(peer.reports.at(-1)!.kind).toBe('undecodable');
    const big = codec.encode({
      header: { protocol: 3, messageType: 1, correlationId: 0, messageId: 14, messageFlags: FIN },
      body: { ...getResources, context: { ...getResources.context, uri: 'x'.repeat(600) } },
    });
    peer.session.receive(big);
    expect(errorOf(peer.last())!.code).toBe(17);
    expect(peer.last().header.correlationId).toBe(14);
    // The session goes on.
    peer.deliver({ protocol: 0, messageType: 8, messageId: 16 }, { currentDateTime: 5 });
    expect(peer.last().name).toMatch(/Pong$/);
  });

  it('answers a message of a protocol not agreed with EUNSUPPORTED_PROTOCOL (4), and an unhandled one with ENOTSUPPORTED (7)', () => {
    const peer = rawPeer('server');
    peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession([{ protocol: 3, role: 'store' }]));
    peer.deliver({ protocol: 1, messageType: 3, messageId: 4 }, {});
    expect(errorOf(peer.last())!.code).toBe(4);
    peer.deliver({ protocol: 3, messageType: 1, messageId: 6 }, getResources);
    expect(errorOf(peer.last())!.code).toBe(7);
    expect(peer.reports.map((r) => r.kind)).toContain('unhandled');
  });

  it('turns handler failures into ProtocolExceptions', async () => {
    const peer = openServer();
    peer.session.on(3, 1, () => {
      throw new EtpError('INVALID_VALUE', 'bad uri');
    });
    peer.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    expect(errorOf(peer.last())).toEqual({ message: 'bad uri', code: 5 });
    peer.session.on(3, 1, async () => {
      throw new Error('store offline');
    });
    peer.deliver({ protocol: 3, messageType: 1, messageId: 6 }, getResources);
    await tick();
    // Not an EtpError: its text stays inside (reported), the peer reads a generic one.
    expect(errorOf(peer.last())).toEqual({ message: 'Energistics.Etp.v12.Protocol.Discovery.GetResources failed on this endpoint', code: 5 });
    expect(peer.last().header.correlationId).toBe(6);
    expect(peer.reports.at(-1)).toMatchObject({ kind: 'handler-error', message: expect.stringContaining('store offline') });
  });

  it("errorText: 'message' sends a plain error's own text, a function says what to send; anything else is INVALID_OPTION", async () => {
    const fail = (peer: ReturnType<typeof openServer>): void => {
      peer.session.on(3, 1, () => {
        throw new Error('db down at /var/lib/x');
      });
    };
    const open = openServer({ errorText: 'message' });
    fail(open);
    open.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    expect(errorOf(open.last())!.message).toBe('db down at /var/lib/x');
    const custom = openServer({ errorText: (err, name) => `${name.split('.').pop()}: try again (${(err as Error).message.length} chars hidden)` });
    fail(custom);
    custom.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    expect(errorOf(custom.last())!.message).toBe('GetResources: try again (21 chars hidden)');
    expect(() => openServer({ errorText: 'verbose' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: "errorText must be 'generic', 'message' or a function, got verbose" }),
    );
  });
});

describe('incoming ids', () => {
  it('rejects wrong parity, repeats and 0 with a correlated ProtocolException and drops the message', () => {
    const peer = openServer();
    peer.deliver({ protocol: 0, messageType: 8, messageId: 5 }, { currentDateTime: 1 });
    expect(errorOf(peer.last())!.message).toMatch(/odd/);
    expect(peer.last().header.correlationId).toBe(5);
    peer.deliver({ protocol: 0, messageType: 8, messageId: 2 }, { currentDateTime: 1 });
    expect(errorOf(peer.last())!.message).toMatch(/does not increase/);
    expect(peer.sentOf(0, 9)).toHaveLength(0);
    expect(peer.reports.filter((r) => r.kind === 'invalid-message-id')).toHaveLength(2);
  });

  it("with idPolicy 'report' reports and goes on", () => {
    const peer = openServer({ idPolicy: 'report' });
    peer.deliver({ protocol: 0, messageType: 8, messageId: 5 }, { currentDateTime: 1 });
    expect(peer.last().name).toMatch(/Pong$/);
    expect(peer.reports.map((r) => r.kind)).toEqual(['invalid-message-id']);
  });
});

describe('requests and responses', () => {
  it('resolve out of order, interleaved with other traffic', async () => {
    const peer = await openClient();
    const a = peer.session.request<{ resources: unknown[] }>(3, 1, getResources);
    const b = peer.session.request<{ resources: unknown[] }>(3, 1, getResources);
    const [idA, idB] = peer.sentOf(3, 1).map((m) => m.header.messageId);
    expect([idA, idB]).toEqual([4, 6]);
    peer.deliver({ protocol: 3, messageType: 4, correlationId: idB!, messageId: 3, messageFlags: 0 }, { resources: [resource(1)] });
    peer.deliver({ protocol: 3, messageType: 4, correlationId: idA!, messageId: 5 }, { resources: [resource(9)] });
    peer.deliver({ protocol: 0, messageType: 8, messageId: 7 }, { currentDateTime: 1 });
    peer.deliver({ protocol: 3, messageType: 4, correlationId: idB!, messageId: 9 }, { resources: [resource(2)] });
    expect((await a).body.resources).toEqual([resource(9)]);
    const rb = await b;
    expect(rb.body.resources).toEqual([resource(1), resource(2)]);
    expect(rb.count).toBe(2);
  });

  it('collect ProtocolException parts as per-item errors, and reject on a whole-request exception', async () => {
    const peer = await openClient();
    const r = peer.session.request(3, 1, getResources);
    const id = peer.last().header.messageId;
    peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 3, messageFlags: 0 }, { resources: [resource(1)] });
    peer.deliver({ protocol: 3, messageType: 1000, correlationId: id, messageId: 5, messageFlags: 0 }, { error: null, errors: { a: { message: 'no a', code: 11 } } });
    peer.deliver({ protocol: 3, messageType: 1000, correlationId: id, messageId: 7 }, { error: null, errors: { b: { message: 'no b', code: 11 } } });
    const res = await r;
    expect(res.errors).toEqual({ a: { message: 'no a', code: 11 }, b: { message: 'no b', code: 11 } });
    expect((res.body as { resources: unknown[] }).resources).toHaveLength(1);
    const denied = peer.session.request(3, 1, getResources);
    peer.deliver({ protocol: 3, messageType: 1000, correlationId: peer.last().header.messageId, messageId: 9 }, { error: { message: 'denied', code: 6 }, errors: {} });
    await expect(denied).rejects.toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 6, message: expect.stringMatching(/denied/) });
  });

  it("mode 'parts' keeps every part; requestParts yields them as they come", async () => {
    const peer = await openClient();
    const r = peer.session.request(3, 1, getResources, { mode: 'parts' });
    const id = peer.last().header.messageId;
    peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 3, messageFlags: 0 }, { resources: [resource(1)] });
    peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 5 }, { resources: [resource(2)] });
    expect((await r).parts.map((m) => (m.body as { resources: { name: string }[] }).resources[0]!.name)).toEqual(['well 1', 'well 2']);

    const stream = peer.session.requestParts(3, 1, getResources);
    const sid = peer.last().header.messageId;
    const seen: string[] = [];
    const done = (async () => {
      for await (const part of stream) seen.push((part.body as { resources: { name: string }[] }).resources[0]!.name);
    })();
    peer.deliver({ protocol: 3, messageType: 4, correlationId: sid, messageId: 7, messageFlags: 0 }, { resources: [resource(3)] });
    await tick();
    expect(seen).toEqual(['well 3']);
    peer.deliver({ protocol: 3, messageType: 4, correlationId: sid, messageId: 9 }, { resources: [resource(4)] });
    await done;
    expect(seen).toEqual(['well 3', 'well 4']);
  });

  it('report a response that answers nothing known', async () => {
    const peer = await openClient();
    peer.deliver({ protocol: 3, messageType: 4, correlationId: 400, messageId: 3 }, { resources: [] });
    expect(peer.reports.map((r) => r.kind)).toEqual(['unexpected-response']);
    expect(peer.reports[0]!.message).toMatch(/answers message 400/);
  });

  it('time out on one sweep: no response within ResponseTimeoutPeriod is TIMED_OUT (26)', async () => {
    const peer = await openClient({ capabilities: { ResponseTimeoutPeriod: 60 } });
    const slow = peer.session.request(3, 1, getResources);
    const quick = peer.session.request(3, 1, getResources, { timeoutMs: 1000 });
    peer.clock.t += 999;
    peer.session.sweep();
    peer.clock.t += 1;
    peer.session.sweep();
    await expect(quick).rejects.toMatchObject({ code: 'TIMED_OUT', etpCode: 26 });
    expect(peer.session.pendingCount).toBe(1);
    peer.clock.t += 59_000;
    peer.session.sweep();
    await expect(slow).rejects.toMatchObject({ code: 'TIMED_OUT' });
    // A late answer is dropped quietly.
    peer.deliver({ protocol: 3, messageType: 4, correlationId: 4, messageId: 3 }, { resources: [] });
    expect(peer.reports).toEqual([]);
  });
});

describe('multipart limits', () => {
  it('a response with more parts than maxParts is cancelled with ERESPONSECOUNT_EXCEEDED (30); the session goes on', async () => {
    const peer = await openClient({ maxParts: 3 });
    const r = peer.session.request(3, 1, getResources);
    const id = peer.last().header.messageId;
    for (let i = 0; i < 4; i++) peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 3 + 2 * i, messageFlags: 0 }, { resources: [resource(i)] });
    await expect(r).rejects.toMatchObject({ code: 'RESPONSE_COUNT_EXCEEDED', etpCode: 30 });
    expect(errorOf(peer.last())).toMatchObject({ code: 30 });
    expect(peer.last().header.correlationId).toBe(id);
    peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 11 }, { resources: [] }); // late FIN: dropped
    expect(peer.reports.filter((x) => x.kind === 'unexpected-response')).toHaveLength(0);
    void peer.session.ping();
    expect(peer.last().name).toMatch(/Ping$/);
  });

  it('a response over maxMultipartBytes, or late between parts, is cancelled with EMULTIPART_CANCELLED (18)', async () => {
    const peer = await openClient({ maxMultipartBytes: 150, capabilities: { MultipartMessageTimeoutPeriod: 60 } });
    const r = peer.session.request(3, 1, getResources);
    const id = peer.last().header.messageId;
    for (let i = 0; i < 4; i++) peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: 3 + 2 * i, messageFlags: 0 }, { resources: [resource(i)] });
    await expect(r).rejects.toMatchObject({ code: 'MULTIPART_CANCELLED', etpCode: 18 });
    const late = peer.session.request(3, 1, getResources);
    const lid = peer.last().header.messageId;
    peer.deliver({ protocol: 3, messageType: 4, correlationId: lid, messageId: 21, messageFlags: 0 }, { resources: [resource(1)] });
    peer.clock.t += 60_000;
    peer.session.sweep();
    await expect(late).rejects.toMatchObject({ code: 'MULTIPART_CANCELLED' });
    expect(errorOf(peer.last())).toMatchObject({ code: 18 });
  });

  it('incoming multipart requests beyond MaxConcurrentMultipart are cancelled (18); the others complete', () => {
    const peer = openServer({ capabilities: { MaxConcurrentMultipart: 1 } });
    const got: unknown[] = [];
    peer.session.on(3, 4, (ctx) => void got.push(ctx.body));
    // Two multipart notifications (GetResourcesResponse parts sent as a notification, for the test).
    peer.deliver({ protocol: 3, messageType: 4, messageId: 4, messageFlags: 0 }, { resources: [resource(1)] });
    peer.deliver({ protocol: 3, messageType: 4, messageId: 6, messageFlags: 0 }, { resources: [resource(2)] });
    expect(errorOf(peer.last())).toMatchObject({ code: 18 });
    expect(peer.last().header.correlationId).toBe(6);
    peer.deliver({ protocol: 3, messageType: 4, correlationId: 6, messageId: 8 }, { resources: [resource(3)] }); // dropped
    peer.deliver({ protocol: 3, messageType: 4, correlationId: 4, messageId: 10 }, { resources: [resource(4)] });
    expect(got).toEqual([{ resources: [resource(1), resource(4)] }]);
  });
});

describe('sending', () => {
  it('splits a response that does not fit the negotiated size into parts that each fit, FIN on the last only', () => {
    const peer = openServer({ minMessageBytes: MIN_MESSAGE_BYTES_FLOOR }, { MaxWebSocketMessagePayloadSize: { item: { long: 1500 } } });
    peer.session.on(3, 1, (ctx) => ctx.reply(4, { resources: Array.from({ length: 500 }, (_, i) => resource(i)) }));
    const sizes: number[] = [];
    const sizing = openServer({ send: (f) => sizes.push(f.length), minMessageBytes: MIN_MESSAGE_BYTES_FLOOR }, { MaxWebSocketMessagePayloadSize: { item: { long: 1500 } } });
    sizing.session.on(3, 1, (ctx) => ctx.reply(4, { resources: Array.from({ length: 500 }, (_, i) => resource(i)) }));
    peer.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    sizing.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    const parts = peer.sentOf(3, 4);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map((p) => p.header.messageFlags & FIN)).toEqual([...new Array(parts.length - 1).fill(0), FIN]);
    expect(parts.every((p) => p.header.correlationId === 4)).toBe(true);
    expect(parts.map((p) => p.header.messageId)).toEqual(parts.map((_, i) => 3 + 2 * i));
    expect(parts.flatMap((p) => (p.body as { resources: unknown[] }).resources)).toEqual(Array.from({ length: 500 }, (_, i) => resource(i)));
    expect(Math.max(...sizes.slice(1))).toBeLessThanOrEqual(1500);
    expect(Math.max(...sizes.slice(1))).toBeGreaterThan(1400);
  });

  it('refuses a message that cannot fit with EMAXSIZE_EXCEEDED (17) before sending anything', async () => {
    const peer = await openClient({ minMessageBytes: MIN_MESSAGE_BYTES_FLOOR }, { MaxWebSocketMessagePayloadSize: { item: { long: MIN_MESSAGE_BYTES_FLOOR } } });
    const before = peer.out.length;
    expect(() => peer.session.send(1, 2, { data: Array.from({ length: 40 }, (_, i) => ({ channelId: i, indexes: [], value: { item: { double: 1 } } })) })).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LARGE', etpCode: 17 }),
    );
    await expect(peer.session.request(3, 1, { ...getResources, context: { ...getResources.context, uri: 'x'.repeat(400) } })).rejects.toMatchObject({ etpCode: 17 });
    expect(peer.out.length).toBe(before);
    // A response that cannot be split (one item too large) becomes a ProtocolException 17 to the peer.
    const server = openServer({ minMessageBytes: MIN_MESSAGE_BYTES_FLOOR }, { MaxWebSocketMessagePayloadSize: { item: { long: MIN_MESSAGE_BYTES_FLOOR } } });
    server.session.on(3, 1, (ctx) => ctx.reply(4, { resources: [{ ...resource(1), name: 'n'.repeat(500) }] }));
    server.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    expect(errorOf(server.last())).toMatchObject({ code: 17 });
  });

  it('compresses large messages when gzip was negotiated, and not otherwise', async () => {
    const gz = await openClient();
    gz.session.send(1, 2, { data: Array.from({ length: 400 }, (_, i) => ({ channelId: 1, indexes: [], value: { item: { double: i } } })) });
    expect(gz.last().header.messageFlags & 0x08).toBe(0x08);
    const plain = rawPeer('client', { compression: [] });
    const opened = plain.session.start();
    plain.deliver({ protocol: 0, messageType: 2, correlationId: 2, messageId: 1 }, openSession(undefined, {}, ''));
    await opened;
    plain.session.send(1, 2, { data: Array.from({ length: 400 }, (_, i) => ({ channelId: 1, indexes: [], value: { item: { double: i } } })) });
    expect(plain.last().header.messageFlags & 0x08).toBe(0);
  });
});

describe('more rules', () => {
  it('maxBufferedBytes counts responses too, and is given back when they finish', async () => {
    // One part of three resources costs `one`: the limit holds two parts and a half.
    const one = costOf(codec.encode({ header: { protocol: 3, messageType: 4, correlationId: 4, messageId: 3, messageFlags: 0 }, body: { resources: [resource(1), resource(2), resource(3)] } }));
    const limit = Math.floor(2.5 * one);
    const peer = await openClient({ maxBufferedBytes: limit });
    const a = peer.session.request(3, 1, getResources);
    const b = peer.session.request(3, 1, getResources);
    const [ia, ib] = peer.sentOf(3, 1).map((m) => m.header.messageId);
    const part = (id: number, messageId: number, fin = false) =>
      peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId, messageFlags: fin ? FIN : 0 }, { resources: [resource(1), resource(2), resource(3)] });
    part(ia!, 3);
    part(ia!, 5, true); // a completes: its bytes are released
    await a;
    part(ib!, 7);
    part(ib!, 9);
    part(ib!, 11);
    part(ib!, 13);
    await expect(b).rejects.toMatchObject({ code: 'MULTIPART_CANCELLED', message: expect.stringMatching(new RegExp(`maxBufferedBytes ${limit}`)) });
    // Everything was given back: a new response of the same size goes through.
    const c = peer.session.request(3, 1, getResources);
    const ic = peer.last().header.messageId;
    part(ic, 15);
    part(ic, 17, true);
    expect(((await c).body as { resources: unknown[] }).resources).toHaveLength(6);
  });

  it('answers a compressed never-compressible message with ECOMPRESSION_NOTSUPPORTED (13)', () => {
    const peer = openServer();
    const w = new Writer();
    writeHeader(w, { protocol: 3, messageType: 1001, correlationId: 0, messageId: 4, messageFlags: FIN | 0x08 });
    peer.session.receive(Buffer.concat([w.copy(), gzipSync(Buffer.alloc(0))]));
    expect(errorOf(peer.last())!.code).toBe(13);
    expect(peer.last().header).toMatchObject({ protocol: 3, correlationId: 4 });
  });

  it('runs a handler registered with a role only when the session agreed that role', () => {
    const store = openServer();
    const calls: string[] = [];
    store.session.on(3, 1, () => void calls.push('store'), { role: 'store' });
    store.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    const customer = openServer();
    customer.session.on(3, 1, () => void calls.push('customer'), { role: 'customer' });
    customer.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
    expect(calls).toEqual(['store']);
    expect(errorOf(customer.last())!.code).toBe(7);
  });
});

/** The decoded cost a session charges for a frame (partCost). */
function costOf(frame: Uint8Array): number {
  const control = { bytes: 0, items: 0, large: 0 };
  codec.decode(frame, control);
  return partCost(control.bytes, control.items, control.large);
}

describe('session limits at their boundaries', () => {
  const parts = async (options: Parameters<typeof openClient>[0], count: number, gapMs = 0) => {
    const peer = await openClient(options);
    const r = peer.session.request(3, 1, getResources);
    const id = peer.last().header.messageId;
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const frame = codec.encode({ header: { protocol: 3, messageType: 4, correlationId: id, messageId: 3 + 2 * i, messageFlags: i === count - 1 ? FIN : 0 }, body: { resources: [resource(i)] } });
      bytes += costOf(frame);
      peer.clock.t += gapMs;
      peer.session.sweep();
      peer.session.receive(frame);
    }
    return {
      result: await r.then(
        () => 'ok',
        (e: EtpError) => e.code,
      ),
      bytes,
    };
  };

  it('maxParts: exactly maxParts parts pass, one more fails', async () => {
    expect((await parts({ maxParts: 5 }, 5)).result).toBe('ok');
    expect((await parts({ maxParts: 5 }, 6)).result).toBe('RESPONSE_COUNT_EXCEEDED');
  });

  it('maxMultipartBytes and maxBufferedBytes: a response of exactly the limit (decoded cost) passes, one byte over fails', async () => {
    const { bytes } = await parts({}, 4);
    expect((await parts({ maxMultipartBytes: bytes }, 4)).result).toBe('ok');
    expect((await parts({ maxMultipartBytes: bytes - 1 }, 4)).result).toBe('MULTIPART_CANCELLED');
    expect((await parts({ maxBufferedBytes: bytes }, 4)).result).toBe('ok');
    expect((await parts({ maxBufferedBytes: bytes - 1 }, 4)).result).toBe('MULTIPART_CANCELLED');
  });

  it('MultipartMessageTimeoutPeriod: a part just inside the period passes, one at the period fails', async () => {
    const caps = { capabilities: { MultipartMessageTimeoutPeriod: 60 } };
    expect((await parts(caps, 3, 59_999)).result).toBe('ok');
    expect((await parts(caps, 3, 60_000)).result).toBe('MULTIPART_CANCELLED');
  });

  it('MaxConcurrentMultipart: exactly that many multipart responses at once pass, one more is cancelled', async () => {
    const peer = await openClient({ capabilities: { MaxConcurrentMultipart: 2 } });
    const reqs = [0, 1, 2].map(() =>
      peer.session.request(3, 1, getResources).then(
        () => 'ok',
        (e: EtpError) => e.code,
      ),
    );
    const ids = peer.sentOf(3, 1).map((m) => m.header.messageId);
    let mid = 1;
    for (const id of ids) peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: (mid += 2), messageFlags: 0 }, { resources: [resource(1)] });
    for (const id of ids.slice(0, 2)) peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: (mid += 2) }, { resources: [] });
    expect(await Promise.all(reqs)).toEqual(['ok', 'ok', 'MULTIPART_CANCELLED']);
  });
});

describe('establishment timeouts', () => {
  it('a server closes a connection that sends no RequestSession within SessionEstablishmentTimeoutPeriod', () => {
    let closed = '';
    const peer = rawPeer('server', { capabilities: { SessionEstablishmentTimeoutPeriod: 5 }, onClose: (r) => (closed = r) });
    peer.clock.t += 4_999;
    peer.session.sweep();
    expect(peer.session.isClosed).toBe(false);
    peer.clock.t += 1;
    peer.session.sweep();
    expect(peer.session.isClosed).toBe(true);
    expect(closed).toMatch(/no RequestSession within SessionEstablishmentTimeoutPeriod 5 s/);
    // An opened session is not affected.
    const open = openServer({ capabilities: { SessionEstablishmentTimeoutPeriod: 5 } });
    open.clock.t += 60_000;
    open.session.sweep();
    expect(open.session.isOpen).toBe(true);
  });

  it('a client gives up on OpenSession after RequestSessionTimeoutPeriod', async () => {
    const peer = rawPeer('client', { capabilities: { RequestSessionTimeoutPeriod: 5 } });
    const opened = peer.session.start();
    peer.clock.t += 5_000;
    peer.session.sweep();
    await expect(opened).rejects.toMatchObject({ code: 'TIMED_OUT' });
    expect(peer.session.isClosed).toBe(true);
  });
});

describe('idle keepalive', () => {
  it('pings once the silence would pass the interval before the next sweep, and closes after 1.5 × with nothing received', async () => {
    // keepaliveMs 1000: sweeps every 500 ms (twice per interval).
    const peer = await openClient({ keepaliveMs: 1000 });
    const t0 = peer.clock.t;
    const pings = () => peer.sentOf(0, 8).length;
    peer.clock.t = t0 + 499;
    peer.session.sweep();
    expect(pings()).toBe(0);
    // Any message from the peer proves it alive and restarts the interval.
    peer.deliver({ protocol: 0, messageType: 1001, correlationId: 0, messageId: 3 }, {});
    peer.clock.t = t0 + 999;
    peer.session.sweep();
    expect(pings()).toBe(0); // 500 ms of silence, and the next sweep is 500 ms away: not yet
    peer.clock.t = t0 + 1000;
    peer.session.sweep();
    expect(pings()).toBe(1);
    peer.session.sweep();
    expect(pings()).toBe(1); // one Ping at a time
    const ping = peer.sentOf(0, 8)[0]!;
    peer.deliver({ protocol: 0, messageType: 9, correlationId: ping.header.messageId, messageId: 5 }, { currentDateTime: 1 });
    await tick();
    // Silence: a Ping before the interval ends, then closed at 1.5 × with nothing received.
    peer.clock.t += 501;
    peer.session.sweep();
    expect(pings()).toBe(2);
    peer.clock.t += 998;
    peer.session.sweep();
    expect(peer.session.isClosed).toBe(false);
    peer.clock.t += 1;
    peer.session.sweep();
    expect(peer.session.isClosed).toBe(true);
    expect(peer.last().name).toMatch(/CloseSession$/);
    expect(await peer.session.closed).toBe('nothing received for 1500 ms (keepalive 1000 ms)');
  });

  it('with keepaliveMs equal to sweepIntervalMs, and sweeps that come just short of each interval, a peer that answers is pinged and kept', async () => {
    const periods: number[] = [];
    const peer = await openClient({ keepaliveMs: 1000, sweepIntervalMs: 1000, timers: { setInterval: (_fn, ms) => (periods.push(ms), 1), clearInterval: () => {} } });
    expect(periods).toEqual([500]);
    const t0 = peer.clock.t;
    let id = 3;
    for (let k = 1; k <= 20; k++) {
      // The sweep timer started 1 ms before the session opened.
      peer.clock.t = t0 + k * periods[0]! - 1;
      const before = peer.sentOf(0, 8).length;
      peer.session.sweep();
      const sent = peer.sentOf(0, 8);
      if (sent.length > before) peer.deliver({ protocol: 0, messageType: 9, correlationId: sent.at(-1)!.header.messageId, messageId: (id += 2) }, { currentDateTime: 1 });
      await tick();
    }
    expect(peer.session.isOpen).toBe(true);
    expect(peer.sentOf(0, 8).length).toBeGreaterThanOrEqual(9);
  });

  it('is off by default', async () => {
    const peer = await openClient();
    peer.clock.t += 3_600_000;
    peer.session.sweep();
    expect(peer.sentOf(0, 8)).toHaveLength(0);
    expect(peer.session.isOpen).toBe(true);
  });
});
