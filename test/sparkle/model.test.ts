import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { EtpSession } from '../../src/session/index.js';
import { type Producer, serveSparkle, SparkleClient, type SparkleMessageMap, type SparkleServer, type SparkleStream, TransformRegistry } from '../../src/sparkle/index.js';
import { itemsSent, sparklePair } from './helpers.js';

// Model-based test of Sparkle's flow control: requests, grants, pushes, drops and a close in any
// order. The server never sends a stream more than its credit, sends the items it took in order
// with none lost or repeated within the credit, and never holds more than maxBacklog per stream.

const MAX_BACKLOG = 5;
const tick = () => new Promise((r) => setImmediate(r));

interface StreamModel {
  granted: number; // 0: unlimited
  accepted: number[]; // the items the producer took, in order
  dropped: boolean;
}
interface Model {
  streams: StreamModel[];
  closed: boolean;
  next: number;
}
interface Real {
  client: EtpSession<SparkleMessageMap>;
  sent: Uint8Array[];
  server: SparkleServer;
  sparkle: SparkleClient;
  streams: SparkleStream[];
  producers: Producer[];
}

async function check(m: Model, r: Real): Promise<void> {
  await tick();
  await tick();
  m.streams.forEach((s, i) => {
    const sent = itemsSent(r.sent, r.streams[i]!.streamId).map((v) => (v as { item: { int: number } }).item.int);
    const allowed = s.granted === 0 ? Infinity : s.granted;
    expect(sent.length).toBeLessThanOrEqual(allowed);
    // What was sent is the head of what was taken: nothing lost, repeated or reordered.
    expect(sent).toEqual(s.accepted.slice(0, sent.length));
    if (!s.dropped && !m.closed) {
      expect(sent).toEqual(s.accepted.slice(0, Math.min(allowed, s.accepted.length)));
      expect(r.producers[i]!.backlog).toBe(s.accepted.length - sent.length);
    }
    expect(r.producers[i]!.backlog).toBeLessThanOrEqual(MAX_BACKLOG);
  });
}

class Request implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly count: number,
    readonly credit: number,
  ) {}
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    const streams = await r.sparkle.request({ sources: ['x'], transform: 'open', params: { count: { item: { int: this.count } } }, credit: this.credit });
    r.streams.push(...streams);
    for (let i = 0; i < this.count; i++) m.streams.push({ granted: this.credit, accepted: [], dropped: false });
    await check(m, r);
  }
  toString = () => `request(${this.count}, credit ${this.credit})`;
}

class Grant implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly n: number,
  ) {}
  check = (m: Readonly<Model>) => !m.closed && m.streams.length > 0;
  async run(m: Model, r: Real) {
    const i = this.pick % m.streams.length;
    const s = m.streams[i]!;
    r.streams[i]!.grant(this.n);
    if (!s.dropped && s.granted !== 0) s.granted += this.n;
    await check(m, r);
  }
  toString = () => `grant(${this.pick}, ${this.n})`;
}

class Push implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly k: number,
  ) {}
  check = (m: Readonly<Model>) => !m.closed && m.streams.length > 0;
  async run(m: Model, r: Real) {
    const i = this.pick % m.streams.length;
    const s = m.streams[i]!;
    const items = Array.from({ length: this.k }, () => m.next++);
    const taken = r.producers[i]!.push(items.map((v) => ({ value: { item: { int: v } } })));
    if (s.dropped) expect(taken).toBe(0);
    else {
      // 'refuse': what fits in the backlog is taken, in order.
      const sentSoFar = Math.min(s.granted === 0 ? Infinity : s.granted, s.accepted.length);
      const room = MAX_BACKLOG - (s.accepted.length - sentSoFar);
      expect(taken).toBe(Math.min(this.k, room));
      s.accepted.push(...items.slice(0, taken));
    }
    await check(m, r);
  }
  toString = () => `push(${this.pick}, ${this.k})`;
}

class Drop implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => !m.closed && m.streams.length > 0;
  async run(m: Model, r: Real) {
    const i = this.pick % m.streams.length;
    r.streams[i]!.drop();
    m.streams[i]!.dropped = true;
    await check(m, r);
  }
  toString = () => `drop(${this.pick})`;
}

class Close implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    r.client.close('model');
    m.closed = true;
    await check(m, r);
    expect([r.server.size, r.server.backlog, r.sparkle.size]).toEqual([0, 0, 0]);
  }
  toString = () => 'close';
}

it("the Sparkle server keeps to each stream's credit and backlog bound over random requests, grants, pushes, drops and a close", async () => {
  const commands = [
    fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 5 })).map(([n, c]) => new Request(n, c)),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([p, n]) => new Grant(p, n)),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([p, k]) => new Push(p, k)),
    fc.nat().map((p) => new Drop(p)),
    fc.constant(new Close()),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
      const p = await sparklePair();
      const producers: Producer[] = [];
      const transforms = new TransformRegistry().register('open', (req) => {
        const count = (req.parameters.count!.item as { int: number }).int;
        for (let i = 0; i < count; i++) producers.push(req.open({ streamType: 'Value', policy: 'refuse' }));
      });
      const server = serveSparkle(p.server, { transforms, maxBacklog: MAX_BACKLOG });
      const sparkle = new SparkleClient(p.client, { autoGrant: false });
      const model: Model = { streams: [], closed: false, next: 0 };
      const real: Real = { client: p.client, sent: p.sent.server, server, sparkle, streams: [], producers };
      await fc.asyncModelRun(() => ({ model, real }), cmds);
    }),
    { numRuns: 100 },
  );
});
