import { v4 as uuidv4 } from 'uuid';
import { type Codec, createCodec, type DecodeControl, type DecodedMessage, type MessageHeaderExtension } from '../codec/codec.js';
import type { AnyType } from '../codec/type-info.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import { ACKNOWLEDGE, allowedBeforeOpen, Core, onlyAnswers, PROTOCOL_EXCEPTION, Protocol } from '../schema/etp.js';
import type { ErrorInfo, Etp12MessageName, Etp12Messages, ProtocolException } from '../schema/etp12-types.js';
import { MessageFlags } from '../wire/flags.js';
import type { MessageHeader } from '../wire/header.js';
import type { AssemblyMode } from './assembly.js';
import { Budget } from './budget.js';
import { DEFAULT_CAPABILITIES, type EndpointCapabilities } from './capabilities.js';
import { failureCode, type HandlerContextOf, type HandlerOf, Handlers } from './handlers.js';
import { acceptOpenSession, type EndpointDescription, type Negotiated, negotiate, type ProtocolOffer, requestSessionBody } from './handshake.js';
import { type IdPolicy, IncomingIds, MessageIds, type SessionRole } from './ids.js';
import { Inbox, type Incoming } from './inbox.js';
import { Outbox } from './outbox.js';
import { RememberedIds } from './remembered.js';
import { type EtpResponse, PartStream, type Pending, Requests, settle } from './requests.js';

export type { EtpResponse } from './requests.js';

const FIN = MessageFlags.FinalPart;

/** Timers the session uses: one interval for its sweep. Tests pass fakes. */
export interface SessionTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Something the session noticed and did not turn into an error of a call: a report, not a crash. */
export interface SessionReport {
  kind:
    | 'unexpected-response'
    | 'invalid-message-id'
    | 'undecodable'
    | 'protocol-exception'
    | 'multipart-cancelled'
    | 'handler-error'
    | 'unhandled'
    | 'invalid-state';
  message: string;
  header?: MessageHeader;
  error?: unknown;
}

/** What a handler gets. */
export type HandlerContext<B = unknown> = HandlerContextOf<B, EtpSession>;
export type Handler<B = unknown> = HandlerOf<B, EtpSession>;

/** Options of {@link EtpSession}. Sizes in bytes, periods in ETP's seconds unless named Ms. */
export interface SessionOptions {
  role: SessionRole;
  /** Hands one encoded message to the transport. */
  send: (frame: Buffer) => void;
  /** Called once when the session ends (CloseSession either way, close(), or the transport). */
  onClose?: (reason: string) => void;
  /** Reports of things that went wrong without failing a call (unexpected responses, bad ids, …). */
  onReport?: (report: SessionReport) => void;
  /** Every message sent or received, for logs. */
  onTraffic?: (direction: 'in' | 'out', header: MessageHeader, name: string, bytes: number) => void;
  /** The codec. Default: the built-in ETP 1.2 schemas with `bytesView: true` and maxMessageBytes from the capabilities, one codec shared by every session with the same size. */
  codec?: Codec;
  applicationName?: string;
  applicationVersion?: string;
  /** clientInstanceId / serverInstanceId. Default: a new random UUID. */
  instanceId?: string;
  /** Client: protocols and server roles to request. Server: protocols and roles it offers. */
  protocols?: ProtocolOffer[];
  dataObjects?: string[];
  /** Default ['gzip']. */
  compression?: string[];
  /** This endpoint's capabilities (see DEFAULT_CAPABILITIES). */
  capabilities?: Partial<EndpointCapabilities>;
  /** Incoming ids with wrong parity, not increasing, or 0: 'reject' (ProtocolException, message dropped; default) or 'report'. */
  idPolicy?: IdPolicy;
  /** Most parts of one incoming multipart message. Default 10,000. */
  maxParts?: number;
  /** Most decoded cost (inflated bytes + 64 per item) held by one incoming multipart message. Default 32,000,000. */
  maxMultipartBytes?: number;
  /** Most decoded cost held by all the multipart messages the session is receiving (responses included). Default 64,000,000. */
  maxBufferedBytes?: number;
  /** Most ids remembered of cancelled messages and of acknowledgements awaited (each list). Default 10,000. */
  maxRememberedIds?: number;
  /** Compress (when gzip was negotiated) messages whose encoding exceeds this many bytes. Default 4096. */
  compressAbove?: number;
  /** Milliseconds between timeout sweeps. Default 1000. */
  sweepIntervalMs?: number;
  /** The clock, in milliseconds. Default Date.now. */
  now?: () => number;
  timers?: SessionTimers;
}

