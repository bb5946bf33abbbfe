/**
 * The ETP vocabulary the library acts on: protocol and message numbers, and the rules attached to
 * them that the schemas do not say. Every other file takes these facts from here.
 */

/** Protocol numbers of ETP 1.2 used by the library itself. */
export const Protocol = {
  Core: 0,
  ChannelStreaming: 1,
  Discovery: 3,
  Store: 4,
} as const;

/** Core (protocol 0) message types, ETP 1.2 (1.1 shares 1, 2 and 5). */
export const Core = {
  RequestSession: 1,
  OpenSession: 2,
  CloseSession: 5,
  Authorize: 6,
  AuthorizeResponse: 7,
  Ping: 8,
  Pong: 9,
} as const;

/** ProtocolException: valid under any protocol number, with Core's schema. */
export const PROTOCOL_EXCEPTION = 1000;
/** Acknowledge: valid under any protocol number, with Core's schema; empty body. */
export const ACKNOWLEDGE = 1001;

type Numbered = { protocol: number; messageType: number };

/**
 * True when ETP 1.2 forbids compressing the message: RequestSession, OpenSession,
 * ProtocolException and Acknowledge.
 */
export function neverCompressed(m: Numbered): boolean {
  const t = m.messageType;
  return t === PROTOCOL_EXCEPTION || t === ACKNOWLEDGE || (m.protocol === Protocol.Core && (t === Core.RequestSession || t === Core.OpenSession));
}

/**
 * True when the message may cross before the session is open: the handshake itself, CloseSession,
 * and the two answers valid anywhere (ProtocolException, Acknowledge).
 */
export function allowedBeforeOpen(m: Numbered): boolean {
  const t = m.messageType;
  if (t === PROTOCOL_EXCEPTION || t === ACKNOWLEDGE) return true;
  return m.protocol === Protocol.Core && (t === Core.RequestSession || t === Core.OpenSession || t === Core.CloseSession);
}

/**
 * True when a message type only ever answers another message (its correlationId names the
 * message it answers): every `…Response…` (GetFrameResponseRows too), OpenSession, Pong,
 * ProtocolException, Acknowledge, and
 * Chunk, which travels inside a multipart response or request. A message of another type that
 * carries a correlationId matching nothing is a request or notification in its own right.
 */
export function onlyAnswers(m: Numbered & { name: string }): boolean {
  const t = m.messageType;
  if (t === PROTOCOL_EXCEPTION || t === ACKNOWLEDGE) return true;
  if (m.protocol === Protocol.Core && (t === Core.OpenSession || t === Core.Pong)) return true;
  return m.name.includes('Response') || isChunk(m.name);
}

/** True for Chunk messages (blob data inside a multipart message). */
export function isChunk(name: string): boolean {
  return name.endsWith('.Chunk');
}
