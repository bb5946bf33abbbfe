import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { type AddressInfo, connect as tcpConnect, createServer, type Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResourcesBody, SYNTHETIC_PROTOCOLS } from '../../src/cli/synthetic.js';
import { createCodec, type DecodedMessage, type EtpError } from '../../src/index.js';
import { type ClientConnection, connect, listen, MESSAGES_PER_TURN } from '../../src/transport/index.js';
import { Writer, writeHeader } from '../../src/wire/index.js';
import { codec, FIN, openSession, requestSession } from '../helpers/raw-peer.js';
import { RawWs } from '../helpers/raw-ws.js';
import { ROOT } from '../helpers/shared.js';
import { createSparkleCodec, Sparkle, SPARKLE_OFFER, SparkleClient, type SparkleMessageMap } from '../../src/sparkle/index.js';
import { connectSink } from '../../src/sink/index.js';

// The attacks a server meets, against `etp-codec serve` run as its own process with its V8 heap
// capped: if an attack made the server's heap outgrow the cap, the process would die and every
// later test would fail. Each attack checks the ProtocolException code the attacker gets, and a
// bystander session opened before the first attack is checked after each one.

const CLI = join(ROOT, 'dist/cli.js');
/** The server's old-space cap: the stated heap bound of these attacks. */
const HEAP_MB = 256;
/** The peak resident memory the server may reach over the whole suite (heap, buffers, code). */
const RSS_MB = 512;
const MAX_SESSIONS = 40;
const MAX_OUTGOING = 4_000_000;
/** What the multipart messages of all serve's sessions may hold together (decoded cost). */
const SERVER_BUFFERED = 96_000_000;
/** How long serve waits for an upgrade to complete (its TCP connection counts meanwhile). */
const UPGRADE_MS = 1500;

let server: ChildProcess;
let port = 0;
let serverUrl = '';
let bystander: ClientConnection;
/** What serve printed (it logs every session's close with its reason). */
let serverOut = '';

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      CLI,
      'serve',
      '--port',
      '0',
      '--resources',
      '1000',
      '--max-sessions',
      String(MAX_SESSIONS),
      '--max-outgoing-bytes',
      String(MAX_OUTGOING),
      '--upgrade-timeout-ms',
      String(UPGRADE_MS),
      '--max-buffered-bytes',
      String(SERVER_BUFFERED),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (d) => {
      serverOut += d;
      const m = /ETP 1\.2 on (ws:\/\/[^ ]+)/.exec(serverOut);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  port = Number(new URL(url).port);
  serverUrl = url;
  bystander = await connect(url, { protocols: SYNTHETIC_PROTOCOLS });
});

afterAll(() => {
  bystander?.session.close('done');
  server?.kill('SIGKILL');
});

/** How many sessions serve has logged closed. */
const closedSessions = (): number => serverOut.split('session closed:').length - 1;

/** Resolves once serve has logged `count` closed sessions in all (it logs as it learns of them). */
async function serverClosed(count: number): Promise<void> {
  while (closedSessions() < count) await new Promise((r) => server.stdout!.once('data', r));
}

/** The server's peak resident memory so far, in MB (Linux: VmHWM). */
function peakRssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Resolves once `test` holds, checked every 20 ms; rejects after `ms`. */
async function until(test: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The bystander still gets its 1000 resources, and the server process is alive. */
async function serverIsFine(): Promise<void> {
  expect(server.exitCode).toBeNull();
  const res = await bystander.session.request<{ resources: unknown[] }>(3, 1, getResourcesBody('eml:///'));
  expect(res.body.resources).toHaveLength(1000);
}

/** A raw peer that completed the handshake (Discovery only unless told); its ids go 4, 6, 8, … */
async function handshaken(compression = ['gzip']): Promise<RawWs & { id: () => number }> {
  const raw = await RawWs.open(port);
  expect(raw.status).toBe(101);
  raw.send(
    codec.encode({
      header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN },
      body: { ...requestSession([{ protocol: 3, role: 'store' }]), supportedCompression: compression },
    }),
  );
  await raw.until(() => raw.messages().length >= 1);
  expect(codec.decode(raw.messages()[0]!).name).toMatch(/OpenSession$/);
  let next = 2;
  return Object.assign(raw, { id: () => (next += 2) });
}

