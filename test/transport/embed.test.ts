import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { EtpError } from '../../src/index.js';
import type { EtpSession } from '../../src/session/index.js';
import { accept, connect, ETP12_SUBPROTOCOL, fetchServerCapabilities, listen } from '../../src/transport/index.js';
import { codec, FIN, requestSession } from '../helpers/raw-peer.js';
import { RawWs } from '../helpers/raw-ws.js';
import { getResources, resource } from '../helpers/session-pair.js';

// ETP embedded in a server that has other work: mounted beside other routes, behind a bearer
// token, in the three ways a user can mount it; the failures a client can act on; backpressure.

const STORE = [{ protocol: 3, role: 'store' }];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The bearer check of a store: the user's name as context, or a refusal with 401. */
function bearer(request: IncomingMessage): { user: string } {
  const m = /^Bearer (\w+)$/.exec(request.headers.authorization ?? '');
  if (!m) throw new EtpError('UPGRADE_REFUSED', 'a bearer token is required', { status: 401 });
  return { user: m[1]! };
}

/** An http server that answers GET /health, listening on 127.0.0.1. */
async function appServer(): Promise<Server> {
  const http = createServer((req, res) => {
    res.statusCode = req.url === '/health' ? 200 : 404;
    res.end(req.url === '/health' ? 'ok' : 'no such page');
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => http.close(r)));
  return http;
}

