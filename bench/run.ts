/**
 * npm run bench [-- --json] [-- --rounds N] [-- --time MS]
 *
 * Runs named cases, each with etp-codec and its baselines in the same process and rounds, and
 * prints one table: ops/s (median of the rounds' medians) and the median over rounds of the ratio
 * etp-codec / baseline. Quote ratios: absolute times vary with the machine's load.
 */
import avsc from 'avsc';
import { Bench } from 'tinybench';
import { sampleChannelData, sampleRequestSession } from '../test/helpers/samples.js';
import { createCodec, type EtpMessage } from '../src/index.js';
import { ETP12_BUILTIN_BUNDLES } from '../src/schema/builtin.js';
import { codecCreation } from './codec-creation.js';
import { idleCost } from './idle-memory.js';
import { sessionRows } from './session-cases.js';
import { sinkRows } from './sink-cases.js';
import { sparkleRows } from './sparkle-cases.js';

// First: the codec creation times, before anything else in this process has parsed a catalog.
const creation = codecCreation();

interface Contender {
  name: string;
  fn: () => unknown;
}

/**
 * Runs `op` `times` times per benchmark iteration: for operations of well under a microsecond,
 * tinybench's per-iteration timing would otherwise weigh as much as the operation itself. Both
 * sides of a ratio get the same batching; reported ops/s count single operations.
 */
function batch(name: string, times: number, op: () => unknown): Contender & { times: number } {
  return {
    name,
    times,
    fn: () => {
      for (let i = 0; i < times; i++) sink = op();
    },
  };
}
interface Row {
  case: string;
  op: string;
  ours: Contender & { times: number };
  baseline: Contender & { times: number };
  target?: number;
  note?: string;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const rounds = Number(argValue('--rounds') ?? 5);
const time = Number(argValue('--time') ?? 150);

function argValue(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

let sink: unknown;
const codec = createCodec();

// avsc baselines on the same schemas, bodies only.
const registry: Record<string, avsc.Type> = {};
for (const b of ETP12_BUILTIN_BUNDLES) {
  for (const t of b.types) avsc.Type.forSchema(t as avsc.Schema, { registry, wrapUnions: true });
}
const headerType = registry['Energistics.Etp.v12.Datatypes.MessageHeader']!;
const scratch = Buffer.alloc(1 << 20);

/** avsc's in-memory form of our values: Uuid strings become Buffers. */
function toAvsc(v: unknown): unknown {
  if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v)) {
    return Buffer.from(v.replace(/-/g, ''), 'hex');
  }
  if (Array.isArray(v)) return v.map(toAvsc);
  if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toAvsc(x)]));
  }
  return v;
}

function messageRows(name: string, message: EtpMessage, times: number): Row[] {
  const type = registry[codec.lookup(message.header).name]!;
  const body = toAvsc(message.body);
  const frame = codec.encode(message);
  const bodyBytes = type.toBuffer(body);
  const text = JSON.stringify(message);
  const encode = batch('etp-codec encode', times, () => codec.encode(message));
  const decode = batch('etp-codec decode', times, () => codec.decode(frame));
  return [
    { case: name, op: 'encode', ours: encode, baseline: batch('avsc encode (body, scratch)', times, () => type.encode(body, scratch, 0)), target: 1.0 },
    { case: name, op: 'encode', ours: encode, baseline: batch('avsc toBuffer (body)', times, () => type.toBuffer(body)), target: 1.8 },
    { case: name, op: 'encode', ours: encode, baseline: batch('JSON.stringify', times, () => JSON.stringify(message)), target: 4 },
    { case: name, op: 'decode', ours: decode, baseline: batch('avsc fromBuffer (body)', times, () => type.fromBuffer(bodyBytes)), target: 1.0 },
    { case: name, op: 'decode', ours: decode, baseline: batch('JSON.parse', times, () => JSON.parse(text)), target: 3 },
  ];
}

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

function headerRows(): Row[] {
  const ack: EtpMessage = { header: { protocol: 3, messageType: 1001, correlationId: 4242, messageId: 123457, messageFlags: 2 }, body: {} };
  const frame = codec.encode(ack);
  const hdr = ack.header;
  const name = 'bare header (Acknowledge)';
  return [
    { case: name, op: 'encode', ours: batch('etp-codec encode', 200, () => codec.encode(ack)), baseline: batch('avsc toBuffer (header)', 200, () => headerType.toBuffer(hdr)) },
    { case: name, op: 'decode', ours: batch('etp-codec decode', 200, () => codec.decode(frame)), baseline: batch('avsc fromBuffer (header)', 200, () => headerType.fromBuffer(Buffer.from(frame.buffer, frame.byteOffset, frame.length))) },
    { case: name, op: 'peek', ours: batch('etp-codec peek', 200, () => codec.peek(frame)), baseline: batch('hand-written varint reader', 200, () => handVarintHeader(frame)), target: 0.8 },
  ];
}

