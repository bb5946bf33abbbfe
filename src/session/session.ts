import { FramePool } from '../wire/frame-pool.js';
import type { Codec, DecodeControl, DecodedMessage, MessageHeaderExtension } from '../codec/codec.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import { ACKNOWLEDGE, allowedBeforeOpen, Core, PROTOCOL_EXCEPTION, Protocol } from '../schema/etp.js';
import type { ErrorInfo, Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { EtpProfile } from '../schema/profile.js';
import type { AnswerBodyOf, BodyAt, BodyOf, InputAt, InputOf, MessageName, NameOfNumbers } from '../schema/message-map.js';
import type { MessageInfo } from '../schema/registry.js';
import { MessageFlags } from '../wire/flags.js';
import type { MessageHeader } from '../wire/header.js';
import { DEFAULT_CAPABILITIES, type EndpointCapabilities } from './capabilities.js';
import { type ClockHost, SessionClock } from './clock.js';
import { type CoreHost, CoreService, type SessionState } from './core.js';
import { type AnswerHost, Answers, type HandlerContextOf, type HandlerOf, Handlers, type ReplyOptions } from './handlers.js';
import { describeEndpoint, type EndpointDescription, handshakeOf, type Negotiated } from './handshake.js';
import { partCost } from './budget.js';
import { collectionFields } from './parts.js';
import { Correlation } from './correlation.js';
import { IncomingIds, MessageIds, type SessionRole } from './ids.js';
import { defaultCodec, type SessionLimits, sessionLimits, type SessionOptions, type SessionReport, type SessionTimers } from './options.js';
import { Outbox } from './outbox.js';
import { type EtpResponse, PartStream, type Pending, type RequestOptions } from './requests.js';

export type { EtpResponse, RequestOptions } from './requests.js';
export { MIN_MESSAGE_BYTES_FLOOR, SESSION_CODEC_MAX_ITEMS, SESSION_DEFAULTS, type SessionOptions, type SessionReport, type SessionTimers } from './options.js';

/** What a handler gets: the body `B` of message `N` of map `M`. */
export type HandlerContext<B = unknown, M = Etp12MessageMap, N = never> = HandlerContextOf<B, EtpSession<M>, M, N>;
/** A message handler. */
export type Handler<B = unknown, M = Etp12MessageMap, N = never> = HandlerOf<B, EtpSession<M>, M, N>;
/** Options of {@link EtpSession.send}. */
export interface SendOptions {
  extension?: MessageHeaderExtension;
  /** Sets AcknowledgementRequested (0x10): the peer answers with Acknowledge. */
  acknowledge?: boolean;
}
export type { ReplyOptions };

/** What a handler of {@link EtpSession.onMalformed} gets. */
export interface MalformedContext {
  header: MessageHeader;
  /** Why the body did not decode (its `etpCode` is what the peer would have got). */
  error: EtpError;
  /** The frame as received. */
  frame: Uint8Array;
  /** Answers the message (correlated), by message type in its protocol or by full name. */
  reply(message: number | string, body: unknown): void;
}

/**
 * One ETP session (1.2, or 1.1: its codec's profile says), either side, without a transport:
 * feed it received frames with {@link EtpSession.receive}; it sends through `options.send`. It
 * keeps the session's state and routes each message: Core to the {@link CoreService} (handshake,
 * Ping, CloseSession), whatever its correlationId names to the {@link Correlation} (responses,
 * parts of multipart messages), complete messages to the {@link Handlers}; what it sends goes
 * through the {@link Outbox}; what time drives is the {@link SessionClock}'s. Bad input becomes a
 * ProtocolException, never an exception. `M`, the message map, types its calls by message name.
 */
export class EtpSession<M = Etp12MessageMap> {
  readonly role: SessionRole;
  /** This endpoint's instance id: clientInstanceId in RequestSession, serverInstanceId in OpenSession. */
  readonly instanceId: string;
  readonly codec: Codec<M>;
  readonly capabilities: EndpointCapabilities;
  /** What the application keeps with the session (`options.context`; over `listen`, what `authenticate` returned). */
  readonly context: unknown;
  /** What was agreed, once the session is open. */
  negotiated: Negotiated | undefined;
  /** Resolves when the session opens; rejects when the handshake fails or the session closes first. */
  readonly opened: Promise<Negotiated>;
  /**
   * Resolves with the reason when the session ends, however it ends: for what is kept per session
   * beside it (a protocol's streams, say) to be freed.
   */
  readonly closed: Promise<string>;
  private closedResolve!: (reason: string) => void;

  private state: SessionState = 'new';
  private readonly options: SessionOptions<M>;
  private readonly limits: SessionLimits;
  private readonly endpoint: EndpointDescription;
  /** What the session's ETP version allows (the codec's): flags, ids, handshake, Ping. */
  private readonly profile: EtpProfile;
  private readonly coreService: CoreService;
  private readonly incomingIds: IncomingIds;
  private readonly outbox: Outbox;
  private readonly correlation: Correlation;
  private readonly handlers: Handlers<EtpSession<M>>;
  private readonly answers: Answers;
  /** What answers a message whose body cannot be decoded, by `protocol/messageType` ({@link EtpSession.onMalformed}). */
  private readonly malformedHandlers = new Map<string, (ctx: MalformedContext) => void>();
  /** The agreed protocol numbers, for the per-message check. */
  private agreed = new Set<number>();
  /** Reused for every decode: what this session allows, and what the frame cost. */
  private readonly control: DecodeControl = { allowCompression: false, allowExtension: false, bytes: 0, items: 0 };
  private drainWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private openedResolve!: (n: Negotiated) => void;
  private openedReject!: (e: unknown) => void;
  private readonly now: () => number;
  private readonly clock: SessionClock;

  constructor(options: SessionOptions<M>) {
    this.limits = sessionLimits(options);
    this.options = options;
    this.role = options.role;
    this.context = options.context;
    this.capabilities = { ...DEFAULT_CAPABILITIES, ...options.capabilities };
    if (options.codec?.options.reuseFrames) {
      throw new EtpError('INVALID_OPTION', 'a session keeps its frames until the transport has them: its codec cannot have reuseFrames');
    }
    if (options.codec?.options.strings === 'utf8') {
      throw new EtpError('INVALID_OPTION', "a session reads the strings of the messages it handles: its codec cannot have strings: 'utf8'");
    }
    if (options.framePool !== undefined && !(options.framePool instanceof FramePool)) {
      throw new EtpError('INVALID_OPTION', 'framePool must be a FramePool');
    }
    this.codec = options.codec ?? defaultCodec(this.capabilities.MaxWebSocketMessagePayloadSize, options.etp);
    const errorText = options.errorText;
    if (errorText !== undefined && errorText !== 'generic' && errorText !== 'message' && typeof errorText !== 'function') {
      throw new EtpError('INVALID_OPTION', `errorText must be 'generic', 'message' or a function, got ${String(errorText)}`);
    }
    this.endpoint = { ...describeEndpoint(options, this.limits.minMessageBytes), capabilities: this.capabilities };
    this.instanceId = this.endpoint.instanceId;
    this.profile = this.codec.profile;
    this.control.allowExtension = this.capabilities.SupportsMessageHeaderExtensions;
    this.control.checkFlags = true;
    this.incomingIds = new IncomingIds(this.role, this.profile);
    this.outbox = new Outbox(
      { codec: this.codec, ids: new MessageIds(this.role, this.profile), send: options.send, onTraffic: options.onTraffic, compressAbove: this.limits.compressAbove, framePool: options.framePool },
      // Until the sizes are agreed, only what the codec can encode: our own limit is what we receive.
      this.codec.options.maxMessageBytes,
    );
    // The services' one way into the session: an object of prototype methods (no closures per session).
    const port = new EtpSession.Port(this as EtpSession<unknown>);
    this.answers = new Answers(port, errorText);
    this.handlers = new Handlers<EtpSession<M>>(this, this.answers);
    this.now = options.now ?? Date.now;
    this.correlation = new Correlation(
      {
        codec: this.codec,
        now: this.now,
        deliver: (message, errors, blobs) => this.handlers.deliver(message, errors, blobs),
        exception: (code, text, about) => this.sendException(code, text, about),
        report: (r) => this.report(r),
      },
      {
        maxParts: this.limits.maxParts,
        maxMultipartBytes: this.limits.maxMultipartBytes,
        maxBufferedBytes: this.limits.maxBufferedBytes,
        maxConcurrent: this.capabilities.MaxConcurrentMultipart,
        partTimeoutMs: this.capabilities.MultipartMessageTimeoutPeriod * 1000,
        responseTimeoutMs: this.capabilities.ResponseTimeoutPeriod * 1000,
        maxRememberedIds: this.limits.maxRememberedIds,
        ...(options.sharedBudget ? { shared: options.sharedBudget } : {}),
      },
    );
    this.coreService = new CoreService(port, handshakeOf(this.profile), this.endpoint);
    this.clock = new SessionClock(
      port,
      { sweepIntervalMs: this.limits.sweepIntervalMs, keepaliveMs: this.limits.keepaliveMs, establishmentMs: this.capabilities.SessionEstablishmentTimeoutPeriod * 1000 },
      options.timers ?? PLATFORM_TIMERS,
      this.now,
    );
    this.opened = new Promise<Negotiated>((resolve, reject) => {
      this.openedResolve = resolve;
      this.openedReject = reject;
    });
    this.opened.catch(() => {}); // a failure is reported through the promise to whoever awaits it
    this.closed = new Promise<string>((resolve) => (this.closedResolve = resolve));
    // A server gives a new connection SessionEstablishmentTimeoutPeriod to send RequestSession.
    if (this.role === 'server') this.clock.arm();
  }

  /**
   * What `JSON.stringify(session)` gives (a session holds timers, its transport and its peer's
   * state, which do not serialise): its role, state, instance id and, once open, the agreed terms.
   */
  toJSON(): { role: SessionRole; state: string; instanceId: string; sessionId?: string; peerApplication?: string; protocols?: number[]; maxMessageBytes?: number } {
    const n = this.negotiated;
    return {
      role: this.role,
      state: this.state,
      instanceId: this.instanceId,
      ...(n ? { sessionId: n.sessionId, peerApplication: n.peerApplication, protocols: n.protocols.map((p) => p.protocol), maxMessageBytes: n.maxMessageBytes } : {}),
    };
  }

  /** True once OpenSession went out (server) or came in (client), until the session closes. */
  get isOpen(): boolean {
    return this.state === 'open';
  }

  get isClosed(): boolean {
    return this.state === 'closed';
  }

  /** Number of requests waiting for their response. */
  get pendingCount(): number {
    return this.correlation.pending;
  }

  /**
   * What the session holds that a peer can make grow, each against its bound (see docs/session.md):
   * multipart messages open and their decoded cost, remembered ids.
   */
  get held(): { multipart: number; multipartBytes: number; cancelledIds: number; awaitedAcks: number; pending: number } {
    return this.correlation.held;
  }

  /**
   * False while the transport holds more than `highWaterMark` bytes for the peer: a producer
   * should wait for {@link EtpSession.drained} before sending more. Nothing is refused either way;
   * a peer that never reads is cut off by the transport (`maxOutgoingBytes`).
   */
  get writable(): boolean {
    return this.buffered <= this.limits.highWaterMark;
  }

  /** Bytes the transport still holds for the peer (0 without a transport that says). */
  get buffered(): number {
    return this.options.bufferedBytes?.() ?? 0;
  }

  /** Resolves when the session is writable again (at once when it is); rejects with SESSION_CLOSED when it closes first. */
  drained(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new EtpError('SESSION_CLOSED', 'session is closed'));
    if (this.writable) return Promise.resolve();
    return new Promise<void>((resolve, reject) => this.drainWaiters.push({ resolve, reject }));
  }

  /** Tells the session that its transport wrote bytes out: waiting producers go on once it is writable. */
  transportDrained(): void {
    if (this.drainWaiters.length === 0 || !this.writable) return;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w.resolve();
  }

  /** Client: sends RequestSession; resolves with what was agreed, rejects with the server's ProtocolException. */
  start(): Promise<Negotiated> {
    if (this.role !== 'client') throw new EtpError('INVALID_STATE', 'only a client starts a session');
    if (this.state !== 'new') throw new EtpError('INVALID_STATE', `session is already ${this.state}`);
    this.state = 'requesting';
    const request = this.request(Protocol.Core, Core.RequestSession, this.coreService.requestSession(), {
      timeoutMs: this.capabilities.RequestSessionTimeoutPeriod * 1000,
    });
    request.catch((err) => {
      this.openedReject(err);
      this.shutdown(`session refused: ${(err as Error).message}`);
    });
    return this.opened;
  }

  // ---- handlers -------------------------------------------------------------------------

  /**
   * Registers the handler of a message type: by full schema name (typed for built-in messages)
   * or by protocol and message type. With `role`, it runs only when the session agreed that
   * protocol with this endpoint in that role.
   */
  on<N extends MessageName<M>>(name: N, handler: Handler<BodyOf<M, N>, M, N>, options?: { role?: string }): this;
  on<P extends number, T extends number>(protocol: P, messageType: T, handler: Handler<BodyAt<M, P, T>, M, NameOfNumbers<M, P, T>>, options?: { role?: string }): this;
  on(a: string | number, b: unknown, c?: unknown, d?: unknown): this {
    let protocol: number;
    let messageType: number;
    let handler: Handler<unknown, M, string>;
    let role: string | undefined;
    if (typeof a === 'string') {
      const info = this.byName(a);
      [protocol, messageType, handler, role] = [info.protocol, info.messageType, b as typeof handler, (c as { role?: string })?.role];
    } else {
      [protocol, messageType, handler, role] = [a, b as number, c as typeof handler, (d as { role?: string })?.role];
    }
    const wrapped: typeof handler = role === undefined ? handler : (ctx) => (this.playsRole(protocol, role) ? handler(ctx) : this.answers.unhandled(ctx.message));
    this.handlers.set(protocol, messageType, wrapped as never);
    return this;
  }

  /**
   * Registers what answers a message of this type whose header was read but whose body cannot be
   * decoded, instead of ProtocolException 19: for a protocol that promises one answer per request
   * (Sink answers a malformed Publish with Nack 4). The handler gets the header, the decode error
   * and the frame (to decode it another way), and may `reply` (correlated). Only once the session
   * is open and the protocol agreed; a handler that throws is reported and the peer gets 19.
   */
  onMalformed(name: MessageName<M>, handler: (ctx: MalformedContext) => void): this {
    const info = this.byName(name);
    this.malformedHandlers.set(`${info.protocol}/${info.messageType}`, handler);
    return this;
  }

  /** The message with this full name in the session's catalog; UNKNOWN_MESSAGE_TYPE when none. */
  private byName(name: string): MessageInfo {
    const info = this.codec.registry.message(name);
    if (!info) throw new EtpError('UNKNOWN_MESSAGE_TYPE', `no message named ${name}`);
    return info;
  }

  /** (protocol, messageType, body, options) from the by-name or by-numbers form of a call. */
  private numbers<O>(args: unknown[]): [number, number, unknown, O | undefined] {
    if (typeof args[0] === 'string') {
      const info = this.byName(args[0]);
      return [info.protocol, info.messageType, args[1], args[2] as O | undefined];
    }
    return [args[0] as number, args[1] as number, args[2], args[3] as O | undefined];
  }

  private playsRole(protocol: number, role: string): boolean {
    const agreed = this.negotiated?.protocols.find((p) => p.protocol === protocol);
    if (!agreed) return false;
    // Agreed roles are the server's; a client plays the counterpart.
    return this.role === 'server' ? agreed.role === role : agreed.role !== role;
  }

  // ---- sending --------------------------------------------------------------------------

  /**
   * Sends a message that answers nothing (a notification, or a request whose answer you do not
   * wait for). Splits it into parts when its type is multipart and it does not fit one message.
   * Returns the message id (of the first part).
   */
  send<N extends MessageName<M>>(name: N, body: InputOf<M, N>, options?: SendOptions): number;
  send<P extends number, T extends number>(protocol: P, messageType: T, body: InputAt<M, P, T>, options?: SendOptions): number;
  send(...args: unknown[]): number {
    const [protocol, messageType, body, options] = this.numbers<SendOptions>(args);
    const id = this.sendMessage(protocol, messageType, body, 0, options?.acknowledge ? MessageFlags.AcknowledgementRequested : 0, options?.extension);
    if (options?.acknowledge) {
      this.correlation.awaitAck(id);
      this.clock.arm();
    }
    return id;
  }

  /**
   * {@link EtpSession.send} for timers and promise callbacks, where a throw would reach the event
   * loop: never throws. Returns the message id, or the error that stopped the message
   * (MESSAGE_TOO_LARGE, SESSION_CLOSED, …), which is also reported (`send-failed`).
   */
  trySend<N extends MessageName<M>>(name: N, body: InputOf<M, N>, options?: SendOptions): number | EtpError;
  trySend<P extends number, T extends number>(protocol: P, messageType: T, body: InputAt<M, P, T>, options?: SendOptions): number | EtpError;
  trySend(...args: unknown[]): number | EtpError {
    try {
      return (this.send as (...a: unknown[]) => number)(...args);
    } catch (err) {
      const error = err instanceof EtpError ? err : new EtpError('INVALID_VALUE', String((err as Error)?.message ?? err), { cause: err });
      this.report({ kind: 'send-failed', message: `cannot send ${String(args[0])}${typeof args[0] === 'number' ? `/${String(args[1])}` : ''}: ${error.message}`, error });
      return error;
    }
  }

  /**
   * Sends a request and resolves with its whole response. By name, the body is the request's input
   * type and the response body the union of the bodies of the messages that answer it.
   */
  request<N extends MessageName<M>>(name: N, body: InputOf<M, N>, options?: RequestOptions): Promise<EtpResponse<AnswerBodyOf<M, N>>>;
  request<B = unknown>(protocol: number, messageType: number, body: unknown, options?: RequestOptions): Promise<EtpResponse<B>>;
  request(...args: unknown[]): Promise<EtpResponse> {
    const [protocol, messageType, body, options = {}] = this.numbers<RequestOptions>(args);
    return new Promise<EtpResponse>((resolve, reject) => {
      this.startRequest(protocol, messageType, body, options, resolve, reject);
    });
  }

  /** Sends a request and yields the parts of its response as they arrive (ProtocolException parts too). */
  requestParts<N extends MessageName<M>>(name: N, body: InputOf<M, N>, options?: Omit<RequestOptions, 'mode'>): AsyncIterable<DecodedMessage>;
  requestParts(protocol: number, messageType: number, body: unknown, options?: Omit<RequestOptions, 'mode'>): AsyncIterable<DecodedMessage>;
  requestParts(...args: unknown[]): AsyncIterable<DecodedMessage> {
    const [protocol, messageType, body, options = {}] = this.numbers<Omit<RequestOptions, 'mode'>>(args);
    const stream = new PartStream();
    this.startRequest(
      protocol,
      messageType,
      body,
      { ...options, mode: 'parts' },
      () => stream.end(),
      (e) => stream.fail(e),
      stream,
    );
    return stream;
  }

  /**
   * Sends one request as several messages, the parts of one multipart request (a PutDataObjects
   * then the Store Chunk messages that carry its large objects' bytes), and resolves with its whole
   * response. Parts are named by full name, all of one protocol; each must fit one message.
   */
  requestEach(parts: readonly { message: MessageName<M>; body: unknown }[], options: Omit<RequestOptions, 'mode'> = {}): Promise<EtpResponse> {
    return new Promise<EtpResponse>((resolve, reject) => {
      let resolved: { protocol: number; messageType: number; body: unknown }[];
      try {
        if (parts.length === 0) throw new EtpError('INVALID_VALUE', 'a request has at least one part');
        resolved = parts.map((p) => ({ ...this.byName(p.message), body: p.body }));
        const protocol = resolved[0]!.protocol;
        for (const p of resolved) {
          if (p.protocol !== protocol) throw new EtpError('INVALID_VALUE', `the parts of one request are of one protocol: ${p.protocol} after ${protocol}`);
          this.checkSend(p.protocol, p.messageType, 0, options.extension);
        }
      } catch (err) {
        reject(err);
        return;
      }
      const first = resolved[0]!;
      this.startRequest(first.protocol, first.messageType, first.body, options, resolve, reject, undefined, () => {
        this.clock.sent();
        this.outbox.sendEach({ protocol: first.protocol, messageType: 0, correlationId: 0, flags: 0, extension: options.extension }, resolved);
      });
    });
  }

  /**
   * Sends several messages of one protocol as the parts of one multipart message that is not a
   * request: a store's ObjectChanged, then the StoreNotification Chunk messages that carry its
   * large object. Parts are named by full name; each must fit one message. Returns the first
   * part's message id.
   */
  sendEach(parts: readonly { message: MessageName<M>; body: unknown }[], options: SendOptions = {}): number {
    if (parts.length === 0) throw new EtpError('INVALID_VALUE', 'a message has at least one part');
    const resolved = parts.map((p) => ({ ...this.byName(p.message), body: p.body }));
    const protocol = resolved[0]!.protocol;
    for (const p of resolved) {
      if (p.protocol !== protocol) throw new EtpError('INVALID_VALUE', `the parts of one message are of one protocol: ${p.protocol} after ${protocol}`);
      this.checkSend(p.protocol, p.messageType, 0, options.extension);
    }
    this.clock.sent();
    return this.outbox.sendEach({ protocol, messageType: 0, correlationId: 0, flags: 0, extension: options.extension }, resolved);
  }

  /** Sends Ping and resolves with the round trip in milliseconds. */
  async ping(): Promise<number> {
    if (!this.profile.ping) throw new EtpError('INVALID_STATE', `etp ${this.profile.etp} has no ping`);
    const t = this.now();
    await this.request(Protocol.Core, Core.Ping, { currentDateTime: this.micros() });
    return this.now() - t;
  }

  /** Sends CloseSession and ends the session. */
  close(reason = ''): void {
    if (this.state === 'closed') return;
    if (this.state === 'open') {
      try {
        this.sendMessage(Protocol.Core, Core.CloseSession, { reason }, 0, 0);
      } catch {
        // the transport is going away anyway
      }
    }
    this.shutdown(reason || 'closed');
  }

  /** Tells the session that its transport is gone. */
  transportClosed(reason = 'transport closed'): void {
    this.shutdown(reason);
  }

  private startRequest(
    protocol: number,
    messageType: number,
    body: unknown,
    options: RequestOptions,
    resolve: (r: EtpResponse) => void,
    reject: (e: unknown) => void,
    stream?: PartStream,
    sendParts?: () => void,
  ): void {
    if (options.signal?.aborted) {
      reject(new EtpError('REQUEST_CANCELLED', 'request cancelled before it was sent'));
      return;
    }
    const timeoutMs = options.timeoutMs ?? this.capabilities.ResponseTimeoutPeriod * 1000;
    // Registered before sending, under the id the message will take: a transport that answers
    // synchronously must find it.
    const pending = this.correlation.expect(this.outbox.nextId(), { protocol, messageType }, options.mode ?? 'merge', timeoutMs, resolve, reject, stream);
    options.signal?.addEventListener('abort', () => this.correlation.forget(pending, new EtpError('REQUEST_CANCELLED', `request ${pending.id} cancelled`)), { once: true });
    try {
      if (sendParts) sendParts();
      else this.sendMessage(protocol, messageType, body, 0, 0, options.extension);
    } catch (err) {
      this.correlation.take(pending.id);
      reject(err);
      return;
    }
    this.clock.arm();
  }

  /** Checks what the state allows, then hands the message to the outbox. */
  private sendMessage(protocol: number, messageType: number, body: unknown, correlationId: number, flags: number, extension?: MessageHeaderExtension): number {
    this.checkSend(protocol, messageType, flags, extension);
    this.clock.sent();
    return this.outbox.send({ protocol, messageType, body, correlationId, flags, extension });
  }

  /** What may not be sent now: a closed session, before it opens, an extension or a flag not agreed. */
  private checkSend(protocol: number, messageType: number, flags: number, extension: MessageHeaderExtension | undefined): void {
    if (this.state !== 'open') {
      if (this.state === 'closed') throw new EtpError('SESSION_CLOSED', 'session is closed');
      if (!allowedBeforeOpen({ protocol, messageType })) {
        throw new EtpError('INVALID_STATE', `protocol ${protocol} message ${messageType} cannot be sent before the session is open`);
      }
    }
    if (extension !== undefined && !this.negotiated?.peerSupportsExtensions) {
      throw new EtpError('EXTENSION_NOT_ALLOWED', 'the peer did not say SupportsMessageHeaderExtensions');
    }
    if (flags & ~this.profile.acceptedFlags) this.profile.checkFlags(flags, this.codec.lookup({ protocol, messageType }).name);
  }

  /** The message type of an answer to `request`, given by type or by name (then of the request's protocol). */
  private answerType(request: MessageHeader, message: number | string): number {
    if (typeof message === 'number') return message;
    const info = this.byName(message);
    if (info.protocol !== request.protocol) throw new EtpError('INVALID_VALUE', `${info.name} cannot answer a message of protocol ${request.protocol}`);
    return info.messageType;
  }

  /** A response with per-item errors: its body (unless every collection is empty), then ProtocolException parts. */
  private replyWithErrors(request: MessageHeader, messageType: number, body: unknown, errors: Record<string, ErrorInfo>, extension: MessageHeaderExtension | undefined): void {
    if (this.profile.etp !== '1.2') throw new EtpError('INVALID_VALUE', `etp ${this.profile.etp} has no per-item errors`);
    this.checkSend(request.protocol, messageType, 0, extension);
    const info = this.codec.lookup({ protocol: request.protocol, messageType });
    const fields = collectionFields(info.type as never);
    const empty =
      fields.length > 0 &&
      fields.every((f) => {
        const v = (body as Record<string, unknown>)?.[f.name];
        return v === undefined || (Array.isArray(v) ? v.length === 0 : Object.keys(v as object).length === 0);
      });
    const parts = [...(empty ? [] : [{ messageType, body }]), { messageType: PROTOCOL_EXCEPTION, body: { error: null, errors } }];
    this.clock.sent();
    this.outbox.sendSplit({ protocol: request.protocol, correlationId: request.messageId, flags: 0, extension }, parts);
  }

  /** A ProtocolException for a message (correlated when its id is known), never answering one. */
  private sendException(code: number, message: string, about?: Pick<MessageHeader, 'protocol' | 'messageType' | 'messageId'>): void {
    if (this.state === 'closed') return;
    if (about?.messageType === PROTOCOL_EXCEPTION) return; // never answer an exception with one
    const send = (text: string): number => {
      const body = this.profile.exception(code, text);
      return this.sendMessage(about?.protocol ?? Protocol.Core, PROTOCOL_EXCEPTION, body, about?.messageId ?? 0, 0);
    };
    try {
      try {
        send(message);
      } catch (err) {
        // A peer with a tiny size limit still gets the code: the text is cut to fit.
        if (!(err instanceof EtpError && err.code === 'MESSAGE_TOO_LARGE')) throw err;
        send(message.slice(0, Math.max(0, this.outbox.maxBytes - 40)));
      }
    } catch (err) {
      this.report({ kind: 'handler-error', message: `cannot send ProtocolException ${code}: ${(err as Error).message}`, error: err });
    }
  }

  /** A handler's reply (see {@link Answers.reply}): one message, split when it does not fit, or with per-item errors. */
  private sendReply(request: MessageHeader, message: number | string, body: unknown, options?: ReplyOptions): void {
    if (options?.errors && Object.keys(options.errors).length > 0) {
      this.replyWithErrors(request, this.answerType(request, message), body, options.errors, options.extension);
      return;
    }
    this.sendMessage(request.protocol, this.answerType(request, message), body, request.messageId, 0, options?.extension);
  }

  /** A handler's replyEach: several whole messages as the parts of one answer. */
  private sendReplyEach(request: MessageHeader, parts: readonly { message: number | string; body: unknown }[], options?: ReplyOptions): void {
    const resolved = parts.map((p) => ({ messageType: this.answerType(request, p.message), body: p.body }));
    for (const p of resolved) this.checkSend(request.protocol, p.messageType, 0, options?.extension);
    this.clock.sent();
    this.outbox.sendEach({ protocol: request.protocol, messageType: 0, correlationId: request.messageId, flags: 0, extension: options?.extension }, resolved);
  }

  // ---- receiving ------------------------------------------------------------------------

  /** Feeds one received frame. Never throws for anything the peer sent. */
  receive(frame: Uint8Array): void {
    if (this.state === 'closed') return;
    const control = this.control;
    // Compression only once gzip was agreed: a compressed frame is refused before it is inflated.
    control.allowCompression = this.negotiated?.compression === 'gzip';
    let message: DecodedMessage;
    try {
      message = this.codec.decode(frame, control);
    } catch (err) {
      this.undecodable(err, frame);
      return;
    }
    const header = message.header;
    this.clock.received();
    if (!this.acceptId(header)) return;
    this.options.onTraffic?.('in', header, message.name, frame.length, frame);
    if (header.messageFlags & MessageFlags.AcknowledgementRequested && header.messageType !== ACKNOWLEDGE) {
      this.sendSafely(header.protocol, ACKNOWLEDGE, {}, header);
    }
    try {
      this.route(message, partCost(control.bytes, control.items, control.large));
    } catch (err) {
      // Nothing a peer sends may throw out of receive(): whatever escaped routing (a send that
      // could not go, a fault of ours) is reported, and the peer told when it can be.
      this.report({ kind: 'send-failed', message: `while handling ${message.name}: ${(err as Error)?.message ?? String(err)}`, header, error: err });
      this.sendException((err as EtpError)?.etpCode ?? EtpErrorCodes.EINVALID_STATE, String((err as Error)?.message ?? err), header);
    }
  }

  /** An answer the session sends on its own (Pong, Acknowledge): a failure is reported, never thrown. */
  private sendSafely(protocol: number, messageType: number, body: unknown, about: MessageHeader): void {
    try {
      this.sendMessage(protocol, messageType, body, about.messageId, 0);
    } catch (err) {
      this.report({ kind: 'send-failed', message: `cannot answer message ${about.messageId}: ${(err as Error).message}`, header: about, error: err });
    }
  }

  /** Checks an incoming id; false when the message is to be dropped (already answered with 19). */
  private acceptId(header: MessageHeader): boolean {
    const problem = this.incomingIds.check(header.messageId);
    if (problem === undefined || this.options.idPolicy === 'report') {
      this.incomingIds.accept(header.messageId);
      if (problem === undefined) return true;
    }
    this.report({ kind: 'invalid-message-id', message: problem, header });
    if (this.options.idPolicy === 'report') return true;
    this.sendException(EtpErrorCodes.EINVALID_MESSAGE, problem, header);
    return false;
  }

  /** A frame that does not decode: answered with its ETP code, correlated when its header was read. */
  private undecodable(err: unknown, frame: Uint8Array): void {
    const header = (err as EtpError).header;
    // Its id still counts in the peer's sequence when it is valid.
    if (header && this.incomingIds.check(header.messageId) === undefined) this.incomingIds.accept(header.messageId);
    this.report({ kind: 'undecodable', message: (err as Error).message, header, error: err });
    const handler = header && this.state === 'open' && this.agreed.has(header.protocol) ? this.malformedHandlers.get(`${header.protocol}/${header.messageType}`) : undefined;
    if (handler && header) {
      try {
        handler({ header, error: err as EtpError, frame, reply: (message, body) => this.answers.reply(header, message, body) });
        return;
      } catch (failure) {
        this.report({ kind: 'handler-error', message: `malformed-message handler failed: ${(failure as Error)?.message}`, header, error: failure });
        if (this.answers.wasTold(failure)) return;
      }
    }
    this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_MESSAGE, (err as Error).message, header);
  }

  /** Where a decoded message goes: the handshake, a waiting request, an open multipart message, or a handler. */
  private route(message: DecodedMessage, cost: number): void {
    const h = message.header;
    if (h.protocol === Protocol.Core && this.coreService.handle(message)) return;
    if (this.state !== 'open' && !allowedBeforeOpen(h)) {
      this.sendException(EtpErrorCodes.EINVALID_STATE, `${message.name} is not allowed before the session is open`, h);
      return;
    }
    // A correlationId that names nothing leaves a request or notification to stand on its own.
    if (h.correlationId !== 0 && this.correlation.correlated(message, cost)) return;
    if (h.messageType === PROTOCOL_EXCEPTION) {
      const { error } = this.profile.readException(message.body);
      this.report({ kind: 'protocol-exception', message: `peer sent ProtocolException ${error?.code}: ${error?.message}`, header: h });
      return;
    }
    if (h.messageType === ACKNOWLEDGE) {
      this.report({ kind: 'unexpected-response', message: 'Acknowledge answers nothing', header: h });
      return;
    }
    if (h.protocol !== Protocol.Core && !this.agreed.has(h.protocol)) {
      this.sendException(EtpErrorCodes.EUNSUPPORTED_PROTOCOL, `protocol ${h.protocol} was not agreed in this session`, h);
      return;
    }
    if (!this.profile.isFinal(h.messageFlags)) {
      this.correlation.open(message, cost);
      this.clock.arm();
      return;
    }
    this.handlers.deliver(message, {});
  }

  /** The session opens: what was agreed takes effect for both directions. */
  private setNegotiated(n: Negotiated): void {
    this.negotiated = n;
    this.agreed = new Set(n.protocols.map((p) => p.protocol));
    this.outbox.maxBytes = n.maxMessageBytes;
    this.outbox.compress = n.compression === 'gzip';
    this.state = 'open';
    this.clock.opened();
    this.openedResolve(n);
  }

  // ---- timeouts, cancellation, shutdown ---------------------------------------------------

  /**
   * Runs one timeout sweep at `now`: requests without a response within their timeout fail with
   * TIMED_OUT; multipart messages whose next part is late are cancelled (MULTIPART_CANCELLED,
   * and the peer is told); remembered ids past their time are forgotten; a server connection
   * without RequestSession within SessionEstablishmentTimeoutPeriod is closed. The session calls
   * it from one interval timer; tests call it directly.
   */
  sweep(now = this.now()): void {
    this.clock.sweep(now);
  }

  private shutdown(reason: string): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.clock.disarm();
    const err = new EtpError('SESSION_CLOSED', `session closed: ${reason}`);
    this.correlation.clear(err);
    for (const w of this.drainWaiters) w.reject(err);
    this.drainWaiters = [];
    this.openedReject(err);
    this.options.onClose?.(reason);
    this.closedResolve(reason);
  }

  private report(r: SessionReport): void {
    this.options.onReport?.(r);
  }

  private micros(): number {
    return this.now() * 1000;
  }

  /**
   * What the session's services (the Core service, the clock, the answers of handlers) may ask of
   * it, as prototype methods of one small object per session. Declared inside the class: it
   * reaches the session's private members, which nothing outside the session does.
   */
  private static readonly Port = class Port implements CoreHost, ClockHost, AnswerHost {
    constructor(private readonly s: EtpSession<unknown>) {}
    get role(): SessionRole {
      return this.s.role;
    }
    get state(): SessionState {
      return this.s.state;
    }
    get idle(): boolean {
      return this.s.correlation.idle;
    }
    takeRequest(id: number): Pending | undefined {
      return this.s.correlation.take(id);
    }
    send(protocol: number, messageType: number, body: unknown, correlationId: number): void {
      this.s.sendMessage(protocol, messageType, body, correlationId, 0);
    }
    sendSafely(protocol: number, messageType: number, body: unknown, about: MessageHeader): void {
      this.s.sendSafely(protocol, messageType, body, about);
    }
    exception(code: number, text: string, about?: MessageHeader): void {
      this.s.sendException(code, text, about);
    }
    opened(n: Negotiated): void {
      this.s.setNegotiated(n);
    }
    refused(err: unknown): void {
      this.s.openedReject(err);
      this.s.shutdown(`session refused: ${(err as Error).message}`);
    }
    ended(reason: string): void {
      this.s.shutdown(reason);
    }
    micros(): number {
      return this.s.micros();
    }
    expire(now: number): void {
      this.s.correlation.sweep(now);
    }
    shutdown(reason: string): void {
      this.s.shutdown(reason);
    }
    close(reason: string): void {
      this.s.close(reason);
    }
    ping(): Promise<unknown> | undefined {
      const s = this.s;
      return s.profile.ping ? s.request(Protocol.Core, Core.Ping, { currentDateTime: s.micros() }) : undefined;
    }
    sendReply(request: MessageHeader, message: number | string, body: unknown, options?: ReplyOptions): void {
      this.s.sendReply(request, message, body, options);
    }
    sendReplyEach(request: MessageHeader, parts: readonly { message: number | string; body: unknown }[], options?: ReplyOptions): void {
      this.s.sendReplyEach(request, parts, options);
    }
    report(r: SessionReport): void {
      this.s.report(r);
    }
  };
}

/** The platform's timers (the default of `timers`). */
const PLATFORM_TIMERS: SessionTimers = { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) };

export type { ErrorInfo };
