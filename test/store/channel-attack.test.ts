import type { ChildProcess } from 'node:child_process';
import { v4 as uuidv4 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channelXml, dataObjectRecord, StoreClient, type ChannelPointItem } from '../../src/store/index.js';
import { codec, FIN, requestSession } from '../helpers/raw-peer.js';
import { RawWs } from '../helpers/raw-ws.js';
import { cappedStore } from './helpers.js';
import { DS } from './fixtures.js';

// Channels against `serve --store` in its own process with a capped heap: a subscriber that stops
// reading while a producer loads half a million points, and a producer that floods ChannelData
// without waiting. The server's memory stays bounded and a bystander is served after each.

const RSS_MB = 512;
let server: ChildProcess;
let url = '';
let peakRssMb: () => number;

beforeAll(async () => {
  ({ server, url, peakRssMb } = await cappedStore());
});
afterAll(() => server?.kill('SIGKILL'));
const points = (channelId: number, from: number, n: number): ChannelPointItem[] =>
  Array.from({ length: n }, (_, i) => ({ channelId, index: from + i, value: { item: { string: `sample ${from + i} `.padEnd(200, '.') } } }));

async function openChannel(producer: StoreClient): Promise<number> {
  return (await openChannelUri(producer)).id;
}

async function openChannelUri(producer: StoreClient): Promise<{ id: number; uri: string }> {
  (await producer.putDataspaces([DS])).orThrow();
  const uuid = uuidv4();
  const uri = `eml:///dataspace('${DS}')/witsml21.Channel(${uuid})`;
  (await producer.putDataObjects([dataObjectRecord(uri, channelXml({ uuid, mnemonic: 'LITH', dataKind: 'string' }))])).orThrow();
  return { uri, id: Number((await producer.openChannels([uri])).orThrow().get(uri)!.id) };
}

async function bystanderServed(): Promise<void> {
  const bystander = await StoreClient.connect(url);
  expect((await bystander.getDataspaces()).map((d) => d.path)).toContain(DS);
  bystander.close();
  expect(server.exitCode).toBeNull();
  expect(peakRssMb()).toBeLessThan(RSS_MB);
}

it('a subscriber that stops reading while 500,000 points (100 MB of strings) are loaded falls behind without being buffered; the producer is not held up; it reads on in order', async () => {
  const producer = await StoreClient.connect(url);
  const id = await openChannel(producer);
  const attacker = await RawWs.open(Number(new URL(url).port));
  attacker.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 21, role: 'store' }]) }));
  await attacker.until(() => attacker.messages().length >= 1);
  const subscribe = { channels: { a: { channelId: id, startIndex: { item: { double: 0 } }, dataChanges: true, requestLatestIndexCount: null } } };
  attacker.send(codec.encode({ header: { protocol: 21, messageType: 3, correlationId: 0, messageId: 4, messageFlags: FIN }, body: subscribe }));
  await attacker.until(() => attacker.messages().length >= 2);
  expect(codec.decode(attacker.messages()[1]!).name).toMatch(/SubscribeChannelsResponse$/);
  attacker.socket.pause();
  for (let from = 0; from < 500_000; from += 20_000) await producer.appendPoints(points(id, from, 20_000));
  await bystanderServed();
  // It reads again: the points come in order, from the first, as fast as it reads.
  attacker.socket.resume();
  const indexes = (): number[] =>
    attacker
      .messages()
      .map((m) => codec.decode(m))
      .filter((m) => m.name.endsWith('ChannelSubscribe.ChannelData'))
      .flatMap((m) => (m.body as { data: { indexes: { item: { double: number } }[] }[] }).data.map((d) => d.indexes[0]!.item.double));
  await attacker.until(() => indexes().length >= 50_000, 30_000);
  const got = indexes();
  expect(got.slice(0, 50_000)).toEqual(Array.from({ length: 50_000 }, (_, i) => i));
  console.info(`slow channel subscriber: ${got.length} points read after resuming, server peak RSS ${Math.round(peakRssMb())} MB`);
  attacker.destroy();
  producer.close();
}, 120_000);

it("a producer that sends 3,000 ChannelData messages (60 MB) without waiting: each kept in order or refused with 12 (past the session's queue), nothing else; a bystander is served", async () => {
  const codes: number[] = [];
  const producer = await StoreClient.connect(url, { onReport: (r) => void (r.kind === 'protocol-exception' && codes.push(Number(/ProtocolException (\d+)/.exec(r.message)?.[1]))) });
  const { id, uri } = await openChannelUri(producer);
  for (let m = 0, from = 0; m < 3000; m++, from += 100) {
    producer.session.send('Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData', {
      data: points(id, from, 100).map((p) => ({ channelId: p.channelId, indexes: [{ item: { double: p.index } }], value: p.value as never, valueAttributes: [] })),
    });
  }
  // Answered after everything before it was handled (or refused).
  await producer.session.request('Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels', { uris: {} }, { timeoutMs: 60_000 });
  expect(codes.every((c) => c === 12)).toBe(true);
  const reader = await StoreClient.connect(url);
  const meta = (await reader.getChannelMetadata([uri])).orThrow().get(uri)!;
  // Kept: every message not refused (a refused one leaves a gap the producer was told of).
  const kept = await reader.getRanges([id], { start: 0, end: 999.5 });
  if (codes.length === 0) {
    expect(meta.indexes[0]!.interval.endIndex.item).toEqual({ double: 299_999 });
    expect(kept.points.map((p) => p.index)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  }
  await bystanderServed();
  console.info(`flooding producer: ${codes.length} of 3000 ChannelData refused with 12, server peak RSS ${Math.round(peakRssMb())} MB`);
  reader.close();
  producer.close();
}, 120_000);
