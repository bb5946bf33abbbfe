import { v4 as uuidv4 } from 'uuid';
import { type Codec, createCodec, type DecodedMessage, type MessageHeaderExtension } from '../codec/codec.js';
import type { AnyType } from '../codec/type-info.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import type { Etp12MessageName, Etp12Messages } from '../schema/etp12-types.js';
import { MessageFlags } from '../wire/flags.js';
import { type MessageHeader, peekHeader } from '../wire/header.js';
import { Assembly, type AssemblyMode, type ErrorInfo } from './assembly.js';
import { DEFAULT_CAPABILITIES, type EndpointCapabilities } from './capabilities.js';
import { acceptOpenSession, type EndpointDescription, type Negotiated, negotiate, type ProtocolOffer, requestSessionBody } from './handshake.js';
import { type IdPolicy, IncomingIds, MessageIds, type SessionRole } from './ids.js';
import { splitBody } from './parts.js';

const FIN = MessageFlags.FinalPart;
const CORE = 0;
const REQUEST_SESSION = 1;
const OPEN_SESSION = 2;
const CLOSE_SESSION = 5;
const PING = 8;
const PONG = 9;
const PROTOCOL_EXCEPTION = 1000;
const ACKNOWLEDGE = 1001;

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
  /** The codec (default: built-in ETP 1.2 schemas, `bytesView: true`, maxMessageBytes from the capabilities). */
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
  /** Most frame bytes buffered for one incoming multipart message. Default 64,000,000. */
  maxMultipartBytes?: number;
  /** Most frame bytes buffered for all multipart messages the session is receiving (responses included). Default 256,000,000. */
  maxBufferedBytes?: number;
  /** Compress (when gzip was negotiated) messages whose encoding exceeds this many bytes. Default 4096. */
  compressAbove?: number;
  /** Milliseconds between timeout sweeps. Default 1000. */
  sweepIntervalMs?: number;
  /** The clock, in milliseconds. Default Date.now. */
  now?: () => number;
  timers?: SessionTimers;
}

/** A response to a request: merged, with per-item errors and joined blobs. */
export interface EtpResponse<B = unknown> {
  /** The first response part (its header and name). */
  message: DecodedMessage<B>;
  /** Mode 'merge': the parts' bodies merged (arrays concatenated, maps merged). */
  body: B;
  /** Per-item errors from ProtocolException parts, keyed like the request's map. */
  errors: Record<string, ErrorInfo>;
  /** Mode 'parts': every part as it came, ProtocolExceptions and chunks included. */
  parts: DecodedMessage[];
  /** Number of parts received. */
  count: number;
  /** Blob bytes joined from Chunk messages, by blobId. */
  blobs: Map<string, Uint8Array>;
}

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

/** What a handler gets. */
export interface HandlerContext<B = unknown> {
  /** The message (for a multipart request, the first part with the merged body). */
  message: DecodedMessage<B>;
  body: B;
  /** Per-item errors that came as ProtocolException parts of a multipart request. */
  errors: Record<string, ErrorInfo>;
  session: EtpSession;
  /** Sends a response (same protocol, correlated), split into parts when it does not fit one message. */
  reply(messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void;
  /** Answers with a ProtocolException. */
  replyError(code: number, message: string): void;
}

export type Handler<B = unknown> = (ctx: HandlerContext<B>) => void | Promise<void>;

interface Pending {
  id: number;
  protocol: number;
  assembly: Assembly;
  deadline: number;
  timeoutMs: number;
  resolve: (r: EtpResponse) => void;
  reject: (e: unknown) => void;
  stream?: PartStream;
}

interface Incoming {
  assembly: Assembly;
  type: AnyType;
}

type State = 'new' | 'requesting' | 'open' | 'closed';

/**
 * One ETP 1.2 session, either side, without a transport: feed it received frames with
 * {@link EtpSession.receive}; it sends through `options.send`. It numbers messages, checks
 * incoming ids, correlates responses (single, merged multipart, or streamed parts), reassembles
 * multipart requests, splits large responses, runs the Core handshake, answers Ping and
 * Acknowledge requests, and turns bad input into ProtocolExceptions instead of exceptions.
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
  private readonly endpoint: EndpointDescription;
  private readonly ids: MessageIds;
  private readonly incomingIds: IncomingIds;
  private readonly pending = new Map<number, Pending>();
  private readonly incoming = new Map<number, Incoming>();
  private readonly cancelled = new Set<number>();
  private readonly awaitingAck = new Set<number>();
  private readonly handlers = new Map<number, Map<number, Handler>>();
  /** The agreed protocol numbers, for the per-message check. */
  private agreed = new Set<number>();
  private bufferedBytes = 0;
  private timer: unknown;
  private openedResolve!: (n: Negotiated) => void;
  private openedReject!: (e: unknown) => void;
  private readonly now: () => number;
  private readonly timers: SessionTimers;
  private readonly compressAbove: number;
  private readonly createdAt: number;

