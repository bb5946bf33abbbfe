// The figures of the attacks of issue 16, measured against `etp-codec serve` in its own process
// with a 512 MB heap: for each attack, a fresh server, a bystander pinging it every 20 ms
// throughout, what the attacker sent, the server's peak resident memory, and whether it lived.
// Run after `npm run build`: node node_modules/vite-node/vite-node.mjs scripts/attack-figures.ts
// (a measurement for the record, not a test: the tests are test/transport/attacks.test.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { getResourcesBody } from '../src/cli/synthetic.js';
import { createSparkleCodec, Sparkle, SPARKLE_OFFER, type SparkleMessageMap } from '../src/sparkle/index.js';
import { connect } from '../src/transport/index.js';
import { codec, FIN, requestSession } from '../test/helpers/raw-peer.js';
import { RawWs } from '../test/helpers/raw-ws.js';

const ROOT = join(import.meta.dirname, '..');
/** The CLI whose `serve` is attacked (ETP_SERVE_CLI: another build, e.g. of an older commit). */
const SERVE_CLI = process.env.ETP_SERVE_CLI ?? join(ROOT, 'dist/cli.js');
/** The Sparkle version to ask for (ETP_SPARKLE_MINOR: 2 for builds before Sparkle 1.0 was offered). */
const OFFER = { ...SPARKLE_OFFER, version: { ...SPARKLE_OFFER.version, minor: Number(process.env.ETP_SPARKLE_MINOR ?? 0) } };
/** Only the attacks whose names contain ETP_ATTACKS, when given. */
const ONLY = process.env.ETP_ATTACKS;
const HEAP_MB = 512;

interface Serve {
  child: ChildProcess;
  url: string;
  port: number;
  out: () => string;
}

async function serve(): Promise<Serve> {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, SERVE_CLI, 'serve', '--port', '0', '--resources', '1000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ETP 1\.2 on (ws:\/\/[^ ]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url, port: Number(new URL(url).port), out: () => out };
}

function peakMb(child: ChildProcess): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return NaN;
  }
}

/** A bystander in a process of its own that pings every 20 ms; `stop()` gives the round trips in ms. */
async function bystander(url: string): Promise<{ stop: () => Promise<{ p50: number; max: number; lost: number }> }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/bystander.mjs'), url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stdin!.on('error', () => undefined); // it may have ended already (its server died)
  await new Promise<void>((resolve) => child.stdout!.on('data', () => out.includes('ready') && resolve()));
  return {
    stop: async () => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      child.stdin!.end('stop');
      await exited;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      const r = line ? (JSON.parse(line) as { p50: number; max: number; lost: number }) : { p50: NaN, max: NaN, lost: -1 };
      return r;
    },
  };
}

async function handshaken(port: number, caps = {}): Promise<RawWs> {
  const raw = await RawWs.open(port);
  raw.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 3, role: 'store' }], caps) }));
  await raw.until(() => raw.messages().length >= 1 || raw.closed, 10_000).catch(() => undefined);
  return raw;
}

const frame = (h: { protocol: number; messageType: number; correlationId?: number; messageId: number; messageFlags: number }, body: unknown): Uint8Array =>
  codec.encode({ header: { correlationId: 0, ...h }, body });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Each attack returns the bytes it sent and a word on what the server did. */