const rows: Row[] = [
  ...messageRows('ChannelData 100 items', sampleChannelData(100), 4),
  ...messageRows('ChannelData 1000 items', sampleChannelData(1000), 1),
  ...messageRows('RequestSession', sampleRequestSession(), 50),
  ...headerRows(),
];
const session = await sessionRows();
rows.push(...session.rows);
const sparkle = await sparkleRows();
rows.push(...sparkle.rows);
const sinkCases = await sinkRows();
rows.push(...sinkCases.rows);

const contenders = new Map<string, Contender & { times: number }>();
for (const r of rows) {
  contenders.set(`${r.case} | ${r.ours.name}`, r.ours);
  contenders.set(`${r.case} | ${r.baseline.name}`, r.baseline);
}

const perRound: Map<string, number>[] = [];
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({ time, warmupTime: 50 });
  // Each task starts from a collected heap, so that one task's garbage is not another's cost.
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [key, c] of contenders) bench.add(key, c.fn, { beforeAll: () => gc?.() });
  await bench.run();
  const ops = new Map<string, number>();
  for (const task of bench.tasks) {
    const error = (task.result as { error?: unknown } | undefined)?.error;
    if (error) throw new Error(`bench task ${task.name} failed: ${(error as Error).message ?? error}`);
    ops.set(task.name, (task.result?.throughput.p50 ?? NaN) * contenders.get(task.name)!.times);
  }
  perRound.push(ops);
  if (!json) process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const results = rows.map((r) => {
  const oursKey = `${r.case} | ${r.ours.name}`;
  const baseKey = `${r.case} | ${r.baseline.name}`;
  const ratio = median(perRound.map((ops) => ops.get(oursKey)! / ops.get(baseKey)!));
  return {
    case: r.case,
    op: r.op,
    oursOps: median(perRound.map((ops) => ops.get(oursKey)!)),
    baseline: r.baseline.name,
    baselineOps: median(perRound.map((ops) => ops.get(baseKey)!)),
    ratio,
    target: r.target,
    note: r.note,
    met: r.target === undefined ? undefined : ratio >= r.target,
  };
});

if (json) {
  process.stdout.write(JSON.stringify({ node: process.version, rounds, timeMs: time, results }, null, 2) + '\n');
} else {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const lines = [
    `Node ${process.version}, ${rounds} rounds of ${time} ms per task; ratio = etp-codec ops/s ÷ baseline ops/s (median over rounds)`,
    '',
    '| case | op | etp-codec ops/s | baseline | baseline ops/s | ratio | target |',
    '|---|---|---:|---|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.case} | ${r.op} | ${fmt(r.oursOps)} | ${r.baseline} | ${fmt(r.baselineOps)} | ${r.ratio.toFixed(3)}× | ${r.target === undefined ? '' : `≥ ${Number(r.target.toFixed(3))}×${r.note ? ` (${r.note})` : ''} ${r.met ? 'met' : 'MISSED'}`} |`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
await session.cleanup();
await sparkle.cleanup();
await sinkCases.cleanup();

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
  process.stdout.write(JSON.stringify({ idleConnectionBytes: { ws: wsKb, etp: etpKb, aboveWs: etpKb - wsKb } }) + '\n');
} else {
  process.stdout.write(
    [
      '',
      `Idle connection in a server process (${IDLE} held open, heap + external after a full collection, median of 3 rounds):`,
      '',
      '| connection | KB each | target |',
      '|---|---:|---|',
      `| ws connection (baseline) | ${kb(wsKb)} | |`,
      `| handshaken ETP session | ${kb(etpKb)} | |`,
      `| ETP session above ws | ${kb(etpKb - wsKb)} | ≤ 30 KB ${etpKb - wsKb <= 30 * 1024 ? 'met' : 'MISSED'} |`,
    ].join('\n') + '\n',
  );
}
if (json) {
  process.stdout.write(JSON.stringify({ codecCreationMs: creation }) + '\n');
} else {
  process.stdout.write(
    [
      '',
      'Creating a codec with the full built-in catalog (milliseconds, this machine; later codecs: median of 200):',
      '',
      '| what | ms |',
      '|---|---:|',
      `| first ETP 1.2 codec of the process (parses 212 types) | ${creation.first12.toFixed(1)} |`,
      `| first ETP 1.1 codec of the process (parses 85 types) | ${creation.first11.toFixed(1)} |`,
      `| every later codec (shares the parsed catalog, compiles nothing) | ${creation.later.toFixed(3)} |`,
      `| its first ChannelData encode (compiles that one message) | ${creation.firstEncode.toFixed(3)} |`,
    ].join('\n') + '\n',
  );
}
void sink;
