import WebSocket from 'ws';
import type { EtpSession } from '../session/session.js';
import type { AnySession } from './common.js';
import { type AttachedSessionOptions, type AttachHooks, type Attachment, attach, type SocketAdapter } from './attach.js';
import { FrameScanner } from './frame-scanner.js';

// A ws socket as the transport seam's adapter (attach.ts owns the outgoing cap, binary only and
// the close), and what only ws needs: corked bursts, turns between connections, pongs within the
// cap, the fragments of a message, idleness.

/**
 * Messages of one connection handled in one turn of the event loop; the rest wait for the next
 * turn, after every other connection had its turn. One peer's backlog cannot hold up the others
 * for more than this many of its messages.
 */
export const MESSAGES_PER_TURN = 16;

/**
 * The time one connection's messages may take in one turn: once its messages took this long, the
 * rest wait for the next turn even if fewer than MESSAGES_PER_TURN were handled (a message that
 * costs more is still handled whole: this bounds how many, not how long each).
 */
export const TURN_MS = 2;

/** Bytes of messages a connection may have waiting for their turn before its socket is no longer read. */
export const INBOX_PAUSE_BYTES = 1024 * 1024;

/** How long a peer has to answer our close frame before its socket is dropped (ws alone waits 30 s). */
const CLOSE_GRACE_MS = 1000;

/** Starts the closing handshake, and drops the socket if the peer does not complete it soon. */
export function closeSocket(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  socket.close(code, reason.slice(0, 120));
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}

/** The TCP socket under a WebSocket (the upgrade request's, on either side): what corking needs. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/** A readable byte stream under the WebSocket: what the frame scanner listens to. */
export interface RawStream {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
}

/** What a link bounds. */
export interface LinkLimits {
  /** Bytes queued for the peer (ws's bufferedAmount: data, pongs, close frames) before a frame is sent. */
  maxOutgoingBytes: number;
  /** Frames one incoming data message may be fragmented into. */
  maxFragments: number;
}

/**
 * One ws socket and its session: {@link SocketLink.open} makes the session on the socket (through
 * {@link attach}), then {@link SocketLink.listen} wires the socket's events. Every frame that goes
 * out, a pong included, is within the outgoing cap.
 */