const decoded = (raw: RawWs): DecodedMessage[] => raw.messages().map((m) => codec.decode(m));
const exceptions = (raw: RawWs) =>
  decoded(raw)
    .filter((m) => m.header.messageType === 1000)
    .map((m) => ({ code: (m.body as { error: { code: number } }).error.code, correlationId: m.header.correlationId }));

function frame(h: { protocol: number; messageType: number; correlationId?: number; messageId: number; messageFlags: number }, body: unknown): Uint8Array {
  return codec.encode({ header: { correlationId: 0, ...h }, body });
}

/** A GetResources part whose context uri is `size` bytes of "a", gzip-compressed to a few KB. */
function inflatingPart(size: number, first: number, messageId: number): Uint8Array {
  const body = getResourcesBody('a'.repeat(size));
  return codec.encode({ header: { protocol: 3, messageType: 1, correlationId: messageId === first ? 0 : first, messageId, messageFlags: 0x08 }, body });
}

describe('attacks on etp-codec serve (a separate process, heap capped)', () => {
  it('multipart parts without FIN, gzip parts of ~4 KB inflating to 4 MB each: 18 at maxMultipartBytes, later parts dropped', async () => {
    const raw = await handshaken();
    const first = raw.id();
    const part = inflatingPart(4_000_000, first, first);
    expect(part.length).toBeLessThan(5000);
    raw.send(part);
    for (let i = 1; i < 30; i++) raw.send(inflatingPart(4_000_000, first, raw.id()));
    await raw.until(() => exceptions(raw).length >= 1);
    expect(exceptions(raw)).toEqual([{ code: 18, correlationId: first }]);
    raw.destroy();
    await serverIsFine();
  });

  it('many concurrent multipart messages: 18 for each past MaxConcurrentMultipart or maxBufferedBytes', async () => {
    const raw = await handshaken();
    const firsts: number[] = [];
    for (let m = 0; m < 40; m++) {
      const id = raw.id();
      firsts.push(id);
      raw.send(inflatingPart(3_000_000, id, id));
    }
    await raw.until(() => exceptions(raw).length >= 24);
    expect(exceptions(raw).every((e) => e.code === 18)).toBe(true);
    raw.destroy();
    await serverIsFine();
  });

  it(`18 sessions each holding 12 MB of decoded multipart (2 gzip parts of 4 KB), within their own bound: the server's maxBufferedBytes (${SERVER_BUFFERED}) refuses the excess with 18`, async () => {
    const raws: (RawWs & { id: () => number })[] = [];
    for (let i = 0; i < 18; i++) {
      const raw = await handshaken();
      const first = raw.id();
      // Each part inflates to 3 MB of one string: charged about 6 MB, far within the session's 32 MB.
      raw.send(inflatingPart(3_000_000, first, first));
      raw.send(inflatingPart(3_000_000, first, raw.id()));
      raws.push(raw);
    }
    const refusals = () =>
      raws.flatMap((raw) =>
        decoded(raw)
          .filter((m) => m.header.messageType === 1000)
          .map((m) => (m.body as { error: { code: number; message: string } }).error),
      );
    const deadline = Date.now() + 20_000;
    // 18 × 12 MB = 216 MB against 96 MB: at least the sessions past the first eight are refused.
    while (refusals().length < 9 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(refusals().length).toBeGreaterThanOrEqual(9);
    expect(refusals().every((e) => e.code === 18 && /all the server's sessions exceed its maxBufferedBytes 96000000/.test(e.message))).toBe(true);
    for (const raw of raws) raw.destroy();
    await serverIsFine();
  });

  it('a huge total of uncompressed parts (100 × 1 MB) is cut at maxMultipartBytes', async () => {
    const raw = await handshaken();
    const first = raw.id();
    const big = (id: number) => frame({ protocol: 3, messageType: 1, correlationId: id === first ? 0 : first, messageId: id, messageFlags: 0 }, getResourcesBody('b'.repeat(1_000_000)));
    raw.send(big(first));
    for (let i = 1; i < 100; i++) raw.send(big(raw.id()));
    await raw.until(() => exceptions(raw).length >= 1, 20_000);
    expect(exceptions(raw)[0]).toEqual({ code: 18, correlationId: first });
    raw.destroy();
    await serverIsFine();
  });

  it('a gzip bomb beyond maxDecompressedBytes gets 17; a count bomb of 1.5 M items in 2 KB gets 12', async () => {
    const raw = await handshaken();
    const w = new Writer();
    const bombId = raw.id();
    writeHeader(w, { protocol: 3, messageType: 1, correlationId: 0, messageId: bombId, messageFlags: FIN | 0x08 });
    raw.send(Buffer.concat([w.copy(), gzipSync(Buffer.alloc(20_000_000))]));
    const wide = createCodec({ maxItems: 2_000_000 });
    const countId = raw.id();
    const body = { ...getResourcesBody(), context: { ...getResourcesBody().context, dataObjectTypes: new Array(1_500_000).fill('') } };
    const counted = wide.compress(wide.encode({ header: { protocol: 3, messageType: 1, correlationId: 0, messageId: countId, messageFlags: FIN }, body }));
    expect(counted.length).toBeLessThan(5000);
    raw.send(counted);
    await raw.until(() => exceptions(raw).length >= 2);
    expect(exceptions(raw)).toEqual([
      { code: 17, correlationId: bombId },
      { code: 12, correlationId: countId },
    ]);
    raw.destroy();
    await serverIsFine();
  });

  it('clients declaring MaxWebSocketMessagePayloadSize 0, -1, 20 and 600 are refused with 5 at the handshake, then sent nothing more', async () => {
    for (const declared of [0, -1, 20, 600]) {
      const raw = await RawWs.open(port);
      expect(raw.status).toBe(101);
      const body = requestSession(
        [
          { protocol: 3, role: 'store' },
          { protocol: 1, role: 'producer' },
          { protocol: 2000, role: 'producer' },
        ],
        { MaxWebSocketMessagePayloadSize: { item: { long: declared } } },
      );
      raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body }));
      await raw.until(() => raw.messages().length >= 1);
      expect(exceptions(raw)).toEqual([{ code: 5, correlationId: 2 }]);
      // The session is over: a Ping gets nothing, and the socket closes.
      raw.send(frame({ protocol: 0, messageType: 8, messageId: 4, messageFlags: FIN }, { currentDateTime: 1 }));
      await raw.closedByServer();
      expect(raw.messages()).toHaveLength(1);
      raw.destroy();
    }
    await serverIsFine();
  });

  it('id abuse: a duplicate, a decreasing, a wrong-parity and a zero id each get 19; a compressed message without gzip gets 13', async () => {
    const raw = await handshaken([]);
    const ping = (id: number, flags = FIN) => raw.send(frame({ protocol: 0, messageType: 8, messageId: id, messageFlags: flags }, { currentDateTime: 1 }));
    ping(10);
    ping(10); // duplicate
    ping(8); // decreasing
    ping(13); // odd: the server's parity
    ping(0);
    const w = new Writer();
    writeHeader(w, { protocol: 0, messageType: 8, correlationId: 0, messageId: 12, messageFlags: FIN | 0x08 });
    raw.send(Buffer.concat([w.copy(), gzipSync(Buffer.from([2]))]));
    ping(14);
    await raw.until(() => decoded(raw).length >= 8);
    const answers = decoded(raw)
      .slice(1)
      .map((m) => (m.header.messageType === 1000 ? (m.body as { error: { code: number } }).error.code : m.name.replace(/.*\./, '')));
    expect(answers).toEqual(['Pong', 19, 19, 19, 19, 13, 'Pong']);
    raw.destroy();
    await serverIsFine();
  });

  it('a request for a protocol not negotiated gets 4; a message before the handshake gets 8; a text frame closes the socket (1003)', async () => {
    const raw = await handshaken();
    raw.send(frame({ protocol: 1, messageType: 4, messageId: raw.id(), messageFlags: FIN }, {})); // StartStreaming: ChannelStreaming was not requested
    await raw.until(() => exceptions(raw).length >= 1);
    expect(exceptions(raw)[0]!.code).toBe(4);
    raw.destroy();
    const early = await RawWs.open(port);
    early.send(frame({ protocol: 3, messageType: 1, messageId: 2, messageFlags: FIN }, getResourcesBody()));
    await early.until(() => early.messages().length >= 1);
    expect(exceptions(early)[0]!.code).toBe(8);
    early.send(Buffer.from('hello'), 1);
    await early.closedByServer();
    const close = early.frames.find((f) => f.opcode === 8)!;
    expect(close.payload.readUInt16BE(0)).toBe(1003);
    early.destroy();
    await serverIsFine();
  });

  it('a flood of 20,000 Pings is answered Pong by Pong, and the server goes on', async () => {
    const raw = await handshaken();
    const burst: Uint8Array[] = [];
    for (let i = 0; i < 20_000; i++) burst.push(frame({ protocol: 0, messageType: 8, messageId: raw.id(), messageFlags: FIN }, { currentDateTime: i }));
    for (const f of burst) raw.send(f);
    await raw.until(() => raw.messages().length >= 20_001, 30_000);
    expect(
      decoded(raw)
        .slice(1)
        .every((m) => m.name.endsWith('Pong')),
    ).toBe(true);
    raw.destroy();
    await serverIsFine();
  });

  it('a client that asks 60,000 times and never reads is closed past maxOutgoingBytes, and what it was sent is bounded', async () => {
    const raw = await handshaken();
    raw.socket.pause(); // reads nothing from here on
    const body = getResourcesBody();
    for (let i = 0; i < 60_000; i++) raw.send(frame({ protocol: 3, messageType: 1, messageId: raw.id(), messageFlags: FIN }, body));
    // The bystander is served meanwhile (the attacker's requests are handled a few a turn), and
    // the server gives up on the attacker once its answers pass maxOutgoingBytes.
    await serverIsFine();
    await until(() => serverOut.includes('session closed: the peer does not read'), 30_000);
    raw.socket.resume();
    await raw.closedByServer(30_000);
    // Kernel buffers on both sides hold a few MB besides what the server queued.
    expect(raw.received).toBeLessThan(MAX_OUTGOING + 16_000_000);
    expect(serverOut).toMatch(new RegExp(`session closed: the peer does not read: \\d+ bytes queued for it, maxOutgoingBytes ${MAX_OUTGOING}`));
    await serverIsFine();
  });

  it(`maxSessions: with ${MAX_SESSIONS} connections open the next is answered HTTP 503 at the upgrade`, async () => {
    // Connections are opened one by one until one is refused. The bystander holds one slot, and a
    // socket of an earlier test may not have been noticed gone yet: at most a few.
    const open: RawWs[] = [];
    let refused: RawWs | undefined;
    while (!refused && open.length <= MAX_SESSIONS) {
      const r = await RawWs.open(port);
      if (r.status === 101) open.push(r);
      else refused = r;
    }
    const before = closedSessions();
    for (const r of open) r.destroy();
    refused?.destroy();
    expect(refused?.status).toBe(503);
    await serverClosed(before + open.length); // every slot given back before the next test
    expect(open.length).toBeLessThanOrEqual(MAX_SESSIONS - 1);
    expect(open.length).toBeGreaterThanOrEqual(MAX_SESSIONS - 4);
    await serverIsFine();
  });

  it('a flood of 1-byte websocket fragments of one message is cut at maxFragments (1024), and its connection dropped', async () => {
    const raw = await handshaken();
    const before = closedSessions();
    raw.send(Buffer.from([0]), 2, false);
    // 200,000 continuation frames of one byte: 1.4 MB on the wire, about 22 MB of heap in ws unchecked.
    const one = Buffer.from([1]);
    for (let i = 0; i < 200_000 && !raw.closed; i++) raw.send(one, 0, false);
    await raw.closedByServer(20_000);
    await serverClosed(before + 1);
    expect(serverOut).toMatch(/session closed: the peer sent a message in more than 1024 websocket frames \(maxFragments\)/);
    raw.destroy();
    await serverIsFine();
  });

  it('a ping flood from a peer that never reads its pongs is cut off past maxOutgoingBytes, pongs counted', async () => {
    const raw = await handshaken();
    const before = closedSessions();
    raw.socket.pause(); // reads nothing from here on
    const payload = Buffer.alloc(125, 1);
    // 300,000 pings of 125 bytes: 39 MB of pongs owed, ten times what may be queued for it.
    for (let i = 0; i < 300_000; i++) raw.send(payload, 9);
    await serverClosed(before + 1);
    expect(serverOut).toMatch(new RegExp(`session closed: the peer does not read its pongs: \\d+ bytes queued for it, maxOutgoingBytes ${MAX_OUTGOING}`));
    raw.destroy();
    await serverIsFine();
  });

  it(`connections that never finish their upgrade count towards maxSessions and are dropped after ${UPGRADE_MS} ms`, async () => {
    // Half-open upgrades: TCP connections that send the start of a request and nothing more.
    const half: Socket[] = [];
    const answers: string[] = [];
    for (let i = 0; i < MAX_SESSIONS + 5; i++) {
      const sock = tcpConnect({ port, host: '127.0.0.1' });
      await new Promise((r) => sock.once('connect', r));
      let got = '';
      sock.on('data', (d) => (got += String(d)));
      sock.on('close', () => answers.push(got));
      sock.on('error', () => {});
      sock.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n');
      half.push(sock);
    }
    // The bystander holds one slot: the last half-open connections were answered 503 at once.
    await until(() => answers.filter((a) => a.startsWith('HTTP/1.1 503')).length >= 5);
    const refused = await RawWs.open(port);
    expect(refused.status).toBe(503);
    refused.destroy();
    // Then the server drops the rest once their time is up, and a new client gets in.
    await until(() => answers.length === half.length, 10_000);
    const fresh = await RawWs.open(port);
    expect(fresh.status).toBe(101);
    fresh.destroy();
    await serverIsFine();
  });

  it('connection churn: 300 connections that come and go, half of them handshaken, leave the server serving', async () => {
    const before = closedSessions();
    for (let i = 0; i < 300; i++) {
      const raw = i % 2 ? await handshaken() : await RawWs.open(port);
      raw.destroy();
    }
    await serverClosed(before + 300); // each one's session ended
    await serverIsFine();
  });

  it('Sparkle: one StreamRequest of 1000 streams of 7200 s of history at credit 1 materialises nothing; 4 sessions reading 1000 unlimited streams each stay within the heap', async () => {
    const sources = Array(1000).fill('rig1/drilling/HKLD');
    const history = { last: { item: { long: 7200 } } };
    const one = await connect<SparkleMessageMap>(serverUrl, { codec: createSparkleCodec(), protocols: [SPARKLE_OFFER] });
    const streams = await new SparkleClient(one.session, { autoGrant: false }).request({ sources, transform: 'raw', params: history, credit: 1 });
    expect(streams).toHaveLength(1000);
    // One item each (the credit), in the answer or the Updates that follow it.
    await until(() => streams.every((st) => st.queued === 1));
    await serverIsFine();
    // Readers: each asks for everything (credit 0) and reads as fast as it can; the server sends
    // as its socket takes it, holding no backlog.
    const readers = await Promise.all(Array.from({ length: 4 }, () => connect<SparkleMessageMap>(serverUrl, { codec: createSparkleCodec(), protocols: [SPARKLE_OFFER] })));
    const received = readers.map(() => 0);
    readers.forEach((r, i) => {
      r.session.on(Sparkle.Update, (ctx) => {
        for (const e of ctx.body.streams) received[i]! += e.data.length;
      });
    });
    const answers = await Promise.all(
      readers.map((r) => r.session.request(Sparkle.StreamRequest, { sources: sources.map((st) => ({ string: st })), transform: 'raw', transformParameters: history, request: 0, sendUpdates: true })),
    );
    expect(answers.every((a) => 'streams' in a.body && a.body.streams.length >= 1000)).toBe(true);
    await until(() => received.every((n) => n >= 1_000_000), 90_000);
    await serverIsFine();
    for (const r of [one, ...readers]) r.session.close('done');
    expect(peakRssMb()).toBeLessThan(RSS_MB);
  }, 120_000);

  it('Sink: 24 Publishes with 4 MB keys are each Nacked 4 (malformed: maxKeyBytes), and nothing of them is remembered', async () => {
    const device = connectSink(serverUrl, { clientInstanceId: '00000000-0000-4000-8000-00000000a77a' });
    const key = 'k'.repeat(4_000_000);
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => device.publish({ eventTypeId: 1, schemaVersion: 1, key: key + i, offset: i, timestamp: 0, data: new Uint8Array(0) })),
    );
    expect(results.map((r) => (r.status === 'rejected' ? [...((r.reason as EtpError).detail as { machine: Uint8Array }).machine] : 'acked'))).toEqual(Array(24).fill([4]));
    // A key within bounds is delivered.
    await device.publish({ eventTypeId: 1, schemaVersion: 1, key: 'fine', offset: 99, timestamp: 0, data: new Uint8Array(1) });
    await device.close();
    await serverIsFine();
    expect(peakRssMb()).toBeLessThan(RSS_MB);
  }, 60_000);

  it(`through every attack the server's heap stayed under its ${HEAP_MB} MB cap and its peak memory under ${RSS_MB} MB`, async () => {
    await serverIsFine();
    expect(server.exitCode).toBeNull();
    expect(peakRssMb()).toBeLessThan(RSS_MB);
  });
});

