import { appendFileSync, writeFileSync } from 'node:fs';
import { EtpError } from '../errors.js';
import type { Etp11 } from '../schema/index.js';
import type { EtpSession } from '../session/session.js';
import { recordTraffic } from '../session/recording.js';
import { connect } from '../transport/index.js';
import { type Args, commandHelp } from './args.js';
import type { AnyCodec } from '../codec/index.js';
import type { DataValue, DataValueInput } from '../schema/index.js';
import { createSparkleCodec, SPARKLE_OFFER, SparkleClient, type SparkleMessageMap, type SparkleStream } from '../sparkle/index.js';
import { STORE_OFFER, StoreClient } from '../store/index.js';
import { loadChannel, watchChannel } from './connect-channels.js';
import { getResourcesBody, SYNTHETIC_PROTOCOLS } from './synthetic.js';

type Session12 = EtpSession;
type Session11 = EtpSession<Etp11.Etp11MessageMap>;
type Print = (line: string) => void;

/** GetResources on `uri`, one line per resource and a count: ETP 1.2 merges the parts into one list. */
async function resources12(session: Session12, uri: string, print: Print): Promise<void> {
  const response = await session.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', getResourcesBody(uri));
  for (const r of response.body.resources) print(`${r.uri}\t${r.name}`);
  print(`${response.body.resources.length} resources in ${response.count} part(s)`);
}

/** The same in ETP 1.1: one GetResourcesResponse per resource. */
async function resources11(session: Session11, uri: string, print: Print): Promise<void> {
  const response = await session.request('Energistics.Protocol.Discovery.GetResources', { uri });
  const list = response.parts.map((m) => (m.body as Etp11.GetResourcesResponse).resource);
  for (const r of list) print(`${r.uri}\t${r.name}`);
  print(`${list.length} resources in ${response.count} part(s)`);
}

/** Resolves after `count` ChannelData messages, each printed as one line. */
function channelData(session: EtpSession<unknown>, name: string, count: number, describe: (body: unknown) => string, print: Print): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    (session as Session12).on(name as 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
      if (seen >= count) return;
      print(`ChannelData ${++seen}: ${describe(ctx.body)}`);
      if (seen === count) resolve();
    });
  });
}

function items(body: unknown): string {
  const data = (body as { data: { channelId: number }[] }).data;
  return `${data.length} items, channels ${[...new Set(data.map((d) => d.channelId))].join(', ')}`;
}