describe('mounted on an existing http server, behind a bearer token', () => {
  for (const mode of ['server', 'noServer', 'accept'] as const) {
    it(`${mode}: /health still answers, no token is 401, the token's user reaches setup, a multipart GetResources is served, and it closes gracefully`, async () => {
      const http = await appServer();
      const contexts: unknown[] = [];
      const sessions: EtpSession[] = [];
      const setup = (session: EtpSession, context: unknown) => {
        contexts.push(context);
        sessions.push(session);
        session.on('Energistics.Etp.v12.Protocol.Discovery.GetResources', (ctx) => ctx.reply(4, { resources: Array.from({ length: 2000 }, (_, i) => resource(i)) }));
      };
      let close: () => Promise<void>;
      if (mode === 'server') {
        const etp = await listen({ server: http, path: '/etp', protocols: STORE, authenticate: bearer, setup });
        close = () => etp.close();
      } else if (mode === 'noServer') {
        const etp = await listen({ noServer: true, protocols: STORE, authenticate: bearer, setup });
        http.on('upgrade', (req, socket, head) => (req.url === '/etp' ? etp.handleUpgrade(req, socket, head) : socket.destroy()));
        close = () => etp.close();
      } else {
        // The user owns the WebSocketServer and does the token check itself.
        const wss = new WebSocketServer({ noServer: true, handleProtocols: (p) => (p.has(ETP12_SUBPROTOCOL) ? ETP12_SUBPROTOCOL : false) });
        http.on('upgrade', (req, socket, head) => {
          let context: unknown;
          try {
            context = bearer(req);
          } catch {
            socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 26\r\n\r\na bearer token is required');
            return;
          }
          wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req, { protocols: STORE, context, setup }));
        });
        close = async () => {
          for (const s of sessions) s.close('server stopping');
          await new Promise((r) => wss.close(r));
        };
      }
      const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/etp`;
      expect(await (await fetch(url.replace('ws:', 'http:').replace('/etp', '/health'))).text()).toBe('ok');
      await expect(connect(url, { protocols: STORE })).rejects.toMatchObject({ code: 'UPGRADE_REFUSED', status: 401, message: expect.stringMatching(/a bearer token is required$/) });
      let closedBecause!: (reason: string) => void;
      const closed = new Promise<string>((r) => (closedBecause = r));
      const { session } = await connect(url, {
        protocols: STORE,
        headers: { Authorization: 'Bearer alice' },
        capabilities: { MaxWebSocketMessagePayloadSize: 16_384 },
        onClose: (r) => closedBecause(r),
      });
      expect(contexts).toEqual([{ user: 'alice' }]);
      expect(sessions[0]!.context).toEqual({ user: 'alice' });
      const res = await session.request<{ resources: unknown[] }>(3, 1, getResources);
      expect(res.body.resources).toHaveLength(2000);
      expect(res.count).toBeGreaterThan(5);
      await close();
      expect(await closed).toBe('peer closed the session: server stopping');
      // The app server is still the user's, still answering.
      expect((await fetch(url.replace('ws:', 'http:').replace('/etp', '/health'))).status).toBe(200);
    });
  }

  it('close({ timeoutMs }) sends CloseSession, then drops a peer that does not finish closing within timeoutMs', async () => {
    const etp = await listen({ protocols: STORE });
    const raw = await RawWs.open(etp.port);
    raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession() }));
    await raw.until(() => raw.messages().length >= 1);
    await etp.close({ timeoutMs: 50 }); // the raw peer never answers the close frame
    await raw.closedByServer(500); // dropped at timeoutMs, not after the 1 s close grace
    expect(codec.decode(raw.messages().at(-1)!).name).toMatch(/CloseSession$/);
    expect(etp.sessions.size).toBe(0);
  });

  it('refuses contradictory and unknown options at the call', async () => {
    const http = await appServer();
    await expect(listen({ server: http, port: 1 })).rejects.toMatchObject({ code: 'INVALID_OPTION', message: 'server excludes port and host: the server has its own' });
    await expect(listen({ noServer: true, server: http })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(listen({ prot: 1 } as never)).rejects.toMatchObject({ code: 'INVALID_OPTION', message: 'unknown session option prot' });
    await expect(connect('ws://127.0.0.1:1/', { maxOutgoingBytes: -1 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});

describe('each way connect can fail has its code, over real sockets', () => {
  /** A bare ws server on 127.0.0.1 that does what a broken or foreign server does. */
  async function wsServer(options: ConstructorParameters<typeof WebSocketServer>[0], onConnection?: (ws: import('ws').WebSocket) => void): Promise<string> {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', ...options });
    if (onConnection) wss.on('connection', onConnection);
    await new Promise((r) => wss.once('listening', r));
    cleanups.push(() => {
      for (const c of wss.clients) c.terminate();
      return new Promise((r) => wss.close(r));
    });
    return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  }
  const etpOnly = { handleProtocols: (p: Set<string>) => (p.has(ETP12_SUBPROTOCOL) ? ETP12_SUBPROTOCOL : false) } as const;

  it('UPGRADE_REFUSED: an HTTP status, on error.status, with the reason (503 past maxSessions)', async () => {
    const etp = await listen({ protocols: STORE, maxSessions: 0 });
    cleanups.push(() => etp.close());
    await expect(connect(etp.url, { protocols: STORE })).rejects.toMatchObject({ code: 'UPGRADE_REFUSED', status: 503, message: expect.stringMatching(/holds its maximum of 0 sessions$/) });
  });

  it('CONNECTION_FAILED: nothing listens there; the system error is the cause', async () => {
    const etp = await listen({ protocols: STORE });
    const url = etp.url;
    await etp.close();
    const err = await connect(url, { protocols: STORE }).catch((e: EtpError) => e);
    expect(err).toMatchObject({ code: 'CONNECTION_FAILED', cause: expect.objectContaining({ code: 'ECONNREFUSED' }) });
  });

  it('INVALID_OPTION: a url without a ws scheme, before any socket, naming the likely fix', async () => {
    await expect(connect('localhost:9002', { protocols: STORE })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: 'localhost:9002 is not a ws:// or wss:// url (did you mean ws://localhost:9002?)',
    });
    await expect(connect('ftp://host/', { protocols: STORE })).rejects.toMatchObject({ code: 'INVALID_OPTION', message: 'ftp://host/ is not a ws:// or wss:// url' });
    await expect(connect(42 as never, { protocols: STORE })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('LISTEN_FAILED: a port another listener holds; the system error is the cause', async () => {
    const first = await listen({ protocols: STORE });
    cleanups.push(() => first.close());
    const err = await listen({ protocols: STORE, port: first.port }).catch((e: EtpError) => e);
    expect(err).toMatchObject({
      code: 'LISTEN_FAILED',
      message: `cannot listen on 127.0.0.1:${first.port}: the address is in use (another process listens there) (EADDRINUSE)`,
      cause: expect.objectContaining({ code: 'EADDRINUSE' }),
    });
  });

  it('NO_SUBPROTOCOL: the server upgraded without agreeing etp12.energistics.org', async () => {
    const url = await wsServer({ handleProtocols: () => false });
    await expect(connect(url, { protocols: STORE })).rejects.toMatchObject({ code: 'NO_SUBPROTOCOL' });
  });

  it('HANDSHAKE_CLOSED: the server closed before OpenSession', async () => {
    const url = await wsServer(etpOnly, (ws) => ws.on('message', () => ws.close(1011, 'no')));
    await expect(connect(url, { protocols: STORE })).rejects.toMatchObject({ code: 'HANDSHAKE_CLOSED' });
  });

  it('HANDSHAKE_TIMEOUT: the server never answers RequestSession, or never answers the upgrade', async () => {
    const silent = await wsServer(etpOnly);
    await expect(connect(silent, { protocols: STORE, handshakeTimeoutMs: 200 })).rejects.toMatchObject({ code: 'HANDSHAKE_TIMEOUT' });
    const held: import('node:stream').Duplex[] = [];
    const mute = createServer(() => {});
    mute.on('upgrade', (_req, socket) => void held.push(socket)); // takes the upgrade and says nothing
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    cleanups.push(() => {
      for (const socket of held) socket.destroy();
      return new Promise((r) => mute.close(r));
    });
    await expect(connect(`ws://127.0.0.1:${(mute.address() as AddressInfo).port}/`, { protocols: STORE, handshakeTimeoutMs: 200 })).rejects.toMatchObject({ code: 'HANDSHAKE_TIMEOUT' });
  });

  it('PROTOCOL_EXCEPTION: the server refused the session (2: none of the protocols)', async () => {
    const etp = await listen({ protocols: STORE });
    cleanups.push(() => etp.close());
    await expect(connect(etp.url, { protocols: [{ protocol: 24, role: 'store' }] })).rejects.toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 2 });
  });
});

