import WebSocket from 'ws';
import { EtpError } from '../errors.js';
import { DEFAULT_CAPABILITIES } from '../session/capabilities.js';
import type { Etp12MessageMap } from '../schema/etp12-types.js';
import { type EtpProfile, ETP11_PROFILE, ETP12_PROFILE, PROFILES } from '../schema/profile.js';
import type { SessionOptions } from '../session/options.js';
import type { EtpSession } from '../session/session.js';

// What both sides of the transport share: the subprotocol, the defaults, and how one ws socket
// and one session are wired together (frames both ways, the outgoing cap, drain, close).

/** The WebSocket subprotocol of ETP 1.2. */
export const ETP12_SUBPROTOCOL = ETP12_PROFILE.subprotocol;
/** The WebSocket subprotocol of ETP 1.1. */
export const ETP11_SUBPROTOCOL = ETP11_PROFILE.subprotocol;

/** The profile of the ETP version a transport's sessions speak: their codec's, or `etp`'s (1.2 by default). */
export function profileOf(options: { codec?: { profile: EtpProfile }; etp?: '1.1' | '1.2' }): EtpProfile {
  return options.codec?.profile ?? PROFILES[options.etp ?? '1.2'];
}

/**
 * Bytes a frame may exceed the endpoint's MaxWebSocketMessagePayloadSize by and still reach the
 * session, which answers it with ProtocolException 17; larger frames are cut off by ws (close 1009).
 */
const OVERSIZE_SLACK = 65_536;

/** How long a peer has to answer our close frame before its socket is dropped (ws alone waits 30 s). */
const CLOSE_GRACE_MS = 1000;

/** The defaults of the transport's own options. */
export const TRANSPORT_DEFAULTS = {
  maxOutgoingBytes: 64_000_000,
  maxSessions: 1000,
  idleTimeoutMs: 600_000,
  handshakeTimeoutMs: 45_000,
  closeTimeoutMs: 5000,
} as const;

/** A session of any message map (the transport handles them all alike). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySession = EtpSession<any>;

/** Session options a transport passes through (it supplies `role`, `send` and `bufferedBytes` itself). */
export type SessionPart<M = Etp12MessageMap> = Omit<SessionOptions<M>, 'role' | 'send' | 'bufferedBytes'>;

/** Options both sides of the transport take, besides the session's. */
export interface ConnectionOptions {
  /**
   * Most bytes queued for a peer's socket (ws's `bufferedAmount`) before a frame is sent. Past
   * it the peer is taken not to read: nothing more is sent, the session ends (its requests fail
   * with SESSION_CLOSED, "the peer does not read: …") and the socket is dropped. Default 64,000,000.
   */
  maxOutgoingBytes?: number;
}

/** A non-negative integer option, or its default; INVALID_OPTION otherwise. */
export function nonNegative(name: string, v: number | undefined, fallback: number): number {
  const n = v ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0) throw new EtpError('INVALID_OPTION', `${name} must be a non-negative integer, got ${String(v)}`);
  return n;
}

/** ws's `maxPayload` for an endpoint: its MaxWebSocketMessagePayloadSize plus the slack. */
export function maxPayload(options: { capabilities?: { MaxWebSocketMessagePayloadSize?: number } }): number {
  return (options.capabilities?.MaxWebSocketMessagePayloadSize ?? DEFAULT_CAPABILITIES.MaxWebSocketMessagePayloadSize) + OVERSIZE_SLACK;
}

/** Starts the closing handshake, and drops the socket if the peer does not complete it soon. */
export function closeSocket(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  socket.close(code, reason.slice(0, 120));
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}

/**
 * The session options a socket supplies: `send` (a frame goes out while the peer's queue is
 * within maxOutgoingBytes; past it the connection is given up, once), `bufferedBytes`, and the
 * close of the socket when the session ends.
 */
export function socketSide(socket: WebSocket, maxOutgoingBytes: number, session: () => AnySession | undefined, onClose?: (reason: string) => void): Pick<SessionOptions, 'send' | 'bufferedBytes' | 'onClose'> {
  let gaveUp = false;
  // One callback for every frame: when ws has written one out, waiting producers may go on.
  const written = (): void => session()?.transportDrained();
  return {
    send: (frame) => {
      if (gaveUp) return;
      if (socket.bufferedAmount + frame.length <= maxOutgoingBytes) {
        socket.send(frame, { binary: true }, written);
        return;
      }
      gaveUp = true;
      session()?.transportClosed(`the peer does not read: ${socket.bufferedAmount} bytes queued for it, maxOutgoingBytes ${maxOutgoingBytes}`);
      socket.close(1008, 'peer does not read');
      socket.terminate(); // what was queued for it is dropped now, not when it reads
    },
    bufferedBytes: () => socket.bufferedAmount,
    onClose: (reason) => {
      onClose?.(reason);
      closeSocket(socket, 1000, reason);
    },
  };
}

/** Wires a socket's events to its session: binary messages in, close and errors. */
export function bind(socket: WebSocket, session: AnySession): void {
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data, isBinary) => {
    if (!isBinary) {
      // ETP 1.2 is binary; a text message cannot be an ETP message.
      closeSocket(socket, 1003, 'etp 1.2 messages are binary');
      return;
    }
    session.receive(data as Uint8Array);
  });
  socket.on('close', () => session.transportClosed('the socket closed'));
  socket.on('error', () => session.transportClosed('socket error'));
}