/**
 * A server written by hand that upgrades, answers RequestSession with OpenSession, and then never
 * reads again: what a client meets when its server stops reading.
 */
async function deafServer(after?: (sock: import('node:net').Socket) => void): Promise<{ port: number; close: () => void }> {
  const server = createServer((sock) => {
    let got = Buffer.alloc(0);
    let upgraded = false;
    sock.on('data', (d: Uint8Array) => {
      got = Buffer.concat([got, d]);
      if (!upgraded) {
        const end = got.indexOf('\r\n\r\n');
        if (end < 0) return;
        const key = /Sec-WebSocket-Key: (.+)\r\n/i.exec(got.toString('latin1'))![1]!.trim();
        const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
        sock.write(
          ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, 'Sec-WebSocket-Protocol: etp12.energistics.org', '', ''].join('\r\n'),
        );
        upgraded = true;
        got = got.subarray(end + 4);
      }
      // The client's first frame (RequestSession): masked, with a 7- or 16-bit length.
      if (got.length < 2) return;
      let len = got[1]! & 0x7f;
      let at = 2;
      if (len === 126) [len, at] = [got.readUInt16BE(2), 4];
      if (got.length < at + 4 + len) return;
      const mask = got.subarray(at, at + 4);
      const payload = Buffer.from(got.subarray(at + 4, at + 4 + len).map((b, i) => b ^ mask[i & 3]!));
      const request = codec.decode(payload);
      const open = codec.encode({
        header: { protocol: 0, messageType: 2, correlationId: request.header.messageId, messageId: 1, messageFlags: FIN },
        body: openSession([{ protocol: 3, role: 'store' }]),
      });
      sock.write(Buffer.concat([Buffer.from([0x82, 126, open.length >> 8, open.length & 0xff]), open]));
      sock.pause(); // and never reads again
      sock.removeAllListeners('data');
      after?.(sock);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

describe('a client whose server stops reading', () => {
  it('ends its session past maxOutgoingBytes instead of queueing without bound; its requests fail with the reason', async () => {
    const deaf = await deafServer();
    const closed: string[] = [];
    const { session, socket } = await connect(`ws://127.0.0.1:${deaf.port}/`, { protocols: [{ protocol: 3, role: 'store' }], maxOutgoingBytes: 1_000_000, onClose: (r) => closed.push(r) });
    // 100 KB that gzip cannot shrink (gzip was agreed); not a valid URI, and no one answers anyway.
    const body = getResourcesBody(`eml:///${randomBytes(50_000).toString('hex')}`);
    const requests: Promise<unknown>[] = [];
    for (let i = 0; i < 500 && !session.isClosed; i++) requests.push(session.request(3, 1, body).catch((e: Error) => e));
    expect(session.isClosed).toBe(true);
    expect(requests.length).toBeLessThan(500);
    expect(closed).toEqual([expect.stringMatching(/^the peer does not read: \d+ bytes queued for it, maxOutgoingBytes 1000000$/)]);
    expect(socket.bufferedAmount).toBeLessThanOrEqual(1_000_000 + 200_000);
    const errors = (await Promise.all(requests)) as EtpError[];
    expect(errors.every((e) => e.code === 'SESSION_CLOSED' && /the peer does not read/.test(e.message))).toBe(true);
    deaf.close();
  });
});

describe('a client whose server floods it with fragments', () => {
  it('drops the connection at maxFragments: its session ends with the reason', async () => {
    const flood = await deafServer((sock) => {
      // One message in 5000 unmasked fragments of one byte (a server does not mask).
      const frames = [Buffer.from([0x02, 1, 0])];
      for (let i = 0; i < 5000; i++) frames.push(Buffer.from([0x00, 1, 1]));
      sock.write(Buffer.concat(frames));
    });
    const closed: string[] = [];
    const { session } = await connect(`ws://127.0.0.1:${flood.port}/`, { protocols: [{ protocol: 3, role: 'store' }], maxFragments: 100, onClose: (r) => closed.push(r) });
    await session.closed;
    expect(closed).toEqual(['the peer sent a message in more than 100 websocket frames (maxFragments)']);
    flood.close();
  });
});

describe("the server's budget for multipart messages, shared by its sessions", () => {
  it('a part that takes all sessions past listen({ maxBufferedBytes }) gets 18; what completes or drops is given back', async () => {
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, maxBufferedBytes: 12_000_000 });
    const peers: (RawWs & { id: () => number })[] = [];
    for (let i = 0; i < 3; i++) {
      const raw = await RawWs.open(server.port);
      raw.send(
        codec.encode({
          header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN },
          body: { ...requestSession([{ protocol: 3, role: 'store' }]), supportedCompression: ['gzip'] },
        }),
      );
      await raw.until(() => raw.messages().length >= 1);
      let next = 2;
      peers.push(Object.assign(raw, { id: () => (next += 2) }));
    }
    // Each part inflates to 3 MB of one string: charged about 6 MB. Two sessions fit, the third does not.
    const firsts = peers.map((p) => p.id());
    peers.forEach((p, i) => p.send(inflatingPart(3_000_000, firsts[i]!, firsts[i]!)));
    await peers[2]!.until(() => exceptions(peers[2]!).length >= 1);
    expect(exceptions(peers[2]!)).toEqual([{ code: 18, correlationId: firsts[2] }]);
    expect(exceptions(peers[0]!)).toEqual([]);
    expect(server.bufferedBytes).toBeGreaterThan(6_000_000);
    expect(server.bufferedBytes).toBeLessThanOrEqual(12_000_000);
    // A session that goes away gives back what it held.
    peers[0]!.destroy();
    peers[1]!.destroy();
    await new Promise<void>((r) => {
      const check = () => (server.bufferedBytes === 0 ? r() : setTimeout(check, 10));
      check();
    });
    peers[2]!.destroy();
    await server.close();
  });
});

describe('websocket pings', () => {
  it('a ping from a peer that reads is answered with a pong carrying its payload', async () => {
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS });
    const raw = await RawWs.open(server.port);
    raw.send(Buffer.from('are you there'), 9);
    await raw.until(() => raw.frames.some((f) => f.opcode === 10));
    expect(raw.frames.filter((f) => f.opcode === 10).map((f) => String(f.payload))).toEqual(['are you there']);
    raw.destroy();
    await server.close();
  });
});

