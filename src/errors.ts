/**
 * The one error type of etp-codec. Every failure the library reports is an `EtpError` with a
 * stable string `code` (documented in docs/errors.md) and, where ETP defines one, the
 * ProtocolException error code a peer should be sent (`etpCode`).
 */

/** ETP 1.2 ProtocolException codes used by this library. */
export const EtpErrorCodes = {
  ENOROLE: 1,
  ENOSUPPORTEDPROTOCOLS: 2,
  EINVALID_MESSAGETYPE: 3,
  EUNSUPPORTED_PROTOCOL: 4,
  EINVALID_ARGUMENT: 5,
  EREQUEST_DENIED: 6,
  ENOTSUPPORTED: 7,
  EINVALID_STATE: 8,
  EINVALID_URI: 9,
  ENOT_FOUND: 11,
  ELIMIT_EXCEEDED: 12,
  ECOMPRESSION_NOTSUPPORTED: 13,
  EINVALID_OBJECT: 14,
  EMAX_TRANSACTIONS_EXCEEDED: 15,
  EDATAOBJECTTYPE_NOTSUPPORTED: 16,
  EMAXSIZE_EXCEEDED: 17,
  EMULTIPART_CANCELLED: 18,
  EINVALID_MESSAGE: 19,
  ETIMED_OUT: 26,
  ERESPONSECOUNT_EXCEEDED: 30,
  EINVALID_CHANNELID: 1002,
} as const;

