import type { DecodedMessage, MessageHeaderExtension } from '../codec/codec.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import type { ErrorInfo } from '../schema/gen/etp12-types.gen.js';
import type { AnswersOf, InputAt, InputOf, ProtocolOf } from '../schema/message-map.js';
import type { MessageHeader } from '../wire/header.js';
import type { SessionOptions, SessionReport } from './options.js';

/** The protocol a handler of `N` replies in (any, when the handler was registered by numbers the map does not know). */
type ReplyProtocol<M, N> = [N] extends [never] ? number : ProtocolOf<M, N>;

/** One part of {@link HandlerContextOf.replyEach}: an answer's name and its body. */
export type AnswerPart<M, N> = { [R in AnswersOf<M, N>]: { message: R; body: InputOf<M, R> } }[AnswersOf<M, N>];

/** Options of a reply. */
export interface ReplyOptions {
  extension?: MessageHeaderExtension;
  /**
   * Per-item failures, keyed like the request's map (ENOT_FOUND for one URI of a GetDataObjects,
   * say): sent in ProtocolException parts after the response, in the same multipart message. When
   * every collection of the response is empty, only the ProtocolException parts are sent.
   */
  errors?: Record<string, ErrorInfo>;
}

/**
 * What a handler gets. `S`: the session type; `M`: the message map; `N`: the name of the message
 * handled (never when the map does not know it), which types what {@link reply} accepts.
 */
export interface HandlerContextOf<B, S, M = unknown, N = never> {
  /** The message (for a multipart request, the first part with the merged body). */
  message: DecodedMessage<B>;
  body: B;
  /** Per-item errors that came as ProtocolException parts of a multipart request. */
  errors: Record<string, ErrorInfo>;
  /**
   * The bytes of large objects that came as Chunk messages within the request (a PutDataObjects
   * whose DataObject has a `blobId` and empty `data`), joined, by blobId. Empty for most messages.
   */
  blobs: ReadonlyMap<string, Uint8Array>;
  session: S;
  /**
   * Sends a response (correlated), split into parts when it does not fit one message: by the name of
   * one of the messages that answer `N`, or by message type in the request's protocol.
   */
  reply<R extends AnswersOf<M, N>>(name: R, body: InputOf<M, R>, options?: ReplyOptions): void;
  reply<T extends number>(messageType: T, body: InputAt<M, ReplyProtocol<M, N>, T>, options?: ReplyOptions): void;
  /**
   * Answers with several whole messages, the parts of one multipart response: ETP 1.1's way (a
   * GetResourcesResponse per resource, MultiPart on each, FinalPart on the last; an empty list is
   * Acknowledge with NoData), or ETP 1.2 parts of different answer types (GetFrameResponseHeader,
   * then GetFrameResponseRows). Each must fit one message.
   */
  replyEach<R extends AnswersOf<M, N>>(name: R, bodies: readonly InputOf<M, R>[], options?: ReplyOptions): void;
  replyEach(parts: readonly AnswerPart<M, N>[], options?: ReplyOptions): void;
  /** Answers with a ProtocolException. */
  replyError(code: number, message: string): void;
}

export type HandlerOf<B, S, M = unknown, N = never> = (ctx: HandlerContextOf<B, S, M, N>) => void | Promise<void>;

/** What answering needs from the session. */
export interface AnswerHost {
  /** Sends an answer to `request` (`message`: a type in its protocol, or a full name); throws when it cannot go. */
  sendReply(request: MessageHeader, message: number | string, body: unknown, options?: ReplyOptions): void;
  /** Sends several whole messages as the parts of one answer; throws when they cannot go. */
  sendReplyEach(request: MessageHeader, parts: readonly { message: number | string; body: unknown }[], options?: ReplyOptions): void;
  /** A ProtocolException to the peer, correlated when `about` is given; never throws. */
  exception(code: number, text: string, about?: MessageHeader): void;
  report(report: SessionReport): void;
}

/**
 * How a delivered message is answered, and what happens when nobody or a failing handler takes
 * it. A reply that cannot go is told to the peer as a ProtocolException at once and thrown to the
 * handler; when the handler lets that error escape, the peer is not told a second time.
 */
export class Answers {
  /** Errors already told to the peer. */
  private told: WeakSet<object> | undefined;

  constructor(
    private readonly host: AnswerHost,
    private readonly errorText: SessionOptions['errorText'],
  ) {}

  reply(request: MessageHeader, message: number | string, body: unknown, options?: ReplyOptions): void {
    try {
      this.host.sendReply(request, message, body, options);
    } catch (err) {
      // A response that cannot be sent becomes a ProtocolException, as fetpapi does for size.
      throw this.tell(err, request);
    }
  }

