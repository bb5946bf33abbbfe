import fc from 'fast-check';
import { expect, it } from 'vitest';
import { partCost } from '../../src/session/index.js';
import type { ChannelMetadataInput } from '../../src/index.js';
import { codec, FIN, openServer, type RawPeer } from '../helpers/raw-peer.js';

// Model-based test of what a session holds for the peer's multipart messages: random sequences of
// first parts, further parts, FINs, late parts of cancelled messages and timeouts, against a model
// of the budget (MaxConcurrentMultipart, maxMultipartBytes, maxBufferedBytes) and of the ids it
// remembers (maxRememberedIds, expiry).

const LIMITS = { maxMultipartBytes: 3000, maxBufferedBytes: 5000, maxRememberedIds: 4, capabilities: { MaxConcurrentMultipart: 3, MultipartMessageTimeoutPeriod: 60 } };

interface Model {
  open: Map<number, { cost: number; channels: number[]; last: number }>;
  held: number;
  /** Ids of cancelled messages, oldest first, with when they were cancelled. */
  cancelled: Map<number, number>;
  delivered: number[][];
  refused: number;
  t: number;
}

interface Real {
  peer: RawPeer;
  delivered: number[][];
  nextId: number;
}

function channels(ids: number[]): ChannelMetadataInput {
  return {
    channels: ids.map((id) => ({
      uri: `eml:///witsml20.Channel(00000000-0000-4000-8000-${String(id).padStart(12, '0')})`,
      id,
      indexes: [],
      channelName: `C${id}`,
      dataKind: 'typeDouble',
      uom: 'm',
      depthDatum: '',
      channelClassUri: '',
      status: 'Active',
      source: '',
      axisVectorLengths: [],
    })),
  };
}

/** The frame of a ChannelMetadata part and the decoded cost the session will charge for it. */
function part(first: number, id: number, ids: number[], fin: boolean): { frame: Uint8Array; cost: number } {
  const frame = codec.encode({ header: { protocol: 1, messageType: 1, correlationId: first === id ? 0 : first, messageId: id, messageFlags: fin ? FIN : 0 }, body: channels(ids) });
  const control = { bytes: 0, items: 0, large: 0 };
  codec.decode(frame, control);
  return { frame, cost: partCost(control.bytes, control.items, control.large) };
}

function remember(m: Model, id: number): void {
  m.cancelled.delete(id);
  m.cancelled.set(id, m.t);
  if (m.cancelled.size > LIMITS.maxRememberedIds) m.cancelled.delete(m.cancelled.keys().next().value!);
}

function check(m: Model, r: Real): void {
  expect(r.peer.session.held).toEqual({ multipart: m.open.size, multipartBytes: m.held, cancelledIds: m.cancelled.size, awaitedAcks: 0, pending: 0 });
  expect(r.delivered).toEqual(m.delivered);
  expect(r.peer.sentOf(1, 1000).length).toBe(m.refused);
}

/** Charges a part to message `first` in the model, as the budget does: refused, held, or delivered at FIN. */
function charge(m: Model, first: number, cost: number, ids: number[], fin: boolean): void {
  const msg = m.open.get(first);
  const opening = !msg;
  if (opening && !fin && m.open.size >= LIMITS.capabilities.MaxConcurrentMultipart) {
    m.refused++;
    remember(m, first);
    return;
  }
  const entry = msg ?? { cost: 0, channels: [], last: m.t };
  entry.cost += cost;
  entry.last = m.t;
  if (entry.cost > LIMITS.maxMultipartBytes || m.held + cost > LIMITS.maxBufferedBytes) {
    if (!opening) m.held -= entry.cost - cost;
    m.open.delete(first);
    m.refused++;
    remember(m, first);
    return;
  }
  entry.channels.push(...ids);
  if (fin) {
    if (!opening) m.held -= entry.cost - cost;
    m.open.delete(first);
    m.delivered.push(entry.channels);
    return;
  }
  m.held += cost;
  m.open.set(first, entry);
}

class First implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    const id = (r.nextId += 2);
    const ids = Array.from({ length: this.n }, (_, i) => id * 100 + i);
    const { frame, cost } = part(id, id, ids, false);
    r.peer.session.receive(frame);
    charge(m, id, cost, ids, false);
    check(m, r);
  }
  toString = () => `first(${this.n})`;
}

class Next implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly n: number,
    readonly fin: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.open.size > 0;
  run(m: Model, r: Real) {
    const first = [...m.open.keys()][this.pick % m.open.size]!;
    const id = (r.nextId += 2);
    const ids = Array.from({ length: this.n }, (_, i) => id * 100 + i);
    const { frame, cost } = part(first, id, ids, this.fin);
    r.peer.session.receive(frame);
    charge(m, first, cost, ids, this.fin);
    check(m, r);
  }
  toString = () => `next(${this.pick}, ${this.n}${this.fin ? ', FIN' : ''})`;
}

class Late implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly fin: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.cancelled.size > 0;
  run(m: Model, r: Real) {
    const first = [...m.cancelled.keys()][this.pick % m.cancelled.size]!;
    r.peer.session.receive(part(first, (r.nextId += 2), [1], this.fin).frame);
    if (this.fin) m.cancelled.delete(first); // its last part: nothing more to drop
    check(m, r);
  }
  toString = () => `late(${this.pick}${this.fin ? ', FIN' : ''})`;
}

class Wait implements fc.Command<Model, Real> {
  constructor(readonly seconds: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    r.peer.clock.t += this.seconds * 1000;
    m.t += this.seconds * 1000;
    r.peer.session.sweep();
    // Each message still open whose last part is a MultipartMessageTimeoutPeriod old is cancelled.
    for (const [first, msg] of [...m.open]) {
      if (m.t - msg.last < 60_000) continue;
      m.held -= msg.cost;
      m.open.delete(first);
      m.refused++;
      remember(m, first);
    }
    for (const [id, at] of [...m.cancelled]) if (m.t - at >= 120_000) m.cancelled.delete(id);
    check(m, r);
  }
  toString = () => `wait(${this.seconds} s)`;
}

it('what the session holds for the peer’s multipart messages agrees with a model of its budget and remembered ids', () => {
  const first = fc.integer({ min: 1, max: 6 }).map((n) => new First(n));
  // First parts twice as often: concurrency and the remembered ids reach their caps.
  const commands = [
    first,
    first,
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 }), fc.boolean()).map(([p, n, fin]) => new Next(p, n, fin)),
    fc.tuple(fc.nat(), fc.boolean()).map(([p, fin]) => new Late(p, fin)),
    fc.constantFrom(10, 59, 60, 130).map((s) => new Wait(s)),
  ];
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands: 50 }), (cmds) => {
      const peer = openServer(LIMITS, {});
      peer.session.on(1, 1, (ctx) => void real.delivered.push((ctx.body as { channels: { id: number }[] }).channels.map((c) => c.id)));
      const model: Model = { open: new Map(), held: 0, cancelled: new Map(), delivered: [], refused: 0, t: 0 };
      const real: Real = { peer, delivered: [], nextId: 2 };
      fc.modelRun(() => ({ model, real }), cmds);
    }),
    { numRuns: 300 },
  );
});