/** ETP 1.2 streaming: StartStreaming; the producer sends ChannelMetadata, then ChannelData. */
async function stream12(session: Session12, count: number, print: Print): Promise<void> {
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', (ctx) => print(`ChannelMetadata: ${ctx.body.channels.map((c) => `${c.id}=${c.channelName} ${c.uom}`).join(', ')}`));
  const done = channelData(session as EtpSession<unknown>, 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', count, items, print);
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', {});
  await done;
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming', {});
}

/** ETP 1.1 streaming: Start, ChannelDescribe → ChannelMetadata, ChannelStreamingStart → ChannelData. */
async function stream11(session: Session11, count: number, print: Print): Promise<void> {
  session.send('Energistics.Protocol.ChannelStreaming.Start', { maxMessageRate: 1000, maxDataItems: 10_000 });
  const metadata = await session.request('Energistics.Protocol.ChannelStreaming.ChannelDescribe', { uris: ['eml://'] });
  const channels = metadata.body.channels;
  print(`ChannelMetadata: ${channels.map((c) => `${c.channelId}=${c.channelName} ${c.uom}`).join(', ')}`);
  const done = channelData(session as EtpSession<unknown>, 'Energistics.Protocol.ChannelStreaming.ChannelData', count, items, print);
  session.send('Energistics.Protocol.ChannelStreaming.ChannelStreamingStart', {
    channels: channels.map((c) => ({ channelId: c.channelId, startIndex: { item: null }, receiveChangeNotification: false })),
  });
  await done;
  session.send('Energistics.Protocol.ChannelStreaming.ChannelStreamingStop', { channels: channels.map((c) => c.channelId) });
}

/** A DataValue as text: its one item's value. */
function text(v: DataValue): string {
  const item = v.item as Record<string, unknown> | null;
  if (item === null) return 'null';
  const value = Object.values(item)[0];
  return typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : JSON.stringify(value);
}

/** `--param k=v` as a DataValue: a number when it reads as one, else a string. */
function param(p: string): [string, DataValueInput] {
  const eq = p.indexOf('=');
  const [k, v] = eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
  const n = Number(v);
  return [k, { item: v !== '' && Number.isFinite(n) ? (Number.isInteger(n) ? { int: n } : { double: n }) : { string: v } }];
}

/** Sparkle: asks for the sources' streams and prints `items` of them (0: until the session ends), one line each. */
async function sparkle(session: EtpSession<SparkleMessageMap>, args: Args, print: Print): Promise<void> {
  const client = new SparkleClient(session);
  const sources = args.lists['--sparkle']!.map((s) => (s.startsWith('dataSet:') ? { selector: 'dataSet', selectorParameters: { name: { item: { string: s.slice(8) } } } } : s));
  const streams = await client.request({
    sources,
    transform: args.strings['--transform'] ?? 'raw',
    params: Object.fromEntries((args.lists['--param'] ?? []).map(param)),
    credit: args.numbers['--credit'] ?? 100,
  });
  for (const s of streams)
    print(
      `stream ${s.streamId} (${s.streamType}): ${Object.entries(s.metadata)
        .map(([k, v]) => `${k}=${text(v)}`)
        .join(' ')}`,
    );
  const most = args.numbers['--items'] ?? 10;
  let printed = 0;
  await new Promise<void>((resolve, reject) => {
    let open = streams.length;
    const read = async (s: SparkleStream): Promise<void> => {
      for await (const item of s) {
        if (most > 0 && printed >= most) break;
        print('deleted' in item ? `${s.streamId}\tdelete\t${item.key}` : `${s.streamId}\t${item.key ?? ''}\t${text(item.value)}`);
        if (most > 0 && ++printed >= most) break;
      }
      if (--open === 0 || (most > 0 && printed >= most)) resolve();
    };
    for (const s of streams) read(s).catch(reject);
    if (open === 0) resolve();
  });
  for (const s of streams) s.drop();
}

/** `etp-codec connect`: a session with a server, then GetResources and streaming when asked. */
export async function connectCommand(args: Args): Promise<number> {
  const print: Print = (line) => process.stdout.write(`${line}\n`);
  const url = args.inputs[0];
  if (!url) {
    process.stderr.write(`connect needs a ws:// url\n${commandHelp('connect')}\n`);
    return 2;
  }
  let protocols = SYNTHETIC_PROTOCOLS;
  if (args.lists['--protocol']) {
    protocols = [];
    for (const p of args.lists['--protocol']) {
      const m = /^(\d+):(\w+)$/.exec(p);
      if (!m) {
        process.stderr.write(`--protocol takes N:role, e.g. 3:store; got ${p}\n`);
        return 2;
      }
      protocols.push({ protocol: Number(m[1]), role: m[2]! });
    }
  }
  const etp = (args.strings['--etp'] ?? '1.2') as '1.1' | '1.2';
  const wantsSparkle = args.lists['--sparkle'] !== undefined;
  if (wantsSparkle && etp !== '1.2') {
    process.stderr.write('--sparkle needs etp 1.2\n');
    return 2;
  }
  // Only Sparkle, when it is asked for: the session requests that protocol alone unless --protocol says more.
  if (wantsSparkle && !args.lists['--protocol']) protocols = [SPARKLE_OFFER];
  const subscribeTo = args.strings['--subscribe'];
  if (subscribeTo !== undefined && !args.lists['--protocol']) protocols = [{ protocol: 5, role: 'store' }];
  const loadTo = args.strings['--load-channel'];
  const watchOf = args.strings['--watch-channel'];
  if ((loadTo !== undefined || watchOf !== undefined) && !args.lists['--protocol']) protocols = [...STORE_OFFER];
  let session: EtpSession<unknown> | undefined;
  try {
    const connection = await connect<unknown>(url, {
      etp,
      ...(wantsSparkle ? { codec: createSparkleCodec() as AnyCodec } : {}),
      applicationName: 'etp-codec connect',
      ...(args.strings['--record'] ? { onTraffic: recordTraffic(recorder(args.strings['--record'])) } : {}),
      protocols,
      capabilities: args.numbers['--max-message-bytes'] ? { MaxWebSocketMessagePayloadSize: args.numbers['--max-message-bytes'] } : {},
    });
    session = connection.session;
    print(JSON.stringify({ negotiated: connection.negotiated }, null, 2));
    const uri = args.strings['--get-resources'];
    if (uri !== undefined) {
      if (etp === '1.1') await resources11(session as Session11, uri, print);
      else await resources12(session as Session12, uri, print);
    }
    if (wantsSparkle) await sparkle(session as EtpSession<SparkleMessageMap>, args, print);
    if (subscribeTo !== undefined) await watch(session as EtpSession, subscribeTo, args.numbers['--items'] ?? 10, print);
    if (loadTo !== undefined) await loadChannel(session as EtpSession, loadTo, args.numbers['--points'], process.stdin, print);
    if (watchOf !== undefined)
      await watchChannel(session as EtpSession, watchOf, args.numbers['--items'] ?? 10, args.strings['--from'] === undefined ? undefined : Number(args.strings['--from']), print);
    const count = args.numbers['--stream'];
    if (count !== undefined && count > 0) {
      if (etp === '1.1') await stream11(session as Session11, count, print);
      else await stream12(session as Session12, count, print);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof EtpError ? `${err.code}: ` : ''}${(err as Error).message}\n`);
    return 1;
  } finally {
    // Closed on every path: an open socket would keep the process alive.
    session?.close('etp-codec connect done');
  }
}

/** Appends lines to a recording file, synchronously (a recording survives the process ending mid-session). */
function recorder(file: string): (line: string) => void {
  writeFileSync(file, '');
  return (line) => appendFileSync(file, line);
}

/** Prints a store's changes about `uri`, one JSON line each (bytes as their length), `items` of them (0: until the store ends the subscription). */
async function watch(session: EtpSession, uri: string, items: number, print: Print): Promise<void> {
  const sub = new StoreClient(session).subscribe(uri, { includeObjectData: false });
  await sub.ready;
  print(JSON.stringify({ subscribed: uri, requestUuid: sub.requestUuid }));
  let n = 0;
  for await (const change of sub) {
    const shown = change.kind === 'changed' ? { ...change, dataObject: { ...change.dataObject, data: { bytes: change.dataObject.data.length } } } : change;
    print(JSON.stringify(shown));
    if (items > 0 && ++n >= items) break;
  }
  if (sub.endReason !== undefined) print(JSON.stringify({ ended: sub.endReason }));
}
