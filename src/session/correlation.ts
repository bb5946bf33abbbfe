import type { AnyCodec, DecodedMessage } from '../codec/codec.js';
import type { AvroType } from '../schema/avro-types.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import { ACKNOWLEDGE, onlyAnswers, PROTOCOL_EXCEPTION } from '../schema/etp.js';
import type { ErrorInfo } from '../schema/gen/etp12-types.gen.js';
import type { MessageHeader } from '../wire/header.js';
import { Assembly, type AssemblyMode } from './assembly.js';
import { Budget, type BudgetLimits } from './budget.js';
import { Inbox, type Incoming } from './inbox.js';
import type { SessionReport } from './options.js';
import { RememberedIds } from './remembered.js';
import { type PartStream, type Pending, Requests, settle } from './requests.js';

/** What correlation needs from its session. */
export interface CorrelationContext {
  codec: AnyCodec;
  now: () => number;
  /** A whole message from the peer (a multipart one merged), for the handlers. */
  deliver(message: DecodedMessage, errors: Record<string, ErrorInfo>, blobs?: ReadonlyMap<string, Uint8Array>): void;
  /** Tells the peer with a ProtocolException. */
  exception(code: number, text: string, about: Pick<MessageHeader, 'protocol' | 'messageType' | 'messageId'>): void;
  report(r: SessionReport): void;
}

/** The timing and bounds of correlation. */
export interface CorrelationLimits extends BudgetLimits {
  /** MultipartMessageTimeoutPeriod, in milliseconds. */
  partTimeoutMs: number;
  /** ResponseTimeoutPeriod, in milliseconds: how long an awaited acknowledgement is remembered. */
  responseTimeoutMs: number;
  /** Most ids remembered, of cancelled messages and of awaited acknowledgements (each). */
  maxRememberedIds: number;
}

/**
 * Everything a session matches by id: its requests waiting for responses, the peer's multipart
 * messages while their parts arrive, the ids of cancelled messages whose late parts are dropped,
 * and the acknowledgements it awaits. All that they hold is counted by one {@link Budget}, and
 * every entry has a deadline that {@link Correlation.sweep} enforces.
 */
export class Correlation {
  private readonly requests = new Requests();
  private readonly inbox = new Inbox();
  private readonly budget: Budget;
  /** Messages cancelled (ours awaiting a response, the peer's multipart): their late parts are dropped quietly. */
  private readonly cancelled: RememberedIds;
  private readonly awaitingAck: RememberedIds;

  constructor(
    private readonly ctx: CorrelationContext,
    private readonly limits: CorrelationLimits,
  ) {
    this.budget = new Budget(limits);
    // A late part may come up to one multipart timeout after the cancellation, so that long at least.
    this.cancelled = new RememberedIds(2 * limits.partTimeoutMs, limits.maxRememberedIds);
    this.awaitingAck = new RememberedIds(limits.responseTimeoutMs, limits.maxRememberedIds);
  }

  /** What is held now that a peer can make grow. */
  get held(): { multipart: number; multipartBytes: number; cancelledIds: number; awaitedAcks: number; pending: number } {
    return { multipart: this.budget.concurrent, multipartBytes: this.budget.bytes, cancelledIds: this.cancelled.size, awaitedAcks: this.awaitingAck.size, pending: this.requests.size };
  }

  /** True when nothing waits for a sweep. */
  get idle(): boolean {
    return this.requests.size === 0 && this.inbox.size === 0 && this.cancelled.size === 0 && this.awaitingAck.size === 0;
  }

  /** Requests waiting. */
  get pending(): number {
    return this.requests.size;
  }

  /** Registers a request about to be sent as `id`. */
  expect(id: number, request: { protocol: number; messageType: number }, mode: AssemblyMode, timeoutMs: number, resolve: Pending['resolve'], reject: Pending['reject'], stream?: PartStream): Pending {
    const codec = this.ctx.codec;
    const now = this.ctx.now();
    const assembly = new Assembly(mode, request.protocol, now, { kind: 'response', profile: codec.profile, answers: codec.registry.answersOf(codec.lookup(request).name) });
    return this.requests.add(id, assembly, now, timeoutMs, resolve, reject, stream);
  }

  /** Takes a waiting request out of the table (its answer is handled by the caller: OpenSession). */
  take(id: number): Pending | undefined {
    const p = this.requests.get(id);
    if (p) this.requests.remove(p);
    return p;
  }

  /** Remembers an acknowledgement asked for message `id`. */
  awaitAck(id: number): void {
    this.awaitingAck.add(id, this.ctx.now());
  }

