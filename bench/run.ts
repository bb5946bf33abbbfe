/**
 * npm run bench [-- --json] [-- --rounds N] [-- --time MS] [-- --svg FILE]
 *
 * Every case of `etp-codec bench` (the built-in message shapes against avsc doing the same work
 * and JSON) plus the session, Sparkle and Sink cases, timed by the same harness
 * (src/cli/bench-harness.ts): contenders round-robin in each round, ratios taken within a round,
 * medians over rounds. Quote ratios: absolute times vary with the machine's load.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { batched, builtinShapes, shapeRows } from '../src/cli/bench.js';
import { type BenchRow, markdownTable, median, runBench, svgChart } from '../src/cli/bench-harness.js';
import { createCodec, type EtpMessage, FramePool, Utf8Text } from '../src/index.js';
import { EtpSession } from '../src/session/index.js';
import { codecCreation } from './codec-creation.js';
import { channelDataFloor, type FloorItem, type FloorResource, resourcesFloor, warmCopy } from './floor.js';
import { idleCost } from './idle-memory.js';
import { sessionCpuRows, sessionRows } from './session-cases.js';
import { sinkRows } from './sink-cases.js';
import { sparkleRows } from './sparkle-cases.js';
import { storeRows } from './store-cases.js';
import { notificationRows } from './notification-cases.js';
import { channelRows } from './channel-cases.js';

// First: the codec creation times, before anything else in this process has parsed a catalog.
const creation = codecCreation();

const args = process.argv.slice(2);
const json = args.includes('--json');
const rounds = Number(argValue('--rounds') ?? 5);
const time = Number(argValue('--time') ?? 150);
const svg = argValue('--svg');

function argValue(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

const codec = createCodec();

/** A plain varint reader over the five header fields, the baseline of the header peek. */
function handVarintHeader(b: Uint8Array): number[] {
  const out: number[] = [];
  let pos = 0;
  for (let f = 0; f < 5; f++) {
    let u = 0;
    let mul = 1;
    let c: number;
    do {
      c = b[pos++]!;
      u += (c & 0x7f) * mul;
      mul *= 128;
    } while (c & 0x80);
    out.push(u % 2 ? -(u + 1) / 2 : u / 2);
  }
  return out;
}

function headerRows(): BenchRow[] {
  const ack: EtpMessage = { header: { protocol: 3, messageType: 1001, correlationId: 4242, messageId: 123457, messageFlags: 2 }, body: {} };
  const frame = codec.encode(ack);
  return batched([
    {
      case: 'bare header (Acknowledge)',
      op: 'peek',
      ours: { name: 'etp-codec peek', times: 200, fn: () => codec.peek(frame) },
      baseline: { name: 'hand-written varint reader', times: 200, fn: () => handVarintHeader(frame) },
      target: 0.8,
    },
  ]);
}

/**
 * The codec against the floor: ChannelData and GetResourcesResponse encoded and decoded by a
 * hand-written encoder and decoder for exactly that shape (bench/floor.ts), and a 1 MB GetDataObjectsResponse encoded
 * against one memcpy of its payload into a warm buffer.
 */
