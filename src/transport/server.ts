import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';
import { WebSocketServer } from 'ws';
import { EtpError } from '../errors.js';
import { SharedBudget } from '../session/budget.js';
import { SESSION_DEFAULTS, type SessionOptions, sessionLimits } from '../session/options.js';
import type { EtpSession } from '../session/session.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { EtpProfile } from '../schema/profile.js';
import { type ConnectionOptions, maxPayload, nonNegative, profileOf, type SessionPart, TRANSPORT_DEFAULTS } from './common.js';
import { closeSocket, SocketLink } from './socket.js';
import { wellKnown } from './well-known.js';

/** Options of {@link accept}: one already-upgraded socket becomes a server session. */
export interface AcceptOptions<M = Etp12MessageMap> extends SessionPart<M>, ConnectionOptions {
  /** Called with each new server session, to register its handlers; `context` is what `authenticate` returned. */
  setup?: (session: EtpSession<M>, context: unknown, request: IncomingMessage) => void;
  /** Kept on the session as `session.context`. */
  context?: unknown;
  /**
   * A connection with no complete message either way for this long is closed (CloseSession, then
   * the socket); bytes that never make a message (a trickle, an unfinished fragment) do not count.
   * 0: never. Default 600,000 (10 minutes).
   */
  idleTimeoutMs?: number;
}

/** Options of {@link listen}. */
export interface ListenOptions<M = Etp12MessageMap> extends Omit<AcceptOptions<M>, 'context'> {
  /** Own-port mode: the port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Own-port mode: the address. Default 127.0.0.1. */
  host?: string;
  /** Mounted mode: an existing http(s) server whose port ETP shares with its other routes. */
  server?: Server | HttpsServer;
  /** The path of the upgrade request ETP answers. Default `/`. */
  path?: string;
  /** No server at all: route upgrades yourself to the returned `handleUpgrade`. */
  noServer?: boolean;
  /**
   * Runs before the upgrade completes, with the HTTP request (may be async). What it returns is
   * the session's context; when it throws or rejects, the socket is answered with the error's
   * `status` (401 when it has none) and message, and never upgraded. Default: everyone is accepted.
   */
  authenticate?: (request: IncomingMessage) => unknown;
  /**
   * Most connections at once: sessions, upgrades being authenticated and, on a port of its own,
   * TCP connections whose upgrade has not completed. One more is answered HTTP 503. Default 1000.
   */
  maxSessions?: number;
  /**
   * Longest an upgrade may take, from the TCP connection (own port) or the upgrade request
   * (mounted, `noServer`) until the WebSocket is open, `authenticate` included; then the
   * connection is dropped (503 while authenticating). Default 10,000 ms.
   */
  upgradeTimeoutMs?: number;
  /**
   * Most decoded cost held by the multipart messages of all the server's sessions together; a part
   * that would take them past it is refused with 18 (its message dropped). Each session also holds
   * at most 64,000,000 of its own (SESSION_DEFAULTS), or this when it is smaller. Default 256,000,000.
   */
  maxBufferedBytes?: number;
}

