import { beforeEach, describe, expect, it } from 'vitest';
import { v4 as uuidv4 } from 'uuid';
import { channelXml, dataObjectRecord, StoreClient, StoreServer, type ChannelEvent, type ChannelFeed, type ChannelPointItem } from '../../src/store/index.js';
import { DS } from './fixtures.js';
import { BACKENDS, newStorage, SMALL, storePair, useBackend } from './helpers.js';
import { sessionPair } from '../helpers/session-pair.js';
import { STORE_OFFER } from '../../src/store/index.js';

// Channels through the store: a producer loads points with ChannelDataLoad (22), a consumer reads
// them with ChannelSubscribe (21) — two sessions on one store, in memory with 16 KiB messages.

const channelUri = (uuid: string): string => `eml:///dataspace('${DS}')/witsml21.Channel(${uuid})`;

async function setup(options: Partial<ConstructorParameters<typeof StoreServer>[0]> = {}, channels = 1, indexKind = 'measured depth') {
  const store = new StoreServer({ storage: newStorage(), ...options });
  const producerPair = await storePair(store);
  const producer = new StoreClient(producerPair.client);
  const consumer = new StoreClient((await storePair(store)).client);
  await producer.putDataspaces([DS]);
  const uris: string[] = [];
  for (let i = 0; i < channels; i++) {
    const uuid = uuidv4();
    uris.push(channelUri(uuid));
    (await producer.putDataObjects([dataObjectRecord(channelUri(uuid), channelXml({ uuid, mnemonic: `C${i}`, uom: 'gAPI', indexKind }))])).orThrow();
  }
  const opened = await producer.openChannels(uris);
  const meta = (await consumer.getChannelMetadata(uris)).orThrow();
  const ids = uris.map((u) => Number((opened.values.get(u) ?? meta.get(u))!.id));
  return { store, producer, consumer, uris, ids, reports: producerPair.reports };
}

const points = (channelId: number, from: number, n: number): ChannelPointItem[] => Array.from({ length: n }, (_, i) => ({ channelId, index: from + i, value: { item: { double: (from + i) / 2 } } }));

/** Reads the feed until `until` says enough; returns what it read. */
async function read(feed: ChannelFeed, until: (seen: ChannelEvent[]) => boolean): Promise<ChannelEvent[]> {
  const seen: ChannelEvent[] = [];
  if (until(seen)) return seen;
  for await (const e of feed) {
    seen.push(e);
    if (until(seen)) break;
  }
  return seen;
}
const dataOf = (events: ChannelEvent[]): ChannelPointItem[] => events.flatMap((e) => (e.kind === 'data' ? e.points : []));
const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

