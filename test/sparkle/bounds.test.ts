import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serveSparkleSynthetic, SparkleStore } from '../../src/cli/sparkle-synthetic.js';
import {
  type BacklogBudget,
  Credit,
  heapBytes,
  streamItemBytes,
  type Producer,
  serveSparkle,
  SparkleClient,
  type SparkleStream,
  type StreamItemInput,
  TransformRegistry,
} from '../../src/sparkle/index.js';
import { codec, sparklePair } from './helpers.js';

// What a Sparkle server holds is bounded in bytes: per stream, per session and per server; what
// was sent is let go of at once; a feed produces a snapshot of any length only as it is sent.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** An item of n + 4 characters of value (every tag the same size, so that sizes are equal). */
const text = (n: number, tag = 0): StreamItemInput => ({ key: `k${String(tag).padStart(4, '0')}`, value: { item: { string: 'x'.repeat(n) + String(tag).padStart(4, '0') } } });

/** A transform that opens `streams` streams and hands their producers out. */
function opening(streams: number, policy?: 'refuse' | 'drop-oldest' | 'fail') {
  const producers: Producer[] = [];
  const transforms = new TransformRegistry().register('open', (r) => {
    for (let i = 0; i < streams; i++) producers.push(r.open({ streamType: 'Value', ...(policy ? { policy } : {}) }));
  });
  return { transforms, producers };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

async function take(stream: SparkleStream, n: number): Promise<unknown[]> {
  const out: unknown[] = [];
  if (n === 0) return out;
  for await (const item of stream) {
    out.push(item.key);
    if (out.length >= n) break;
  }
  return out;
}

describe('a Sparkle backlog, in bytes', () => {
  it('per stream: maxBacklogBytes is never passed; refuse takes what fits, drop-oldest keeps the newest, fail ends the stream', async () => {
    const size = streamItemBytes(text(1000));
    for (const policy of ['refuse', 'drop-oldest', 'fail'] as const) {
      const p = await sparklePair();
      const { transforms, producers } = opening(1, policy);
      const server = serveSparkle(p.server, { transforms, maxBacklogBytes: 10 * size });
      await new SparkleClient(p.client, { autoGrant: false }).request({ sources: ['a'], transform: 'open', credit: 1 });
      const taken = producers[0]!.push(Array.from({ length: 25 }, (_, i) => text(1000, i)));
      expect(producers[0]!.backlogBytes).toBeLessThanOrEqual(10 * size);
      expect(server.backlogBytes).toBe(producers[0]!.backlogBytes);
      // The credit's one item goes at the next flush: 10 wait meanwhile.
      if (policy === 'refuse') expect([taken, producers[0]!.backlog]).toEqual([10, 10]);
      if (policy === 'drop-oldest') expect([taken, producers[0]!.backlog]).toEqual([25, 10]);
      if (policy === 'fail') expect([taken, producers[0]!.closed, server.backlogBytes]).toEqual([0, true, 0]);
    }
  });

  it('per session: the streams of a session share maxSessionBacklogBytes', async () => {
    const size = streamItemBytes(text(1000));
    const p = await sparklePair();
    const { transforms, producers } = opening(3, 'refuse');
    const server = serveSparkle(p.server, { transforms, maxBacklogBytes: 100 * size, maxSessionBacklogBytes: 15 * size });
    await new SparkleClient(p.client, { autoGrant: false }).request({ sources: ['a'], transform: 'open', credit: 1 });
    const items = Array.from({ length: 11 }, (_, i) => text(1000, i));
    // The first keeps 11, the second the 4 left, the third none.
    expect(producers.map((pr) => pr.push(items))).toEqual([11, 4, 0]);
    expect(server.backlogBytes).toBe(15 * size);
    // A stream that ends gives its bytes back to the others.
    producers[0]!.fail(750, 'gone');
    expect(server.backlogBytes).toBe(4 * size);
    expect(producers[2]!.push(items)).toBe(11);
  });

  it('per server: sessions given one sharedBacklog share it, and what a closed session held is given back', async () => {
    const size = streamItemBytes(text(1000));
    const shared: BacklogBudget = { held: 0, limit: 12 * size };
    const a = await sparklePair();
    const b = await sparklePair();
    const oa = opening(1, 'refuse');
    const ob = opening(1, 'refuse');
    serveSparkle(a.server, { transforms: oa.transforms, sharedBacklog: shared });
    serveSparkle(b.server, { transforms: ob.transforms, sharedBacklog: shared });
    await new SparkleClient(a.client, { autoGrant: false }).request({ sources: ['a'], transform: 'open', credit: 1 });
    await new SparkleClient(b.client, { autoGrant: false }).request({ sources: ['a'], transform: 'open', credit: 1 });
    const items = Array.from({ length: 11 }, (_, i) => text(1000, i));
    expect(oa.producers[0]!.push(items)).toBe(11);
    expect(ob.producers[0]!.push(items)).toBe(1);
    expect(shared.held).toBe(12 * size);
    a.client.close('bye');
    await settle();
    // a's are given back; b's one item went with its credit meanwhile. Now b has all the room.
    expect(shared.held).toBe(0);
    expect(ob.producers[0]!.push([...items, ...items])).toBe(12);
    expect(shared.held).toBe(12 * size);
    b.client.close('bye');
    await settle();
    expect(shared.held).toBe(0);
  });

  it('an item is let go of as soon as it is sent, not when the queue is next tidied', async () => {
    const p = await sparklePair();
    const { transforms, producers } = opening(1);
    serveSparkle(p.server, { transforms });
    const [stream] = await new SparkleClient(p.client, { autoGrant: false }).request({ sources: ['a'], transform: 'open', credit: 1 });
    const refs: WeakRef<object>[] = [];
    const items = Array.from({ length: 20 }, (_, i) => text(100, i));
    for (const item of items) refs.push(new WeakRef(item));
    producers[0]!.push(items);
    items.length = 0;
    stream!.grant(10);
    expect(await take(stream!, 11)).toHaveLength(11);
    await settle();
    gc();
    // The 10 sent on the grant are gone; the 9 still waiting are held.
    const alive = refs.map((r) => r.deref() !== undefined);
    expect(alive.slice(1, 11)).toEqual(Array(10).fill(false));
    expect(alive.slice(11)).toEqual(Array(9).fill(true));
  });

  it('the estimate is not below the heap the waiting items really hold, for every value shape a transform sends', () => {
    const shapes: Record<string, (i: number) => StreamItemInput> = {
      double: (i) => ({ key: new Date(1e12 + i * 1000).toISOString(), value: { item: { double: i + 0.5 } } }),
      long: (i) => ({ key: null, value: { item: { long: 2 ** 40 + i } } }),
      string: (i) => ({ key: `row ${i}`, value: { item: { string: `value number ${i} of a column` } } }),
      bytes: (i) => ({ key: String(i), value: { item: { bytes: new Uint8Array(64).fill(i) } } }),
      bytes1k: (i) => ({ key: String(i), value: { item: { bytes: new Uint8Array(1024).fill(i) } } }),
      arrayOfDouble: (i) => ({ key: String(i), value: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: Array.from({ length: 16 }, (_, j) => i + j / 3) } } } }),
      nothing: () => ({ value: { item: null } }),
    };
    for (const [name, make, size] of Object.entries(shapes).flatMap(
      ([n, m]) =>
        [
          [`${n} (heapBytes)`, m, heapBytes],
          [`${n} (streamItemBytes)`, m, streamItemBytes],
        ] as const,
    )) {
      const credit = new Credit<StreamItemInput>(1, { maxItems: 1e9, maxBytes: Infinity }, 'refuse', size);
      // Warm up the shapes, then measure a fresh batch.
      credit.offer(Array.from({ length: 1000 }, (_, i) => make(i)));
      credit.clear();
      gc();
      const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      const before = used();
      const n = 50_000;
      for (let i = 0; i < n; i += 1000) credit.offer(Array.from({ length: 1000 }, (_, j) => make(i + j)));
      gc();
      const held = used() - before;
      expect({ name, within: held <= credit.bytes }).toEqual({ name, within: true });
      credit.clear();
    }
  });
});

