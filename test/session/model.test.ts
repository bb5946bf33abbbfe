import fc from 'fast-check';
import { expect, it } from 'vitest';
import { getResources, resource } from '../helpers/session-pair.js';
import { FIN, openClient, type RawPeer, tick } from '../helpers/raw-peer.js';

// Model-based test: random sequences of requests, response parts, FINs, interleavings, unknown
// responses, timeouts, cancellations and a close, checked against a simple model.

type Outcome = { ok: unknown[] } | { error: string };

interface Model {
  pending: Map<number, { items: unknown[]; parts: number }>;
  outcomes: Map<number, Outcome>;
  unexpected: number;
  closed: boolean;
  nextItem: number;
}

interface Real {
  peer: RawPeer;
  outcomes: Map<number, Outcome>;
  aborts: Map<number, AbortController>;
  serverId: number;
}

async function check(m: Model, r: Real): Promise<void> {
  await tick();
  expect(r.peer.session.pendingCount).toBe(m.pending.size);
  expect(r.outcomes).toEqual(m.outcomes);
  expect(r.peer.reports.filter((x) => x.kind === 'unexpected-response')).toHaveLength(m.unexpected);
}

class SendRequest implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    const ac = new AbortController();
    const p = r.peer.session.request<{ resources: unknown[] }>(3, 1, getResources, { signal: ac.signal });
    const id = r.peer.last().header.messageId;
    r.aborts.set(id, ac);
    p.then(
      (res) => r.outcomes.set(id, { ok: res.body.resources }),
      (err) => r.outcomes.set(id, { error: err.code }),
    );
    m.pending.set(id, { items: [], parts: 0 });
    await check(m, r);
  }
  toString = () => 'request';
}

class DeliverPart implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number, readonly items: number, readonly fin: boolean) {}
  check = (m: Readonly<Model>) => !m.closed && m.pending.size > 0;
  async run(m: Model, r: Real) {
    const id = [...m.pending.keys()][this.pick % m.pending.size]!;
    const entry = m.pending.get(id)!;
    const resources = Array.from({ length: this.items }, () => resource(m.nextItem++));
    r.peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId: (r.serverId += 2), messageFlags: this.fin ? FIN : 0 }, { resources });
    entry.items.push(...resources);
    entry.parts++;
    if (this.fin) {
      m.pending.delete(id);
      m.outcomes.set(id, { ok: entry.items });
    }
    await check(m, r);
  }
  toString = () => `part(${this.pick}, ${this.items}${this.fin ? ', FIN' : ''})`;
}

class DeliverUnknown implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    r.peer.deliver({ protocol: 3, messageType: 4, correlationId: 1_000_000, messageId: (r.serverId += 2) }, { resources: [] });
    m.unexpected++;
    await check(m, r);
  }
  toString = () => 'unknown response';
}

class TimeOut implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    r.peer.clock.t += 60_001; // both timeouts are 60 s here
    r.peer.session.sweep();
    for (const [id, e] of m.pending) m.outcomes.set(id, { error: e.parts === 0 ? 'TIMED_OUT' : 'MULTIPART_CANCELLED' });
    m.pending.clear();
    await check(m, r);
  }
  toString = () => 'time out';
}

class Cancel implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => !m.closed && m.pending.size > 0;
  async run(m: Model, r: Real) {
    const id = [...m.pending.keys()][this.pick % m.pending.size]!;
    r.aborts.get(id)!.abort();
    m.pending.delete(id);
    m.outcomes.set(id, { error: 'REQUEST_CANCELLED' });
    await check(m, r);
  }
  toString = () => `cancel(${this.pick})`;
}

class Close implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.closed;
  async run(m: Model, r: Real) {
    r.peer.session.close('model');
    for (const id of m.pending.keys()) m.outcomes.set(id, { error: 'SESSION_CLOSED' });
    m.pending.clear();
    m.closed = true;
    await check(m, r);
    expect(r.peer.last().name).toMatch(/CloseSession$/);
  }
  toString = () => 'close';
}

it('the session agrees with the model over random request / part / FIN / timeout / cancel / close sequences', async () => {
  const commands = [
    fc.constant(new SendRequest()),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([p, n, fin]) => new DeliverPart(p, n, fin)),
    fc.constant(new DeliverUnknown()),
    fc.constant(new TimeOut()),
    fc.nat().map((p) => new Cancel(p)),
    fc.constant(new Close()),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
      const peer = await openClient({ capabilities: { ResponseTimeoutPeriod: 60, MultipartMessageTimeoutPeriod: 60 } });
      const model: Model = { pending: new Map(), outcomes: new Map(), unexpected: 0, closed: false, nextItem: 0 };
      const real: Real = { peer, outcomes: new Map(), aborts: new Map(), serverId: 1 };
      await fc.asyncModelRun(() => ({ model, real }), cmds);
    }),
    { numRuns: 120 },
  );
});
