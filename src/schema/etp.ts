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

const V12 = 'Energistics.Etp.v12.Protocol.';
const V11 = 'Energistics.Protocol.';

/**
 * Answers the `…Response…` naming does not tell: the handshake, Ping, data objects that come with
 * Chunk parts, and ETP 1.1's requests answered by messages of other names.
 */
const ANSWERS: Record<string, string[]> = {
  [`${V12}Core.RequestSession`]: [`${V12}Core.OpenSession`],
  [`${V12}Core.Ping`]: [`${V12}Core.Pong`],
  [`${V12}Store.GetDataObjects`]: [`${V12}Store.GetDataObjectsResponse`, `${V12}Store.Chunk`],
  [`${V12}StoreQuery.FindDataObjects`]: [`${V12}StoreQuery.FindDataObjectsResponse`, `${V12}StoreQuery.Chunk`],
  [`${V11}Core.RequestSession`]: [`${V11}Core.OpenSession`],
  [`${V11}ChannelStreaming.ChannelDescribe`]: [`${V11}ChannelStreaming.ChannelMetadata`],
  [`${V11}ChannelStreaming.ChannelRangeRequest`]: [`${V11}ChannelStreaming.ChannelData`],
  [`${V11}ChannelDataFrame.RequestChannelData`]: [`${V11}ChannelDataFrame.ChannelMetadata`, `${V11}ChannelDataFrame.ChannelDataFrameSet`],
  [`${V11}Store.GetObject`]: [`${V11}Store.Object`],
  [`${V11}GrowingObject.GrowingObjectGet`]: [`${V11}GrowingObject.ObjectFragment`],
  [`${V11}GrowingObject.GrowingObjectGetRange`]: [`${V11}GrowingObject.ObjectFragment`],
  [`${V11}DataArray.GetDataArray`]: [`${V11}DataArray.DataArray`],
  [`${V11}DataArray.GetDataArraySlice`]: [`${V11}DataArray.DataArray`],
};

/**
 * The messages that answer a message (full names), among the messages of its protocol: those its
 * schema declares (an `answers` attribute of short or full names, for protocols whose answers are
 * not named `…Response`: Sparkle's StreamRequest → Streams, Status), else those of the table
 * above, else those named like it followed by `Response` (GetFrame → GetFrameResponseHeader and
 * GetFrameResponseRows; ETP 1.1's WMLS_GetCap → WMSL_GetCapResponse, as its bundle spells it).
 * ProtocolException may answer anything and is not listed.
 */
export function answeredBy(name: string, sameProtocol: readonly string[], declared?: readonly string[]): string[] {
  const dot = name.lastIndexOf('.');
  const ns = name.slice(0, dot + 1);
  const short = name.slice(dot + 1);
  if (declared) return declared.map((a) => (a.includes('.') ? a : ns + a)).filter((a) => sameProtocol.includes(a));
  const listed = ANSWERS[name];
  if (listed) return listed.filter((a) => sameProtocol.includes(a));
  const prefixes = [`${ns}${short}Response`];
  if (short.startsWith('WMLS_')) prefixes.push(`${ns}WMSL_${short.slice(5)}Response`);
  return sameProtocol.filter((a) => prefixes.some((p) => a.startsWith(p)));
}