for (const [name, make] of BACKENDS) {
  describe(`channels through the store on ${name}`, () => {
    beforeEach(() => useBackend(make));

    it('a consumer subscribed from index 0 while a producer loads 100,000 points sees each once, in order, across the history/live seam', async () => {
      const { producer, consumer, ids } = await setup();
      const [id] = ids as [number];
      await producer.appendPoints(points(id, 0, 30_000), { pointsPerMessage: 1000 });
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: id, from: 0 }])).orThrow();
      const total = 100_000;
      const reading = read(feed, (seen) => dataOf(seen).length >= total);
      for (let from = 30_000; from < total; from += 1000) await producer.appendPoints(points(id, from, 1000));
      const got = dataOf(await reading);
      expect(got.length).toBe(total);
      expect(got.every((p, i) => p.index === i && p.channelId === id && (p.value.item as { double: number }).double === i / 2)).toBe(true);
      await settle();
      expect(await Promise.race([read(feed, (s) => s.length >= 1), settle().then(() => 'nothing more')])).toBe('nothing more');
    }, 60_000);

    it('metadata: the id, the index kind, unit and interval read from the Channel object and its points; an unknown or non-channel URI fails', async () => {
      const { producer, consumer, uris, ids } = await setup();
      await producer.appendPoints(points(ids[0]!, 10, 5));
      await settle();
      const meta = await consumer.getChannelMetadata([...uris, channelUri(uuidv4()), `eml:///dataspace('${DS}')/resqml20.obj_LocalDepth3dCrs(${uuidv4()})`]);
      const m = meta.values.get(uris[0]!)!;
      expect(Number(m.id)).toBe(ids[0]);
      expect(m.channelName).toBe('C0');
      expect(m.dataKind).toBe('typeDouble');
      expect(m.uom).toBe('gAPI');
      expect(m.indexes[0]!.indexKind).toBe('MeasuredDepth');
      expect(m.indexes[0]!.uom).toBe('m');
      expect(m.indexes[0]!.interval.startIndex.item).toEqual({ double: 10 });
      expect(m.indexes[0]!.interval.endIndex.item).toEqual({ double: 14 });
      expect([...meta.errors.values()].map((e) => e.code)).toEqual([11, 5]);
    });

    it('a time-indexed channel keeps its indexes as longs (microseconds)', async () => {
      const { producer, consumer, ids } = await setup({}, 1, 'date time');
      const t0 = 1_767_225_600_000_000;
      await producer.appendPoints([0, 1, 2].map((i) => ({ channelId: ids[0]!, index: t0 + i, value: { item: { long: i } } })));
      await settle();
      const { points: got, complete } = await consumer.getRanges([ids[0]!], { start: t0 + 1 });
      expect(complete).toBe(true);
      expect(got.map((p) => [p.index, p.value.item])).toEqual([
        [t0 + 1, { long: 1 }],
        [t0 + 2, { long: 2 }],
      ]);
    });

    it('every value kind a point may hold comes back as it went', async () => {
      const { producer, consumer, ids } = await setup();
      const values = [
        { double: 1.5 },
        { double: Number.NaN },
        { float: 2.5 },
        { int: -3 },
        { long: 9_007_199_254_740_991 },
        { string: 'dolomite' },
        { boolean: true },
        { boolean: false },
        null,
        { bytes: new Uint8Array([0, 1, 255]) },
        { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: [1, 2, Number.POSITIVE_INFINITY] } },
        { string: '' },
      ];
      await producer.appendPoints(values.map((item, i) => ({ channelId: ids[0]!, index: i, value: { item } })));
      await settle();
      const { points: got } = await consumer.getRanges(ids);
      // Bytes come back as the codec gives bytes (a Buffer here): compared as plain bytes.
      const plain = (v: unknown): unknown => (v && typeof v === 'object' && 'bytes' in v ? { bytes: Uint8Array.from((v as { bytes: Uint8Array }).bytes) } : v);
      expect(got.map((p) => plain(p.value.item))).toEqual(values);
    });

    it('a point out of order, of a channel not open, or larger than maxPointBytes is refused with its code; nothing of its message is kept', async () => {
      const { producer, consumer, ids, reports } = await setup({ maxPointBytes: 1024 });
      const id = ids[0]!;
      await producer.appendPoints(points(id, 0, 10));
      await producer.appendPoints([...points(id, 10, 3), { channelId: id, index: 5, value: { item: { double: 0 } } }]);
      await producer.appendPoints([{ channelId: id, index: 20, value: { item: { string: 'x'.repeat(600) } } }]);
      producer.session.send('Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData', {
        data: [{ channelId: id + 1000, indexes: [{ item: { double: 30 } }], value: { item: null }, valueAttributes: [] }],
      });
      await settle();
      const codes = reports.client.filter((r) => r.kind === 'protocol-exception').map((r) => /ProtocolException (\d+)/.exec(r.message)![1]);
      expect(codes).toEqual(['5', '17', '1002']);
      expect((await consumer.getRanges([id])).points.map((p) => p.index)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    });

    it('bounds at their edge: maxPointBytes (a point of exactly the bound is kept, one character more refused), maxOpenChannels, maxChannelSubscriptions', async () => {
      const { producer, consumer, uris, ids, reports } = await setup({ maxPointBytes: 1024, maxOpenChannels: 2, maxChannelSubscriptions: 2 }, 3);
      // Kept as 's' and the string: 512 characters, 1,024 bytes.
      await producer.appendPoints([{ channelId: ids[0]!, index: 1, value: { item: { string: 'x'.repeat(511) } } }]);
      await producer.appendPoints([{ channelId: ids[0]!, index: 2, value: { item: { string: 'x'.repeat(512) } } }]);
      expect(reports.client.filter((r) => r.kind === 'protocol-exception').map((r) => /ProtocolException (\d+)/.exec(r.message)![1])).toEqual(['17']);
      expect((await consumer.getRanges([ids[0]!])).points.map((p) => p.index)).toEqual([1]);
      // setup opened three channels with a bound of two: the third was refused.
      const again = await producer.openChannels(uris);
      expect([...again.values.keys()]).toEqual(uris.slice(0, 2));
      expect(again.errors.get(uris[2]!)?.code).toBe(12);
      const subs = await consumer.subscribeChannels(ids.map((channelId) => ({ channelId })));
      expect([...subs.values.keys()]).toEqual(ids.slice(0, 2).map(String));
      expect(subs.errors.get(String(ids[2]))?.code).toBe(12);
    });

    it('a replaced range reaches a subscriber as RangeReplaced with what the range holds now; the rest through the data that follows', async () => {
      const { producer, consumer, ids } = await setup();
      const id = ids[0]!;
      await producer.appendPoints(points(id, 0, 20));
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: id, from: 0 }])).orThrow();
      expect(dataOf(await read(feed, (s) => dataOf(s).length >= 20)).length).toBe(20);
      const time = await producer.replaceRange([id], 5, 25, [
        { channelId: id, index: 7.5, value: { item: { double: -1 } } },
        { channelId: id, index: 25, value: { item: { double: -2 } } },
      ]);
      const events = await read(feed, (s) => s.some((e) => e.kind === 'data'));
      expect(events[0]).toEqual({ kind: 'replaced', channelIds: [id], start: 5, end: 19, changeTime: time, points: [{ channelId: id, index: 7.5, value: { item: { double: -1 } } }] });
      expect(dataOf(events)).toEqual([{ channelId: id, index: 25, value: { item: { double: -2 } } }]);
      expect((await consumer.getRanges([id])).points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 7.5, 25]);
    });

    it('truncation reaches a subscriber as ChannelsTruncated; points loaded after it come through', async () => {
      const { producer, consumer, ids } = await setup();
      const id = ids[0]!;
      await producer.appendPoints(points(id, 0, 10));
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: id, from: 0 }])).orThrow();
      await read(feed, (s) => dataOf(s).length >= 10);
      const t = (await producer.truncateChannels([{ channelId: id, newEnd: 4 }])).orThrow();
      await producer.appendPoints(points(id, 5, 3));
      const events = await read(feed, (s) => dataOf(s).length >= 3);
      expect(events[0]).toEqual({ kind: 'truncated', channels: [{ channelId: id, newEnd: 4 }], changeTime: t.get(String(id)) });
      expect(dataOf(events).map((p) => p.index)).toEqual([5, 6, 7]);
    });

    it('subscribing from the latest sends what comes next; latest N the last N points first; unsubscribing stops it', async () => {
      const { producer, consumer, ids } = await setup({}, 2);
      const [a, b] = ids as [number, number];
      await producer.appendPoints([...points(a, 0, 10), ...points(b, 0, 10)]);
      await settle();
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: a }, { channelId: b, latest: 3 }])).orThrow();
      await producer.appendPoints([...points(a, 10, 2), ...points(b, 10, 2)]);
      const got = dataOf(await read(feed, (s) => dataOf(s).length >= 7));
      expect(got.filter((p) => p.channelId === a).map((p) => p.index)).toEqual([10, 11]);
      expect(got.filter((p) => p.channelId === b).map((p) => p.index)).toEqual([7, 8, 9, 10, 11]);
      consumer.unsubscribeChannels([a]);
      const stopped = await read(feed, (s) => s.length >= 1);
      expect(stopped).toEqual([{ kind: 'stopped', channelIds: [a], reason: 'unsubscribed' }]);
      await producer.appendPoints([...points(a, 12, 1), ...points(b, 12, 1)]);
      expect(dataOf(await read(feed, (s) => dataOf(s).length >= 1))).toEqual(points(b, 12, 1));
      // Subscribing twice, or to nothing: per-item errors.
      const again = await consumer.subscribeChannels([{ channelId: b }, { channelId: 999_999 }]);
      expect([...again.errors.values()].map((e) => e.code)).toEqual([5, 1002]);
    });

    it('deleting the Channel object stops its subscriptions and its points go with it', async () => {
      const { producer, consumer, uris, ids } = await setup();
      await producer.appendPoints(points(ids[0]!, 0, 3));
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: ids[0]! }])).orThrow();
      (await producer.deleteDataObjects(uris)).orThrow();
      expect(await read(feed, (s) => s.length >= 1)).toEqual([{ kind: 'stopped', channelIds: [ids[0]], reason: 'the channel was deleted' }]);
      expect((await consumer.getChannelMetadata(uris)).errors.get(uris[0]!)?.code).toBe(11);
    });

    it('GetRanges stops at maxResponseCount with 30 (complete: false); a window gives what lies in it', async () => {
      const { producer, consumer, ids } = await setup({ maxResponseCount: 2500 });
      await producer.appendPoints(points(ids[0]!, 0, 3000));
      await settle();
      const all = await consumer.getRanges(ids);
      expect(all.complete).toBe(false);
      expect(all.points.map((p) => p.index)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
      const some = await consumer.getRanges(ids, { start: 2990, end: 2995.5 });
      expect(some).toEqual({ complete: true, points: points(ids[0]!, 2990, 6) });
    });

    it('a subscriber whose transport is behind while ranges keep being replaced is stopped past maxNotificationBytes ("did not keep up"), not buffered', async () => {
      const { store, producer, ids, uris } = await setup({ maxNotificationBytes: 4 * 256 });
      const id = ids[0]!;
      await producer.appendPoints(points(id, 0, 100));
      // The consumer's session on the store side: its transport says it holds a lot until told otherwise.
      let behind = false;
      const caps = { capabilities: { MaxWebSocketMessagePayloadSize: SMALL } };
      const pair = sessionPair({ protocols: [...STORE_OFFER], ...caps }, { protocols: store.offer, ...caps, bufferedBytes: () => (behind ? 1 << 30 : 0) });
      store.attach(pair.server);
      await pair.client.start();
      const consumer = new StoreClient(pair.client);
      (await consumer.getChannelMetadata(uris)).orThrow();
      const feed = consumer.channelEvents();
      (await consumer.subscribeChannels([{ channelId: id }])).orThrow(); // from the latest
      await producer.appendPoints(points(id, 100, 1)); // sent: the subscriber holds index 100
      expect(dataOf(await read(feed, (s) => dataOf(s).length >= 1)).map((p) => p.index)).toEqual([100]);
      behind = true;
      await producer.appendPoints(points(id, 101, 1)); // the pump waits for the transport
      for (let i = 0; i < 8; i++) await producer.replaceRange([id], 100, 100, [{ channelId: id, index: 100, value: { item: { double: i } } }]);
      behind = false;
      pair.server.transportDrained();
      const events = await read(feed, (s) => s.some((e) => e.kind === 'stopped'));
      const stopped = events.find((e) => e.kind === 'stopped')!;
      expect(stopped).toEqual({ kind: 'stopped', channelIds: [id], reason: 'the subscriber did not keep up: more than 1024 bytes of range changes waited' });
      // At most the bound's worth of notices were told before it stopped.
      expect(events.filter((e) => e.kind === 'replaced').length).toBeLessThanOrEqual(4);
    });

    it('a consumer whose events go unread past maxQueuedBytes gets LIMIT_EXCEEDED, and the store stops sending', async () => {
      const { producer, consumer, ids } = await setup();
      const feed = consumer.channelEvents({ maxQueuedBytes: 64 * 1024 });
      (await consumer.subscribeChannels([{ channelId: ids[0]!, from: 0 }])).orThrow();
      await producer.appendPoints(points(ids[0]!, 0, 5000));
      await settle();
      await expect(read(feed, () => false)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    });
  });
}