/** The defaults of every optional numeric option of a session. */
export const SESSION_DEFAULTS = {
  maxParts: 10_000,
  maxMultipartBytes: 32_000_000,
  maxBufferedBytes: 64_000_000,
  maxRememberedIds: 10_000,
  compressAbove: 4096,
  sweepIntervalMs: 1000,
} as const;

const OPTION_NAMES = new Set<string>([
  ...Object.keys(SESSION_DEFAULTS),
  ...['role', 'send', 'onClose', 'onReport', 'onTraffic', 'codec', 'applicationName', 'applicationVersion', 'instanceId'],
  ...['protocols', 'dataObjects', 'compression', 'capabilities', 'idPolicy', 'now', 'timers'],
]);

/** Options of a request. */
export interface RequestOptions {
  /** 'merge' (default): one merged body; 'parts': keep every part. */
  mode?: AssemblyMode;
  /** Override of ResponseTimeoutPeriod for this request, in milliseconds. */
  timeoutMs?: number;
  extension?: MessageHeaderExtension;
  /** Cancels the request: it fails with REQUEST_CANCELLED and later parts are dropped. */
  signal?: AbortSignal;
}

type State = 'new' | 'requesting' | 'open' | 'closed';

/** The item limit of the session's default codec: one message decodes to at most this many array items and map entries. */
export const SESSION_CODEC_MAX_ITEMS = 1_000_000;

/** Built-in codecs, one per size limit: compiled once, shared by every session of that size. */
const sharedCodecs = new Map<number, Codec>();
function defaultCodec(maxMessageBytes: number): Codec {
  let codec = sharedCodecs.get(maxMessageBytes);
  if (!codec) {
    if (sharedCodecs.size >= 16) sharedCodecs.delete(sharedCodecs.keys().next().value!);
    // One message may inflate to at most maxMessageBytes and decode to at most 1,000,000 items:
    // what a single frame, compressed or not, can cost before the budget sees it.
    codec = createCodec({ bytesView: true, maxMessageBytes, maxDecompressedBytes: maxMessageBytes, maxItems: SESSION_CODEC_MAX_ITEMS });
    sharedCodecs.set(maxMessageBytes, codec);
  }
  return codec;
}

/**
 * One ETP 1.2 session, either side, without a transport: feed it received frames with
 * {@link EtpSession.receive}; it sends through `options.send`. It routes each message: the
 * handshake and Core services here, responses to the request table ({@link Requests}), parts of
 * the peer's multipart messages to the {@link Inbox}, complete messages to the
 * {@link Handlers}; what it sends goes through the {@link Outbox}, and every multipart message
 * it holds is counted by one {@link Budget}. Bad input becomes a ProtocolException, never an
 * exception.
 */
export class EtpSession {
  readonly role: SessionRole;
  readonly codec: Codec;
  readonly capabilities: EndpointCapabilities;
  /** What was agreed, once the session is open. */
  negotiated: Negotiated | undefined;
  /** Resolves when the session opens; rejects when the handshake fails or the session closes first. */
  readonly opened: Promise<Negotiated>;

  private state: State = 'new';
  private readonly options: SessionOptions;
  private readonly limits: typeof SESSION_DEFAULTS;
  private readonly endpoint: EndpointDescription;
  private readonly incomingIds: IncomingIds;
  private readonly outbox: Outbox;
  private readonly requests = new Requests();
  private readonly inbox = new Inbox();
  private readonly budget: Budget;
  private readonly handlers: Handlers<EtpSession>;
  /** Messages cancelled (ours awaiting a response, the peer's multipart): their late parts are dropped quietly. */
  private readonly cancelled: RememberedIds;
  private readonly awaitingAck: RememberedIds;
  /** The agreed protocol numbers, for the per-message check. */
  private agreed = new Set<number>();
  /** Reused for every decode: what this session allows, and what the frame cost. */
  private readonly control: DecodeControl = { allowCompression: false, allowExtension: false, bytes: 0, items: 0 };
  private timer: unknown;
  private openedResolve!: (n: Negotiated) => void;
  private openedReject!: (e: unknown) => void;
  private readonly now: () => number;
  private readonly timers: SessionTimers;
  private readonly createdAt: number;