/** Stable error codes, each with the ETP ProtocolException code it maps to (undefined: none). */
export const ERROR_CODES = {
  /** The bytes end before the message does. */
  TRUNCATED: EtpErrorCodes.EINVALID_MESSAGE,
  /** Bytes remain after the message body. */
  TRAILING_BYTES: EtpErrorCodes.EINVALID_MESSAGE,
  /** The bytes are not a valid Avro encoding of the expected type (bad union/enum index, bad UTF-8, …). */
  INVALID_DATA: EtpErrorCodes.EINVALID_MESSAGE,
  /** A long on the wire lies outside what the configured long mode can represent exactly. */
  LONG_OUT_OF_RANGE: EtpErrorCodes.EINVALID_MESSAGE,
  /** A value handed to the encoder does not match its schema. */
  INVALID_VALUE: EtpErrorCodes.EINVALID_ARGUMENT,
  /** No message of this protocol is registered. */
  UNKNOWN_PROTOCOL: EtpErrorCodes.EUNSUPPORTED_PROTOCOL,
  /** The protocol is known, the message type in it is not. */
  UNKNOWN_MESSAGE_TYPE: EtpErrorCodes.EINVALID_MESSAGETYPE,
  /** A frame, an encoded message or a decompressed payload is larger than its configured maximum. */
  MESSAGE_TOO_LARGE: EtpErrorCodes.EMAXSIZE_EXCEEDED,
  /** A count limit (items in a message) was exceeded. */
  LIMIT_EXCEEDED: EtpErrorCodes.ELIMIT_EXCEEDED,
  /** The compressed payload is not a valid gzip member. */
  BAD_COMPRESSION: EtpErrorCodes.EINVALID_MESSAGE,
  /** Compression flag on a message that must never be compressed, or on a session that negotiated none. */
  COMPRESSION_NOT_ALLOWED: EtpErrorCodes.ECOMPRESSION_NOTSUPPORTED,
  /** A header flag the session's ETP version does not have (ETP 1.1: 0x08, 0x10, 0x20), sent or received. */
  INVALID_FLAGS: EtpErrorCodes.EINVALID_ARGUMENT,
  /** A header extension (flag 0x20) sent to an endpoint that said SupportsMessageHeaderExtensions false. */
  EXTENSION_NOT_ALLOWED: EtpErrorCodes.ENOTSUPPORTED,
  /** A string is not a valid ETP 1.2 URI. */
  INVALID_URI: EtpErrorCodes.EINVALID_URI,
  /** A schema or schema bundle cannot be loaded. */
  INVALID_SCHEMA: undefined,
  /** A JSON message (interchange form) is malformed. */
  INVALID_JSON: EtpErrorCodes.EINVALID_ARGUMENT,
  /** A CLI input line is not hex (decode) or not JSON (encode). */
  INVALID_INPUT: undefined,
  /** The peer answered with a ProtocolException (`etpCode` is the code the peer sent). */
  PROTOCOL_EXCEPTION: undefined,
  /** No response (or no next part) arrived within the timeout. */
  TIMED_OUT: EtpErrorCodes.ETIMED_OUT,
  /** A multipart message was cancelled: a part limit, a byte limit or the time between parts. */
  MULTIPART_CANCELLED: EtpErrorCodes.EMULTIPART_CANCELLED,
  /** A multipart response has more parts than allowed. */
  RESPONSE_COUNT_EXCEEDED: EtpErrorCodes.ERESPONSECOUNT_EXCEEDED,
  /** The message is not allowed in the session's current state (e.g. before OpenSession). */
  INVALID_STATE: EtpErrorCodes.EINVALID_STATE,
  /** A peer declared an endpoint capability this endpoint cannot work with (MaxWebSocketMessagePayloadSize below `minMessageBytes`). */
  INVALID_CAPABILITY: EtpErrorCodes.EINVALID_ARGUMENT,
  /** Session negotiation found no protocol both sides support. */
  NO_SUPPORTED_PROTOCOLS: EtpErrorCodes.ENOSUPPORTEDPROTOCOLS,
  /** An incoming message id breaks the ETP numbering rules (parity, order, zero, duplicate). */
  INVALID_MESSAGE_ID: EtpErrorCodes.EINVALID_MESSAGE,
  /** The caller cancelled the request (its AbortSignal fired). */
  REQUEST_CANCELLED: undefined,
  /** The session is closed. */
  SESSION_CLOSED: undefined,
  /** A Sparkle Status with a non-zero code: a request, a stream or the session failed (`error.detail` is the status, with its retry class). */
  SPARKLE_STATUS: undefined,
  /** A Sink server refused the device's admission (`error.detail`: result, machineReason, humanReason). */
  SINK_REFUSED: undefined,
  /** A Sink event was refused with a Nack (`error.detail`: machine bytes, human text). */
  SINK_NACK: undefined,
  /** A Sink event was published while the same identity (eventTypeId, key, offset) is in flight. */
  SINK_DUPLICATE: undefined,
  /** connect: the server answered the upgrade with an HTTP status (on `error.status`) instead of a WebSocket; `authenticate` refusing a connection uses it too. */
  UPGRADE_REFUSED: undefined,
  /** connect: the network refused, reset or timed out the connection (the system error is the `cause`). */
  CONNECTION_FAILED: undefined,
  LISTEN_FAILED: undefined,
  /** connect: the server did not agree the etp12.energistics.org subprotocol. */
  NO_SUBPROTOCOL: undefined,
  /** connect: the server closed the connection before it answered RequestSession. */
  HANDSHAKE_CLOSED: undefined,
  /** connect: the upgrade and the ETP handshake took longer than `handshakeTimeoutMs` (or RequestSessionTimeoutPeriod). */
  HANDSHAKE_TIMEOUT: undefined,
  /** fetchServerCapabilities: the server answered /.well-known/etp-server-capabilities with an HTTP status other than 200 (`error.status`), a document larger than maxBytes, or one that is not a ServerCapabilities record. */
  WELL_KNOWN_FAILED: undefined,
  /** A bad option was passed to the library. */
  INVALID_OPTION: undefined,
  /** Store: the dataspace, data object or array named does not exist. */
  NOT_FOUND: EtpErrorCodes.ENOT_FOUND,
  /** Store: a data object's bytes are not a well-formed object, or disagree with its URI (uuid, type). */
  INVALID_OBJECT: EtpErrorCodes.EINVALID_OBJECT,
  /** Store: a request names something that cannot be done as asked (an existing dataspace put again under the rddms profile, a window outside an array, …). */
  INVALID_ARGUMENT: EtpErrorCodes.EINVALID_ARGUMENT,
  /** Store: another session's write transaction holds a dataspace this one wants to write, or this session has one open already. */
  TRANSACTION_CONFLICT: EtpErrorCodes.EMAX_TRANSACTIONS_EXCEEDED,
  /** Store client: some items of a request failed; `error.detail` is the Map of failures by the item's key (URI), each an ErrorInfo with the store's ETP code. */
  ITEMS_FAILED: undefined,
  /** Store client: a transaction could not start, or the store did not commit it (`error.detail` is the store's failureReason). */
  TRANSACTION_FAILED: undefined,
  /** Store: a data object type the store does not accept. */
  TYPE_NOT_SUPPORTED: EtpErrorCodes.EDATAOBJECTTYPE_NOTSUPPORTED,
  /** Store: something ETP allows that this store does not do (a channel indexed by pass indexed depth, or whose index decreases). */
  NOT_SUPPORTED: EtpErrorCodes.ENOTSUPPORTED,
  /** Store: a channel id that names no channel, or one this session has not opened (ChannelDataLoad) or subscribed to (ChannelSubscribe). */
  UNKNOWN_CHANNEL: EtpErrorCodes.EINVALID_CHANNELID,
} as const satisfies Record<string, number | undefined>;

export type EtpErrorCode = keyof typeof ERROR_CODES;

/** The error every etp-codec operation throws. */
export class EtpError extends Error {
  /** Stable machine-readable code, e.g. `"TRUNCATED"`. */
  readonly code: EtpErrorCode;
  /** The ETP ProtocolException code to send to the peer, when ETP defines one. */
  readonly etpCode: number | undefined;
  /** An HTTP status: the server's answer to a refused upgrade (UPGRADE_REFUSED), or what `authenticate` wants sent. */
  readonly status: number | undefined;
  /** What the error carries beyond its message: SPARKLE_STATUS's status (code, description, scope, retry class). */
  readonly detail: unknown;
  /** The message header, when the error arose after it was read (decode errors). */
  header?: { protocol: number; messageType: number; correlationId: number; messageId: number; messageFlags: number };

  constructor(code: EtpErrorCode, message: string, options?: { cause?: unknown; status?: number; detail?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EtpError';
    this.code = code;
    this.etpCode = ERROR_CODES[code];
    this.status = options?.status;
    this.detail = options?.detail;
  }
}

/** True when `err` is an {@link EtpError} (optionally with the given code). */
export function isEtpError(err: unknown, code?: EtpErrorCode): err is EtpError {
  return err instanceof EtpError && (code === undefined || err.code === code);
}
