import { v4 as uuidv4 } from 'uuid';
import type { DecodedMessage } from '../codec/codec.js';
import { type EtpError, EtpErrorCodes } from '../errors.js';
import { Core, Protocol } from '../schema/etp.js';
import type { MessageHeader } from '../wire/header.js';
import type { EndpointDescription, Handshake, Negotiated } from './handshake.js';
import type { SessionRole } from './ids.js';
import type { Pending } from './requests.js';

/** Where a session is: new, client waiting for OpenSession, open, closed. */
export type SessionState = 'new' | 'requesting' | 'open' | 'closed';

/** What the Core service needs from its session. */
export interface CoreHost {
  readonly role: SessionRole;
  readonly state: SessionState;
  /** The waiting request a correlationId names, taken (the RequestSession an OpenSession answers). */
  takeRequest(correlationId: number): Pending | undefined;
  /** Sends a message that answers `correlationId`; throws when it cannot go. */
  send(protocol: number, messageType: number, body: unknown, correlationId: number): void;
  /** Sends an answer of the session's own; a failure is reported, never thrown. */
  sendSafely(protocol: number, messageType: number, body: unknown, about: MessageHeader): void;
  /** A ProtocolException to the peer (never throws). */
  exception(code: number, text: string, about?: MessageHeader): void;
  /** The session opens on what was agreed. */
  opened(negotiated: Negotiated): void;
  /** The handshake failed: the session ends with this error. */
  refused(err: unknown): void;
  /** The peer ended the session. */
  ended(reason: string): void;
  /** Now, in microseconds since the epoch (the handshake's and Ping's clocks). */
  micros(): number;
}

/**
 * The Core protocol (0) as the session itself answers it: RequestSession (server) and
 * OpenSession (client) through the version's {@link Handshake}, CloseSession, Ping. Pong,
 * ProtocolException and Acknowledge go on to the session's routing (they answer requests).
 */
export class CoreService {
  constructor(
    private readonly host: CoreHost,
    private readonly handshake: Handshake,
    private readonly endpoint: EndpointDescription,
  ) {}

  /** The body of the client's RequestSession. */
  requestSession(): unknown {
    return this.handshake.request(this.endpoint, this.host.micros());
  }

  /** Handles a Core message the session answers itself; false for the others. */
  handle(message: DecodedMessage): boolean {
    const h = message.header;
    switch (h.messageType) {
      case Core.RequestSession:
        this.requested(message);
        return true;
      case Core.OpenSession:
        this.openedBy(message);
        return true;
      case Core.CloseSession:
        this.host.ended(`peer closed the session: ${(message.body as { reason: string }).reason || 'no reason given'}`);
        return true;
      case Core.Ping:
        if (this.host.state === 'open') this.host.sendSafely(Protocol.Core, Core.Pong, { currentDateTime: this.host.micros() }, h);
        else this.host.exception(EtpErrorCodes.EINVALID_STATE, 'Ping before the session is open', h);
        return true;
      default:
        return false;
    }
  }

  /** Server: RequestSession, answered with OpenSession (or refused, and the session ends). */
  private requested(message: DecodedMessage): void {
    const host = this.host;
    if (host.role !== 'server' || host.state !== 'new') {
      host.exception(EtpErrorCodes.EINVALID_STATE, 'RequestSession is only valid as the first message to a server', message.header);
      return;
    }
    let answer: ReturnType<Handshake['negotiate']>;
    try {
      answer = this.handshake.negotiate(this.endpoint, message.body, uuidv4(), host.micros());
      // OpenSession goes out uncompressed and at our own size; what was agreed applies after it.
      // One that cannot go refuses the session (nothing the peer sent may throw out of receive).
      host.send(Protocol.Core, Core.OpenSession, answer.openSession, message.header.messageId);
    } catch (err) {
      this.refuse(err, message.header);
      return;
    }
    host.opened(answer.negotiated);
  }

  /** Client: OpenSession, the answer to its RequestSession. */
  private openedBy(message: DecodedMessage): void {
    const host = this.host;
    const h = message.header;
    const request = host.role === 'client' && host.state === 'requesting' ? host.takeRequest(h.correlationId) : undefined;
    if (!request) {
      host.exception(EtpErrorCodes.EINVALID_STATE, 'OpenSession answers no RequestSession', h);
      return;
    }
    let negotiated: Negotiated;
    try {
      negotiated = this.handshake.accept(this.endpoint, message.body);
    } catch (err) {
      // The server offered what this client cannot work with (a size below its floor): refused, told why.
      request.reject(err);
      this.refuse(err, h);
      return;
    }
    host.opened(negotiated);
    request.resolve({ message, body: message.body, bodies: { [message.name]: message.body }, errors: {}, exception: undefined, parts: [], count: 1, blobs: new Map() });
  }

  private refuse(err: unknown, about: MessageHeader): void {
    this.host.exception((err as EtpError).etpCode ?? EtpErrorCodes.EINVALID_ARGUMENT, (err as Error).message, about);
    this.host.refused(err);
  }
}
