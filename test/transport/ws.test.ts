import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SYNTHETIC_PROTOCOLS, serveSynthetic, syntheticUri } from '../../src/cli/synthetic.js';
import { isEtpUri } from '../../src/index.js';
import { createCodec } from '../../src/index.js';
import type { SessionReport } from '../../src/session/index.js';
import { connect, ETP12_SUBPROTOCOL, type EtpServer, listen, type ListenOptions } from '../../src/transport/index.js';
import { RawWs } from '../helpers/raw-ws.js';
import { getResources } from '../helpers/session-pair.js';
import { CountingPool } from '../helpers/counting-pool.js';

// Real WebSockets on 127.0.0.1: every test starts its own server on a free port and stops it.
let server: EtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A promise and the function that resolves it: tests wait on events, never on the clock. */
function signal<T = void>(): { promise: Promise<T>; fire: (v: T) => void } {
  let fire!: (v: T) => void;
  const promise = new Promise<T>((r) => (fire = r));
  return { promise, fire };
}

async function syntheticServer(options: ListenOptions = {}, resources = 1000) {
  server = await listen({ protocols: SYNTHETIC_PROTOCOLS, setup: (s) => serveSynthetic(s, { resources, intervalMs: 5, maxMessages: 3 }), ...options });
  return server;
}

