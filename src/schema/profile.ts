import { EtpError } from '../errors.js';
import { MessageFlags } from '../wire/flags.js';
import { ACKNOWLEDGE, Core, PROTOCOL_EXCEPTION, Protocol } from './etp.js';
import type { ErrorInfo } from './gen/etp12-types.gen.js';

type Numbered = { protocol: number; messageType: number };

// The flag rules of both ETP versions live here: which bits each allows, which messages may be
// compressed, what marks a part and the last part. wire/flags.ts only names the bits.

/**
 * What differs between ETP 1.1 and ETP 1.2 on the wire, in one place: the codec, the session, its
 * handshake, the assembly of multipart messages and the transport read it from here (a codec's
 * `profile`) instead of asking which version they speak.
 */
export interface EtpProfile {
  readonly etp: '1.1' | '1.2';
  /** The WebSocket subprotocol. */
  readonly subprotocol: string;
  /** The version every protocol of this ETP version carries in SupportedProtocol. */
  readonly protocolVersion: { major: number; minor: number; revision: number; patch: number };
  /** Distance between a side's message ids: 2 in 1.2 (client even, server odd), 1 in 1.1. */
  readonly idStep: 1 | 2;
  /** True when each side's ids have a parity (1.2). */
  readonly idParity: boolean;
  /**
   * The flag bits a message may carry, sent or received; another bit is INVALID_FLAGS. ETP 1.1:
   * 0x01, 0x02 and 0x04 only. ETP 1.2: any (bits it does not define are ignored, as its
   * implementations do).
   */
  readonly acceptedFlags: number;
  /** Flags of a message sent whole. */
  readonly wholeFlags: number;
  /** Flags of a part of a multipart message, and of its last part. */
  readonly partFlags: number;
  readonly lastPartFlags: number;
  /** True when the message is the last of its multipart message (or is whole). */
  isFinal(flags: number): boolean;
  /** INVALID_FLAGS (5) when `flags` has a bit outside {@link acceptedFlags}; `name` is the message's. */
  checkFlags(flags: number, name: string): void;
  /** True when flag 0x08 means compressed in this version and is set. */
  isCompressed(flags: number): boolean;
  /** True when this version may compress the message (it has compression, and the message is not one never compressed). */
  mayCompress(m: Numbered): boolean;
  /** Compression (flag 0x08), AcknowledgementRequested (0x10) and header extensions (0x20) exist. */
  readonly compression: boolean;
  readonly acknowledgeFlag: boolean;
  readonly headerExtensions: boolean;
  /** Core has Ping / Pong (1.2 only). */
  readonly ping: boolean;
  /**
   * Multipart messages are several whole messages (1.1: a response of N GetResourcesResponse,
   * each complete) rather than one body split into parts (1.2).
   */
  readonly wholeMessageParts: boolean;
  /** The body of a ProtocolException carrying `code` and `message`. */
  exception(code: number, message: string): unknown;
  /** The error a ProtocolException body carries (1.2 also per-item errors). */
  readException(body: unknown): { error: ErrorInfo | null; errors: Record<string, ErrorInfo> };
}

const { MultiPart, FinalPart, NoData, Compressed } = MessageFlags;

/** ETP 1.2: FIN on whole messages and last parts; 0x01 is tolerated on receipt (some senders set it). */
export const ETP12_PROFILE: EtpProfile = {
  etp: '1.2',
  subprotocol: 'etp12.energistics.org',
  protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 },
  idStep: 2,
  idParity: true,
  acceptedFlags: -1,
  wholeFlags: FinalPart,
  partFlags: 0,
  lastPartFlags: FinalPart,
  isFinal: (flags) => (flags & FinalPart) !== 0,
  checkFlags: () => {},
  isCompressed: (flags) => (flags & Compressed) !== 0,
  mayCompress: (m) => !neverCompressed(m),
  compression: true,
  acknowledgeFlag: true,
  headerExtensions: true,
  ping: true,
  wholeMessageParts: false,
  exception: (code, message) => ({ error: { message, code }, errors: {} }),
  readException: (body) => {
    const b = body as { error?: ErrorInfo | null; errors?: Record<string, ErrorInfo> };
    return { error: b.error ?? null, errors: b.errors ?? {} };
  },
};

/**
 * ETP 1.1: whole messages carry no flag; each message of a multipart response carries MultiPart
 * (0x01), the last one MultiPart | FinalPart (0x03); NoData (0x04) marks an empty result.
 */
export const ETP11_PROFILE: EtpProfile = {
  etp: '1.1',
  subprotocol: 'energistics-tp',
  protocolVersion: { major: 1, minor: 1, revision: 0, patch: 0 },
  idStep: 1,
  idParity: false,
  acceptedFlags: MultiPart | FinalPart | NoData,
  wholeFlags: 0,
  partFlags: MultiPart,
  lastPartFlags: MultiPart | FinalPart,
  isFinal: (flags) => (flags & MultiPart) === 0 || (flags & FinalPart) !== 0,
  checkFlags: (flags, name) => {
    const unknown = flags & ~(MultiPart | FinalPart | NoData);
    if (unknown !== 0) {
      throw new EtpError('INVALID_FLAGS', `${name} has header flag 0x${unknown.toString(16).padStart(2, '0')}, which etp 1.1 does not define`);
    }
  },
  // 0x08 is not compression in 1.1 (no such flag): the body is read as it is.
  isCompressed: () => false,
  mayCompress: () => false,
  compression: false,
  acknowledgeFlag: false,
  headerExtensions: false,
  ping: false,
  wholeMessageParts: true,
  exception: (code, message) => ({ errorCode: code, errorMessage: message }),
  readException: (body) => {
    const b = body as { errorCode: number; errorMessage: string };
    return { error: { code: b.errorCode, message: b.errorMessage }, errors: {} };
  },
};

/** The profile of an ETP version. */
export const PROFILES = { '1.1': ETP11_PROFILE, '1.2': ETP12_PROFILE } as const;

/**
 * True when ETP 1.2 forbids compressing the message: RequestSession, OpenSession,
 * ProtocolException and Acknowledge.
 */
export function neverCompressed(m: Numbered): boolean {
  const t = m.messageType;
  return t === PROTOCOL_EXCEPTION || t === ACKNOWLEDGE || (m.protocol === Protocol.Core && (t === Core.RequestSession || t === Core.OpenSession));
}
