import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { EtpError } from '../errors.js';
import { DEFAULT_CAPABILITIES } from '../session/capabilities.js';
import type { Negotiated } from '../session/handshake.js';
import { EtpSession, type SessionOptions } from '../session/session.js';

/** The WebSocket subprotocol of ETP 1.2 (ETP 1.1 uses `energistics-tp`). */
export const ETP12_SUBPROTOCOL = 'etp12.energistics.org';

/**
 * Bytes a frame may exceed the endpoint's MaxWebSocketMessagePayloadSize by and still reach the
 * session, which answers it with ProtocolException 17; larger frames are cut off by ws (close 1009).
 */
const OVERSIZE_SLACK = 65_536;

type SessionPart = Omit<SessionOptions, 'role' | 'send'>;

/** Options both sides of the transport take, besides the session's. */
interface ConnectionOptions {
  /**
   * Most bytes queued for a peer's socket (ws's `bufferedAmount`) before a frame is sent. Past
   * it the peer is taken not to read: nothing more is sent, the session ends (its requests fail
   * with SESSION_CLOSED, "the peer does not read: …") and the socket is dropped. Default 64,000,000.
   */
  maxOutgoingBytes?: number;
}

type TransportOptions = SessionPart & ConnectionOptions;

/** The defaults of the transport's own options. */
export const TRANSPORT_DEFAULTS = {
  maxOutgoingBytes: 64_000_000,
  maxSessions: 1000,
  idleTimeoutMs: 600_000,
} as const;

function nonNegative(name: string, v: number | undefined, fallback: number): number {
  const n = v ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0) throw new EtpError('INVALID_OPTION', `${name} must be a non-negative integer, got ${String(v)}`);
  return n;
}

/**
 * The `send` of a session over a socket: a frame goes out while the peer's queue is within
 * maxOutgoingBytes; past it the connection is given up, once.
 */
function sender(socket: WebSocket, maxOutgoingBytes: number, session: () => EtpSession | undefined): (frame: Buffer) => void {
  let gaveUp = false;
  return (frame) => {
    if (gaveUp) return;
    if (socket.bufferedAmount + frame.length <= maxOutgoingBytes) {
      socket.send(frame, { binary: true });
      return;
    }
    gaveUp = true;
    session()?.transportClosed(`the peer does not read: ${socket.bufferedAmount} bytes queued for it, maxOutgoingBytes ${maxOutgoingBytes}`);
    socket.close(1008, 'peer does not read');
    socket.terminate(); // what was queued for it is dropped now, not when it reads
  };
}

/** How long a peer has to answer our close frame before its socket is dropped (ws alone waits 30 s). */
const CLOSE_GRACE_MS = 1000;

/** Starts the closing handshake, and drops the socket if the peer does not complete it soon. */
function closeSocket(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  socket.close(code, reason.slice(0, 120));
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}

/** Wires a socket and a session: binary messages in, frames out, close both ways. */
function bind(socket: WebSocket, session: EtpSession): void {
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data, isBinary) => {
    if (!isBinary) {
      // ETP 1.2 is binary; a text message cannot be an ETP message.
      closeSocket(socket, 1003, 'etp 1.2 messages are binary');
      return;
    }
    session.receive(data as Buffer);
  });
  socket.on('close', () => session.transportClosed('the socket closed'));
  socket.on('error', () => session.transportClosed('socket error'));
}

function maxPayload(options: TransportOptions): number {
  return (options.capabilities?.MaxWebSocketMessagePayloadSize ?? DEFAULT_CAPABILITIES.MaxWebSocketMessagePayloadSize) + OVERSIZE_SLACK;
}

/** A client session over a WebSocket. */
export interface ClientConnection {
  session: EtpSession;
  socket: WebSocket;
  negotiated: Negotiated;
}

/**
 * Connects to an ETP 1.2 server, opens a session (RequestSession → OpenSession) and resolves when
 * it is open. Rejects with the server's ProtocolException (e.g. ETP 2 when no protocol matches).
 */