describe('over a real WebSocket', () => {
  it('a burst sent in one job (one corked write) arrives whole and in order, both ways, even when the session closes in the same job', async () => {
    const N = 500;
    const seen = { client: [] as number[], server: [] as number[] };
    const serverDone = signal<string>();
    server = await listen({
      protocols: SYNTHETIC_PROTOCOLS,
      setup: (s) => {
        s.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
          seen.server.push(ctx.body.data[0]!.channelId);
          if (seen.server.length === N) {
            // The answer: a burst, then CloseSession, all in this one job.
            for (let i = 0; i < N; i++) s.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', { data: [{ channelId: i, indexes: [], value: { item: null }, valueAttributes: [] }] });
            s.close('burst sent');
          }
        });
        void s.closed.then(serverDone.fire);
      },
    });
    const { session } = await connect(server.url, { protocols: SYNTHETIC_PROTOCOLS });
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => void seen.client.push(ctx.body.data[0]!.channelId));
    for (let i = 0; i < N; i++) session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', { data: [{ channelId: i, indexes: [], value: { item: null }, valueAttributes: [] }] });
    expect(await session.closed).toMatch(/burst sent/);
    expect(await serverDone.promise).toBe('burst sent');
    const order = Array.from({ length: N }, (_, i) => i);
    expect(seen.server).toEqual(order);
    expect(seen.client).toEqual(order);
  });

  it('large frames lent from a pool arrive intact when many are queued at once, both ways, and all go back to the pool once written', async () => {
    const N = 12;
    const ITEMS = 15_000; // about 200 KB a message
    const pools = { client: new CountingPool(), server: new CountingPool() };
    const big = (k: number) => ({ data: Array.from({ length: ITEMS }, (_, i) => ({ channelId: k, indexes: [], value: { item: { double: i * 1000 + k } }, valueAttributes: [] })) });
    const intact = (body: { data: { channelId: number; value: { item: unknown } }[] }, k: number) =>
      body.data.length === ITEMS && body.data.every((d, i) => d.channelId === k && (d.value.item as { double: number }).double === i * 1000 + k);
    const seen = { client: [] as boolean[], server: [] as boolean[] };
    server = await listen({
      protocols: SYNTHETIC_PROTOCOLS,
      framePool: pools.server,
      setup: (s) => {
        s.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
          seen.server.push(intact(ctx.body as never, seen.server.length));
          if (seen.server.length === N) for (let k = 0; k < N; k++) s.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', big(k));
        });
      },
    });
    const { session } = await connect(server.url, { protocols: SYNTHETIC_PROTOCOLS, framePool: pools.client });
    const all = signal();
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
      seen.client.push(intact(ctx.body as never, seen.client.length));
      if (seen.client.length === N) all.fire();
    });
    for (let k = 0; k < N; k++) session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', big(k));
    await all.promise;
    await session.ping(); // a round trip: every write callback has run
    expect(seen).toEqual({ client: new Array(N).fill(true), server: new Array(N).fill(true) });
    for (const pool of [pools.client, pools.server]) {
      expect(pool.lends).toBeGreaterThanOrEqual(N);
      expect(pool.gives).toBe(pool.lends);
    }
    session.close();
  });

  it('opens a session (subprotocol, negotiation), streams ChannelData, pings and closes', async () => {
    const serverClosed = signal<string>();
    const srv = await syntheticServer({ onClose: serverClosed.fire });
    const pongs: { correlationId: number }[] = [];
    const { session, socket, negotiated } = await connect(srv.url, {
      protocols: SYNTHETIC_PROTOCOLS,
      onTraffic: (dir, h, name) => void (dir === 'in' && name.endsWith('Pong') && pongs.push(h)),
    });
    expect(socket.protocol).toBe(ETP12_SUBPROTOCOL);
    expect(negotiated.protocols.map((p) => p.protocol).sort()).toEqual([1, 3]);
    expect(negotiated.compression).toBe('gzip');
    let items = 0;
    const streamed = signal();
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => void ((items += ctx.body.data.length) === 3 * 40 && streamed.fire()));
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', () => {});
    session.send(1, 3, {});
    await streamed.promise;
    const pingId = session.send(0, 8, { currentDateTime: 1 }); // a Ping the session does not wait on
    await session.ping();
    expect(pongs.map((p) => p.correlationId)).toEqual([pingId, pingId + 2]);
    expect(srv.sessions.size).toBe(1);
    session.close('test done');
    expect(await serverClosed.promise).toMatch(/test done/);
    expect(srv.sessions.size).toBe(0);
  });

  it('refuses a session when no protocol matches (ENOSUPPORTEDPROTOCOLS 2)', async () => {
    const srv = await syntheticServer();
    await expect(connect(srv.url, { protocols: [{ protocol: 24, role: 'store' }] })).rejects.toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 2 });
  });

  it('closes a socket that sends a text message (ETP 1.2 is binary)', async () => {
    const srv = await syntheticServer();
    const ws = new WebSocket(srv.url, [ETP12_SUBPROTOCOL]);
    await new Promise((r) => ws.once('open', r));
    ws.send('{"not": "binary"}');
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(1003);
  });

  it('refuses a socket without the ETP subprotocol', async () => {
    const srv = await syntheticServer();
    // Refused at the upgrade with 400 and a reason: the socket never opens.
    const raw = await RawWs.open(srv.port, 'not-etp');
    expect(raw.status).toBe(400);
    raw.destroy();
    expect(srv.sessions.size).toBe(0);
  });

  for (const compression of [['gzip'], []]) {
    it(`returns a multipart GetResources response split to a small negotiated size (compression ${compression.join() || 'off'})`, async () => {
      const srv = await syntheticServer({ compression }, 20_000);
      const sizes: number[] = [];
      const flags: number[] = [];
      const { session, negotiated } = await connect(srv.url, {
        protocols: SYNTHETIC_PROTOCOLS,
        compression,
        capabilities: { MaxWebSocketMessagePayloadSize: 16_384 },
        onTraffic: (dir, h, _name, bytes) => {
          if (dir === 'in' && h.messageType === 4) {
            sizes.push(bytes);
            flags.push(h.messageFlags);
          }
        },
      });
      expect(negotiated.maxMessageBytes).toBe(16_384);
      const res = await session.request<{ resources: { uri: string }[] }>(3, 1, getResources);
      expect(res.body.resources).toHaveLength(20_000);
      expect(res.body.resources[19_999]!.uri).toBe(syntheticUri('Well', 'Synthetic well 19999'));
      expect(res.body.resources.every((r) => isEtpUri(r.uri))).toBe(true);
      expect(res.count).toBe(sizes.length);
      expect(sizes.length).toBeGreaterThan(10);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(16_384);
      expect(flags.some((f) => f & 0x08)).toBe(compression.length > 0);
      session.close();
    });
  }

  it('survives a peer that sends garbage: ProtocolExceptions back, the session goes on', async () => {
    const reports: SessionReport[] = [];
    const srv = await syntheticServer({ onReport: (r) => reports.push(r) });
    const codec = createCodec();
    const ws = new WebSocket(srv.url, [ETP12_SUBPROTOCOL]);
    const got: { code: number | undefined; name: string }[] = [];
    const ponged = signal();
    ws.on('message', (data) => {
      const m = codec.decode(data as Buffer);
      got.push({ name: m.name, code: (m.body as { error?: { code: number } | null }).error?.code });
      if (m.name.endsWith('Pong')) ponged.fire();
    });
    await new Promise((r) => ws.once('open', r));
    const rs = {
      applicationName: 'raw',
      applicationVersion: '1',
      clientInstanceId: '00000000-0000-4000-8000-000000000001',
      requestedProtocols: [{ protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: {} }],
      supportedDataObjects: [],
      currentDateTime: 0,
      earliestRetainedChangeTime: 0,
    };
    ws.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 }, body: rs }));
    ws.send(Buffer.from('ffffffffffffffffffffff', 'hex')); // not even a header
    ws.send(Buffer.from('0602000804ffffffff0f', 'hex')); // GetResources (id 4) with a string length beyond the frame
    ws.send(Buffer.from('0204000c048084af5f', 'hex')); // ChannelData (id 6) claiming 100,000,000 items
    ws.send(codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 8, messageFlags: 2 }, body: { currentDateTime: 1 } }));
    await ponged.promise;
    expect(got.map((g) => g.code ?? g.name.split('.').pop())).toEqual(['OpenSession', 19, 19, 19, 'Pong']);
    expect(reports.map((r) => r.kind)).toEqual(['undecodable', 'undecodable', 'undecodable']);
    expect(reports[2]!.message).toBe('array count 100000000 exceeds the 0 bytes left');
    ws.close();
  });

  it('frees everything when a peer disappears in the middle of a multipart message', async () => {
    const reports: SessionReport[] = [];
    const closed = signal<string>();
    const srv = await syntheticServer({ onReport: (r) => reports.push(r), onClose: closed.fire });
    const codec = createCodec();
    const ws = new WebSocket(srv.url, [ETP12_SUBPROTOCOL]);
    await new Promise((r) => ws.once('open', r));
    const s = [...srv.sessions][0]!;
    const rs = {
      applicationName: 'raw',
      applicationVersion: '1',
      clientInstanceId: '00000000-0000-4000-8000-000000000001',
      requestedProtocols: [{ protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: {} }],
      supportedDataObjects: [],
      currentDateTime: 0,
      earliestRetainedChangeTime: 0,
    };
    ws.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 }, body: rs }));
    // The first part of a multipart request (no FIN), then a Ping whose Pong says both arrived.
    ws.send(codec.encode({ header: { protocol: 3, messageType: 1, correlationId: 0, messageId: 4, messageFlags: 0 }, body: getResources }));
    ws.send(codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 6, messageFlags: 2 }, body: { currentDateTime: 1 } }));
    await new Promise<void>((resolve) => ws.on('message', (d) => void (codec.decode(d as Buffer).name.endsWith('Pong') && resolve())));
    expect(s.held).toMatchObject({ multipart: 1 });
    expect(s.held.multipartBytes).toBeGreaterThan(0);
    ws.terminate();
    expect(await closed.promise).toMatch(/socket/);
    expect(srv.sessions.size).toBe(0);
    expect(s.held).toEqual({ multipart: 0, multipartBytes: 0, cancelledIds: 0, awaitedAcks: 0, pending: 0 });
    expect(reports).toEqual([]); // nothing went wrong on the way: the part was simply dropped with the session
  });

  it('a client whose server vanishes mid-response gets SESSION_CLOSED, not a hang', async () => {
    server = await listen({
      protocols: SYNTHETIC_PROTOCOLS,
      setup: (s) =>
        s.on(3, 1, () => {
          // Answer with one part of a response, then drop the connection.
          s.send(3, 4, { resources: [] });
          setTimeout(() => server!.close(), 20);
        }),
    });
    const { session } = await connect(server.url, { protocols: SYNTHETIC_PROTOCOLS });
    await expect(session.request(3, 1, getResources)).rejects.toMatchObject({ code: 'SESSION_CLOSED' });
  });
});