function floorRows(): BenchRow[] {
  const floor = channelDataFloor(codec);
  const shapes = builtinShapes();
  const rows: BenchRow[] = [];
  for (const s of shapes.filter((x) => x.name.startsWith('ChannelData 10') || x.name.startsWith('ChannelData 100 '))) {
    const message = s.message as EtpMessage<{ data: FloorItem[] }>;
    const frame = codec.encode(message);
    rows.push(
      {
        case: s.name,
        op: 'encode',
        ours: { name: 'etp-codec encode', times: s.times, fn: () => codec.encode(message) },
        baseline: { name: 'hand-written encoder for this shape (the floor, one copy out)', times: s.times, fn: () => floor.encode(message) },
        target: 0.85,
      },
      {
        case: s.name,
        op: 'decode',
        ours: { name: 'etp-codec decode', times: s.times, fn: () => codec.decode(frame) },
        baseline: { name: 'hand-written decoder for this shape (the floor)', times: s.times, fn: () => floor.decode(frame) },
        target: 1,
      },
    );
  }
  const listed = shapes.find((x) => x.name.startsWith('GetResourcesResponse'))!;
  const resources = resourcesFloor(codec);
  const listedMessage = listed.message as EtpMessage<{ resources: FloorResource[] }>;
  const listedFrame = codec.encode(listedMessage);
  rows.push(
    {
      case: listed.name,
      op: 'encode',
      ours: { name: 'etp-codec encode', times: listed.times, fn: () => codec.encode(listedMessage) },
      baseline: { name: 'hand-written encoder for this shape (the floor, one copy out)', times: listed.times, fn: () => resources.encode(listedMessage) },
    },
    {
      case: listed.name,
      op: 'decode',
      ours: { name: 'etp-codec decode', times: listed.times, fn: () => codec.decode(listedFrame) },
      baseline: { name: 'hand-written decoder for this shape (the floor, no utf-8 check)', times: listed.times, fn: () => resources.decode(listedFrame) },
    },
  );
  // The same resources with their URIs and names held as utf-8 bytes (Utf8Text): written as they are.
  const asBytes = {
    ...listedMessage,
    body: { resources: listedMessage.body.resources.map((r) => ({ ...r, uri: Utf8Text.from(r.uri), name: Utf8Text.from(r.name) })) },
  } as unknown as EtpMessage;
  rows.push({
    case: listed.name,
    op: 'encode, uri and name as Utf8Text',
    ours: { name: 'etp-codec encode (uri and name as utf-8 bytes)', times: listed.times, fn: () => codec.encode(asBytes) },
    baseline: { name: 'etp-codec encode (strings)', times: listed.times, fn: () => codec.encode(listedMessage) },
  });
  // Decoded with strings: 'utf8': each string a view of its bytes, transcoded and checked when read.
  const lazy = createCodec({ strings: 'utf8' });
  rows.push({
    case: listed.name,
    op: "decode, strings: 'utf8'",
    ours: { name: "etp-codec decode, strings: 'utf8' (text made when read)", times: listed.times, fn: () => lazy.decode(listedFrame) },
    baseline: { name: 'etp-codec decode (strings)', times: listed.times, fn: () => codec.decode(listedFrame) },
  });
  // The same when every uri and name is then read (each made text once).
  const readAll = (m: EtpMessage): void => {
    for (const r of (m.body as { resources: { uri: unknown; name: unknown }[] }).resources) {
      String(r.uri);
      String(r.name);
    }
  };
  rows.push({
    case: listed.name,
    op: "decode and read every uri and name, strings: 'utf8'",
    ours: { name: "etp-codec decode, strings: 'utf8', then String() of every uri and name", times: listed.times, fn: () => readAll(lazy.decode(listedFrame)) },
    baseline: { name: 'etp-codec decode (strings), then String() of every uri and name', times: listed.times, fn: () => readAll(codec.decode(listedFrame)) },
  });
  const big = shapes.find((x) => x.name.startsWith('GetDataObjectsResponse'))!;
  const payload = (big.message.body as { dataObjects: Record<string, { data: Uint8Array }> }).dataObjects['1']!.data;
  const copy = warmCopy(payload.length);
  rows.push({
    case: big.name,
    op: 'encode',
    ours: { name: 'etp-codec encode', times: 1, fn: () => codec.encode(big.message) },
    baseline: { name: 'memcpy of the payload into a warm buffer', times: 1, fn: () => copy(payload) },
    target: 0.8,
  });
  return batched(rows);
}

/**
 * A 1 MB GetDataObjectsResponse sent by an open session whose frames are lent from a pool, as
 * over ws (the frame given back at once, as a socket's write callback would), against one memcpy
 * of its payload into a warm buffer.
 */