export class SocketLink implements SocketAdapter, AttachHooks {
  /** When a complete message last came in or went out (Date.now()). */
  lastMessageAt = Date.now();
  private attachment!: Attachment<unknown>;
  private corked = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Messages received and waiting for their turn (from `head` on), and their bytes. */
  private readonly inbox: Uint8Array[] = [];
  private head = 0;
  private inboxBytes = 0;
  /** Messages handled since the last turn began, and when the first of them was. */
  private handled = 0;
  private turnStart = 0;
  private turnScheduled = false;
  /** The socket closed: once the inbox is empty, the session is told. */
  private closedWith: string | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: LinkLimits,
    private readonly raw?: Corkable,
  ) {}

  /** Makes the session on this socket: the link is the seam's adapter and hooks. */
  open<M>(options: AttachedSessionOptions<M>): EtpSession<M> {
    const attachment = attach<M>(this, options, this.limits.maxOutgoingBytes, this);
    this.attachment = attachment as Attachment<unknown>;
    return attachment.session;
  }

  // ---- the seam's adapter (SocketAdapter) and hooks (AttachHooks) ----

  /** ws calls a send's callback once the bytes were written, or with an error when they never will be. */
  readonly callsBack = true;

  send(frame: Uint8Array, done?: () => void): void {
    // The frames of one burst (every send until the current job ends) leave in one write:
    // the TCP socket is corked at the first and uncorked in a microtask.
    if (this.raw && !this.corked) {
      this.corked = true;
      this.raw.cork();
      queueMicrotask(this.uncork);
    }
    this.lastMessageAt = Date.now();
    this.socket.send(frame, { binary: true }, done === undefined ? this.written : this.writtenThen(done));
  }

  buffered(): number {
    return this.socket.bufferedAmount;
  }

  isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  close(code: number, reason: string): void {
    closeSocket(this.socket, code, reason);
  }

  drop(): void {
    this.socket.terminate();
  }

  /** What the session sent last (CloseSession) leaves now: the socket may be dropped next. */
  closing(): void {
    this.uncork();
    clearTimeout(this.idleTimer);
  }

  givingUp(): void {
    clearTimeout(this.idleTimer);
    this.inbox.length = 0;
    this.head = 0;
    this.inboxBytes = 0;
  }

  /** One callback for every frame: when ws has written one out, waiting producers may go on. */
  private readonly written = (): void => this.attachment.written();

  /** The callback of a lent frame: it goes back to its pool, then as {@link written}. */
  private writtenThen(done: () => void): () => void {
    return () => {
      done();
      this.attachment.written();
    };
  }

  private readonly uncork = (): void => {
    if (!this.corked) return;
    this.corked = false;
    this.raw!.uncork();
  };

  /**
   * Wires the socket's events to the session: binary messages in, close and errors; with
   * `answerPings` (a socket made with `autoPong: false`), pings answered within the outgoing cap;
   * and, given the raw byte stream from its first byte, the fragments of each message counted.
   */
  listen(options: { answerPings: boolean; raw?: RawStream }): void {
    const socket = this.socket;
    const session = this.attachment.session as AnySession;
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => {
      const bytes = this.attachment.binary(isBinary ? (data as Uint8Array) : undefined);
      if (bytes === undefined) return;
      this.lastMessageAt = Date.now();
      this.deliver(session, bytes);
    });
    if (options.answerPings) {
      socket.on('ping', (data: Buffer) => {
        // A pong is queued for the peer like any frame: a peer that pings and never reads is cut off.
        if (this.attachment.room(data.length + 2, 'does not read its pongs')) socket.pong(data);
      });
    }
    socket.on('close', () => {
      clearTimeout(this.idleTimer);
      this.closeAfterInbox(session, 'the socket closed');
    });
    socket.on('error', () => this.closeAfterInbox(session, 'socket error'));
    if (options.raw) this.scan(options.raw);
  }

  /**
   * Hands a message to the session now, when this connection has had fewer than
   * MESSAGES_PER_TURN this turn, for less than TURN_MS, and none wait; else it waits for a later turn. Past
   * INBOX_PAUSE_BYTES waiting, the socket is not read until they are handled (TCP then holds the
   * peer back).
   */
  private deliver(session: AnySession, data: Uint8Array): void {
    if (this.attachment.givenUp) return;
    if (this.head === this.inbox.length && this.handled < MESSAGES_PER_TURN && (this.handled === 0 || performance.now() - this.turnStart < TURN_MS)) {
      if (this.handled++ === 0) this.turnStart = performance.now();
      this.scheduleTurn(session);
      session.receive(data);
      return;
    }
    this.inbox.push(data);
    this.inboxBytes += data.length;
    if (this.inboxBytes > INBOX_PAUSE_BYTES && !this.socket.isPaused) this.socket.pause();
    this.scheduleTurn(session);
  }

  /** The next turn (setImmediate: after the I/O of every other connection polled meanwhile). */
  private scheduleTurn(session: AnySession): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => this.turn(session));
  }

  /** One turn: up to MESSAGES_PER_TURN waiting messages, then the next turn if more wait. */
  private turn(session: AnySession): void {
    this.turnScheduled = false;
    this.handled = 0;
    this.turnStart = performance.now();
    while (this.head < this.inbox.length && this.handled < MESSAGES_PER_TURN && (this.handled === 0 || performance.now() - this.turnStart < TURN_MS)) {
      const data = this.inbox[this.head]!;
      this.inbox[this.head++] = undefined as never;
      this.inboxBytes -= data.length;
      this.handled++;
      session.receive(data);
      if (this.attachment.givenUp) return;
    }
    if (this.head < this.inbox.length) {
      this.scheduleTurn(session);
    } else {
      this.inbox.length = 0;
      this.head = 0;
      // Messages handled this turn count towards the next poll's share only until it begins.
      if (this.handled > 0) this.scheduleTurn(session);
    }
    if (this.socket.isPaused && this.inboxBytes <= INBOX_PAUSE_BYTES / 2 && this.closedWith === undefined) this.socket.resume();
    if (this.closedWith !== undefined && this.head === this.inbox.length) this.finishClose(session);
  }

  /** The socket closed: what the peer sent completely is still handed over, then the session is told. */
  private closeAfterInbox(session: AnySession, reason: string): void {
    if (this.closedWith !== undefined) return;
    this.closedWith = reason;
    if (this.head === this.inbox.length) this.finishClose(session);
  }

  private finishClose(session: AnySession): void {
    const reason = this.closedWith!;
    this.closedWith = '';
    if (reason !== '') session.transportClosed(reason);
  }

  /** Counts the fragments of each incoming message in the raw bytes, which must be read from the first frame on. */
  scan(raw: RawStream): void {
    const scanner = new FrameScanner({ maxFragments: this.limits.maxFragments });
    raw.on('data', (chunk: Buffer) => {
      const problem = scanner.feed(chunk);
      if (problem) this.attachment.giveUp(`the peer sent ${problem}`, 1009, 'too many fragments');
    });
  }

  /**
   * Closes the session (CloseSession, then the socket) once no complete message went either way
   * for `ms`: bytes that never make a message do not count. One timer, re-armed lazily.
   */
  watchIdle(ms: number): void {
    const check = (): void => {
      const quiet = Date.now() - this.lastMessageAt;
      if (quiet < ms) {
        this.idleTimer = setTimeout(check, ms - quiet);
        this.idleTimer.unref?.();
        return;
      }
      this.attachment.session.close(`no message either way for ${quiet} ms (idleTimeoutMs ${ms})`);
      this.socket.terminate();
    };
    this.idleTimer = setTimeout(check, ms);
    this.idleTimer.unref?.();
  }
}
