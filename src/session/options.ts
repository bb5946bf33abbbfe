import { type AnyCodec, type Codec, createCodec } from '../codec/codec.js';
import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import { EtpError } from '../errors.js';
import { integerOptions } from '../options.js';
import type { FramePool } from '../wire/frame-pool.js';
import type { MessageHeader } from '../wire/header.js';
import type { CapabilityMap, EndpointCapabilities, ProtocolOffer } from './capabilities.js';
import type { SharedBudget } from './budget.js';
import type { IdPolicy, SessionRole } from './ids.js';

// What a session is told, what it assumes when it is not, and how it checks what it is told.

/** Timers the session uses: one interval for its sweep. Tests pass fakes. */
export interface SessionTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Something the session noticed and did not turn into an error of a call: a report, not a crash. */
export interface SessionReport {
  kind: 'unexpected-response' | 'invalid-message-id' | 'undecodable' | 'protocol-exception' | 'multipart-cancelled' | 'handler-error' | 'unhandled' | 'send-failed';
  message: string;
  header?: MessageHeader;
  error?: unknown;
}

/** Options of {@link EtpSession}. Sizes in bytes, periods in ETP's seconds unless named Ms. */
export interface SessionOptions<M = Etp12MessageMap> {
  role: SessionRole;
  /**
   * The ETP version spoken: '1.2' (default) or '1.1'. Picks the default codec's catalog, the
   * handshake's shapes, the flags and the message ids (see docs/session.md, ETP 1.1). With
   * `codec`, the codec's version.
   */
  etp?: '1.1' | '1.2';
  /** Whatever the application keeps with the session (the transport puts `authenticate`'s result here): `session.context`. */
  context?: unknown;
  /** Hands one encoded message to the transport. */
  send: (frame: Uint8Array) => void;
  /**
   * Encode large frames (the pool's minBytes, 64 KiB by default, or more) into this pool's warm
   * buffers and lend them to `send` instead of copying each into fresh memory: `send` must give
   * every lent frame back (`pool.give(frame)`, `pool.isLent(frame)` tells which) once its bytes
   * left, and not read it after. The WebSocket transports do this with one pool per process
   * (`sharedFramePool`). Default: none, every frame is its own to keep.
   */
  framePool?: FramePool;
  /** Bytes the transport still holds for the peer (ws: `bufferedAmount`), for {@link EtpSession.writable}. Default: always 0. */
  bufferedBytes?: () => number;
  /** Called once when the session ends (CloseSession either way, close(), or the transport). */
  onClose?: (reason: string) => void;
  /** Reports of things that went wrong without failing a call (unexpected responses, bad ids, …). */
  onReport?: (report: SessionReport) => void;
  /**
   * Every message sent or received, for logs: its header, name, size and the frame's bytes as they
   * went or came over the wire (compressed if it was; keep a copy to hold on to it). `recordTraffic`
   * makes one that writes a recording.
   */
  onTraffic?: (direction: 'in' | 'out', header: MessageHeader, name: string, bytes: number, frame: Uint8Array) => void;
  /**
   * The codec; its message map types the session's send, request and on. Default: the built-in
   * catalog of `etp` with `bytesView: true` and maxMessageBytes from the capabilities, one codec
   * shared by every session with the same version and size.
   */
  codec?: Codec<M>;
  applicationName?: string;
  applicationVersion?: string;
  /** clientInstanceId / serverInstanceId. Default: a new random UUID. */
  instanceId?: string;
  /** Client: protocols and server roles to request. Server: protocols and roles it offers. */
  protocols?: ProtocolOffer[];
  dataObjects?: string[];
  /**
   * Formats of data objects this endpoint handles, `xml` always among them. A client lists them in
   * RequestSession; a server lists in OpenSession `xml` and those of its formats the client listed
   * (a client that did not ask for `json` is not offered it). Default ['xml'].
   */
  formats?: string[];
  /**
   * What the peer reads in the ProtocolException when a handler throws or rejects with an error
   * that is not an {@link EtpError} (an EtpError's message is meant for the peer and always goes):
   * `'generic'` (default) — `<message name> failed on this endpoint`, so internal details (a
   * database's error, a path, a stack) stay inside; `'message'` — the error's own message (for
   * development); or a function of the error and the message's name. The whole error is reported
   * to `onReport` either way (kind `handler-error`).
   */
  errorText?: 'generic' | 'message' | ((err: unknown, messageName: string) => string);
  /** Default ['gzip']. */
  compression?: string[];
  /**
   * More endpoint capabilities, sent as they are (DataValues) in RequestSession / OpenSession
   * beside the library's: those of a protocol built on ETP, such as Sink's SinkServerInstanceId.
   * The peer's are in `negotiated.peerCapabilities`.
   */
  endpointCapabilities?: CapabilityMap;
  /** This endpoint's capabilities (see DEFAULT_CAPABILITIES). */
  capabilities?: Partial<EndpointCapabilities>;
  /** Incoming ids with wrong parity, not increasing, or 0: 'reject' (ProtocolException, message dropped; default) or 'report'. */
  idPolicy?: IdPolicy;
  /** Most parts of one incoming multipart message. Default 10,000. */
  maxParts?: number;
  /** Most decoded cost (inflated bytes + 64 per item) held by one incoming multipart message. Default 32,000,000. */
  maxMultipartBytes?: number;
  /** Most decoded cost held by all the multipart messages the session is receiving (responses included). Default 64,000,000. */
  maxBufferedBytes?: number;
  /**
   * A budget shared with other sessions (`listen` gives every session of a server one, bounded by
   * its `maxBufferedBytes`): what this session's multipart messages hold counts towards it too.
   */
  sharedBudget?: SharedBudget;
  /** Most ids remembered of cancelled messages and of acknowledgements awaited (each list). Default 10,000. */
  maxRememberedIds?: number;
  /** Above this many bytes held by the transport, `writable` is false until it drains. Default 1,048,576. */
  highWaterMark?: number;
  /** Compress (when gzip was negotiated) messages whose encoding exceeds this many bytes. Default 4096. */
  compressAbove?: number;
  /** Milliseconds between timeout sweeps. Default 1000. */
  sweepIntervalMs?: number;
  /**
   * The smallest MaxWebSocketMessagePayloadSize this endpoint agrees to, its own or its peer's.
   * A peer that declares less (or zero, or a negative size) is refused at the handshake with
   * ProtocolException 5 (EINVALID_ARGUMENT). Default 4096; at least {@link MIN_MESSAGE_BYTES_FLOOR}.
   */
  minMessageBytes?: number;
  /**
   * Idle keepalive, in milliseconds; 0 (the default) is off. Once open, the session sends Ping
   * only when nothing was sent or received for this long; any message from the peer proves it
   * alive; nothing received for 1.5 × this long closes the session. Checked at each sweep.
   */
  keepaliveMs?: number;
  /** The clock, in milliseconds. Default Date.now. */
  now?: () => number;
  timers?: SessionTimers;
}