async function pooledSessionRow(): Promise<BenchRow> {
  const big = builtinShapes().find((x) => x.name.startsWith('GetDataObjectsResponse'))!;
  const payload = (big.message.body as { dataObjects: Record<string, { data: Uint8Array }> }).dataObjects['1']!.data;
  const pool = new FramePool();
  const noTimers = { setInterval: () => 0, clearInterval: () => {} };
  const protocols = [{ protocol: 4, role: 'store' }];
  let open = false;
  let client!: EtpSession;
  let server!: EtpSession;
  client = new EtpSession({ role: 'client', protocols, compression: [], timers: noTimers, send: (f) => server.receive(f) });
  server = new EtpSession({
    role: 'server',
    protocols,
    compression: [],
    timers: noTimers,
    framePool: pool,
    send: (f) => {
      if (!open) client.receive(f);
      else if (!pool.give(f)) throw new Error('the bench expects a lent frame');
    },
  });
  await client.start();
  open = true;
  const copy = warmCopy(payload.length);
  const body = big.message.body;
  return {
    case: big.name,
    op: 'send in a session, pooled frames',
    ours: { name: 'session send (frame lent from the pool, given back)', times: 1, fn: () => server.send(4, 4, body as never) },
    baseline: { name: 'memcpy of the payload into a warm buffer', times: 1, fn: () => copy(payload) },
    target: 0.8,
  };
}

/** encode into the codec's own buffer (reuseFrames) against encode with a copy out, on small messages. */
function reuseRows(): BenchRow[] {
  const reusing = createCodec({ reuseFrames: true });
  return batched(
    builtinShapes()
      .filter((s) => s.name === 'RequestSession' || s.name === 'ChannelData 10 items')
      .map((s) => ({
        case: s.name,
        op: 'encode, reuseFrames',
        ours: { name: 'etp-codec encode (reuseFrames: a view, no copy)', times: s.times, fn: () => reusing.encode(s.message) },
        baseline: { name: 'etp-codec encode (default: one copy out)', times: s.times, fn: () => codec.encode(s.message) },
      })),
  );
}