describe('backpressure', () => {
  it('a producer that honours writable / drained() keeps its outgoing buffer within highWaterMark plus one message while its consumer reads slowly', async () => {
    const HWM = 256 * 1024;
    const MESSAGES = 2500;
    let peak = 0;
    let waits = 0;
    let frameBytes = 0;
    const finished = new Promise<void>((resolve, reject) => {
      void listen({
        protocols: [{ protocol: 1, role: 'producer' }],
        compression: [],
        highWaterMark: HWM,
        onTraffic: (dir, h, _name, bytes) => void (dir === 'out' && h.messageType === 2 && (frameBytes = Math.max(frameBytes, bytes))),
        setup: (session) =>
          session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', async () => {
            try {
              // ~10 KB of ChannelData a message: 25 MB in all, more than loopback's kernel buffers hold.
              const data = Array.from({ length: 400 }, (_, i) => ({ channelId: i % 4, indexes: [{ item: { long: i } }], value: { item: { double: Math.random() } }, valueAttributes: [] }));
              for (let m = 0; m < MESSAGES; m++) {
                if (!session.writable) {
                  waits++;
                  await session.drained();
                }
                session.send(1, 2, { data });
                peak = Math.max(peak, session.buffered);
              }
              resolve();
            } catch (err) {
              reject(err);
            }
          }),
      }).then((etp) => {
        cleanups.push(() => etp.close());
        void consume(etp.url);
      });
    });
    let received = 0;
    let allReceived!: () => void;
    const all = new Promise<void>((r) => (allReceived = r));
    async function consume(url: string): Promise<void> {
      const { session, socket } = await connect(url, { protocols: [{ protocol: 1, role: 'producer' }], compression: [] });
      cleanups.push(() => session.close());
      session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', () => void (++received === MESSAGES && allReceived()));
      session.send(1, 3, {}); // StartStreaming
      // A slow reader: reads for 2 ms out of every 10.
      const slow = setInterval(() => {
        socket.resume();
        setTimeout(() => socket.pause(), 2);
      }, 10);
      socket.pause();
      cleanups.push(() => clearInterval(slow));
    }
    await finished;
    await all;
    expect(received).toBe(MESSAGES);
    expect(waits).toBeGreaterThan(0); // the consumer did fall behind
    expect(peak).toBeGreaterThan(HWM / 2); // and the buffer did fill
    expect(peak).toBeLessThanOrEqual(HWM + frameBytes);
  });
});

