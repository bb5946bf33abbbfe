import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { EtpError } from '../errors.js';
import type { Negotiated } from '../session/handshake.js';
import { sessionLimits } from '../session/options.js';
import type { EtpSession } from '../session/session.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { EtpProfile } from '../schema/profile.js';
import { checkUrl, type ConnectionOptions, maxPayload, nonNegative, openClient, profileOf, type SessionPart, TRANSPORT_DEFAULTS } from './common.js';
import { type Corkable, type RawStream, SocketLink } from './socket.js';

/** Options of {@link connect}. */
export interface ConnectOptions<M = Etp12MessageMap> extends SessionPart<M>, ConnectionOptions {
  /** HTTP headers of the upgrade request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** wss: the certificate authorities to trust (PEM), instead of Node's bundled ones. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** wss: this client's certificate (PEM), for a server that asks for one (mutual TLS). */
  cert?: string | Buffer;
  /** wss: the private key of `cert` (PEM). */
  key?: string | Buffer;
  /** wss: false accepts a server certificate that does not verify (testing only). Default true. */
  rejectUnauthorized?: boolean;
  /** The http(s) Agent of the upgrade request, e.g. one that goes through a proxy. */
  agent?: import('node:http').Agent;
  /** Longest the WebSocket upgrade and the ETP handshake may take together. Default 45,000 ms. */
  handshakeTimeoutMs?: number;
  /**
   * Called with the session before RequestSession is sent, to register its handlers: a server
   * may send its first messages the moment it answers OpenSession.
   */
  setup?: (session: EtpSession<M>) => void;
}

/** A client session over a WebSocket. */
export interface ClientConnection<M = Etp12MessageMap> {
  session: EtpSession<M>;
  socket: import('ws').WebSocket; // an import type: a consumer without esModuleInterop reads it too
  negotiated: Negotiated;
}

/** The body of a refused upgrade, at most 1 KB of it, as text. */
async function reasonOf(res: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of res) {
    text += String(chunk);
    if (text.length >= 1024) break;
  }
  return text.slice(0, 1024).trim();
}

/** What went wrong with the socket, as a code a caller can act on. */
function socketFailure(url: string, err: Error & { code?: string }, profile: EtpProfile): EtpError {
  if (/subprotocol/i.test(err.message)) return new EtpError('NO_SUBPROTOCOL', `${url} did not agree the ${profile.subprotocol} subprotocol (etp ${profile.etp})`, { cause: err });
  if (/handshake has timed out/i.test(err.message)) return new EtpError('HANDSHAKE_TIMEOUT', `${url} did not complete the websocket upgrade in time`, { cause: err });
  return new EtpError('CONNECTION_FAILED', `cannot connect to ${url}: ${err.code ?? err.message}`, { cause: err });
}

/**
 * Connects to an ETP server (1.2, or 1.1 with `etp: '1.1'`) and opens a session (RequestSession → OpenSession); resolves
 * when it is open. Each way it can fail has its code: UPGRADE_REFUSED (an HTTP status, on
 * `error.status`), CONNECTION_FAILED (the network; the system error is the `cause`),
 * NO_SUBPROTOCOL, HANDSHAKE_CLOSED (the server closed before OpenSession), HANDSHAKE_TIMEOUT,
 * PROTOCOL_EXCEPTION (the server refused the session, e.g. `etpCode` 2).
 */
export async function connect<M = Etp12MessageMap>(url: string, options: ConnectOptions<M> = {}): Promise<ClientConnection<M>> {
  checkUrl(url);
  const { headers, ca, cert, key, rejectUnauthorized, agent, maxOutgoingBytes, maxFragments, handshakeTimeoutMs, setup, ...sessionOptions } = options;
  sessionLimits({ ...sessionOptions, role: 'client', send: () => {} });
  const profile = profileOf(sessionOptions);
  const limits = {
    maxOutgoingBytes: nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes),
    maxFragments: nonNegative('maxFragments', maxFragments, TRANSPORT_DEFAULTS.maxFragments),
  };
  const timeoutMs = nonNegative('handshakeTimeoutMs', handshakeTimeoutMs, TRANSPORT_DEFAULTS.handshakeTimeoutMs);
  // autoPong off: the link answers pings itself, within maxOutgoingBytes.
  const tls = {
    ...(ca !== undefined ? { ca } : {}),
    ...(cert !== undefined ? { cert } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(rejectUnauthorized !== undefined ? { rejectUnauthorized } : {}),
    ...(agent !== undefined ? { agent } : {}),
  };
  const socket = new WebSocket(url, [profile.subprotocol], { maxPayload: maxPayload(sessionOptions), perMessageDeflate: false, autoPong: false, headers, handshakeTimeout: timeoutMs, ...tls });
  // The TCP socket, known at the upgrade (before any frame is sent), for corking bursts.
  let raw: (Corkable & RawStream) | undefined;
  const corkable: Corkable = { cork: () => raw?.cork(), uncork: () => raw?.uncork() };
  const link = new SocketLink(socket, limits, corkable);
  const session = link.open<M>({ ...sessionOptions, role: 'client' });
  setup?.(session);
  link.listen({ answerPings: true });
  // ws emits 'upgrade' before it reads the first frame: the scanner sees every byte from there on.
  socket.once('upgrade', (res: IncomingMessage) => {
    raw = res.socket;
    link.scan(res.socket);
  });
  const upgraded = new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', (err) => reject(socketFailure(url, err, profile)));
    socket.once('unexpected-response', (request, res) => {
      void reasonOf(res).then((reason) => {
        request.destroy();
        reject(new EtpError('UPGRADE_REFUSED', `${url} answered http ${res.statusCode}${reason ? `: ${reason}` : ''}`, { status: res.statusCode }));
      });
    });
  });
  const negotiated = await openClient(url, session, upgraded, timeoutMs, () => socket.terminate());
  return { session, socket, negotiated };
}
