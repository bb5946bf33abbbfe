import type { DecodedMessage, MessageHeaderExtension } from '../codec/codec.js';
import { EtpError, EtpErrorCodes } from '../errors.js';
import type { ErrorInfo } from '../schema/etp12-types.js';
import type { MessageHeader } from '../wire/header.js';

/** What a handler gets (`S`: the session type, EtpSession for the library's sessions). */
export interface HandlerContextOf<B, S> {
  /** The message (for a multipart request, the first part with the merged body). */
  message: DecodedMessage<B>;
  body: B;
  /** Per-item errors that came as ProtocolException parts of a multipart request. */
  errors: Record<string, ErrorInfo>;
  session: S;
  /** Sends a response (same protocol, correlated), split into parts when it does not fit one message. */
  reply(messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void;
  /** Answers with a ProtocolException. */
  replyError(code: number, message: string): void;
}

export type HandlerOf<B, S> = (ctx: HandlerContextOf<B, S>) => void | Promise<void>;

/** How a delivered message is answered, and what happens when nobody or a failing handler takes it. */
export interface Answers {
  reply(request: MessageHeader, messageType: number, body: unknown, options?: { extension?: MessageHeaderExtension }): void;
  error(request: MessageHeader, code: number, text: string): void;
  /** No handler (or not in the agreed role): ENOTSUPPORTED. */
  unhandled(message: DecodedMessage): void;
  /** A handler threw or rejected. */
  failed(message: DecodedMessage, err: unknown): void;
}

/**
 * The session's handlers by (protocol, messageType), and their calls: one context per delivered
 * message, errors of synchronous and asynchronous handlers turned into ProtocolExceptions.
 */
export class Handlers<S> {
  private readonly table = new Map<number, Map<number, HandlerOf<unknown, S>>>();

  constructor(
    private readonly session: S,
    private readonly answers: Answers,
  ) {}

  set(protocol: number, messageType: number, handler: HandlerOf<unknown, S>): void {
    let inProtocol = this.table.get(protocol);
    if (!inProtocol) this.table.set(protocol, (inProtocol = new Map()));
    inProtocol.set(messageType, handler);
  }

  /** Calls the message's handler (or answers that there is none). */
  deliver(message: DecodedMessage, errors: Record<string, ErrorInfo>): void {
    const h = message.header;
    const handler = this.table.get(h.protocol)?.get(h.messageType);
    if (!handler) {
      this.answers.unhandled(message);
      return;
    }
    const ctx = new Context(message, errors, this.session, this.answers);
    try {
      const result = handler(ctx);
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).catch((err) => this.answers.failed(message, err));
    } catch (err) {
      this.answers.failed(message, err);
    }
  }
}

/** The ProtocolException code for a handler's failure: its EtpError's, else EINVALID_ARGUMENT. */
export function failureCode(err: unknown): number {
  return err instanceof EtpError && err.etpCode !== undefined ? err.etpCode : EtpErrorCodes.EINVALID_ARGUMENT;
}

/** The context of one delivered message. */
class Context<B, S> implements HandlerContextOf<B, S> {
  constructor(
    readonly message: DecodedMessage<B>,
    readonly errors: Record<string, ErrorInfo>,
    readonly session: S,
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