// Two phases. The codec's own cases run first, in a process that has not yet decoded anything
// else: the loopback cases below keep decoded messages alive (stores, queues), and V8 then
// allocates the decoders' objects straight into the old generation (allocation-site
// pretenuring), which made decode 2-5× slower in a shared run at random (traced with --trace-gc;
// gone with --no-allocation-site-pretenuring). A user's codec benchmark starts clean as well.
const onRound = (phase: string) => (r: number) => json || process.stderr.write(`${phase}: round ${r + 1}/${rounds} done\n`);
const results = await runBench([...(await shapeRows()), ...floorRows(), await pooledSessionRow(), ...reuseRows(), ...headerRows()], { rounds, timeMs: time, onRound: onRound('codec') });
results.push(...(await runBench(await sessionCpuRows(), { rounds, timeMs: time, onRound: onRound('session') })));
const session = await sessionRows();
const sparkle = await sparkleRows();
const sinkCases = await sinkRows();
const storeCases = await storeRows();
const notificationCases = await notificationRows();
const channelCases = await channelRows();
const loopbackRows: BenchRow[] = [...session.rows, ...sparkle.rows, ...sinkCases.rows, ...storeCases.rows, ...notificationCases.rows, ...channelCases.rows];
results.push(...(await runBench(loopbackRows, { rounds, timeMs: time, onRound: onRound('loopback') })));
if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, rounds, timeMs: time, results }, null, 2)}\n`);
} else {
  process.stdout.write(
    `Node ${process.version}, ${rounds} rounds of ${time} ms per contender; ratio = etp-codec ops/s ÷ baseline ops/s (median over rounds, lowest–highest round)\n\n${markdownTable(results)}\n`,
  );
}
if (svg) writeFileSync(svg, svgChart(results, `etp-codec ÷ baseline, ops/s (Node ${process.version}, median of ${rounds} rounds)`));
await session.cleanup();
await sparkle.cleanup();
await sinkCases.cleanup();
await storeCases.cleanup();
await notificationCases.cleanup();
await channelCases.cleanup();

// Memory of an idle connection in a server process: a handshaken ETP session against ws's own
// connection (the baseline), 1000 of each held open, median of 3 rounds.
const IDLE = 1000;
const idle = { ws: [] as number[], etp: [] as number[] };
for (let round = 0; round < 3; round++) {
  idle.ws.push(await idleCost('ws', IDLE));
  idle.etp.push(await idleCost('etp', IDLE));
}
const kb = (n: number): string => (n / 1024).toFixed(1);
const wsKb = median(idle.ws);
const etpKb = median(idle.etp);
if (json) {
  process.stdout.write(`${JSON.stringify({ idleConnectionBytes: { ws: wsKb, etp: etpKb, aboveWs: etpKb - wsKb } })}\n`);
} else {
  process.stdout.write(
    `${[
      '',
      `Idle connection in a server process (${IDLE} held open, heap + external after a full collection, median of 3 rounds):`,
      '',
      '| connection | KB each | target |',
      '|---|---:|---|',
      `| ws connection (baseline) | ${kb(wsKb)} | |`,
      `| handshaken ETP session | ${kb(etpKb)} | |`,
      `| ETP session above ws | ${kb(etpKb - wsKb)} | ≤ 30 KB ${etpKb - wsKb <= 30 * 1024 ? 'met' : 'MISSED'} |`,
    ].join('\n')}\n`,
  );
}
if (json) {
  process.stdout.write(`${JSON.stringify({ codecCreationMs: creation })}\n`);
} else {
  process.stdout.write(
    `${[
      '',
      'Creating a codec with the full built-in catalog (milliseconds, this machine; later codecs: median of 200):',
      '',
      '| what | ms |',
      '|---|---:|',
      `| first ETP 1.2 codec of the process (parses 212 types) | ${creation.first12.toFixed(1)} |`,
      `| first ETP 1.1 codec of the process (parses 85 types) | ${creation.first11.toFixed(1)} |`,
      `| every later codec (shares the parsed catalog, compiles nothing) | ${creation.later.toFixed(3)} |`,
      `| its first ChannelData encode (compiles that one message) | ${creation.firstEncode.toFixed(3)} |`,
    ].join('\n')}\n`,
  );
}

// The browser build's size, minified and gzipped as a bundler ships it (esbuild, the `browser`
// export condition): (a) a codec with the protocols a well viewer uses, (b) the codec with the
// whole catalog, (c) the codec, the session and the browser transport.
const ROOT = join(import.meta.dirname, '..');
async function bundleSize(source: string): Promise<{ min: number; gz: number }> {
  const out = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser'],
    tsconfigRaw: '{}',
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0]!.contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}
const sizes = {
  a: await bundleSize(
    "import { createCodec } from 'etp-codec'; const c = createCodec(); for (const n of ['Core.RequestSession', 'ChannelStreaming.ChannelData', 'Discovery.GetResources']) console.log(c.codeOf('Energistics.Etp.v12.Protocol.' + n));",
  ),
  b: await bundleSize("import { createCodec } from 'etp-codec'; console.log(createCodec({ etp: '1.1' }), createCodec());"),
  c: await bundleSize("import { connect } from 'etp-codec/transport'; console.log(connect);"),
};
const kib = (n: number): string => (n / 1024).toFixed(1);
if (json) {
  process.stdout.write(`${JSON.stringify({ browserBundleBytes: sizes })}\n`);
} else {
  process.stdout.write(
    `${[
      '',
      'Browser bundle (esbuild, minified; gzip level 9), dist/browser as a bundler resolves it:',
      '',
      '| bundle | minified KiB | gzipped KiB | target |',
      '|---|---:|---:|---|',
      `| (a) codec, used for Core, ChannelStreaming and Discovery | ${kib(sizes.a.min)} | ${kib(sizes.a.gz)} | ≤ 60 KB ${sizes.a.gz <= 60_000 ? 'met' : 'MISSED'} |`,
      `| (b) codec, both full catalogs (ETP 1.2 and 1.1) | ${kib(sizes.b.min)} | ${kib(sizes.b.gz)} | |`,
      `| (c) codec + session + browser transport (connect) | ${kib(sizes.c.min)} | ${kib(sizes.c.gz)} | |`,
    ].join('\n')}\n`,
  );
}
