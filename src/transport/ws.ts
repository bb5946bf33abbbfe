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

type TransportOptions = Omit<SessionOptions, 'role' | 'send'>;

/** Wires a socket and a session: binary messages in, frames out, close both ways. */
function bind(socket: WebSocket, session: EtpSession): void {
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data, isBinary) => {
    if (!isBinary) {
      // ETP 1.2 is binary; a text message cannot be an ETP message.
      socket.close(1003, 'etp 1.2 messages are binary');
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
  const { headers, ...sessionOptions } = options;
  const socket = new WebSocket(url, [ETP12_SUBPROTOCOL], { maxPayload: maxPayload(sessionOptions), perMessageDeflate: false, headers });
  const session = new EtpSession({
    ...sessionOptions,
    role: 'client',
    send: (frame) => socket.send(frame, { binary: true }),
    onClose: (reason) => {
      sessionOptions.onClose?.(reason);
      if (socket.readyState === WebSocket.OPEN) socket.close(1000, reason.slice(0, 120));
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
  const { port = 0, host = '127.0.0.1', setup, ...sessionOptions } = options;
  const wss = new WebSocketServer({
    port,
    host,
    maxPayload: maxPayload(sessionOptions),
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has(ETP12_SUBPROTOCOL) ? ETP12_SUBPROTOCOL : false),
  });
  const sessions = new Set<EtpSession>();
  wss.on('connection', (socket) => {
    if (socket.protocol !== ETP12_SUBPROTOCOL) {
      socket.close(1002, `the ${ETP12_SUBPROTOCOL} subprotocol is required`);
      return;
    }
    const session: EtpSession = new EtpSession({
      ...sessionOptions,
      role: 'server',
      send: (frame) => socket.send(frame, { binary: true }),
      onClose: (reason) => {
        sessions.delete(session);
        sessionOptions.onClose?.(reason);
        if (socket.readyState === WebSocket.OPEN) socket.close(1000, reason.slice(0, 120));
      },
    });
    sessions.add(session);
    setup?.(session);
    bind(socket, session);
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