  replyEach(request: MessageHeader, parts: readonly { message: number | string; body: unknown }[], options?: ReplyOptions): void {
    try {
      this.host.sendReplyEach(request, parts, options);
    } catch (err) {
      throw this.tell(err, request);
    }
  }

  error(request: MessageHeader, code: number, text: string): void {
    this.host.exception(code, text, request);
  }

  /** No handler (or not in the agreed role): ENOTSUPPORTED. */
  unhandled(message: DecodedMessage): void {
    this.host.report({ kind: 'unhandled', message: `no handler for ${message.name}`, header: message.header });
    this.host.exception(EtpErrorCodes.ENOTSUPPORTED, `${message.name} is not handled by this endpoint`, message.header);
  }

  /** A handler threw or rejected: reported, and the peer told (unless it was already). */
  failed(message: DecodedMessage, err: unknown): void {
    this.host.report({ kind: 'handler-error', message: `handler of ${message.name} failed: ${(err as Error)?.message}`, header: message.header, error: err });
    if (this.wasTold(err)) return;
    this.host.exception(failureCode(err), this.textOf(err, message.name), message.header);
  }

  /** True when the peer was already told of this error (a reply that could not go). */
  wasTold(err: unknown): boolean {
    return typeof err === 'object' && err !== null && this.told?.has(err) === true;
  }

  private tell(err: unknown, request: MessageHeader): unknown {
    this.host.exception((err as EtpError)?.etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT, String((err as Error)?.message ?? err), request);
    if (typeof err === 'object' && err !== null) (this.told ??= new WeakSet()).add(err);
    return err;
  }

  /** What the peer reads of a handler's failure (the errorText option). */
  private textOf(err: unknown, name: string): string {
    if (err instanceof EtpError) return err.message;
    const how = this.errorText ?? 'generic';
    if (typeof how === 'function') {
      try {
        return String(how(err, name));
      } catch {
        return `${name} failed on this endpoint`;
      }
    }
    return how === 'message' ? String((err as Error)?.message ?? err) : `${name} failed on this endpoint`;
  }
}

/**
 * The session's handlers by (protocol, messageType), and their calls: one context per delivered
 * message, errors of synchronous and asynchronous handlers turned into ProtocolExceptions.
 */
export class Handlers<S> {
  private readonly table = new Map<number, Map<number, HandlerOf<unknown, S, unknown, string>>>();

  constructor(
    private readonly session: S,
    private readonly answers: Answers,
  ) {}

  set(protocol: number, messageType: number, handler: HandlerOf<unknown, S, unknown, string>): void {
    let inProtocol = this.table.get(protocol);
    if (!inProtocol) this.table.set(protocol, (inProtocol = new Map()));
    inProtocol.set(messageType, handler);
  }

  /** Calls the message's handler (or answers that there is none). */
  deliver(message: DecodedMessage, errors: Record<string, ErrorInfo>, blobs: ReadonlyMap<string, Uint8Array> = NO_BLOBS): void {
    const h = message.header;
    const handler = this.table.get(h.protocol)?.get(h.messageType);
    if (!handler) {
      this.answers.unhandled(message);
      return;
    }
    // The context's typed reply overloads are one method at run time.
    const ctx = new Context(message, errors, blobs, this.session, this.answers) as unknown as HandlerContextOf<unknown, S, unknown, string>;
    try {
      const result = handler(ctx);
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).catch((err) => this.answers.failed(message, err));
    } catch (err) {
      this.answers.failed(message, err);
    }
  }
}

const NO_BLOBS: ReadonlyMap<string, Uint8Array> = new Map();

/** The ProtocolException code for a handler's failure: its EtpError's, else EINVALID_ARGUMENT. */
export function failureCode(err: unknown): number {
  return err instanceof EtpError && err.etpCode !== undefined ? err.etpCode : EtpErrorCodes.EINVALID_ARGUMENT;
}

/** The context of one delivered message. */
class Context<B, S> {
  constructor(
    readonly message: DecodedMessage<B>,
    readonly errors: Record<string, ErrorInfo>,
    readonly blobs: ReadonlyMap<string, Uint8Array>,
    readonly session: S,
    private readonly answers: Answers,
  ) {}

  get body(): B {
    return this.message.body;
  }

  reply(message: number | string, body: unknown, options?: ReplyOptions): void {
    this.answers.reply(this.message.header, message, body, options);
  }

  replyError(code: number, message: string): void {
    this.answers.error(this.message.header, code, message);
  }

  replyEach(a: string | readonly { message: number | string; body: unknown }[], b?: unknown, c?: ReplyOptions): void {
    if (typeof a === 'string')
      this.answers.replyEach(
        this.message.header,
        (b as unknown[]).map((body) => ({ message: a, body })),
        c,
      );
    else this.answers.replyEach(this.message.header, a, b as ReplyOptions | undefined);
  }
}
