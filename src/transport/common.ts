import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import { DEFAULT_CAPABILITIES } from '../session/capabilities.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import { type EtpProfile, ETP11_PROFILE, ETP12_PROFILE, PROFILES } from '../schema/profile.js';
import type { SessionOptions } from '../session/options.js';
import type { Negotiated } from '../session/handshake.js';
import type { EtpSession } from '../session/session.js';

// What every transport shares, Node's (ws) and the browser's: the subprotocols, the defaults,
// option checks. Nothing here imports ws.

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

/** The defaults of the transport's own options. */
export const TRANSPORT_DEFAULTS = {
  maxOutgoingBytes: 64_000_000,
  maxFragments: 1024,
  upgradeTimeoutMs: 10_000,
  maxBufferedBytes: 256_000_000,
  maxSessions: 1000,
  idleTimeoutMs: 600_000,
  handshakeTimeoutMs: 45_000,
  closeTimeoutMs: 5000,
} as const;

/** A session of any message map (the transport handles them all alike). */
// biome-ignore lint/suspicious/noExplicitAny: a codec or session of any message map, whose methods take that map's types
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
  /**
   * Most WebSocket frames one incoming message may be fragmented into (ws keeps each fragment as a
   * buffer of its own, about 110 bytes of heap however small). Past it the connection is dropped
   * (close 1009). Default 1024: a peer fragmenting at the DevKit's 4 MB frames sends a 105 MB
   * message in 26.
   */
  maxFragments?: number;
}

/** A non-negative integer option, or its default; INVALID_OPTION otherwise. */
export function nonNegative(name: string, v: number | undefined, fallback: number): number {
  return integerOption(name, v ?? fallback, 0);
}

/**
 * INVALID_OPTION unless `url` is a WebSocket URL (ws:// or wss://; http:// and https:// are taken
 * as ws and wss, as WebSocket clients do), naming the likely fix for a URL without a scheme.
 */
export function checkUrl(url: unknown): void {
  if (typeof url !== 'string') throw new EtpError('INVALID_OPTION', `the url must be a string such as ws://host:port/, got ${String(url)}`);
  let scheme: string | undefined;
  try {
    scheme = new URL(url).protocol;
  } catch {
    scheme = undefined;
  }
  if (scheme === 'ws:' || scheme === 'wss:' || scheme === 'http:' || scheme === 'https:') return;
  const hint = /^[\w.-]+(:\d+)?(\/|$)/.test(url) ? ` (did you mean ws://${url}?)` : '';
  throw new EtpError('INVALID_OPTION', `${url} is not a ws:// or wss:// url${hint}`);
}

/** ws's `maxPayload` for an endpoint: its MaxWebSocketMessagePayloadSize plus the slack. */
export function maxPayload(options: { capabilities?: { MaxWebSocketMessagePayloadSize?: number } }): number {
  return (options.capabilities?.MaxWebSocketMessagePayloadSize ?? DEFAULT_CAPABILITIES.MaxWebSocketMessagePayloadSize) + OVERSIZE_SLACK;
}

/**
 * A client's way to an open session, on any socket: waits for the socket to open (`opened`), then
 * for the ETP handshake, within `timeoutMs` in all. Handshake failures get the transport's codes
 * (HANDSHAKE_CLOSED, HANDSHAKE_TIMEOUT); on any failure the session is ended and `drop` closes the socket.
 */
export async function openClient(url: string, session: AnySession, opened: Promise<void>, timeoutMs: number, drop: () => void): Promise<Negotiated> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EtpError('HANDSHAKE_TIMEOUT', `${url} did not open an etp session within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([opened, timedOut]);
    return await Promise.race([
      session.start().catch((err: EtpError) => {
        if (err.code === 'SESSION_CLOSED') throw new EtpError('HANDSHAKE_CLOSED', `${url} closed the connection before OpenSession`, { cause: err });
        if (err.code === 'TIMED_OUT') throw new EtpError('HANDSHAKE_TIMEOUT', `${url} sent no OpenSession within RequestSessionTimeoutPeriod`, { cause: err });
        throw err;
      }),
      timedOut,
    ]);
  } catch (err) {
    session.transportClosed((err as Error).message);
    drop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
