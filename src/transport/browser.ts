import { EtpError } from '../errors.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import type { Negotiated } from '../session/handshake.js';
import { sessionLimits } from '../session/options.js';
import type { EtpSession } from '../session/session.js';
import { attach } from './attach.js';
import { checkUrl, type ConnectionOptions, nonNegative, openClient, profileOf, type SessionPart, TRANSPORT_DEFAULTS } from './common.js';

// The client side of the transport over the platform's own WebSocket (browsers, Deno, Bun,
// workers): what `etp-codec/transport` is in the browser build. Same session API as Node's.

/** The part of the standard WebSocket this transport uses (the browser's, or any compatible one). */
export interface StandardWebSocket {
  readonly protocol: string;
  readonly bufferedAmount: number;
  readonly readyState: number;
  binaryType: string;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown; code?: number; reason?: string }) => void): void;
}

/** Options of the browser {@link connect}. */
export interface BrowserConnectOptions<M = Etp12MessageMap> extends SessionPart<M>, ConnectionOptions {
  /** Longest the WebSocket upgrade and the ETP handshake may take together. Default 45,000 ms. */
  handshakeTimeoutMs?: number;
  /** Called with the session before RequestSession is sent, to register its handlers. */
  setup?: (session: EtpSession<M>) => void;
  /** The WebSocket constructor. Default: the platform's `globalThis.WebSocket`. */
  WebSocket?: new (
    url: string,
    protocols: string[],
  ) => StandardWebSocket;
}

/** A client session over the platform's WebSocket. */
export interface BrowserConnection<M = Etp12MessageMap> {
  session: EtpSession<M>;
  socket: StandardWebSocket;
  negotiated: Negotiated;
}

const OPEN = 1;
/** How often a session waiting for the socket to drain looks at bufferedAmount (browsers have no drain event). */
const DRAIN_POLL_MS = 10;

/**
 * Connects to an ETP server over the platform's WebSocket (binary type arraybuffer, the ETP
 * subprotocol of `etp`) and opens a session; resolves when it is open. A browser does not say why
 * a WebSocket failed, so the codes are fewer than on Node: CONNECTION_FAILED (refused upgrade or
 * network), NO_SUBPROTOCOL, HANDSHAKE_CLOSED, HANDSHAKE_TIMEOUT, PROTOCOL_EXCEPTION. Browsers
 * cannot set upgrade headers: put credentials in the URL or a cookie.
 */
export async function connect<M = Etp12MessageMap>(url: string, options: BrowserConnectOptions<M> = {}): Promise<BrowserConnection<M>> {
  checkUrl(url);
  const { maxOutgoingBytes, handshakeTimeoutMs, setup, WebSocket: Ctor, ...sessionOptions } = options;
  sessionLimits({ ...sessionOptions, role: 'client', send: () => {} });
  const profile = profileOf(sessionOptions);
  const outgoing = nonNegative('maxOutgoingBytes', maxOutgoingBytes, TRANSPORT_DEFAULTS.maxOutgoingBytes);
  const timeoutMs = nonNegative('handshakeTimeoutMs', handshakeTimeoutMs, TRANSPORT_DEFAULTS.handshakeTimeoutMs);
  const WebSocketCtor = Ctor ?? (globalThis as { WebSocket?: BrowserConnectOptions['WebSocket'] }).WebSocket;
  if (!WebSocketCtor) throw new EtpError('INVALID_OPTION', 'this platform has no WebSocket: pass one as the WebSocket option');
  let socket: StandardWebSocket;
  try {
    socket = new WebSocketCtor(url, [profile.subprotocol]);
  } catch (err) {
    throw new EtpError('CONNECTION_FAILED', `cannot connect to ${url}: ${(err as Error).message}`, { cause: err });
  }
  socket.binaryType = 'arraybuffer';
  let poll: ReturnType<typeof setInterval> | undefined;
  const stopPolling = (): void => {
    if (poll !== undefined) clearInterval(poll);
    poll = undefined;
  };
  const attachment = attach<M>(
    {
      send: (frame) => {
        if (socket.readyState !== OPEN) return;
        socket.send(frame);
        // No drain event: while bytes are queued, look again until they are gone.
        if (poll === undefined && socket.bufferedAmount > 0) {
          poll = setInterval(() => {
            if (socket.bufferedAmount > 0 && socket.readyState === OPEN) return;
            stopPolling();
            attachment.written();
          }, DRAIN_POLL_MS);
        }
      },
      buffered: () => socket.bufferedAmount,
      isOpen: () => socket.readyState === OPEN,
      close: (code, reason) => socket.close(code, reason),
      drop: () => {}, // a standard WebSocket has no way to drop at once: close is all it has
    },
    { ...sessionOptions, role: 'client' },
    outgoing,
    { closing: stopPolling, givingUp: stopPolling },
  );
  const session = attachment.session;
  setup?.(session);
  socket.addEventListener('message', (event) => {
    const bytes = attachment.binary(event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : undefined);
    if (bytes !== undefined) session.receive(bytes);
  });
  socket.addEventListener('close', () => {
    stopPolling();
    session.transportClosed('the socket closed');
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => {
      if (socket.protocol !== profile.subprotocol) reject(new EtpError('NO_SUBPROTOCOL', `${url} did not agree the ${profile.subprotocol} subprotocol (etp ${profile.etp})`));
      else resolve();
    });
    socket.addEventListener('close', (e) => reject(new EtpError('CONNECTION_FAILED', `cannot connect to ${url}: the websocket closed (${e.code ?? 'no code'})`)));
  });
  const negotiated = await openClient(url, session, opened, timeoutMs, () => socket.close());
  return { session, socket, negotiated };
}