  constructor(options: SessionOptions) {
    for (const key of Object.keys(options)) {
      if (!OPTION_NAMES.has(key)) throw new EtpError('INVALID_OPTION', `unknown session option ${key}`);
    }
    this.options = options;
    this.role = options.role;
    this.limits = { ...SESSION_DEFAULTS };
    for (const key of Object.keys(SESSION_DEFAULTS) as (keyof typeof SESSION_DEFAULTS)[]) {
      const v = options[key];
      if (v === undefined) continue;
      if (!Number.isSafeInteger(v) || v < 0) throw new EtpError('INVALID_OPTION', `${key} must be a non-negative integer, got ${String(v)}`);
      (this.limits as Record<string, number>)[key] = v;
    }
    this.capabilities = { ...DEFAULT_CAPABILITIES, ...options.capabilities };
    this.codec = options.codec ?? defaultCodec(this.capabilities.MaxWebSocketMessagePayloadSize);
    this.endpoint = {
      applicationName: options.applicationName ?? 'etp-codec',
      applicationVersion: options.applicationVersion ?? '0.1.0',
      instanceId: options.instanceId ?? uuidv4(),
      protocols: options.protocols ?? [],
      dataObjects: options.dataObjects ?? [],
      compression: options.compression ?? ['gzip'],
      capabilities: this.capabilities,
    };
    this.control.allowExtension = this.capabilities.SupportsMessageHeaderExtensions;
    this.incomingIds = new IncomingIds(this.role, this.codec.options.etp);
    this.outbox = new Outbox(
      { codec: this.codec, ids: new MessageIds(this.role, this.codec.options.etp), send: options.send, onTraffic: options.onTraffic, compressAbove: this.limits.compressAbove },
      // Until the sizes are agreed, only what the codec can encode: our own limit is what we receive.
      this.codec.options.maxMessageBytes,
    );
    this.budget = new Budget({
      maxParts: this.limits.maxParts,
      maxMultipartBytes: this.limits.maxMultipartBytes,
      maxBufferedBytes: this.limits.maxBufferedBytes,
      maxConcurrent: this.capabilities.MaxConcurrentMultipart,
    });
    this.handlers = new Handlers<EtpSession>(this, this.answers);
    // A late part may come up to one multipart timeout after the cancellation, so that long at least.
    this.cancelled = new RememberedIds(2 * this.capabilities.MultipartMessageTimeoutPeriod * 1000, this.limits.maxRememberedIds);
    this.awaitingAck = new RememberedIds(this.capabilities.ResponseTimeoutPeriod * 1000, this.limits.maxRememberedIds);
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) };
    this.opened = new Promise<Negotiated>((resolve, reject) => {
      this.openedResolve = resolve;
      this.openedReject = reject;
    });
    this.opened.catch(() => {}); // a failure is reported through the promise to whoever awaits it
    this.createdAt = this.now();
    // A server gives a new connection SessionEstablishmentTimeoutPeriod to send RequestSession.
    if (this.role === 'server') this.armTimer();
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
    return this.requests.size;
  }

  /**
   * What the session holds that a peer can make grow, each against its bound (see docs/session.md):
   * multipart messages open and their decoded cost, remembered ids.
   */
  get held(): { multipart: number; multipartBytes: number; cancelledIds: number; awaitedAcks: number; pending: number } {
    return { multipart: this.budget.concurrent, multipartBytes: this.budget.bytes, cancelledIds: this.cancelled.size, awaitedAcks: this.awaitingAck.size, pending: this.requests.size };
  }

  /** Client: sends RequestSession; resolves with what was agreed, rejects with the server's ProtocolException. */
  start(): Promise<Negotiated> {
    if (this.role !== 'client') throw new EtpError('INVALID_STATE', 'only a client starts a session');
    if (this.state !== 'new') throw new EtpError('INVALID_STATE', `session is already ${this.state}`);
    this.state = 'requesting';
    const request = this.request(Protocol.Core, Core.RequestSession, requestSessionBody(this.endpoint, this.micros()), {
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
  on<N extends Etp12MessageName>(name: N, handler: Handler<Etp12Messages[N]>, options?: { role?: string }): this;
  on(protocol: number, messageType: number, handler: Handler, options?: { role?: string }): this;
  on(a: string | number, b: unknown, c?: unknown, d?: unknown): this {
    let protocol: number;
    let messageType: number;
    let handler: Handler;
    let role: string | undefined;
    if (typeof a === 'string') {
      const info = this.codec.registry.message(a);
      if (!info) throw new EtpError('UNKNOWN_MESSAGE_TYPE', `no message named ${a}`);
      [protocol, messageType, handler, role] = [info.protocol, info.messageType, b as Handler, (c as { role?: string })?.role];
    } else {
      [protocol, messageType, handler, role] = [a, b as number, c as Handler, (d as { role?: string })?.role];
    }
    const wrapped: Handler = role === undefined ? handler : (ctx) => (this.playsRole(protocol, role) ? handler(ctx) : this.answers.unhandled(ctx.message));
    this.handlers.set(protocol, messageType, wrapped);
    return this;
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
  send(protocol: number, messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension; acknowledge?: boolean }): number {
    const id = this.sendMessage(protocol, messageType, body, 0, options?.acknowledge ? MessageFlags.AcknowledgementRequested : 0, options?.extension);
    if (options?.acknowledge) {
      this.awaitingAck.add(id, this.now());
      this.armTimer();
    }
    return id;
  }

  /** Sends a request and resolves with its whole response. */
  request<B = unknown>(protocol: number, messageType: number, body: unknown, options: RequestOptions = {}): Promise<EtpResponse<B>> {
    return new Promise<EtpResponse<B>>((resolve, reject) => {
      this.startRequest(protocol, messageType, body, options, resolve as (r: EtpResponse) => void, reject);
    });
  }

  /** Sends a request and yields the parts of its response as they arrive (ProtocolException parts too). */
  requestParts(protocol: number, messageType: number, body: unknown, options: Omit<RequestOptions, 'mode'> = {}): AsyncIterable<DecodedMessage> {
    const stream = new PartStream();
    this.startRequest(protocol, messageType, body, { ...options, mode: 'parts' }, () => stream.end(), (e) => stream.fail(e), stream);
    return stream;
  }

  /** Sends Ping and resolves with the round trip in milliseconds. */
  async ping(): Promise<number> {
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
  ): void {
    if (options.signal?.aborted) {
      reject(new EtpError('REQUEST_CANCELLED', 'request cancelled before it was sent'));
      return;
    }
    const timeoutMs = options.timeoutMs ?? this.capabilities.ResponseTimeoutPeriod * 1000;
    // Registered before sending, under the id the message will take: a transport that answers
    // synchronously must find it.
    const pending = this.requests.add(this.outbox.nextId(), protocol, options.mode ?? 'merge', this.now(), timeoutMs, resolve, reject, stream);
    options.signal?.addEventListener('abort', () => this.forget(pending, new EtpError('REQUEST_CANCELLED', `request ${pending.id} cancelled`)), { once: true });
    try {
      this.sendMessage(protocol, messageType, body, 0, 0, options.extension);
    } catch (err) {
      this.requests.remove(pending);
      reject(err);
      return;
    }
    this.armTimer();
  }

  /** Checks what the state allows, then hands the message to the outbox. */
  private sendMessage(protocol: number, messageType: number, body: unknown, correlationId: number, flags: number, extension?: MessageHeaderExtension): number {
    if (this.state !== 'open') {
      if (this.state === 'closed') throw new EtpError('SESSION_CLOSED', 'session is closed');
      if (!allowedBeforeOpen({ protocol, messageType })) {
        throw new EtpError('INVALID_STATE', `protocol ${protocol} message ${messageType} cannot be sent before the session is open`);
      }
    }
    if (extension !== undefined && !this.negotiated?.peerSupportsExtensions) {
      throw new EtpError('EXTENSION_NOT_ALLOWED', 'the peer did not say SupportsMessageHeaderExtensions');
    }
    return this.outbox.send({ protocol, messageType, body, correlationId, flags, extension });
  }

  /** A ProtocolException for a message (correlated when its id is known), never answering one. */
  private sendException(code: number, message: string, about?: Pick<MessageHeader, 'protocol' | 'messageType' | 'messageId'>): void {
    if (this.state === 'closed') return;
    if (about?.messageType === PROTOCOL_EXCEPTION) return; // never answer an exception with one
    const send = (text: string): number => {
      const body: ProtocolException = { error: { message: text, code }, errors: {} };
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

  /** How handlers answer, and what the session does when a message finds no handler or its handler fails. */
  private readonly answers = {
    reply: (request: MessageHeader, messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void => {
      try {
        this.sendMessage(request.protocol, messageType, body, request.messageId, 0, options?.extension);
      } catch (err) {
        // A response that cannot be sent becomes a ProtocolException, as fetpapi does for size.
        this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT, (err as Error).message, request);
        throw Object.assign(err as Error, { answered: true });
      }
    },
    error: (request: MessageHeader, code: number, text: string): void => this.sendException(code, text, request),
    unhandled: (message: DecodedMessage): void => {
      this.report({ kind: 'unhandled', message: `no handler for ${message.name}`, header: message.header });
      this.sendException(EtpErrorCodes.ENOTSUPPORTED, `${message.name} is not handled by this endpoint`, message.header);
    },
    failed: (message: DecodedMessage, err: unknown): void => {
      this.report({ kind: 'handler-error', message: `handler of ${message.name} failed: ${(err as Error)?.message}`, header: message.header, error: err });
      if ((err as { answered?: boolean })?.answered) return; // reply() already told the peer
      this.sendException(failureCode(err), String((err as Error)?.message ?? err), message.header);
    },
  };

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
      this.undecodable(err);
      return;
    }
    const header = message.header;
    if (!this.acceptId(header)) return;
    this.options.onTraffic?.('in', header, message.name, frame.length);
    if (header.messageFlags & MessageFlags.AcknowledgementRequested && header.messageType !== ACKNOWLEDGE) {
      try {
        this.sendMessage(header.protocol, ACKNOWLEDGE, {}, header.messageId, 0);
      } catch (err) {
        this.report({ kind: 'invalid-state', message: (err as Error).message, header, error: err });
      }
    }
    this.route(message, control.bytes, control.items);
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
  private undecodable(err: unknown): void {
    const header = (err as EtpError).header;
    // Its id still counts in the peer's sequence when it is valid.
    if (header && this.incomingIds.check(header.messageId) === undefined) this.incomingIds.accept(header.messageId);
    this.report({ kind: 'undecodable', message: (err as Error).message, header, error: err });
    this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_MESSAGE, (err as Error).message, header);
  }

  /** Where a decoded message goes: the handshake, a waiting request, an open multipart message, or a handler. */
  private route(message: DecodedMessage, bytes: number, items: number): void {
    const h = message.header;
    if (h.protocol === Protocol.Core && this.core(message)) return;
    if (this.state !== 'open' && !allowedBeforeOpen(h)) {
      this.sendException(EtpErrorCodes.EINVALID_STATE, `${message.name} is not allowed before the session is open`, h);
      return;
    }
    if (h.correlationId !== 0) {
      const pending = this.requests.get(h.correlationId);
      if (pending) return this.responsePart(pending, message, bytes, items);
      const inc = this.inbox.get(h.correlationId);
      if (inc) return this.incomingPart(inc, message, bytes, items);
      if (h.messageType === ACKNOWLEDGE && this.awaitingAck.delete(h.correlationId)) return;
      if (this.cancelled.has(h.correlationId)) {
        if (h.messageFlags & FIN) this.cancelled.delete(h.correlationId);
        return; // a late part of a message that was cancelled
      }
      if (onlyAnswers({ ...h, name: message.name })) {
        this.report({ kind: 'unexpected-response', message: `${message.name} answers message ${h.correlationId}, which nothing is waiting for`, header: h });
        return;
      }
      // A request or notification whose correlationId names nothing: it stands on its own.
    }
    if (h.messageType === PROTOCOL_EXCEPTION) {
      const error = (message.body as ProtocolException).error;
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
    if (!(h.messageFlags & FIN)) {
      const inc = this.inbox.open(h.messageId, h.protocol, this.codec.lookup(h).type as AnyType, this.now());
      this.incomingPart(inc, message, bytes, items);
      this.armTimer();
      return;
    }
    this.handlers.deliver(message, {});
  }

  /** Core messages handled by the session itself; false for those that go on (Pong, exceptions, …). */
  private core(message: DecodedMessage): boolean {
    const h = message.header;
    switch (h.messageType) {
      case Core.RequestSession:
        if (this.role !== 'server' || this.state !== 'new') {
          this.sendException(EtpErrorCodes.EINVALID_STATE, 'RequestSession is only valid as the first message to a server', h);
          return true;
        }
        this.acceptRequestSession(message);
        return true;
      case Core.OpenSession: {
        const p = this.requests.get(h.correlationId);
        if (this.role !== 'client' || this.state !== 'requesting' || !p) {
          this.sendException(EtpErrorCodes.EINVALID_STATE, 'OpenSession answers no RequestSession', h);
          return true;
        }
        const negotiated = acceptOpenSession(this.endpoint, message.body);
        this.setNegotiated(negotiated);
        this.requests.remove(p);
        p.resolve({ message, body: message.body, errors: {}, parts: [], count: 1, blobs: new Map() });
        this.openedResolve(negotiated);
        return true;
      }
      case Core.CloseSession:
        this.shutdown(`peer closed the session: ${(message.body as { reason: string }).reason || 'no reason given'}`);
        return true;
      case Core.Ping:
        if (this.state === 'open') this.sendMessage(Protocol.Core, Core.Pong, { currentDateTime: this.micros() }, h.messageId, 0);
        else this.sendException(EtpErrorCodes.EINVALID_STATE, 'Ping before the session is open', h);
        return true;
      default:
        return false;
    }
  }

  /** The session opens: what was agreed takes effect for both directions. */
  private setNegotiated(n: Negotiated): void {
    this.negotiated = n;
    this.agreed = new Set(n.protocols.map((p) => p.protocol));
    this.outbox.maxBytes = n.maxMessageBytes;
    this.outbox.compress = n.compression === 'gzip';
    this.state = 'open';
  }

  private acceptRequestSession(message: DecodedMessage): void {
    let answer: ReturnType<typeof negotiate>;
    try {
      answer = negotiate(this.endpoint, message.body, uuidv4(), this.micros());
    } catch (err) {
      this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT, (err as Error).message, message.header);
      this.openedReject(err);
      this.shutdown(`session refused: ${(err as Error).message}`);
      return;
    }
    // OpenSession goes out uncompressed and at our own size; what was agreed applies after it.
    this.sendMessage(Protocol.Core, Core.OpenSession, answer.openSession, message.header.messageId, 0);
    this.setNegotiated(answer.negotiated);
    this.openedResolve(answer.negotiated);
  }

  // ---- multipart in ---------------------------------------------------------------------

  private responsePart(p: Pending, message: DecodedMessage, bytes: number, items: number): void {
    const now = this.now();
    const fin = (message.header.messageFlags & FIN) !== 0;
    try {
      this.budget.charge(p.assembly, bytes, items, fin);
      p.assembly.add(message, this.codec.lookup(message.header).type as AnyType, now);
    } catch (err) {
      this.cancelRequest(p, err as EtpError, message.header);
      return;
    }
    p.stream?.push(message);
    if (!fin) {
      // Between parts, the peer has MultipartMessageTimeoutPeriod.
      p.deadline = now + this.capabilities.MultipartMessageTimeoutPeriod * 1000;
      return;
    }
    this.requests.remove(p);
    this.budget.release(p.assembly);
    settle(p, message);
  }

  private incomingPart(inc: Incoming, message: DecodedMessage, bytes: number, items: number): void {
    const fin = (message.header.messageFlags & FIN) !== 0;
    try {
      this.budget.charge(inc.assembly, bytes, items, fin);
      inc.assembly.add(message, inc.type, this.now());
    } catch (err) {
      this.cancelIncoming(inc, err as EtpError);
      return;
    }
    if (!fin) return;
    this.dropIncoming(inc);
    const a = inc.assembly;
    const first = a.first ?? message;
    this.handlers.deliver({ ...first, body: a.body ?? first.body }, a.errors);
  }

  private dropIncoming(inc: Incoming): void {
    this.inbox.remove(inc);
    this.budget.release(inc.assembly);
  }

  /** Drops a peer's multipart message and tells the peer (18, or the limit's own code). */
  private cancelIncoming(inc: Incoming, err: EtpError): void {
    this.dropIncoming(inc);
    this.cancelled.add(inc.key, this.now());
    const about = { protocol: inc.assembly.protocol, messageType: inc.assembly.first?.header.messageType ?? 0, messageId: inc.key };
    this.report({ kind: 'multipart-cancelled', message: err.message, error: err });
    this.sendException(err.etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, err.message, about);
  }

  // ---- timeouts, cancellation, shutdown ---------------------------------------------------

  /**
   * Runs one timeout sweep at `now`: requests without a response within their timeout fail with
   * TIMED_OUT; multipart messages whose next part is late are cancelled (MULTIPART_CANCELLED,
   * and the peer is told); remembered ids past their time are forgotten. The session calls it
   * from one interval timer; tests call it directly.
   */
  sweep(now = this.now()): void {
    for (const p of this.requests.expired(now)) {
      if (p.assembly.parts === 0) this.forget(p, new EtpError('TIMED_OUT', `no response to message ${p.id} within ${p.timeoutMs} ms`));
      else this.cancelRequest(p, new EtpError('MULTIPART_CANCELLED', `no part of the response to message ${p.id} for ${this.capabilities.MultipartMessageTimeoutPeriod} s`));
    }
    const period = this.capabilities.MultipartMessageTimeoutPeriod;
    for (const inc of this.inbox.stale(now, period * 1000)) {
      this.cancelIncoming(inc, new EtpError('MULTIPART_CANCELLED', `no part of multipart message ${inc.key} for ${period} s`));
    }
    this.cancelled.expire(now);
    this.awaitingAck.expire(now);
    if (this.role === 'server' && this.state === 'new' && now - this.createdAt >= this.capabilities.SessionEstablishmentTimeoutPeriod * 1000) {
      this.shutdown(`no RequestSession within SessionEstablishmentTimeoutPeriod ${this.capabilities.SessionEstablishmentTimeoutPeriod} s`);
      return;
    }
    const idle = this.requests.size === 0 && this.inbox.size === 0 && this.cancelled.size === 0 && this.awaitingAck.size === 0;
    if (idle && this.state !== 'new') this.disarmTimer();
  }

  /** Forgets a request without telling the peer (timed out or cancelled by the caller): its late parts are dropped. */
  private forget(p: Pending, err: EtpError): void {
    if (!this.requests.remove(p)) return;
    this.budget.release(p.assembly);
    this.cancelled.add(p.id, this.now());
    p.reject(err);
  }

  /** Fails a request whose multipart response broke a limit, and tells the peer it is cancelled. */
  private cancelRequest(p: Pending, err: EtpError, about?: MessageHeader): void {
    this.forget(p, err);
    this.report({ kind: 'multipart-cancelled', message: err.message, header: about, error: err });
    this.sendException(err.etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, err.message, { protocol: p.protocol, messageType: 0, messageId: p.id });
  }

  private armTimer(): void {
    if (this.timer === undefined && this.state !== 'closed') {
      this.timer = this.timers.setInterval(() => this.sweep(), this.limits.sweepIntervalMs);
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  private disarmTimer(): void {
    if (this.timer !== undefined) this.timers.clearInterval(this.timer);
    this.timer = undefined;
  }

  private shutdown(reason: string): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.disarmTimer();
    const err = new EtpError('SESSION_CLOSED', `session closed: ${reason}`);
    this.requests.failAll(err);
    this.inbox.clear();
    this.budget.clear();
    this.cancelled.clear();
    this.awaitingAck.clear();
    this.openedReject(err);
    this.options.onClose?.(reason);
  }

  private report(r: SessionReport): void {
    this.options.onReport?.(r);
  }

  private micros(): number {
    return this.now() * 1000;
  }
}

export type { ErrorInfo };
