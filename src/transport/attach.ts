import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { SessionOptions } from '../session/options.js';
import { EtpSession } from '../session/session.js';
import { sharedFramePool } from '../wire/frame-pool.js';

// The one seam between a session and a WebSocket, whichever the platform's: ws on Node
// (socket.ts), the standard WebSocket in browsers (browser.ts). Both give an adapter; attach()
// makes the session on it and owns what every transport must do alike: the outgoing cap (past
// maxOutgoingBytes queued the peer is taken not to read, and given up once), binary messages
// only, and the close in both directions. Nothing here imports ws.

/** One WebSocket as the seam sees it. */
export interface SocketAdapter {
  /**
   * Queues one binary frame for the peer (the adapter tells {@link Attachment.written} when it
   * left, if it can). `done`, when given, must be called once the platform no longer reads the
   * frame's bytes (written out, or dropped): only an adapter that says {@link callsBack} gets one.
   */
  send(frame: Uint8Array, done?: () => void): void;
  /**
   * True when the adapter calls `done` as {@link send} says: the session then lends it large frames
   * from a pool (the option `framePool`, else `sharedFramePool`) instead of copying each; to any
   * other adapter nothing is lent, whatever `framePool` says.
   */
  readonly callsBack?: boolean;
  /** Bytes queued for the peer and not yet written. */
  buffered(): number;
  /** True while frames can be sent. */
  isOpen(): boolean;
  /** Starts the closing handshake with a code and a short reason. */
  close(code: number, reason: string): void;
  /** Drops the connection now, whatever is queued (a platform that cannot leaves it to close). */
  drop(): void;
}

/** What the transport itself does when the session ends or the peer is given up, before the socket closes. */
export interface AttachHooks {
  /** The session ended (any way): flush what it sent last, stop timers. */
  closing?(): void;
  /** The peer is given up: drop what waits for the session. */
  givingUp?(): void;
}

/** Session options a transport passes on (it supplies `send` and `bufferedBytes` itself). */
export type AttachedSessionOptions<M> = Omit<SessionOptions<M>, 'send' | 'bufferedBytes'>;

/** A session attached to one socket (see {@link attach}). */
export class Attachment<M = Etp12MessageMap> {
  readonly session: EtpSession<M>;
  private gaveUp = false;

  constructor(
    private readonly adapter: SocketAdapter,
    options: AttachedSessionOptions<M>,
    private readonly maxOutgoingBytes: number,
    private readonly hooks: AttachHooks = {},
  ) {
    // Large frames are lent from the pool only to an adapter that says when it is done with them.
    const { framePool, ...rest } = options;
    const pool = adapter.callsBack ? (framePool ?? sharedFramePool) : undefined;
    this.session = new EtpSession<M>({
      ...rest,
      ...(pool === undefined ? {} : { framePool: pool }),
      send: (frame) => {
        // Lent frames are never below minBytes: smaller ones need no lookup.
        const lent = pool !== undefined && frame.length >= pool.minBytes && pool.isLent(frame);
        if (this.room(frame.length, 'does not read')) adapter.send(frame, lent ? () => pool!.give(frame) : undefined);
        else if (lent) pool!.give(frame);
      },
      bufferedBytes: () => adapter.buffered(),
      onClose: (reason) => {
        hooks.closing?.();
        options.onClose?.(reason);
        if (adapter.isOpen()) adapter.close(1000, reason.slice(0, 120));
      },
    });
  }

  /** True once the peer was given up (nothing more is sent or handed to the session). */
  get givenUp(): boolean {
    return this.gaveUp;
  }

  /**
   * True when `bytes` more may be queued for the peer (a frame, a pong); else the peer does not
   * read, and is given up: `what` says what it did not read.
   */
  room(bytes: number, what: string): boolean {
    if (this.gaveUp) return false;
    const queued = this.adapter.buffered();
    if (queued + bytes <= this.maxOutgoingBytes) return true;
    this.giveUp(`the peer ${what}: ${queued} bytes queued for it, maxOutgoingBytes ${this.maxOutgoingBytes}`, 1008, 'peer does not read');
    return false;
  }

  /** Ends the session with `reason` and drops the connection now, once. */
  giveUp(reason: string, code: number, short: string): void {
    if (this.gaveUp) return;
    this.gaveUp = true;
    this.hooks.givingUp?.();
    // The close frame says why before the session's end would close with 1000.
    if (this.adapter.isOpen()) this.adapter.close(code, short);
    this.session.transportClosed(reason);
    this.adapter.drop();
  }

  /**
   * A message the socket received: its bytes when it is binary; a text message cannot be an ETP
   * message, and closes the socket (1003).
   */
  binary(data: Uint8Array | undefined): Uint8Array | undefined {
    if (data !== undefined) return data;
    if (this.adapter.isOpen()) this.adapter.close(1003, 'etp messages are binary');
    return undefined;
  }

  /** The socket wrote bytes out: producers waiting for room may go on. */
  written(): void {
    this.session.transportDrained();
  }
}

/**
 * Makes a session on a socket: its `send` goes through the outgoing cap to the adapter, its end
 * closes the socket. The transport wires the socket's messages to {@link Attachment.binary} and
 * the session's `receive`, its close to `transportClosed`.
 */
export function attach<M = Etp12MessageMap>(adapter: SocketAdapter, options: AttachedSessionOptions<M>, maxOutgoingBytes: number, hooks?: AttachHooks): Attachment<M> {
  return new Attachment<M>(adapter, options, maxOutgoingBytes, hooks);
}