describe('/.well-known/etp-server-capabilities, as fetpapi reads it before each session', () => {
  const get = async (url: string, init?: RequestInit): Promise<{ status: number; type: string | null; body: string }> => {
    const r = await fetch(url, init);
    return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
  };

  it('its own port: the versions, the ServerCapabilities of what OpenSession offers in Avro JSON, 422 without a query, 404 for another version, 426 elsewhere', async () => {
    const etp = await listen({
      protocols: [{ protocol: 3, role: 'store', capabilities: { MaxResponseCount: { item: { int: 500 } } } }],
      dataObjects: ['resqml20.*'],
      applicationName: 'rig store',
      capabilities: { MaxWebSocketMessagePayloadSize: 65_536 },
    });
    cleanups.push(() => etp.close());
    const base = `http://127.0.0.1:${etp.port}/.well-known/etp-server-capabilities`;
    expect(await get(`${base}?GetVersions=true`)).toEqual({ status: 200, type: 'application/json', body: '["etp12.energistics.org"]' });
    const caps = await get(`${base}?GetVersion=etp12.energistics.org`);
    expect(caps.status).toBe(200);
    const doc = JSON.parse(caps.body) as Record<string, unknown>;
    expect(doc).toMatchObject({
      applicationName: 'rig store',
      supportedEncodings: ['binary'],
      supportedFormats: ['xml'],
      supportedCompression: ['gzip'],
      supportedDataObjects: [{ qualifiedType: 'resqml20.*', dataObjectCapabilities: {} }],
      supportedProtocols: [{ protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: { MaxResponseCount: { item: { int: 500 } } } }],
    });
    // Endpoint capabilities as DataValues in Avro's JSON union form, as OpenSession sends them.
    expect((doc.endpointCapabilities as Record<string, unknown>).MaxWebSocketMessagePayloadSize).toEqual({ item: { long: 65_536 } });
    expect((await get(base)).status).toBe(422);
    expect((await get(`${base}?GetVersion=energistics-tp`)).status).toBe(404);
    expect((await get(`${base}?GetVersions=true`, { method: 'POST' })).status).toBe(405);
    expect((await get(`http://127.0.0.1:${etp.port}/`)).status).toBe(426);
    // The client that read it opens a session as usual.
    const { session } = await connect(etp.url, { protocols: STORE });
    session.close();
  });

  it('mounted at /etp: the document is under the endpoint path, answered when the app asks answerWellKnown', async () => {
    const http = createServer((req, res) => {
      if (etpRef.current?.answerWellKnown(req, res)) return;
      res.statusCode = 404;
      res.end('no such page');
    });
    const etpRef: { current?: Awaited<ReturnType<typeof listen>> } = {};
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => http.close(r)));
    etpRef.current = await listen({ server: http, path: '/etp', protocols: STORE });
    cleanups.push(() => etpRef.current!.close());
    const port = (http.address() as AddressInfo).port;
    expect((await get(`http://127.0.0.1:${port}/etp/.well-known/etp-server-capabilities?GetVersions=true`)).body).toBe('["etp12.energistics.org"]');
    expect((await get(`http://127.0.0.1:${port}/.well-known/etp-server-capabilities?GetVersions=true`)).status).toBe(404);
  });
  it('fetchServerCapabilities reads it as a typed ServerCapabilities record, at the endpoint path of a ws:// url', async () => {
    const etp = await listen({
      protocols: [{ protocol: 3, role: 'store', capabilities: { MaxResponseCount: { item: { int: 500 } } } }],
      applicationName: 'rig store',
      capabilities: { MaxWebSocketMessagePayloadSize: 65_536 },
    });
    cleanups.push(() => etp.close());
    const caps = await fetchServerCapabilities(etp.url);
    expect(caps.applicationName).toBe('rig store');
    expect(caps.supportedProtocols.map((p) => [p.protocol, p.role, p.protocolCapabilities])).toEqual([[3, 'store', { MaxResponseCount: { item: { int: 500 } } }]]);
    expect(caps.endpointCapabilities.MaxWebSocketMessagePayloadSize).toEqual({ item: { long: 65_536 } });
  });

  it('fetchServerCapabilities refuses an HTTP status, a document past maxBytes, one that is not json or not the record, and a server that does not answer in time', async () => {
    let answer: (res: import('node:http').ServerResponse) => void = () => {};
    const http = createServer((_req, res) => answer(res));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    cleanups.push(
      () =>
        new Promise((r) => {
          http.closeAllConnections();
          http.close(() => r(undefined));
        }),
    );
    const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/etp`;
    const failure = (options = {}) =>
      fetchServerCapabilities(url, options).then(
        () => undefined,
        (e: unknown) => e as EtpError,
      );
    answer = (res) => {
      res.statusCode = 404;
      res.end('no');
    };
    expect(await failure()).toMatchObject({ code: 'WELL_KNOWN_FAILED', status: 404 });
    answer = (res) => res.end(JSON.stringify({ applicationName: 'x'.repeat(5000) }));
    expect(await failure({ maxBytes: 1000 })).toMatchObject({ code: 'WELL_KNOWN_FAILED', message: expect.stringMatching(/more than 1000 bytes/) });
    answer = (res) => res.end('<html>');
    expect(await failure()).toMatchObject({ code: 'WELL_KNOWN_FAILED', message: expect.stringMatching(/not json/) });
    answer = (res) => res.end(JSON.stringify({ applicationName: 7 }));
    expect(await failure()).toMatchObject({ code: 'WELL_KNOWN_FAILED', message: expect.stringMatching(/not a ServerCapabilities record/) });
    answer = () => {}; // never answers
    expect(await failure({ timeoutMs: 50 })).toMatchObject({ code: 'TIMED_OUT' });
    expect(await fetchServerCapabilities('localhost:1').catch((e: unknown) => e)).toMatchObject({ code: 'INVALID_OPTION' });
  });
});
