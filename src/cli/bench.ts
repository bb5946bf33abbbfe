import { readFileSync, writeFileSync } from 'node:fs';
import type avsc from 'avsc';
import { EtpError } from '../errors.js';
import { type AnyCodec, createCodec, type EtpMessage } from '../codec/index.js';
import type { AvroType } from '../schema/avro.js';
import { BUILTIN_BUNDLES } from '../schema/builtin.js';
import { readBundle } from '../schema/bundle.js';
import { branchName, branchOfKey, nullableIndex } from '../schema/type-rules.js';
import { MessageFlags } from '../wire/flags.js';
import type { Args } from './args.js';
import { type BenchResult, type BenchRow, type Contender, markdownTable, runBench, svgChart } from './bench-harness.js';
import { CHANNELS, syntheticResources, syntheticUri, T0_US } from './synthetic.js';

// `etp-codec bench`: a message (the built-in shapes, or the user's own) encoded and decoded by
// etp-codec against avsc doing the same work (header + body into a scratch buffer, one copy out;
// header then body decoded from the frame) and against JSON (the message's interchange form).

const FIN = MessageFlags.FinalPart;

/** A message to time, how many operations one timed call batches, and which extra baselines it gets. */
export interface Shape {
  name: string;
  message: EtpMessage;
  times: number;
  /** Also against avsc on the body alone (no header, into scratch, no copy out; fromBuffer): the raw codec speed. */
  bodyOnly?: boolean;
  /** Also against making the payload's bytes once (Buffer.from): the physical limit of a large blob. */
  raw?: boolean;
}

/** The built-in shapes: realistic messages of ETP 1.2, and how many operations one timed call batches. */
export function builtinShapes(): Shape[] {
  const channelData = (n: number): EtpMessage => ({
    header: { protocol: 1, messageType: 2, correlationId: 0, messageId: 3, messageFlags: FIN },
    body: {
      data: Array.from({ length: n }, (_, i) => ({
        channelId: i % CHANNELS.length,
        indexes: [{ item: { long: T0_US + i * 1_000_000 } }],
        value: { item: { double: 1000 + Math.sin(i / 10) * 25 } },
        valueAttributes: [],
      })),
    },
  });
  const requestSession: EtpMessage = {
    header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN },
    body: {
      applicationName: 'etp-codec bench client',
      applicationVersion: '0.1.0',
      clientInstanceId: '6f1c5a52-8a1e-4f6b-9d43-2b1e0c7a9f10',
      requestedProtocols: [1, 3, 4].map((protocol) => ({
        protocol,
        protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 },
        role: protocol === 1 ? 'producer' : 'store',
        protocolCapabilities: {},
      })),
      supportedDataObjects: [{ qualifiedType: 'witsml20.*', dataObjectCapabilities: {} }],
      supportedCompression: ['gzip'],
      supportedFormats: ['xml'],
      currentDateTime: T0_US,
      earliestRetainedChangeTime: 0,
      serverAuthorizationRequired: false,
      endpointCapabilities: { MaxWebSocketMessagePayloadSize: { item: { long: 16_000_000 } } },
    },
  };
  const resources: EtpMessage = {
    header: { protocol: 3, messageType: 4, correlationId: 2, messageId: 5, messageFlags: FIN },
    body: { resources: syntheticResources(1000) },
  };
  const uri = syntheticUri('Log', 'Synthetic well 0 ST00 time log');
  const xml = logXml(1_000_000);
  const dataObjects: EtpMessage = {
    header: { protocol: 4, messageType: 4, correlationId: 2, messageId: 5, messageFlags: FIN },
    body: {
      dataObjects: {
        '1': {
          resource: { ...syntheticResources(1)[0]!, uri, name: 'Synthetic well 0 ST00 time log' },
          format: 'xml',
          blobId: null,
          data: new TextEncoder().encode(xml),
        },
      },
    },
  };
  return [
    { name: 'ChannelData 10 items', message: channelData(10), times: 20, bodyOnly: true },
    { name: 'ChannelData 100 items', message: channelData(100), times: 4, bodyOnly: true },
    { name: 'ChannelData 1000 items', message: channelData(1000), times: 1, bodyOnly: true },
    { name: 'RequestSession', message: requestSession, times: 50 },
    { name: 'GetResourcesResponse 1000 resources', message: resources, times: 1 },
    { name: 'GetDataObjectsResponse 1 MB of XML', message: dataObjects, times: 1, raw: true },
  ];
}

/** A WITSML 2.0 time log of about `size` bytes: what a GetDataObjectsResponse carries. */
function logXml(size: number): string {
  const head =
    '<?xml version="1.0" encoding="utf-8"?>\n<Log xmlns="http://www.energistics.org/energyml/data/witsmlv2" schemaVersion="2.0" uuid="7d2b9c1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e">\n<Citation><Title>Synthetic well 0 ST00 time log</Title></Citation>\n<LogData><Data>\n';
  const rows: string[] = [];
  let length = head.length;
  for (let i = 0; length < size - 40; i++) {
    const row = `<Row>${new Date(Date.UTC(2025, 10, 22) + i * 1000).toISOString()},${(1000 + Math.sin(i / 10) * 25).toFixed(3)},${(12.5 + i * 0.001).toFixed(3)}</Row>\n`;
    rows.push(row);
    length += row.length;
  }
  return `${head + rows.join('')}</Data></LogData>\n</Log>\n`;
}

