import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { EtpResponse } from '../../src/session/index.js';
import { getResources, resource } from '../helpers/session-pair.js';
import { FIN, openClient, openClient11, type RawPeer, tick } from '../helpers/raw-peer.js';

// Model-based test: random sequences of requests, response parts, FINs, interleavings, unknown
// responses, timeouts, cancellations and a close, checked against a simple model, in both ETP
// versions. ETP 1.2 splits one GetResourcesResponse body into parts (FIN on the last); ETP 1.1
// answers with one whole GetResourcesResponse per resource (MultiPart 0x01 on each, 0x03 on the
// last), and an empty result is Acknowledge with NoData (0x04).

interface Dialect {
  etp: '1.1' | '1.2';
  open: () => Promise<RawPeer>;
  request: (peer: RawPeer, signal: AbortSignal) => Promise<EtpResponse>;
  /** The items a response brought. */
  result: (r: EtpResponse) => unknown[];
  /** Delivers one response part of `items` (1.1: at most one) to request `id`. */
  part: (peer: RawPeer, id: number, messageId: number, items: unknown[], fin: boolean) => void;
  maxItems: number;
  idStep: number;
}

const DIALECTS: Dialect[] = [
  {
    etp: '1.2',
    open: () => openClient({ capabilities: { ResponseTimeoutPeriod: 60, MultipartMessageTimeoutPeriod: 60 } }),
    request: (peer, signal) => peer.session.request(3, 1, getResources, { signal }),
    result: (r) => (r.body as { resources: unknown[] }).resources,
    part: (peer, id, messageId, items, fin) => peer.deliver({ protocol: 3, messageType: 4, correlationId: id, messageId, messageFlags: fin ? FIN : 0 }, { resources: items }),
    maxItems: 3,
    idStep: 2,
  },
  {
    etp: '1.1',
    open: () => openClient11({ capabilities: { ResponseTimeoutPeriod: 60, MultipartMessageTimeoutPeriod: 60 } }),
    request: (peer, signal) => peer.session.request(3, 1, { uri: 'eml://' }, { signal }),
    result: (r) => r.parts.map((m) => (m.body as { resource: unknown }).resource),
    part: (peer, id, messageId, items, fin) => {
      if (items.length === 0 && fin) peer.deliver({ protocol: 3, messageType: 1001, correlationId: id, messageId, messageFlags: 0x04 }, {});
      else peer.deliver({ protocol: 3, messageType: 2, correlationId: id, messageId, messageFlags: fin ? 0x03 : 0x01 }, { resource: items[0] ?? resource11(-1) });
    },
    maxItems: 1,
    idStep: 1,
  },
];

function resource11(i: number) {
  return {
    uri: `eml://witsml14/well(${i})`,
    contentType: 'application/x-witsml+xml;version=1.4.1.1;type=well',
    name: `well ${i}`,
    channelSubscribable: false,
    customData: {},
    resourceType: 'DataObject',
    hasChildren: 0,
    uuid: null,
    lastChanged: i,
    objectNotifiable: false,
  };
}

type Outcome = { ok: unknown[] } | { error: string };

interface Model {
  pending: Map<number, { items: unknown[]; parts: number }>;
  outcomes: Map<number, Outcome>;
  unexpected: number;
  closed: boolean;
  nextItem: number;
}

interface Real {
  dialect: Dialect;
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
    const p = r.dialect.request(r.peer, ac.signal);
    const id = r.peer.last().header.messageId;
    r.aborts.set(id, ac);
    p.then(
      (res) => r.outcomes.set(id, { ok: r.dialect.result(res) }),
      (err) => r.outcomes.set(id, { error: err.code }),
    );
    m.pending.set(id, { items: [], parts: 0 });
    await check(m, r);
  }
  toString = () => 'request';
}

class DeliverPart implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly items: number,
    readonly fin: boolean,
  ) {}
  check = (m: Readonly<Model>) => !m.closed && m.pending.size > 0;
  async run(m: Model, r: Real) {
    const id = [...m.pending.keys()][this.pick % m.pending.size]!;
    const entry = m.pending.get(id)!;
    // 1.1: one resource per message; a part with none is the empty result (Acknowledge, NoData) when final.
    const count = r.dialect.etp === '1.1' ? (this.fin && this.items === 0 && entry.parts === 0 ? 0 : 1) : this.items;
    const make = r.dialect.etp === '1.1' ? resource11 : resource;
    const resources = Array.from({ length: count }, () => make(m.nextItem++));
    r.dialect.part(r.peer, id, (r.serverId += r.dialect.idStep), resources, this.fin);
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
    if (r.dialect.etp === '1.1') r.peer.deliver({ protocol: 3, messageType: 2, correlationId: 1_000_000, messageId: (r.serverId += 1) }, { resource: resource11(0) });
    else r.peer.deliver({ protocol: 3, messageType: 4, correlationId: 1_000_000, messageId: (r.serverId += 2) }, { resources: [] });
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

it.each(DIALECTS)('an ETP $etp session agrees with the model over random request / part / FIN / timeout / cancel / close sequences', async (dialect) => {
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
      const peer = await dialect.open();
      const model: Model = { pending: new Map(), outcomes: new Map(), unexpected: 0, closed: false, nextItem: 0 };
      const real: Real = { dialect, peer, outcomes: new Map(), aborts: new Map(), serverId: 1 };
      await fc.asyncModelRun(() => ({ model, real }), cmds);
    }),
    { numRuns: 120 },
  );
});