describe('peers that hold a connection without finishing, in process', () => {
  it('a peer that never sends RequestSession is closed after SessionEstablishmentTimeoutPeriod', async () => {
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, capabilities: { SessionEstablishmentTimeoutPeriod: 1 } });
    const raw = await RawWs.open(server.port);
    await raw.closedByServer(10_000);
    expect(server.sessions.size).toBe(0);
    await server.close();
  });

  it('a handshaken peer that trickles bytes of a message it never finishes is closed after idleTimeoutMs: bytes are not messages', async () => {
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, idleTimeoutMs: 300 });
    const raw = await RawWs.open(server.port);
    raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }]) }));
    await raw.until(() => raw.messages().length >= 1);
    // A frame header announcing 1000 bytes, then one byte of it every 20 ms: never a whole message.
    raw.socket.write(Buffer.from([0x82, 0x80 | 126, 0x03, 0xe8, 0, 0, 0, 0]));
    const trickle = setInterval(() => raw.socket.write(Buffer.from([0])), 20);
    try {
      await raw.closedByServer(10_000);
    } finally {
      clearInterval(trickle);
    }
    const closing = decoded({ messages: () => raw.frames.filter((f) => f.opcode === 2).map((f) => f.payload) } as RawWs);
    expect(closing.at(-1)!.name).toMatch(/CloseSession$/);
    expect(server.sessions.size).toBe(0);
    await server.close();
  });

  it('a handshaken peer that sends half a fragmented message and goes quiet is closed after idleTimeoutMs', async () => {
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, idleTimeoutMs: 300 });
    const raw = await RawWs.open(server.port);
    raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }]) }));
    await raw.until(() => raw.messages().length >= 1);
    raw.send(Buffer.alloc(1_000_000), 2, false); // FIN=0: ws holds this fragment until the rest comes
    await raw.closedByServer(10_000);
    const closing = decoded({ messages: () => raw.frames.filter((f) => f.opcode === 2).map((f) => f.payload) } as RawWs);
    expect(closing.at(-1)!.name).toMatch(/CloseSession$/);
    expect(server.sessions.size).toBe(0);
    await server.close();
  });
});