/** The message's values as avsc holds them: Uuid and bytes as Buffers (walked by the schema). */
function toAvsc(t: AvroType, v: unknown): unknown {
  switch (t.typeName) {
    case 'fixed':
    case 'bytes':
      if (typeof v === 'string') return Buffer.from(v.replace(/-/g, ''), 'hex');
      return Buffer.from(v as Uint8Array);
    case 'array':
      return (v as unknown[]).map((x) => toAvsc(t.itemsType, x));
    case 'map':
      return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, toAvsc(t.valuesType, x)]));
    case 'record':
    case 'error':
      return Object.fromEntries(t.fields.map((f) => [f.name, toAvsc(f.type, (v as Record<string, unknown>)[f.name] ?? f.default)]));
    case 'union': {
      if (v === null || v === undefined) return null;
      const nullAt = nullableIndex(t);
      if (nullAt >= 0) {
        const b = t.types[1 - nullAt]!;
        return { [branchName(b)]: toAvsc(b, v) };
      }
      const [key, x] = Object.entries(v as object)[0]!;
      const b = t.types[branchOfKey(t, key)]!;
      return { [branchName(b)]: toAvsc(b, x) };
    }
    default:
      return v;
  }
}

/**
 * avsc, the baseline: not a dependency of the library (a user who embeds the codec never loads
 * it), an optional peer of the `bench` command, loaded when it runs.
 */
async function loadAvsc(): Promise<typeof avsc> {
  try {
    return ((await import('avsc')) as unknown as { default: typeof avsc }).default;
  } catch (err) {
    throw new EtpError('INVALID_OPTION', 'etp-codec bench measures against avsc, which is not installed: npm install avsc@5.7.9', { cause: err });
  }
}

/** avsc's parse of the bundles (wrapped unions), for the baselines. */
async function avscTypes(bundles: readonly unknown[]): Promise<Record<string, avsc.Type>> {
  const avsc = await loadAvsc();
  const registry: Record<string, avsc.Type> = {};
  for (const source of bundles) {
    const b = readBundle(source as never);
    for (const t of b.types) avsc.Type.forSchema(t as avsc.Schema, { registry, namespace: b.namespace, wrapUnions: true });
  }
  return registry;
}

/** The rows of one message: encode and decode, against avsc doing the same work and against JSON. */
export function messageRows(codec: AnyCodec, avscRegistry: Record<string, avsc.Type>, shape: Shape): BenchRow[] {
  const { name, message, times, raw = false, bodyOnly = false } = shape;
  const info = codec.lookup(message.header);
  const bodyType = avscRegistry[info.name];
  const headerType = avscRegistry[Object.keys(avscRegistry).find((n) => n.endsWith('.MessageHeader'))!];
  const frame = codec.encode(message);
  const rows: BenchRow[] = [];
  const encode: Contender = { name: 'etp-codec encode', times, fn: () => codec.encode(message) };
  const decode: Contender = { name: 'etp-codec decode', times, fn: () => codec.decode(frame) };
  if (bodyType && headerType) {
    const body = toAvsc(info.type, message.body);
    const scratch = Buffer.alloc(2 * frame.length + 65_536);
    const header = message.header;
    const buf = Buffer.from(frame.buffer, frame.byteOffset, frame.length);
    const avscEncode: Contender = {
      name: 'avsc encode (header + body, scratch, one copy out)',
      times,
      fn: () => Buffer.from(scratch.subarray(0, bodyType.encode(body, scratch, headerType.encode(header, scratch, 0)))),
    };
    const avscDecode: Contender = { name: 'avsc decode (header, then body)', times, fn: () => bodyType.decode(buf, headerType.decode(buf, 0).offset).value };
    rows.push({ case: name, op: 'encode', ours: encode, baseline: avscEncode, target: 1.2 }, { case: name, op: 'decode', ours: decode, baseline: avscDecode, target: 1.2 });
    if (bodyOnly) {
      const bodyBytes = bodyType.toBuffer(body);
      rows.push(
        { case: name, op: 'encode', ours: encode, baseline: { name: 'avsc encode (body only, scratch, no copy)', times, fn: () => bodyType.encode(body, scratch, 0) }, target: 2.5 },
        { case: name, op: 'decode', ours: decode, baseline: { name: 'avsc fromBuffer (body only)', times, fn: () => bodyType.fromBuffer(bodyBytes) }, target: 1.8 },
      );
    }
  }
  const text = JSON.stringify(codec.toJSON(message));
  const json = JSON.parse(text) as unknown;
  rows.push(
    { case: name, op: 'encode', ours: encode, baseline: { name: 'JSON.stringify (interchange form)', times, fn: () => JSON.stringify(json) }, target: 4 },
    { case: name, op: 'decode', ours: decode, baseline: { name: 'JSON.parse (interchange form)', times, fn: () => JSON.parse(text) }, target: 3 },
  );
  if (raw) {
    // The physical limit of a payload of bytes: making them once.
    const body = message.body as { dataObjects: Record<string, { data: Uint8Array }> };
    const data = Object.values(body.dataObjects)[0]!.data;
    const xml = new TextDecoder().decode(data);
    rows.push(
      { case: name, op: 'encode', ours: encode, baseline: { name: 'Buffer.from(xml string)', times, fn: () => Buffer.from(xml) }, target: 1 },
      { case: name, op: 'encode', ours: encode, baseline: { name: 'Buffer.from(bytes) (one copy)', times, fn: () => Buffer.from(data) } },
      { case: name, op: 'decode', ours: decode, baseline: { name: 'Buffer.from(bytes) (one copy)', times, fn: () => Buffer.from(data) }, target: 1 },
    );
  }
  return rows;
}