  constructor(options: SessionOptions) {
    this.options = options;
    this.role = options.role;
    this.capabilities = { ...DEFAULT_CAPABILITIES, ...options.capabilities };
    this.codec = options.codec ?? createCodec({ bytesView: true, maxMessageBytes: this.capabilities.MaxWebSocketMessagePayloadSize });
    this.endpoint = {
      applicationName: options.applicationName ?? 'etp-codec',
      applicationVersion: options.applicationVersion ?? '0.1.0',
      instanceId: options.instanceId ?? uuidv4(),
      protocols: options.protocols ?? [],
      dataObjects: options.dataObjects ?? [],
      compression: options.compression ?? ['gzip'],
      capabilities: this.capabilities,
    };
    this.ids = new MessageIds(this.role, this.codec.options.etp);
    this.incomingIds = new IncomingIds(this.role, this.codec.options.etp);
    this.now = options.now ?? Date.now;
    this.compressAbove = options.compressAbove ?? 4096;
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
    return this.pending.size;
  }

  /** Client: sends RequestSession; resolves with what was agreed, rejects with the server's ProtocolException. */
  start(): Promise<Negotiated> {
    if (this.role !== 'client') throw new EtpError('INVALID_STATE', 'only a client starts a session');
    if (this.state !== 'new') throw new EtpError('INVALID_STATE', `session is already ${this.state}`);
    this.state = 'requesting';
    const request = this.request(CORE, REQUEST_SESSION, requestSessionBody(this.endpoint, this.micros()), {
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
    const wrapped: Handler = role === undefined ? handler : (ctx) => (this.playsRole(protocol, role) ? handler(ctx) : this.unhandled(ctx.message));
    let inProtocol = this.handlers.get(protocol);
    if (!inProtocol) this.handlers.set(protocol, (inProtocol = new Map()));
    inProtocol.set(messageType, wrapped);
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
      this.awaitingAck.add(id);
      // Bounded: the oldest expected acknowledgements are forgotten first.
      if (this.awaitingAck.size > 10_000) this.awaitingAck.delete(this.awaitingAck.values().next().value!);
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
    await this.request(CORE, PING, { currentDateTime: this.micros() });
    return this.now() - t;
  }

  /** Sends CloseSession and ends the session. */
  close(reason = ''): void {
    if (this.state === 'closed') return;
    if (this.state === 'open') {
      try {
        this.sendMessage(CORE, CLOSE_SESSION, { reason }, 0, 0);
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
    const id = this.ids.peek();
    const timeoutMs = options.timeoutMs ?? this.capabilities.ResponseTimeoutPeriod * 1000;
    const pending: Pending = {
      id,
      protocol,
      assembly: new Assembly(options.mode ?? 'merge', this.assemblyLimits(), this.now()),
      deadline: this.now() + timeoutMs,
      timeoutMs,
      resolve,
      reject,
      stream,
    };
    if (options.signal?.aborted) {
      reject(new EtpError('REQUEST_CANCELLED', 'request cancelled before it was sent'));
      return;
    }
    // Registered before sending: a transport that answers synchronously must find it.
    this.pending.set(id, pending);
    options.signal?.addEventListener(
      'abort',
      () => {
        if (this.pending.get(id) !== pending) return;
        this.releasePending(pending);
        this.cancelled.add(id);
        reject(new EtpError('REQUEST_CANCELLED', `request ${id} cancelled`));
      },
      { once: true },
    );
    try {
      this.sendMessage(protocol, messageType, body, 0, 0, options.extension);
    } catch (err) {
      this.pending.delete(id);
      reject(err);
      return;
    }
    this.armTimer();
  }

  /** Encodes and sends, splitting multipart types that do not fit; ids are taken at send time. */
  private sendMessage(protocol: number, messageType: number, body: unknown, correlationId: number, flags: number, extension?: MessageHeaderExtension): number {
    if (this.state !== 'open') {
      if (this.state === 'closed') throw new EtpError('SESSION_CLOSED', 'session is closed');
      const handshakeOrAnswer =
        messageType === PROTOCOL_EXCEPTION || messageType === ACKNOWLEDGE || (protocol === CORE && (messageType === REQUEST_SESSION || messageType === OPEN_SESSION || messageType === CLOSE_SESSION));
      if (!handshakeOrAnswer) throw new EtpError('INVALID_STATE', `protocol ${protocol} message ${messageType} cannot be sent before the session is open`);
    }
    if (extension !== undefined && !this.negotiated?.peerSupportsExtensions) {
      throw new EtpError('INVALID_VALUE', 'the peer did not say SupportsMessageHeaderExtensions');
    }
    const max = this.maxOutgoing();
    const whole = { header: { protocol, messageType, correlationId, messageId: this.ids.peek(), messageFlags: flags | FIN }, body, extension };
    const frame = this.encodeWithin(whole);
    if (frame !== undefined && frame.length <= max) {
      this.transmit(this.maybeCompress(frame, whole));
      return whole.header.messageId;
    }
    const info = this.codec.lookup({ protocol, messageType });
    if (!info.multipart) {
      const size = frame === undefined ? `more than ${this.codec.options.maxMessageBytes}` : String(frame.length);
      throw new EtpError('MESSAGE_TOO_LARGE', `${info.name} of ${size} bytes exceeds the negotiated ${max} bytes and is not a multipart message`);
    }
    // `messageId` is the id the i-th next frame will take: ids are taken as frames reach the
    // transport, so they increase in wire order.
    const header = (i: number, last: boolean, first: number): MessageHeader => ({
      protocol,
      messageType,
      // Parts of a response all carry the request's id; later parts of a multipart request or
      // notification carry the first part's id.
      correlationId: correlationId !== 0 || i === 0 ? correlationId : first,
      messageId: this.ids.peek(i),
      messageFlags: flags | (last ? FIN : 0),
    });
    const first = this.ids.peek(0);
    // Every part is sized by encoding it with the header it will carry: exact, not estimated.
    const parts = splitBody(info.type as AnyType, body, (part, i) => {
      const f = this.encodeWithin({ header: header(i, false, first), body: part, extension: i === 0 ? extension : undefined });
      return f !== undefined && f.length <= max;
    });
    parts.forEach((part, i) => {
      const message = { header: header(0, i === parts.length - 1, first), body: part, extension: i === 0 ? extension : undefined };
      this.transmit(this.maybeCompress(this.codec.encode(message), message));
    });
    return first;
  }

  /** The encoded message, or undefined when it exceeds the codec's own maxMessageBytes. */
  private encodeWithin(message: { header: MessageHeader; body: unknown; extension?: MessageHeaderExtension }): Buffer | undefined {
    try {
      return this.codec.encode(message);
    } catch (err) {
      if (err instanceof EtpError && err.code === 'MESSAGE_TOO_LARGE') return undefined;
      throw err;
    }
  }

  /** The negotiated size limit (our own before the session opens). */
  private maxOutgoing(): number {
    return this.negotiated?.maxMessageBytes ?? this.capabilities.MaxWebSocketMessagePayloadSize;
  }

  private maybeCompress(frame: Buffer, message: { header: MessageHeader; body: unknown; extension?: MessageHeaderExtension }): Buffer {
    if (frame.length <= this.compressAbove || this.negotiated?.compression !== 'gzip' || this.codec.neverCompressed(message.header)) return frame;
    const packed = this.codec.encode({ ...message, header: { ...message.header, messageFlags: message.header.messageFlags | MessageFlags.Compressed } });
    return packed.length < frame.length ? packed : frame;
  }

  /** Takes the frame's id (peeked when it was encoded) and hands the frame to the transport. */
  private transmit(frame: Buffer): void {
    this.ids.next();
    if (this.options.onTraffic) {
      const h = peekHeader(frame);
      this.options.onTraffic('out', h, this.codec.lookup(h).name, frame.length);
    }
    this.options.send(frame);
  }

  /** A ProtocolException for a message (correlated when its id is known), never answering one. */
  private sendException(code: number, message: string, about?: MessageHeader): void {
    if (this.state === 'closed') return;
    if (about?.messageType === PROTOCOL_EXCEPTION) return; // never answer an exception with one
    try {
      this.sendMessage(about?.protocol ?? CORE, PROTOCOL_EXCEPTION, { error: { message, code }, errors: {} }, about?.messageId ?? 0, 0);
    } catch (err) {
      this.report({ kind: 'handler-error', message: `cannot send ProtocolException ${code}: ${(err as Error).message}`, error: err });
    }
  }

  // ---- receiving ------------------------------------------------------------------------

  /** Feeds one received frame. Never throws for anything the peer sent. */
  receive(frame: Uint8Array): void {
    if (this.state === 'closed') return;
    let message: DecodedMessage;
    try {
      message = this.codec.decode(frame);
    } catch (err) {
      this.undecodable(frame, err);
      return;
    }
    const header = message.header;
    const problem = this.incomingIds.check(header.messageId);
    if (problem) {
      this.report({ kind: 'invalid-message-id', message: problem, header });
      if ((this.options.idPolicy ?? 'reject') === 'reject') {
        this.sendException(EtpErrorCodes.EINVALID_MESSAGE, problem, header);
        return;
      }
    }
    this.options.onTraffic?.('in', header, message.name, frame.length);
    if (header.messageFlags & MessageFlags.AcknowledgementRequested && header.messageType !== ACKNOWLEDGE) {
      try {
        this.sendMessage(header.protocol, ACKNOWLEDGE, {}, header.messageId, 0);
      } catch (err) {
        this.report({ kind: 'invalid-state', message: (err as Error).message, header, error: err });
      }
    }
    this.dispatch(message, frame.length);
  }

  /** A frame that does not decode: answered with its ETP code, correlated when its header reads. */
  private undecodable(frame: Uint8Array, err: unknown): void {
    let header: MessageHeader | undefined;
    try {
      header = peekHeader(frame);
      this.incomingIds.check(header.messageId); // its id still counts in the peer's sequence
    } catch {
      // not even a header: the exception answers message 0
    }
    this.report({ kind: 'undecodable', message: (err as Error).message, header, error: err });
    this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_MESSAGE, (err as Error).message, header);
  }

  private dispatch(message: DecodedMessage, size: number): void {
    const h = message.header;
    if (h.protocol === CORE && this.core(message)) return;
    if (this.state !== 'open' && h.messageType !== PROTOCOL_EXCEPTION && h.messageType !== ACKNOWLEDGE) {
      this.sendException(EtpErrorCodes.EINVALID_STATE, `${message.name} is not allowed before the session is open`, h);
      return;
    }
    if (h.correlationId !== 0) {
      const pending = this.pending.get(h.correlationId);
      if (pending) return this.responsePart(pending, message, size);
      const inc = this.incoming.get(h.correlationId);
      if (inc) return this.incomingPart(h.correlationId, inc, message, size);
      if (h.messageType === ACKNOWLEDGE && this.awaitingAck.delete(h.correlationId)) return;
      if (this.cancelled.has(h.correlationId)) {
        if (h.messageFlags & FIN) this.cancelled.delete(h.correlationId);
        return; // a late part of a message we cancelled
      }
      this.report({ kind: 'unexpected-response', message: `${message.name} answers message ${h.correlationId}, which nothing is waiting for`, header: h });
      return;
    }
    if (h.messageType === PROTOCOL_EXCEPTION) {
      const error = (message.body as { error: ErrorInfo | null }).error;
      this.report({ kind: 'protocol-exception', message: `peer sent ProtocolException ${error?.code}: ${error?.message}`, header: h });
      return;
    }
    if (h.messageType === ACKNOWLEDGE) {
      this.report({ kind: 'unexpected-response', message: 'Acknowledge answers nothing', header: h });
      return;
    }
    if (h.protocol !== CORE && !this.agreed.has(h.protocol)) {
      this.sendException(EtpErrorCodes.EUNSUPPORTED_PROTOCOL, `protocol ${h.protocol} was not agreed in this session`, h);
      return;
    }
    if (!(h.messageFlags & FIN)) {
      this.startIncoming(message, size);
      return;
    }
    this.deliver(message, {});
  }

  /** Core messages handled by the session itself; false for those that go on (Pong, exceptions, …). */
  private core(message: DecodedMessage): boolean {
    const h = message.header;
    switch (h.messageType) {
      case REQUEST_SESSION:
        if (this.role !== 'server' || this.state !== 'new') {
          this.sendException(EtpErrorCodes.EINVALID_STATE, 'RequestSession is only valid as the first message to a server', h);
          return true;
        }
        this.acceptRequestSession(message);
        return true;
      case OPEN_SESSION: {
        if (this.role !== 'client' || this.state !== 'requesting' || !this.pending.has(h.correlationId)) {
          this.sendException(EtpErrorCodes.EINVALID_STATE, 'OpenSession answers no RequestSession', h);
          return true;
        }
        const negotiated = acceptOpenSession(this.endpoint, message.body);
        this.setNegotiated(negotiated);
        this.state = 'open';
        const p = this.pending.get(h.correlationId)!;
        this.pending.delete(h.correlationId);
        p.resolve({ message, body: message.body, errors: {}, parts: [], count: 1, blobs: new Map() });
        this.openedResolve(negotiated);
        return true;
      }
      case CLOSE_SESSION:
        this.shutdown(`peer closed the session: ${(message.body as { reason: string }).reason || 'no reason given'}`);
        return true;
      case PING:
        if (this.state === 'open') this.sendMessage(CORE, PONG, { currentDateTime: this.micros() }, h.messageId, 0);
        else this.sendException(EtpErrorCodes.EINVALID_STATE, 'Ping before the session is open', h);
        return true;
      default:
        return false;
    }
  }

  private setNegotiated(n: Negotiated): void {
    this.negotiated = n;
    this.agreed = new Set(n.protocols.map((p) => p.protocol));
  }

  private acceptRequestSession(message: DecodedMessage): void {
    try {
      const { openSession, negotiated } = negotiate(this.endpoint, message.body, uuidv4(), this.micros());
      this.setNegotiated(negotiated);
      this.state = 'open';
      this.sendMessage(CORE, OPEN_SESSION, openSession, message.header.messageId, 0);
      this.openedResolve(negotiated);
    } catch (err) {
      const code = (err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT;
      this.negotiated = undefined;
      this.agreed = new Set();
      this.state = 'new';
      this.sendException(code, (err as Error).message, message.header);
      this.openedReject(err);
      this.shutdown(`session refused: ${(err as Error).message}`);
    }
  }

  private responsePart(p: Pending, message: DecodedMessage, size: number): void {
    const now = this.now();
    // Counted before add(), which counts the part first too: a release subtracts exactly this.
    this.bufferedBytes += size;
    try {
      p.assembly.add(message, size, this.codec.lookup(message.header).type as AnyType, now);
      this.checkBuffered();
    } catch (err) {
      this.cancelPending(p, err as EtpError, message.header);
      return;
    }
    p.stream?.push(message);
    const fin = (message.header.messageFlags & FIN) !== 0;
    if (!fin) {
      // Between parts, the peer has MultipartMessageTimeoutPeriod.
      p.deadline = now + this.capabilities.MultipartMessageTimeoutPeriod * 1000;
      if (p.assembly.parts === 1 && this.multipartCount() > this.capabilities.MaxConcurrentMultipart) {
        this.cancelPending(p, new EtpError('MULTIPART_CANCELLED', `more than MaxConcurrentMultipart ${this.capabilities.MaxConcurrentMultipart} multipart messages at once`), message.header);
      }
      return;
    }
    this.releasePending(p);
    const a = p.assembly;
    if (a.failure && !a.first && a.blobs.size === 0) {
      const err = new EtpError('PROTOCOL_EXCEPTION', `peer answered with ProtocolException ${a.failure.code}: ${a.failure.message}`);
      Object.defineProperty(err, 'etpCode', { value: a.failure.code });
      p.reject(err);
      return;
    }
    const first = a.first ?? message;
    p.resolve({ message: first, body: a.body ?? first.body, errors: a.errors, parts: a.kept, count: a.parts, blobs: a.blobs });
  }

  private startIncoming(message: DecodedMessage, size: number): void {
    const h = message.header;
    if (this.multipartCount() >= this.capabilities.MaxConcurrentMultipart) {
      this.cancelled.add(h.messageId);
      this.sendException(EtpErrorCodes.EMULTIPART_CANCELLED, `more than MaxConcurrentMultipart ${this.capabilities.MaxConcurrentMultipart} multipart messages at once`, h);
      return;
    }
    const type = this.codec.lookup(h).type as AnyType;
    const inc: Incoming = { assembly: new Assembly('merge', this.assemblyLimits(), this.now()), type };
    this.incoming.set(h.messageId, inc);
    this.incomingPart(h.messageId, inc, message, size);
    this.armTimer();
  }

  private incomingPart(key: number, inc: Incoming, message: DecodedMessage, size: number): void {
    this.bufferedBytes += size;
    try {
      inc.assembly.add(message, size, inc.type, this.now());
      this.checkBuffered();
    } catch (err) {
      this.dropIncoming(key, inc);
      this.cancelled.add(key);
      this.report({ kind: 'multipart-cancelled', message: (err as Error).message, header: message.header, error: err });
      this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, (err as Error).message, { ...message.header, messageId: key });
      return;
    }
    if (!(message.header.messageFlags & FIN)) return;
    this.dropIncoming(key, inc);
    const a = inc.assembly;
    const first = a.first ?? message;
    this.deliver({ ...first, body: a.body ?? first.body } as DecodedMessage, a.errors);
  }

  private dropIncoming(key: number, inc: Incoming): void {
    if (this.incoming.delete(key)) this.bufferedBytes -= inc.assembly.bytes;
  }

  /** Checks the bytes held by all multipart messages being received against maxBufferedBytes. */
  private checkBuffered(): void {
    const max = this.options.maxBufferedBytes ?? 256_000_000;
    if (this.bufferedBytes > max) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart messages of the session exceed maxBufferedBytes ${max}`);
    }
  }

  /** Forgets a pending request and the bytes its parts held. */
  private releasePending(p: Pending): void {
    if (this.pending.delete(p.id)) this.bufferedBytes -= p.assembly.bytes;
  }

  /** Multipart messages being received now (responses with parts, and incoming multipart). */
  private multipartCount(): number {
    let n = this.incoming.size;
    for (const p of this.pending.values()) if (p.assembly.parts > 0) n++;
    return n;
  }

  private deliver(message: DecodedMessage, errors: Record<string, ErrorInfo>): void {
    const h = message.header;
    const handler = this.handlers.get(h.protocol)?.get(h.messageType);
    if (!handler) {
      this.unhandled(message);
      return;
    }
    const ctx = new Context(message, errors, this, this.answers);
    const fail = (err: unknown): void => {
      this.report({ kind: 'handler-error', message: `handler of ${message.name} failed: ${(err as Error)?.message}`, header: h, error: err });
      if (err instanceof EtpError && err.code === 'MESSAGE_TOO_LARGE') return; // already answered by reply()
      this.sendException(err instanceof EtpError && err.etpCode !== undefined ? err.etpCode : EtpErrorCodes.EINVALID_ARGUMENT, String((err as Error)?.message ?? err), h);
    };
    try {
      const result = handler(ctx);
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).catch(fail);
    } catch (err) {
      fail(err);
    }
  }

  /** How handler contexts answer (one object per session, not closures per message). */
  private readonly answers: Answers = {
    reply: (request, messageType, body, options) => {
      try {
        this.sendMessage(request.protocol, messageType, body, request.messageId, 0, options?.extension);
      } catch (err) {
        // A response that cannot be sent becomes a ProtocolException, as fetpapi does for size.
        this.sendException((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT, (err as Error).message, request);
        throw err;
      }
    },
    error: (request, code, text) => this.sendException(code, text, request),
  };

  private unhandled(message: DecodedMessage): void {
    this.report({ kind: 'unhandled', message: `no handler for ${message.name}`, header: message.header });
    this.sendException(EtpErrorCodes.ENOTSUPPORTED, `${message.name} is not handled by this endpoint`, message.header);
  }

  // ---- timeouts, cancellation, shutdown ---------------------------------------------------

  /**
   * Runs one timeout sweep at `now`: requests without a response within their timeout fail with
   * TIMED_OUT; multipart messages whose next part is late are cancelled (MULTIPART_CANCELLED,
   * and the peer is told). The session calls it from one interval timer; tests call it directly.
   */
  sweep(now = this.now()): void {
    for (const p of [...this.pending.values()]) {
      if (now < p.deadline) continue;
      if (p.assembly.parts === 0) {
        this.releasePending(p);
        this.cancelled.add(p.id);
        p.reject(new EtpError('TIMED_OUT', `no response to message ${p.id} within ${p.timeoutMs} ms`));
      } else {
        this.cancelPending(p, new EtpError('MULTIPART_CANCELLED', `no part of the response to message ${p.id} for ${this.capabilities.MultipartMessageTimeoutPeriod} s`));
      }
    }
    const limit = this.capabilities.MultipartMessageTimeoutPeriod * 1000;
    for (const [key, inc] of [...this.incoming]) {
      if (now - inc.assembly.lastActivity < limit) continue;
      this.dropIncoming(key, inc);
      this.cancelled.add(key);
      const text = `no part of multipart message ${key} for ${this.capabilities.MultipartMessageTimeoutPeriod} s`;
      this.report({ kind: 'multipart-cancelled', message: text });
      this.sendException(EtpErrorCodes.EMULTIPART_CANCELLED, text, { ...inc.assembly.first!.header, messageId: key });
    }
    if (this.role === 'server' && this.state === 'new' && now - this.createdAt >= this.capabilities.SessionEstablishmentTimeoutPeriod * 1000) {
      this.shutdown(`no RequestSession within SessionEstablishmentTimeoutPeriod ${this.capabilities.SessionEstablishmentTimeoutPeriod} s`);
      return;
    }
    if (this.pending.size === 0 && this.incoming.size === 0 && this.state !== 'new') this.disarmTimer();
  }

  /** Fails a pending request and tells the peer that its (multipart) response is cancelled. */
  private cancelPending(p: Pending, err: EtpError, about?: MessageHeader): void {
    this.releasePending(p);
    this.cancelled.add(p.id);
    this.report({ kind: 'multipart-cancelled', message: err.message, header: about, error: err });
    this.sendException(err.etpCode ?? EtpErrorCodes.EMULTIPART_CANCELLED, err.message, { protocol: p.protocol, messageType: 0, correlationId: 0, messageId: p.id, messageFlags: 0 });
    p.reject(err);
  }

  private armTimer(): void {
    if (this.timer === undefined && this.state !== 'closed') {
      this.timer = this.timers.setInterval(() => this.sweep(), this.options.sweepIntervalMs ?? 1000);
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
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.incoming.clear();
    this.bufferedBytes = 0;
    this.openedReject(err);
    this.options.onClose?.(reason);
  }

  private assemblyLimits() {
    return { maxParts: this.options.maxParts ?? 10_000, maxBytes: this.options.maxMultipartBytes ?? 64_000_000 };
  }

  private report(r: SessionReport): void {
    this.options.onReport?.(r);
  }

  private micros(): number {
    return this.now() * 1000;
  }
}

interface Answers {
  reply(request: MessageHeader, messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void;
  error(request: MessageHeader, code: number, text: string): void;
}

/** The context of one delivered message. */
class Context<B = unknown> implements HandlerContext<B> {
  constructor(
    readonly message: DecodedMessage<B>,
    readonly errors: Record<string, ErrorInfo>,
    readonly session: EtpSession,
    private readonly answers: Answers,
  ) {}

  get body(): B {
    return this.message.body;
  }

  reply(messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void {
    this.answers.reply(this.message.header, messageType, body, options);
  }

  replyError(code: number, message: string): void {
    this.answers.error(this.message.header, code, message);
  }
}

/** The async iterable of `requestParts`: a queue of parts, ended at FIN or failed. */
class PartStream implements AsyncIterable<DecodedMessage> {
  private readonly queue: DecodedMessage[] = [];
  private done = false;
  private error: unknown;
  private wake: (() => void) | undefined;

  push(m: DecodedMessage): void {
    this.queue.push(m);
    this.wake?.();
  }
  end(): void {
    this.done = true;
    this.wake?.();
  }
  fail(e: unknown): void {
    this.error = e;
    this.done = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<DecodedMessage> {
    for (;;) {
      if (this.queue.length) {
        yield this.queue.shift()!;
        continue;
      }
      if (this.error) throw this.error;
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = undefined;
    }
  }
}