export async function connect(url: string, options: TransportOptions & { headers?: Record<string, string> } = {}): Promise<ClientConnection> {
  const { headers, maxOutgoingBytes, ...sessionOptions } = options;
  const socket = new WebSocket(url, [ETP12_SUBPROTOCOL], { maxPayload: maxPayload(sessionOptions), perMessageDeflate: false, headers });
  const session: EtpSession = new EtpSession({
    ...sessionOptions,
    role: 'client',
    send: sender(socket, nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes), () => session),
    onClose: (reason) => {
      sessionOptions.onClose?.(reason);
      closeSocket(socket, 1000, reason);
    },
  });
  bind(socket, session);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', (err) => reject(new EtpError('SESSION_CLOSED', `cannot connect to ${url}: ${err.message}`, { cause: err })));
    socket.once('unexpected-response', (_req, res) => reject(new EtpError('SESSION_CLOSED', `${url} answered http ${res.statusCode}`)));
  });
  if (socket.protocol !== ETP12_SUBPROTOCOL) {
    socket.close(1002, 'no etp subprotocol');
    throw new EtpError('SESSION_CLOSED', `${url} did not accept the ${ETP12_SUBPROTOCOL} subprotocol`);
  }
  const negotiated = await session.start();
  return { session, socket, negotiated };
}

/** Options of {@link listen}. */
export interface ListenOptions extends TransportOptions {
  /** Port; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  /** Called with each new server session, to register its handlers. */
  setup?: (session: EtpSession) => void;
  /** Most connections at once (handshaken or not); one more is answered HTTP 503 at the upgrade. Default 1000. */
  maxSessions?: number;
  /** A connection with no traffic either way for this long is closed (CloseSession, then the socket). 0: never. Default 600,000 (10 minutes). */
  idleTimeoutMs?: number;
}

/** A listening ETP server. */
export interface EtpServer {
  url: string;
  port: number;
  /** The open sessions. */
  sessions: Set<EtpSession>;
  /** Closes every session (CloseSession) and stops listening. */
  close(): Promise<void>;
}

/** Accepts ETP 1.2 sessions over WebSockets (subprotocol `etp12.energistics.org`, binary messages). */
export async function listen(options: ListenOptions = {}): Promise<EtpServer> {
  const { port = 0, host = '127.0.0.1', setup, maxSessions, idleTimeoutMs, maxOutgoingBytes, ...sessionOptions } = options;
  const most = nonNegative('maxSessions', maxSessions, TRANSPORT_DEFAULTS.maxSessions);
  const idleMs = nonNegative('idleTimeoutMs', idleTimeoutMs, TRANSPORT_DEFAULTS.idleTimeoutMs);
  const outgoing = nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes);
  const wss: WebSocketServer = new WebSocketServer({
    port,
    host,
    maxPayload: maxPayload(sessionOptions),
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has(ETP12_SUBPROTOCOL) ? ETP12_SUBPROTOCOL : false),
    // Connections are counted at the upgrade: one too many never becomes a socket.
    verifyClient: (_info, done) => (wss.clients.size >= most ? done(false, 503, `this server holds its maximum of ${most} sessions`) : done(true)),
  });
  const sessions = new Set<EtpSession>();
  wss.on('connection', (socket, request) => {
    if (socket.protocol !== ETP12_SUBPROTOCOL) {
      closeSocket(socket, 1002, `the ${ETP12_SUBPROTOCOL} subprotocol is required`);
      return;
    }
    const session: EtpSession = new EtpSession({
      ...sessionOptions,
      role: 'server',
      send: sender(socket, outgoing, () => session),
      onClose: (reason) => {
        sessions.delete(session);
        sessionOptions.onClose?.(reason);
        closeSocket(socket, 1000, reason);
      },
    });
    sessions.add(session);
    setup?.(session);
    bind(socket, session);
    if (idleMs > 0) {
      // No byte either way for idleMs: the session is closed (ws set the socket's own timeout to 0).
      request.socket.setTimeout(idleMs, () => {
        session.close(`no traffic for ${idleMs} ms`);
        socket.terminate();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const actual = (wss.address() as AddressInfo).port;
  return {
    url: `ws://${host}:${actual}/`,
    port: actual,
    sessions,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of [...sessions]) s.close('server stopping');
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
