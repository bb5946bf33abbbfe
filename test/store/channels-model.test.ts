import fc from 'fast-check';
import { expect, it } from 'vitest';
import { channelXml, type ChannelEvent, type ChannelFeed, dataObjectRecord, MemoryStoreStorage, SqliteStoreStorage, StoreClient, StoreServer } from '../../src/store/index.js';
import { DS } from './fixtures.js';
import { storePair } from './helpers.js';

// ChannelSubscribe against a model (fc.commands): a producer appends points, replaces ranges and
// truncates its channel in random order, while a subscriber (from index 0, or from the latest)
// rebuilds the channel from what it is told — ChannelData, RangeReplaced, ChannelsTruncated. After
// every command, what the subscriber holds must be exactly what the model says the channel holds
// (from where it subscribed): nothing missing, nothing stale, nothing twice.

const UUID = '00000000-0000-4000-8000-0000000000c1';
const URI = `eml:///dataspace('${DS}')/witsml21.Channel(${UUID})`;

interface Model {
  /** index → value, what the channel holds. */
  points: Map<number, number>;
  /** The subscriber holds what lies at or after this index (from the latest: after the end when it subscribed, or a truncation's end below it). */
  from: number;
  next: number;
  /** The channel's high index (points come after it), undefined before any. */
  high: number | undefined;
}
interface Real {
  producer: StoreClient;
  consumer: StoreClient;
  id: number;
  feed: AsyncIterator<ChannelEvent>;
  pending?: Promise<IteratorResult<ChannelEvent>>;
  /** What the subscriber rebuilt. */
  held: Map<number, number>;
}

const value = (v: number) => ({ item: { double: v } });
const apply = (held: Map<number, number>, e: ChannelEvent): void => {
  if (e.kind === 'data')
    for (const p of e.points) {
      expect(held.has(p.index)).toBe(false); // each point once
      held.set(p.index, (p.value.item as { double: number }).double);
    }
  if (e.kind === 'replaced') {
    for (const k of [...held.keys()]) if (k >= e.start! && k <= e.end!) held.delete(k);
    for (const p of e.points) held.set(p.index, (p.value.item as { double: number }).double);
  }
  if (e.kind === 'truncated') for (const k of [...held.keys()]) if (k > e.channels[0]!.newEnd!) held.delete(k);
  if (e.kind === 'stopped') throw new Error(`stopped: ${e.reason}`);
};

/** After a command: the subscriber's channel is the model's, from where it subscribed. */
async function caughtUp(m: Model, r: Real): Promise<void> {
  await r.producer.getDataspaces(); // a round trip: the producer's writes are handled
  const want = [...m.points].filter(([k]) => k >= m.from).sort((a, b) => a[0] - b[0]);
  for (let idle = 0; idle < 3; ) {
    const next = await Promise.race([(r.pending ??= r.feed.next()), new Promise<undefined>((res) => setImmediate(() => res(undefined)))]);
    if (next === undefined) {
      idle++;
      continue;
    }
    idle = 0;
    r.pending = undefined;
    apply(r.held, next.value as ChannelEvent);
  }
  expect([...r.held].sort((a, b) => a[0] - b[0])).toEqual(want);
}

class Append implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly n: number,
    readonly gap: number,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const end = m.high ?? -1;
    const pts = Array.from({ length: this.n }, (_, i) => ({ index: end + this.gap + i, v: m.next++ }));
    m.high = pts[pts.length - 1]!.index;
    await r.producer.appendPoints(pts.map((p) => ({ channelId: r.id, index: p.index, value: value(p.v) })));
    for (const p of pts) m.points.set(p.index, p.v);
    await caughtUp(m, r);
  }
  toString = (): string => `append ${this.n} after a gap of ${this.gap}`;
}
class Replace implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly from: number,
    readonly length: number,
    readonly keep: number[],
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const to = this.from + this.length;
    const inside = [...new Set(this.keep.map((k) => this.from + (k % (this.length + 1))))].sort((a, b) => a - b);
    const pts = inside.map((index) => ({ index, v: m.next++ }));
    await r.producer.replaceRange(
      [r.id],
      this.from,
      to,
      pts.map((p) => ({ channelId: r.id, index: p.index, value: value(p.v) })),
    );
    for (const k of [...m.points.keys()]) if (k >= this.from && k <= to) m.points.delete(k);
    for (const p of pts) m.points.set(p.index, p.v);
    if (pts.length > 0) m.high = Math.max(m.high ?? -Infinity, pts[pts.length - 1]!.index);
    await caughtUp(m, r);
  }
  toString = (): string => `replace [${this.from}, ${this.from + this.length}] by ${this.keep.length}`;
}
class Truncate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly end: number) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    (await r.producer.truncateChannels([{ channelId: r.id, newEnd: this.end }])).orThrow();
    for (const k of [...m.points.keys()]) if (k > this.end) m.points.delete(k);
    if (m.high !== undefined) m.high = Math.min(m.high, this.end);
    // What comes after a truncation below where the subscriber started is new to it.
    m.from = Math.min(m.from, this.end + 1e-9);
    await caughtUp(m, r);
  }
  toString = (): string => `truncate after ${this.end}`;
}

it('a subscriber rebuilds exactly what the channel holds, whatever the producer appends, replaces and truncates (SQLite and memory; from the first point and from the latest)', async () => {
  const commands = [
    fc.tuple(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 1, max: 3 })).map(([n, gap]) => new Append(n, gap)),
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.array(fc.nat(40), { maxLength: 6 })).map(([from, length, keep]) => new Replace(from, length, keep)),
    fc.integer({ min: -1, max: 60 }).map((end) => new Truncate(end)),
  ];
  for (const make of [() => new SqliteStoreStorage(':memory:'), () => new MemoryStoreStorage()]) {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), fc.boolean(), fc.integer({ min: 0, max: 30 }), async (cmds, fromFirst, before) => {
        const store = new StoreServer({ storage: make() });
        const producer = new StoreClient((await storePair(store)).client);
        const consumer = new StoreClient((await storePair(store)).client);
        (await producer.putDataspaces([DS])).orThrow();
        (await producer.putDataObjects([dataObjectRecord(URI, channelXml({ uuid: UUID, mnemonic: 'GR' }))])).orThrow();
        const id = Number((await producer.openChannels([URI])).orThrow().get(URI)!.id);
        // Some points before the subscriber comes.
        const points = new Map<number, number>(Array.from({ length: before }, (_, i) => [i, i]));
        await producer.appendPoints([...points].map(([index, v]) => ({ channelId: id, index, value: value(v) })));
        (await consumer.getChannelMetadata([URI])).orThrow();
        const feed: ChannelFeed = consumer.channelEvents();
        (await consumer.subscribeChannels([{ channelId: id, ...(fromFirst ? { from: 0 } : {}) }])).orThrow();
        const from = fromFirst ? 0 : before; // from the latest: what comes after the last point
        try {
          const setup = () => ({
            model: { points, from, next: 1000, high: before > 0 ? before - 1 : undefined },
            real: { producer, consumer, id, feed: feed[Symbol.asyncIterator](), held: new Map<number, number>() },
          });
          await fc.asyncModelRun(setup, cmds);
        } finally {
          producer.close();
          consumer.close();
        }
      }),
      { numRuns: 40 },
    );
  }
}, 120_000);
