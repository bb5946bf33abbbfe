import WebSocket from 'ws';
import type { SessionOptions } from '../session/options.js';
import type { AnySession } from './common.js';

// How one ws socket and one session are wired together (frames both ways, the outgoing cap,
// drain, close). What does not need ws is in common.ts.

/** How long a peer has to answer our close frame before its socket is dropped (ws alone waits 30 s). */
const CLOSE_GRACE_MS = 1000;

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
export function socketSide(socket: WebSocket, maxOutgoingBytes: number, session: () => AnySession | undefined, onClose?: (reason: string) => void, raw?: Corkable): Pick<SessionOptions, 'send' | 'bufferedBytes' | 'onClose'> {
  let gaveUp = false;
  let corked = false;
  // The frames of one burst (every send until the current job ends) leave in one write: the
  // TCP socket is corked at the first and uncorked in a microtask.
  const uncork = (): void => {
    if (!corked) return;
    corked = false;
    raw!.uncork();
  };
  // One callback for every frame: when ws has written one out, waiting producers may go on.
  const written = (): void => session()?.transportDrained();
  return {
    send: (frame) => {
      if (gaveUp) return;
      if (socket.bufferedAmount + frame.length <= maxOutgoingBytes) {
        if (raw && !corked) {
          corked = true;
          raw.cork();
          queueMicrotask(uncork);
        }
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
      // What the session sent last (CloseSession) leaves now: the socket may be dropped next.
      uncork();
      onClose?.(reason);
      closeSocket(socket, 1000, reason);
    },
  };
}

/** The TCP socket under a WebSocket (the upgrade request's, on either side): what corking needs. */
export interface Corkable {
  cork(): void;
  uncork(): void;
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