const attacks: Record<string, (s: Serve) => Promise<{ sent: number; outcome: string }>> = {
  'tiny MaxWebSocketMessagePayloadSize (0, -1, 20, 600) then Ping': async (s) => {
    let sent = 0;
    const codes: string[] = [];
    for (const size of [0, -1, 20, 600]) {
      const raw = await handshaken(s.port, { MaxWebSocketMessagePayloadSize: { item: { long: size } } });
      const f = frame({ protocol: 0, messageType: 8, messageId: 4, messageFlags: FIN }, { currentDateTime: 0 });
      raw.send(f);
      sent += f.length + 200;
      await raw.closedByServer(5000).catch(() => undefined);
      const ex = raw
        .messages()
        .map((m) => codec.decode(m))
        .find((m) => m.header.messageType === 1000);
      codes.push(String((ex?.body as { error?: { code: number } })?.error?.code ?? 'none'));
      raw.destroy();
    }
    return { sent, outcome: `refused with ${codes.join(', ')}` };
  },
  'Sparkle: 1000 streams, last 7200, credit 1': async (s) => {
    const c = await connect<SparkleMessageMap>(s.url, { codec: createSparkleCodec(), protocols: [OFFER] });
    const body = { sources: Array(1000).fill({ string: 'rig1/drilling/HKLD' }), transform: 'raw', transformParameters: { last: { item: { long: 7200 } } }, request: 1, sendUpdates: true };
    const sent = c.session.codec.encode(Sparkle.StreamRequest, body as never, { correlationId: 0, messageId: 2, messageFlags: 2 }).length;
    const answer = await c.session.request(Sparkle.StreamRequest, body as never);
    await sleep(3000);
    c.session.close('done');
    return { sent, outcome: `answered ${'streams' in (answer.body as object) ? (answer.body as { streams: unknown[] }).streams.length : 0} entries` };
  },
  'Sparkle: 20 sessions reading 1000 unlimited streams of 7200 s for 15 s': async (s) => {
    const readers = await Promise.all(Array.from({ length: 20 }, () => connect<SparkleMessageMap>(s.url, { codec: createSparkleCodec(), protocols: [OFFER] })));
    let items = 0;
    for (const r of readers) r.session.on(Sparkle.Update, (ctx) => void (items += ctx.body.streams.reduce((n, e) => n + e.data.length, 0)));
    const body = { sources: Array(1000).fill({ string: 'rig1/drilling/HKLD' }), transform: 'raw', transformParameters: { last: { item: { long: 7200 } } }, request: 0, sendUpdates: true };
    await Promise.all(readers.map((r) => r.session.request(Sparkle.StreamRequest, body as never).catch(() => undefined)));
    await sleep(15_000);
    for (const r of readers) r.session.close('done');
    return { sent: 20 * 7900, outcome: `${(items / 1e6).toFixed(1)} M items read` };
  },
  '18 sessions × 2 gzip parts of ~8 KB inflating to 7.5 MB each, no FinalPart': async (s) => {
    let sent = 0;
    const codes: number[] = [];
    const peers = await Promise.all(Array.from({ length: 18 }, () => handshaken(s.port)));
    for (const raw of peers) {
      for (const id of [4, 6]) {
        const body = getResourcesBody('a'.repeat(7_500_000));
        // Flags 0x08: the codec gzips the body.
        const f = codec.encode({ header: { protocol: 3, messageType: 1, correlationId: id === 4 ? 0 : 4, messageId: id, messageFlags: 0x08 }, body });
        raw.send(f);
        sent += f.length;
      }
    }
    await sleep(2000);
    for (const raw of peers) {
      for (const m of raw.messages()) {
        const d = codec.decode(m);
        if (d.header.messageType === 1000) codes.push((d.body as { error: { code: number } }).error.code);
      }
      raw.destroy();
    }
    return { sent, outcome: `${codes.filter((c) => c === 18).length} refused with 18` };
  },
  'one message in 200,000 websocket fragments of 1 byte': async (s) => {
    const raw = await handshaken(s.port);
    let sent = 0;
    raw.socket.cork();
    raw.send(Buffer.from([1]), 2, false);
    sent += 7;
    for (let i = 0; i < 200_000 && !raw.closed; i++) {
      raw.send(Buffer.from([1]), 0, false);
      sent += 7;
    }
    raw.socket.uncork();
    await raw.closedByServer(10_000).catch(() => undefined);
    raw.destroy();
    return { sent, outcome: raw.closed ? 'connection dropped at maxFragments' : 'still open' };
  },
  '2,000,000 pings from a peer that never reads': async (s) => {
    const raw = await handshaken(s.port);
    raw.socket.pause();
    let sent = 0;
    for (let i = 0; i < 2_000_000; i++) {
      if (!raw.send(Buffer.alloc(0), 9)) await new Promise((r) => raw.socket.once('drain', r));
      sent += 6;
      if (raw.socket.destroyed) break;
    }
    raw.socket.resume();
    await raw.closedByServer(10_000).catch(() => undefined);
    raw.destroy();
    return { sent, outcome: /does not read its pongs/.test(s.out()) ? 'cut off past maxOutgoingBytes' : 'pongs within maxOutgoingBytes' };
  },
  '5,000 half-open upgrades': async (s) => {
    const sockets = [];
    for (let i = 0; i < 5000; i++) {
      const sock = tcpConnect({ port: s.port, host: '127.0.0.1' });
      sock.on('error', () => undefined);
      sock.resume(); // read, so that a close from the server is seen
      sock.write('GET / HTTP/1.1\r\nHost: x\r\n');
      sockets.push(sock);
    }
    await sleep(25_000);
    const open = sockets.filter((x) => !x.destroyed && x.readyState === 'open').length;
    for (const x of sockets) x.destroy();
    return { sent: 5000 * 25, outcome: `${open} of 5000 still open after 25 s` };
  },
  'GetResources flood: 3,000 requests in one burst (answers of 1000 resources), read by the attacker': async (s) => {
    const raw = await handshaken(s.port);
    const body = getResourcesBody();
    let sent = 0;
    raw.socket.cork();
    for (let i = 0, id = 4; i < 3000; i++, id += 2) {
      const f = frame({ protocol: 3, messageType: 1, messageId: id, messageFlags: FIN }, body);
      raw.send(f);
      sent += f.length + 6;
    }
    raw.socket.uncork();
    await raw.until(() => raw.messages().length >= 3001, 600_000).catch(() => undefined);
    const answered = raw.messages().length - 1;
    raw.destroy();
    return { sent, outcome: `${answered} answered` };
  },
};

const rows: string[] = ['| attack | attacker sent | outcome | server peak RSS | bystander Ping p50 / max | server |', '|---|---:|---|---:|---:|---|'];
// A promise a dead server leaves unsettled must not end the run: the loop is kept alive, and each attack has 3 minutes.
const keepAlive = setInterval(() => undefined, 1000);
for (const [name, attack] of Object.entries(attacks)) {
  if (ONLY && !name.includes(ONLY)) continue;
  const s = await serve();
  const by = await bystander(s.url);
  let result: { sent: number; outcome: string };
  try {
    result = await Promise.race([attack(s), sleep(180_000).then(() => ({ sent: NaN, outcome: 'did not finish in 3 minutes' }))]);
  } catch (err) {
    result = { sent: NaN, outcome: `attack failed: ${(err as Error).message}` };
  }
  await sleep(500);
  const ping = await by.stop();
  const alive = s.child.exitCode === null;
  rows.push(
    `| ${name} | ${(result.sent / 1024).toFixed(0)} KiB | ${result.outcome} | ${peakMb(s.child).toFixed(0)} MB | ${ping.p50.toFixed(1)} / ${ping.max.toFixed(0)} ms${ping.lost ? ` (${ping.lost} lost)` : ''} | ${alive ? 'alive' : `died (${s.child.exitCode})`} |`,
  );
  process.stderr.write(`${rows.at(-1)!}\n`);
  s.child.kill('SIGKILL');
}
clearInterval(keepAlive);
process.stdout.write(`${rows.join('\n')}\n`);
process.exit(0);