let sinkValue: unknown;

/**
 * Every contender's function does one operation; batched here, `times` per call (the same for
 * both sides of a row), so that operations well under a microsecond are not drowned by timing.
 */
export function batched(rows: readonly BenchRow[]): BenchRow[] {
  const done = new Map<Contender, Contender>();
  const wrap = (c: Contender): Contender => {
    let w = done.get(c);
    if (!w) {
      const once = c.fn;
      const times = c.times;
      w =
        times === 1
          ? c
          : {
              ...c,
              fn: () => {
                for (let i = 0; i < times; i++) sinkValue = once();
              },
            };
      done.set(c, w);
    }
    return w;
  };
  void sinkValue;
  return rows.map((r) => ({ ...r, ours: wrap(r.ours), baseline: wrap(r.baseline) }));
}

/** The rows of the built-in shapes (ETP 1.2 catalog). */
export async function shapeRows(): Promise<BenchRow[]> {
  const codec = createCodec();
  const avscRegistry = await avscTypes(BUILTIN_BUNDLES['1.2']);
  return batched(builtinShapes().flatMap((s) => messageRows(codec, avscRegistry, s)));
}

/** `etp-codec bench`: the built-in shapes, or --message (interchange JSON) over --schema/--extend bundles. */
export async function bench(args: Args, print: (s: string) => void): Promise<number> {
  const schemas = args.lists['--schema'] ?? [];
  const extend = args.lists['--extend'] ?? [];
  const etp = (args.strings['--etp'] as '1.1' | '1.2' | undefined) ?? '1.2';
  let rows: BenchRow[];
  let about: { name: string; bytes: number } | undefined;
  const file = args.strings['--message'];
  if (file === undefined) {
    if (schemas.length || extend.length) throw new Error('--schema and --extend go with --message');
    rows = await shapeRows();
  } else {
    const codec = createCodec({ schemas: schemas.length ? schemas : undefined, extend, etp: schemas.length ? undefined : etp });
    const message = codec.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
    const size = codec.encode(message).length;
    const times = Math.max(1, Math.min(100, Math.round(20_000 / size)));
    const registry = await avscTypes(schemas.length ? [...schemas, ...extend] : [...BUILTIN_BUNDLES[codec.options.etp], ...extend]);
    // The project's own targets are about its built-in shapes: a user's message is measured, not judged.
    rows = batched(messageRows(codec, registry, { name: codec.lookup(message.header).name.split('.').pop()!, message, times })).map(({ target: _t, ...row }) => row);
    about = { name: codec.lookup(message.header).name, bytes: size };
  }
  const results = await runBench(rows, { rounds: args.numbers['--rounds'] ?? 5, timeMs: args.numbers['--time-ms'] ?? 150 });
  if (args.strings['--json'] !== undefined) {
    print(JSON.stringify(about ? { message: about, results } : results, null, 2));
  } else {
    if (about) {
      const nsPerOp = (op: string): string => {
        const r = results.find((x) => x.op === op);
        return r ? `${(1e9 / r.oursOps).toFixed(0)} ns` : '—';
      };
      print(`${about.name}: ${about.bytes} bytes as a frame; etp-codec encode ${nsPerOp('encode')}, decode ${nsPerOp('decode')} per message (median of rounds)\n`);
    }
    print(markdownTable(results));
    // A ratio that moved a lot between rounds says more about the machine than about the codec.
    const spread = results.filter((r) => r.high > 1.5 * r.low);
    if (spread.length) {
      const lo = Math.min(...spread.map((r) => r.low));
      const hi = Math.max(...spread.map((r) => r.high));
      print(
        `\nwarning: ${spread.length} of ${results.length} ratios moved by more than 1.5× between rounds (from ${lo.toFixed(2)} to ${hi.toFixed(2)}): the machine was busy; quote them with care, or run again with more --rounds`,
      );
    }
  }
  const svg = args.strings['--svg'];
  if (svg) writeFileSync(svg, svgChart(results, 'etp-codec: ops/s ratio to each baseline (median of rounds)'));
  return 0;
}

export type { BenchResult };