describe('a feed: snapshots produced as they are sent', () => {
  it('1000 streams of 7200 s of history at credit 1 hold nothing: one item each is produced, and the rest as credit comes', async () => {
    const store = new SparkleStore();
    const p = await sparklePair();
    let produced = 0;
    const count = (): void => void produced++;
    serveSparkleSynthetic(p.server, store);
    const client = new SparkleClient(p.client, { autoGrant: false });
    const toISO = Date.prototype.toISOString;
    Date.prototype.toISOString = function (this: Date) {
      count();
      return toISO.call(this);
    };
    let streams: SparkleStream[];
    try {
      streams = await client.request({ sources: Array(1000).fill('rig1/drilling/HKLD'), transform: 'raw', params: { last: { item: { long: 7200 } } }, credit: 1 });
      // The answer carries one round; the other streams' items follow in Updates.
      await settle();
    } finally {
      Date.prototype.toISOString = toISO;
    }
    expect(streams).toHaveLength(1000);
    // Each stream's item is its key: produced once per item sent.
    expect(produced).toBe(1000);
    expect(streams.every((s) => s.queued === 1)).toBe(true);
    streams[0]!.grant(5);
    expect(await take(streams[0]!, 6)).toHaveLength(6);
    store.stop();
  });

  it('a feed runs dry and wakes: history then live rows, none lost or repeated, in order', async () => {
    const store = new SparkleStore();
    const p = await sparklePair();
    serveSparkleSynthetic(p.server, store);
    const [stream] = await new SparkleClient(p.client, { window: 7 }).request({ sources: ['rig2/drilling/ROP'], transform: 'raw', params: { last: { item: { long: 30 } } } });
    const got = take(stream!, 40);
    for (let i = 0; i < 10; i++) {
      store.tick();
      await settle();
    }
    const keys = (await got) as string[];
    const times = keys.map((k) => Date.parse(k) / 1000);
    expect(times.slice(1).every((t, i) => t === times[i]! + 1)).toBe(true);
    expect(keys).toHaveLength(40);
    store.stop();
  });

  it('without updates, a feed gives the snapshot within the credit and the stream ends', async () => {
    const p = await sparklePair();
    const client = new SparkleClient(p.client);
    const server = serveSparkle(p.server, {
      transforms: new TransformRegistry().register('n', (r) => {
        let i = 0;
        const pr = r.open({ streamType: 'Value' });
        pr.feed((most) => Array.from({ length: Math.min(most, 50 - i) }, () => ({ key: String(i++), value: { item: { int: i } } })));
        pr.end();
      }),
    });
    const [all] = await client.request({ sources: ['a'], transform: 'n', sendUpdates: false, credit: 0 });
    expect(await take(all!, 100)).toHaveLength(50);
    const [cut] = await client.request({ sources: ['a'], transform: 'n', sendUpdates: false, credit: 20 });
    expect(await take(cut!, 100)).toHaveLength(20);
    expect(server.size).toBe(0);
  });

  it('rounds: each Update takes about 128 KiB of items, in equal shares of every stream, so a session with endless feeds leaves the event loop between rounds', async () => {
    const p = await sparklePair();
    const transforms = new TransformRegistry().register('endless', (r) => {
      for (let k = 0; k < 10; k++) {
        let i = 0;
        r.open({ streamType: 'Value' }).feed((most) => Array.from({ length: most }, () => ({ key: String(i++), value: { item: { double: i } } })));
      }
    });
    serveSparkle(p.server, { transforms });
    await new SparkleClient(p.client, { autoGrant: false }).request({ sources: ['a'], transform: 'endless', credit: 0 });
    await settle();
    const updates = p.sent.server.map((f) => codec.decode(f)).filter((m) => m.name.endsWith('Sparkle.Update'));
    expect(updates.length).toBeGreaterThan(2);
    const size = streamItemBytes({ key: '1234', value: { item: { double: 1.5 } } });
    // Each round stops at its bytes; the next starts where it stopped: over rounds, every stream
    // gets the same (within one share of 100 items).
    const per = new Map<number, number>();
    for (const u of updates) {
      let total = 0;
      for (const e of (u.body as { streams: { streamId: number; data: unknown[] }[] }).streams) {
        per.set(e.streamId, (per.get(e.streamId) ?? 0) + e.data.length);
        total += e.data.length;
      }
      expect(total * size).toBeLessThanOrEqual(128 * 1024 + 100 * size);
    }
    const counts = [...per.values()];
    expect(counts).toHaveLength(10);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(100);
    p.client.close('bye');
  });
});