/** What `listen({ noServer: true })` returns: upgrades are yours to route to `handleUpgrade`. */
export interface EtpUpgradeHandler<M = Etp12MessageMap> {
  /** The open sessions. */
  sessions: Set<EtpSession<M>>;
  /** Decoded cost held now by the multipart messages of all sessions (against `maxBufferedBytes`). */
  readonly bufferedBytes: number;
  /** Answers one HTTP upgrade request: for `noServer`, call it from your server's `upgrade` event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Answers a request for `<path>/.well-known/etp-server-capabilities` (`?GetVersions=true`, or
   * `?GetVersion=etp12.energistics.org` for the ServerCapabilities document) and returns true;
   * false, untouched, for any other request. A server on its own port answers it by itself; a
   * mounted or `noServer` one leaves your http server's requests to you: call it from them.
   */
  answerWellKnown(request: IncomingMessage, response: ServerResponse): boolean;
  /**
   * Stops accepting, sends CloseSession to every session, waits up to `timeoutMs` (default 5000)
   * for them to close, then drops the rest. A mounted server's own http server stays open.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/** A listening ETP server: on its own port, or mounted on an http(s) server. */
export interface EtpServer<M = Etp12MessageMap> extends EtpUpgradeHandler<M> {
  /** `ws://host:port/path` (read once the http server listens; INVALID_STATE before). */
  readonly url: string;
  readonly port: number;
}

/**
 * Wires one already-upgraded ws socket to a new server session (for users who own their
 * WebSocketServer), and returns the session. A socket whose subprotocol is not its ETP version's (1.2 unless `etp` or `codec` says 1.1) is closed.
 */
export function accept<M = Etp12MessageMap>(socket: import('ws').WebSocket, request: IncomingMessage, options: AcceptOptions<M> = {}): EtpSession<M> {
  return attachServer(socket, request, options, false);
}

/**
 * {@link accept}, and with `fromStart` (listen's own sockets, wired in the upgrade's own job) the
 * raw bytes are scanned from the first frame on, for `maxFragments`.
 */
function attachServer<M>(socket: WebSocket, request: IncomingMessage, options: AcceptOptions<M>, fromStart: boolean): EtpSession<M> {
  const { setup, context, idleTimeoutMs, maxOutgoingBytes, maxFragments, ...sessionOptions } = options;
  const profile = profileOf(sessionOptions);
  const idleMs = nonNegative('idleTimeoutMs', idleTimeoutMs, TRANSPORT_DEFAULTS.idleTimeoutMs);
  const limits = {
    maxOutgoingBytes: nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes),
    maxFragments: nonNegative('maxFragments', maxFragments, TRANSPORT_DEFAULTS.maxFragments),
  };
  const link = new SocketLink(socket, limits, request.socket);
  const session = link.open<M>({ ...sessionOptions, context, role: 'server' });
  if (socket.protocol !== profile.subprotocol) {
    session.transportClosed('no etp subprotocol');
    closeSocket(socket, 1002, `the ${profile.subprotocol} subprotocol (etp ${profile.etp}) is required`);
    return session;
  }
  setup?.(session, context, request);
  // listen's own sockets: made with autoPong off, and read from their first frame.
  link.listen(fromStart ? { answerPings: true, raw: request.socket } : { answerPings: false });
  if (idleMs > 0) link.watchIdle(idleMs);
  return session;
}