  /**
   * A message whose correlationId is not 0: a part of a response, of the peer's multipart
   * message, an acknowledgement, or a late part of a cancelled message. False when its
   * correlationId names nothing and it is not only an answer: a request or notification in its
   * own right, for the caller to route.
   */
  correlated(message: DecodedMessage, cost: number): boolean {
    const h = message.header;
    const pending = this.requests.get(h.correlationId);
    if (pending) {
      this.responsePart(pending, message, cost);
      return true;
    }
    const inc = this.inbox.get(h.correlationId);
    if (inc) {
      this.incomingPart(inc, message, cost);
      return true;
    }
    if (h.messageType === ACKNOWLEDGE && this.awaitingAck.delete(h.correlationId)) return true;
    if (this.cancelled.has(h.correlationId)) {
      if (this.ctx.codec.profile.isFinal(h.messageFlags)) this.cancelled.delete(h.correlationId);
      return true; // a late part of a message that was cancelled
    }
    // A ProtocolException about a message that expected no answer (a ChannelData the peer refused)
    // goes on: the session reports it as the peer's exception, with its code.
    if (h.messageType !== PROTOCOL_EXCEPTION && onlyAnswers({ ...h, name: message.name })) {
      this.ctx.report({ kind: 'unexpected-response', message: `${message.name} answers message ${h.correlationId}, which nothing is waiting for`, header: h });
      return true;
    }
    return false;
  }

  /** The first part (not final) of a multipart request or notification from the peer. */
  open(message: DecodedMessage, cost: number): void {
    const h = message.header;
    const inc = this.inbox.open(h.messageId, h.protocol, this.ctx.codec.lookup(h).type as AvroType, this.ctx.now(), this.ctx.codec.profile);
    this.incomingPart(inc, message, cost);
  }

  private responsePart(p: Pending, message: DecodedMessage, cost: number): void {
    const now = this.ctx.now();
    const fin = this.ctx.codec.profile.isFinal(message.header.messageFlags);
    try {
      this.budget.charge(p.assembly, cost, fin);
      p.assembly.add(message, this.ctx.codec.lookup(message.header).type as AvroType, now);
    } catch (err) {
      this.cancelRequest(p, err as EtpError, message.header);
      return;
    }
    p.stream?.push(message);
    if (!fin) {
      // Between parts, the peer has MultipartMessageTimeoutPeriod.
      p.deadline = now + this.limits.partTimeoutMs;
      return;
    }
    this.requests.remove(p);
    this.budget.release(p.assembly);
    settle(p, message);
  }

  private incomingPart(inc: Incoming, message: DecodedMessage, cost: number): void {
    const fin = this.ctx.codec.profile.isFinal(message.header.messageFlags);
    try {
      this.budget.charge(inc.assembly, cost, fin);
      inc.assembly.add(message, inc.type, this.ctx.now());
    } catch (err) {
      this.cancelIncoming(inc, err as EtpError);
      return;
    }
    if (!fin) return;
    this.dropIncoming(inc);
    const a = inc.assembly;
    const first = a.first ?? message;
    this.ctx.deliver({ ...first, body: a.body ?? first.body }, a.errors, a.blobs);
  }

  private dropIncoming(inc: Incoming): void {
    this.inbox.remove(inc);
    this.budget.release(inc.assembly);
  }

  /** Drops a peer's multipart message and tells the peer (18, or the limit's own code). */
  private cancelIncoming(inc: Incoming, err: EtpError): void {
    this.dropIncoming(inc);
    this.cancelled.add(inc.key, this.ctx.now());
    const about = { protocol: inc.assembly.protocol, messageType: inc.assembly.first?.header.messageType ?? 0, messageId: inc.key };
    this.ctx.report({ kind: 'multipart-cancelled', message: err.message, error: err });
    this.ctx.exception(err.etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, err.message, about);
  }

  /** Forgets a request without telling the peer (timed out or cancelled by the caller): its late parts are dropped. */
  forget(p: Pending, err: EtpError): void {
    if (!this.requests.remove(p)) return;
    this.budget.release(p.assembly);
    this.cancelled.add(p.id, this.ctx.now());
    p.reject(err);
  }

  /** Fails a request whose multipart response broke a limit, and tells the peer it is cancelled. */
  private cancelRequest(p: Pending, err: EtpError, about?: MessageHeader): void {
    this.forget(p, err);
    this.ctx.report({ kind: 'multipart-cancelled', message: err.message, header: about, error: err });
    this.ctx.exception(err.etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, err.message, { protocol: p.protocol, messageType: 0, messageId: p.id });
  }

  /**
   * Enforces every deadline at `now`: requests without a response fail with TIMED_OUT; multipart
   * messages whose next part is late are cancelled (MULTIPART_CANCELLED, and the peer is told);
   * remembered ids past their time are forgotten.
   */
  sweep(now: number): void {
    const period = this.limits.partTimeoutMs / 1000;
    for (const p of this.requests.expired(now)) {
      if (p.assembly.parts === 0) this.forget(p, new EtpError('TIMED_OUT', `no response to message ${p.id} within ${p.timeoutMs} ms`));
      else this.cancelRequest(p, new EtpError('MULTIPART_CANCELLED', `no part of the response to message ${p.id} for ${period} s`));
    }
    for (const inc of this.inbox.stale(now, this.limits.partTimeoutMs)) {
      this.cancelIncoming(inc, new EtpError('MULTIPART_CANCELLED', `no part of multipart message ${inc.key} for ${period} s`));
    }
    this.cancelled.expire(now);
    this.awaitingAck.expire(now);
  }

  /** Fails every request and forgets everything (the session closed). */
  clear(err: EtpError): void {
    this.requests.failAll(err);
    this.inbox.clear();
    this.budget.clear();
    this.cancelled.clear();
    this.awaitingAck.clear();
  }
}