describe('a Sparkle client, in bytes', () => {
  it('holds at most maxQueuedBytes of unread items over its streams: past it the stream is dropped with LIMIT_EXCEEDED, and read items are let go of', async () => {
    const size = streamItemBytes(text(1000));
    const p = await sparklePair();
    const { transforms, producers } = opening(2);
    const server = serveSparkle(p.server, { transforms });
    const client = new SparkleClient(p.client, { maxQueuedBytes: 20 * size });
    const [a, b] = await client.request({ sources: ['a'], transform: 'open', credit: 0 });
    producers[0]!.push(Array.from({ length: 15 }, (_, i) => text(1000, i)));
    await settle();
    expect(client.queuedBytes).toBe(15 * size);
    // Reading gives the bytes back.
    expect(await take(a!, 10)).toHaveLength(10);
    expect(client.queuedBytes).toBe(5 * size);
    // The other stream passes the client's bound: it is dropped, the first one goes on.
    producers[1]!.push(Array.from({ length: 16 }, (_, i) => text(1000, i)));
    await settle();
    await expect(take(b!, 20)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(client.queuedBytes).toBe(5 * size);
    expect(server.size).toBe(1);
    expect(await take(a!, 5)).toHaveLength(5);
    expect(client.queuedBytes).toBe(0);
  });
});
