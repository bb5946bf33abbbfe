import { createInterface } from 'node:readline';
import { EtpError } from '../errors.js';
import { parseUri } from '../schema/index.js';
import type { EtpSession } from '../session/session.js';
import { channelXml, type ChannelPointItem, dataObjectRecord, StoreClient } from '../store/index.js';

// `connect --load-channel` and `--watch-channel`: a producer loading a channel of a store
// (ChannelDataLoad) and a consumer printing a channel's points as they come (ChannelSubscribe).

type Print = (line: string) => void;

/** Points made up for a log: a depth every 0.1 m from 1,000 m, a gamma ray that wanders. */
export function* syntheticLog(channelId: number, count: number, first = 0): Generator<ChannelPointItem> {
  for (let i = first; i < first + count; i++) yield { channelId, index: 1000 + i / 10, value: { item: { double: Math.round((60 + 40 * Math.sin(i / 50) + 5 * Math.sin(i / 3)) * 100) / 100 } } };
}

/** Points read from lines `INDEX VALUE` (or `INDEX,VALUE`): a number value is a double, anything else a string. */
async function* linesOf(channelId: number, input: NodeJS.ReadableStream): AsyncGenerator<ChannelPointItem> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const m = /^\s*([^\s,]+)[\s,]+(.*?)\s*$/.exec(line);
    if (!m) continue;
    const index = Number(m[1]);
    if (!Number.isFinite(index)) throw new EtpError('INVALID_INPUT', `not an index: ${m[1]}`);
    const n = Number(m[2]);
    yield { channelId, index, value: { item: m[2] !== '' && Number.isFinite(n) ? { double: n } : { string: m[2]! } } };
  }
}

/** The channel's id: opened, after putting a minimal Channel object when the store holds none at `uri`. */
async function open(client: StoreClient, uri: string, print: Print): Promise<number> {
  let opened = await client.openChannels([uri]);
  if (opened.errors.get(uri)?.code === 11) {
    const u = parseUri(uri);
    if (u.kind !== 'dataObject') throw new EtpError('INVALID_URI', `${uri} is not a Channel data object uri`);
    if (u.dataspace) (await client.putDataspaces([u.dataspace])).orThrow();
    (await client.putDataObjects([dataObjectRecord(uri, channelXml({ uuid: u.uuid, mnemonic: 'GR', uom: 'gAPI' }))])).orThrow();
    print(JSON.stringify({ put: uri }));
    opened = await client.openChannels([uri]);
  }
  return Number(opened.orThrow().get(uri)!.id);
}

/** Loads points into the channel at `uri`: `count` made up, or lines from `input`; prints what was sent. */
export async function loadChannel(session: EtpSession, uri: string, count: number | undefined, input: NodeJS.ReadableStream, print: Print): Promise<void> {
  const client = new StoreClient(session);
  const id = await open(client, uri, print);
  print(JSON.stringify({ opened: uri, channelId: id }));
  let points = 0;
  const counted = async function* (source: Iterable<ChannelPointItem> | AsyncIterable<ChannelPointItem>): AsyncGenerator<ChannelPointItem> {
    for await (const p of source) {
      points++;
      yield p;
    }
  };
  // appendPoints takes an iterable: an async source is sent in slices of 10,000.
  const source = counted(count !== undefined ? syntheticLog(id, count) : linesOf(id, input));
  let messages = 0;
  for (;;) {
    const slice: ChannelPointItem[] = [];
    // next() by hand: breaking out of a for-await would close the source.
    for (let r = await source.next(); !r.done; r = await source.next()) {
      slice.push(r.value);
      if (slice.length >= 10_000) break;
    }
    if (slice.length === 0) break;
    messages += await client.appendPoints(slice);
  }
  print(JSON.stringify({ loaded: uri, channelId: id, points, messages }));
}

/** Prints the channel's points (from its first, then as they come) as JSON lines, `items` of them (0: until Ctrl-C). */
export async function watchChannel(session: EtpSession, uri: string, items: number, from: number | undefined, print: Print): Promise<void> {
  const client = new StoreClient(session);
  const meta = (await client.getChannelMetadata([uri])).orThrow().get(uri)!;
  const id = Number(meta.id);
  const start = from ?? (meta.indexes[0]?.interval.startIndex.item ? Number(Object.values(meta.indexes[0].interval.startIndex.item)[0]) : undefined);
  const feed = client.channelEvents();
  (await client.subscribeChannels([{ channelId: id, ...(start !== undefined ? { from: start } : {}) }])).orThrow();
  print(JSON.stringify({ watching: uri, channelId: id, channel: meta.channelName, uom: meta.uom, index: meta.indexes[0]?.indexKind, from: start ?? 'next' }));
  let n = 0;
  for await (const e of feed) {
    if (e.kind !== 'data') {
      print(JSON.stringify(e));
      if (e.kind === 'stopped') return;
      continue;
    }
    for (const p of e.points) {
      print(JSON.stringify({ index: p.index, value: Object.values(p.value.item ?? { null: null })[0] }));
      if (items > 0 && ++n >= items) return;
    }
  }
}