/** The defaults of every optional numeric option of a session. */
export const SESSION_DEFAULTS = {
  maxParts: 10_000,
  maxMultipartBytes: 32_000_000,
  maxBufferedBytes: 64_000_000,
  maxRememberedIds: 10_000,
  highWaterMark: 1_048_576,
  compressAbove: 4096,
  sweepIntervalMs: 1000,
  keepaliveMs: 0,
  minMessageBytes: 4096,
} as const;

/**
 * The lowest `minMessageBytes` can be set to: every message the session sends on its own (Pong,
 * Acknowledge, CloseSession, a ProtocolException with its text cut) fits in it.
 */
export const MIN_MESSAGE_BYTES_FLOOR = 256;

const OPTION_NAMES = new Set<string>([
  ...Object.keys(SESSION_DEFAULTS),
  ...['role', 'etp', 'context', 'send', 'framePool', 'bufferedBytes', 'onClose', 'onReport', 'onTraffic', 'codec', 'applicationName', 'applicationVersion', 'instanceId'],
  ...['protocols', 'dataObjects', 'formats', 'errorText', 'compression', 'capabilities', 'endpointCapabilities', 'idPolicy', 'now', 'timers', 'sharedBudget'],
]);

/** The numeric limits of a session, each from its option or its default, checked. */
export type SessionLimits = { -readonly [K in keyof typeof SESSION_DEFAULTS]: number };

/** Checks a session's options (unknown names, numeric ranges) and returns its limits. */
// biome-ignore lint/suspicious/noExplicitAny: a codec or session of any message map, whose methods take that map's types
export function sessionLimits(options: SessionOptions<any>): SessionLimits {
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.has(key)) throw new EtpError('INVALID_OPTION', `unknown session option ${key}`);
  }
  if (options.etp !== undefined && options.etp !== '1.1' && options.etp !== '1.2') {
    throw new EtpError('INVALID_OPTION', `etp must be '1.1' or '1.2', got ${String(options.etp)}`);
  }
  if (options.etp !== undefined && options.codec && options.codec.options.etp !== options.etp) {
    throw new EtpError('INVALID_OPTION', `etp is ${options.etp} but the codec is etp ${options.codec.options.etp}`);
  }
  const limits: SessionLimits = integerOptions(SESSION_DEFAULTS, options, 0);
  if (limits.minMessageBytes < MIN_MESSAGE_BYTES_FLOOR) {
    throw new EtpError('INVALID_OPTION', `minMessageBytes must be at least ${MIN_MESSAGE_BYTES_FLOOR}, got ${limits.minMessageBytes}`);
  }
  const own = options.capabilities?.MaxWebSocketMessagePayloadSize;
  if (own !== undefined && (!Number.isSafeInteger(own) || own < limits.minMessageBytes)) {
    throw new EtpError('INVALID_OPTION', `MaxWebSocketMessagePayloadSize must be an integer of at least minMessageBytes ${limits.minMessageBytes}, got ${String(own)}`);
  }
  return limits;
}

/** The item limit of the session's default codec: one message decodes to at most this many array items and map entries. */
export const SESSION_CODEC_MAX_ITEMS = 1_000_000;

/** Built-in codecs, one per version and size limit: compiled once, shared by every session of that size. */
const sharedCodecs = new Map<string, AnyCodec>();
export function defaultCodec(maxMessageBytes: number, etp: '1.1' | '1.2' = '1.2'): AnyCodec {
  const key = `${etp}/${maxMessageBytes}`;
  let codec = sharedCodecs.get(key);
  if (!codec) {
    if (sharedCodecs.size >= 16) sharedCodecs.delete(sharedCodecs.keys().next().value!);
    // One message may inflate to at most maxMessageBytes and decode to at most 1,000,000 items:
    // what a single frame, compressed or not, can cost before the budget sees it.
    codec = createCodec({ etp, bytesView: true, maxMessageBytes, maxDecompressedBytes: maxMessageBytes, maxItems: SESSION_CODEC_MAX_ITEMS });
    sharedCodecs.set(key, codec);
  }
  return codec;
}