describe('one connection flooding requests, in process', () => {
  it(`cannot hold up another: the server handles at most ${MESSAGES_PER_TURN} of its messages a turn, and a bystander's request is handled after a few dozen of a 5,000-request burst`, async () => {
    let flood = 0;
    let firstFlood: () => void;
    const started = new Promise<void>((r) => (firstFlood = r));
    let seenAtBystander = -1;
    const server = await listen({
      protocols: SYNTHETIC_PROTOCOLS,
      setup: (s) =>
        s.on(3, 1, (ctx) => {
          const uri = (ctx.body as { context: { uri: string } }).context.uri;
          if (uri === 'eml:///bystander') seenAtBystander = flood;
          else if (++flood === 1) firstFlood();
          ctx.reply(4, { resources: [] });
        }),
    });
    const flooder = await RawWs.open(server.port);
    flooder.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }]) }));
    await flooder.until(() => flooder.messages().length >= 1);
    const bystander = await connect(`ws://127.0.0.1:${server.port}`, { protocols: SYNTHETIC_PROTOCOLS });
    // The whole burst leaves in one write: the server's socket has it all to read.
    const burst: Uint8Array[] = [];
    for (let i = 0, id = 4; i < 5000; i++, id += 2) burst.push(frame({ protocol: 3, messageType: 1, messageId: id, messageFlags: FIN }, getResourcesBody('eml:///flood')));
    flooder.socket.cork();
    for (const f of burst) flooder.send(f);
    flooder.socket.uncork();
    await started;
    await bystander.session.request(3, 1, getResourcesBody('eml:///bystander'));
    // Without turns, the first read alone (64 KB: about 1,300 requests) is handled before anything else.
    expect(seenAtBystander).toBeGreaterThan(0);
    expect(seenAtBystander).toBeLessThan(400);
    await flooder.until(() => flooder.messages().length >= 5001, 30_000);
    expect(flood).toBe(5000);
    flooder.destroy();
    bystander.session.close('done');
    await server.close();
  });

  it('a burst past the inbox bound (3 MB) pauses the socket and loses nothing; what came before the peer closed is all handled, once', async () => {
    let handled = 0;
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, setup: (s) => s.on(3, 1, () => void handled++) });
    const raw = await RawWs.open(server.port);
    raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }]) }));
    await raw.until(() => raw.messages().length >= 1);
    raw.socket.cork();
    for (let i = 0, id = 4; i < 3000; i++, id += 2) raw.send(frame({ protocol: 3, messageType: 1, messageId: id, messageFlags: FIN }, getResourcesBody(`eml:///${'x'.repeat(1000)}`)));
    raw.socket.uncork();
    raw.socket.end();
    await new Promise<void>((r) => {
      const check = (): void => (server.sessions.size === 0 ? r() : void setTimeout(check, 10));
      check();
    });
    expect(handled).toBe(3000);
    raw.destroy();
    await server.close();
  });

  it('a peer process killed (-9) right after writing a 3 MB burst: every request it wrote reaches its handler, once', async () => {
    const seen = new Map<number, number>();
    const server = await listen({ protocols: SYNTHETIC_PROTOCOLS, setup: (s) => s.on(3, 1, (ctx) => void seen.set(ctx.message.header.messageId, (seen.get(ctx.message.header.messageId) ?? 0) + 1)) });
    const dir = mkdtempSync(join(tmpdir(), 'etp-kill-'));
    const frames = [codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }]) })];
    for (let i = 0, id = 4; i < 3000; i++, id += 2) frames.push(frame({ protocol: 3, messageType: 1, messageId: id, messageFlags: FIN }, getResourcesBody(`eml:///${'x'.repeat(1000)}`)));
    writeFileSync(join(dir, 'frames.json'), JSON.stringify(frames.map((f) => Buffer.from(f).toString('base64'))));
    // The peer: RequestSession, then on OpenSession the whole burst; once the last frame is
    // written to its socket, it kills itself.
    const peer = `
      import WebSocket from 'ws';
      import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
      const frames = JSON.parse(readFileSync(process.argv[1], 'utf8')).map((b) => Buffer.from(b, 'base64'));
      const ws = new WebSocket(process.argv[2], 'etp12.energistics.org');
      ws.on('open', () => ws.send(frames[0]));
      ws.once('message', () => frames.slice(1).forEach((f, i) => ws.send(f, i === frames.length - 2 ? () => process.kill(process.pid, 'SIGKILL') : undefined)));
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', peer, join(dir, 'frames.json'), `ws://127.0.0.1:${server.port}/`], { cwd: ROOT, stdio: 'ignore' });
    const signal = await new Promise<string | null>((r) => child.once('exit', (_code, sig) => r(sig)));
    expect(signal).toBe('SIGKILL');
    await new Promise<void>((r) => {
      const check = (): void => (server.sessions.size === 0 ? r() : void setTimeout(check, 10));
      check();
    });
    expect(seen.size).toBe(3000);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  });
});