/** Answers an upgrade request with an HTTP status and a reason, and drops the socket. */
function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const text = Buffer.from(reason);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${text.length}\r\n\r\n${reason}`);
  socket.destroy();
}

/** Undefined when the upgrade offers the profile's subprotocol, else why it is refused (400). */
function subprotocolProblem(request: IncomingMessage, profile: EtpProfile): string | undefined {
  const header = request.headers['sec-websocket-protocol'];
  const offered = typeof header === 'string' ? header.split(',').map((p) => p.trim()) : [];
  if (offered.includes(profile.subprotocol)) return undefined;
  return `this is an etp ${profile.etp} endpoint: the ${profile.subprotocol} subprotocol is required, the client offered ${offered.length ? offered.join(', ') : 'none'}`;
}

/**
 * Accepts ETP sessions (1.2, or 1.1 with `etp: '1.1'`) over WebSockets: on a port of its own (`port`, `host`), on an existing
 * http(s) server beside its other routes (`server`, `path`), or on upgrades you route yourself
 * (`noServer`, then `handleUpgrade`). Every upgrade is checked for room (`maxSessions`, else 503),
 * the ETP subprotocol (else 400) and `authenticate` (else its status) before it completes.
 */
export function listen<M = Etp12MessageMap>(options: ListenOptions<M> & { noServer: true }): Promise<EtpUpgradeHandler<M>>;
export function listen<M = Etp12MessageMap>(options?: ListenOptions<M>): Promise<EtpServer<M>>;
export async function listen<M = Etp12MessageMap>(options: ListenOptions<M> = {}): Promise<EtpServer<M> | EtpUpgradeHandler<M>> {
  const { port, host, server, path = '/', noServer, authenticate, maxSessions, upgradeTimeoutMs, maxBufferedBytes, setup, idleTimeoutMs, maxOutgoingBytes, maxFragments, ...sessionOptions } = options;
  // Every other option must be a session's: checked now (unknown names too), not at the first connection.
  sessionLimits({ ...sessionOptions, role: 'server', send: () => {} });
  if (noServer && (server || port !== undefined || host !== undefined)) throw new EtpError('INVALID_OPTION', 'noServer excludes server, port and host');
  if (server && (port !== undefined || host !== undefined)) throw new EtpError('INVALID_OPTION', 'server excludes port and host: the server has its own');
  if (typeof path !== 'string' || !path.startsWith('/')) throw new EtpError('INVALID_OPTION', `path must start with /, got ${String(path)}`);
  const most = nonNegative('maxSessions', maxSessions, TRANSPORT_DEFAULTS.maxSessions);
  const upgradeMs = nonNegative('upgradeTimeoutMs', upgradeTimeoutMs, TRANSPORT_DEFAULTS.upgradeTimeoutMs);
  const profile = profileOf(sessionOptions);
  const budget = new SharedBudget(nonNegative('maxBufferedBytes', maxBufferedBytes, TRANSPORT_DEFAULTS.maxBufferedBytes));
  const acceptOptions: AcceptOptions<M> = {
    ...sessionOptions,
    maxBufferedBytes: Math.min(SESSION_DEFAULTS.maxBufferedBytes, budget.limit),
    sharedBudget: budget,
    setup,
    idleTimeoutMs: nonNegative('idleTimeoutMs', idleTimeoutMs, TRANSPORT_DEFAULTS.idleTimeoutMs),
    maxOutgoingBytes: nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes),
    maxFragments: nonNegative('maxFragments', maxFragments, TRANSPORT_DEFAULTS.maxFragments),
  };

  const answerWellKnown = wellKnown(path, sessionOptions as Partial<SessionOptions>, profile);
  // autoPong off: the link answers pings itself, within maxOutgoingBytes.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxPayload(sessionOptions), perMessageDeflate: false, autoPong: false, handleProtocols: () => profile.subprotocol });
  const sessions = new Set<EtpSession<M>>();
  let closing = false;
  /** Upgrades accepted so far but not yet sockets (waiting on `authenticate`): they count towards maxSessions. */
  let inFlight = 0;
  /** Own port: TCP connections whose upgrade has not completed (they count towards maxSessions too). */
  const pending = new Set<Duplex>();

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    void (async () => {
      if (closing) return refuse(socket, 503, 'this server is closing');
      // This connection is one of `pending` (own port): counted once.
      const others = wss.clients.size + inFlight + pending.size - (pending.has(socket) ? 1 : 0);
      if (others >= most) return refuse(socket, 503, `this server holds its maximum of ${most} sessions`);
      const problem = subprotocolProblem(request, profile);
      if (problem) return refuse(socket, 400, problem);
      let context: unknown;
      inFlight++;
      pending.delete(socket);
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        // An authenticate that never settles does not hold a slot beyond upgradeTimeoutMs.
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error(`the upgrade took longer than ${upgradeMs} ms`), { status: 503 })), upgradeMs);
        });
        context = await Promise.race([authenticate?.(request), late]);
      } catch (err) {
        const status = (err as { status?: unknown })?.status;
        return refuse(socket, typeof status === 'number' && status >= 400 && status < 600 ? status : 401, String((err as Error)?.message ?? 'unauthorized'));
      } finally {
        clearTimeout(timer);
        inFlight--;
      }
      if (socket.destroyed || closing) return refuse(socket, 503, 'this server is closing');
      wss.handleUpgrade(request, socket, head, (ws) => {
        const session = attachServer(
          ws,
          request,
          {
            ...acceptOptions,
            context,
            onClose: (reason) => {
              sessions.delete(session);
              sessionOptions.onClose?.(reason);
            },
          },
          true,
        );
        if (!session.isClosed) sessions.add(session);
      });
    })();
  };

  /**
   * Own port: every TCP connection counts from its first byte until its upgrade completes or it
   * closes, and is dropped if its upgrade has not completed within upgradeTimeoutMs.
   */
  const onConnection = (socket: Duplex): void => {
    if (wss.clients.size + inFlight + pending.size >= most) {
      refuse(socket, 503, `this server holds its maximum of ${most} sessions`);
      return;
    }
    pending.add(socket);
    const timer = setTimeout(() => {
      if (pending.delete(socket)) socket.destroy();
    }, upgradeMs);
    timer.unref();
    socket.once('close', () => {
      clearTimeout(timer);
      pending.delete(socket);
    });
  };

  // The upgrades this server answers: its path, or (mounted beside other upgrade handlers) leave the rest alone.
  let owned: Server | undefined;
  const urlHost = host ?? '127.0.0.1';
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === path) handleUpgrade(request, socket, head);
    else if ((owned ?? server)!.listenerCount('upgrade') === 1) refuse(socket, 404, `no etp endpoint at ${url.pathname}`);
  };
  if (!noServer) {
    if (!server) {
      owned = createServer((req, res) => {
        if (!answerWellKnown(req, res)) res.writeHead(426, { 'Content-Type': 'text/plain' }).end(`an etp ${profile.etp} websocket endpoint (subprotocol ${profile.subprotocol})`);
      });
      await new Promise<void>((resolve, reject) => {
        owned!.once('error', (err: NodeJS.ErrnoException) => {
          const why = err.code === 'EADDRINUSE' ? 'the address is in use (another process listens there)' : err.code === 'EACCES' ? 'not permitted' : err.message;
          reject(new EtpError('LISTEN_FAILED', `cannot listen on ${urlHost}:${port ?? 0}: ${why}${err.code ? ` (${err.code})` : ''}`, { cause: err }));
        });
        owned!.listen(port ?? 0, urlHost, resolve);
      });
      owned.on('connection', onConnection);
    }
    (owned ?? server)!.on('upgrade', onUpgrade);
  }
  const address = (): AddressInfo => {
    const a = (owned ?? server)?.address();
    if (!a || typeof a === 'string') throw new EtpError('INVALID_STATE', 'the http server is not listening on a port yet');
    return a;
  };
  const handler: EtpUpgradeHandler<M> = {
    sessions,
    get bufferedBytes() {
      return budget.held;
    },
    handleUpgrade,
    answerWellKnown,
    close: async ({ timeoutMs } = {}) => {
      const waitMs = nonNegative('timeoutMs', timeoutMs, TRANSPORT_DEFAULTS.closeTimeoutMs);
      closing = true;
      (owned ?? server)?.off('upgrade', onUpgrade);
      const open = [...wss.clients];
      const gone = Promise.all(open.map((c) => new Promise((r) => (c.readyState === c.CLOSED ? r(undefined) : c.once('close', r)))));
      for (const s of [...sessions]) s.close('server stopping');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      if (owned) await new Promise<void>((r) => owned!.close(() => r()));
    },
  };
  if (noServer) return handler;
  return Object.defineProperties(handler, {
    port: { get: () => address().port, enumerable: true },
    url: {
      get: () => {
        const a = address();
        return `ws://${server ? (a.family === 'IPv6' ? `[${a.address}]` : a.address) : urlHost}:${a.port}${path}`;
      },
      enumerable: true,
    },
  }) as EtpServer<M>;
}
