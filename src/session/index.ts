/** etp-codec/session: an ETP session (1.2, or 1.1 with a 1.1 codec) without a transport — ids, correlation, multipart, handshake. */
export {
  EtpSession,
  SESSION_DEFAULTS,
  MIN_MESSAGE_BYTES_FLOOR,
  SESSION_CODEC_MAX_ITEMS,
  type SessionOptions,
  type SessionReport,
  type SessionTimers,
  type EtpResponse,
  type RequestOptions,
  type HandlerContext,
  type MalformedContext,
  type Handler,
  type ErrorInfo,
} from './session.js';
export { MessageIds, IncomingIds, type IdPolicy, type SessionRole } from './ids.js';
export { DEFAULT_CAPABILITIES, toCapabilityMap, numberCapability, booleanCapability, type EndpointCapabilities, type CapabilityMap } from './capabilities.js';
export {
  negotiate,
  acceptOpenSession,
  requestSessionBody,
  describeEndpoint,
  serverCapabilitiesBody,
  ETP12,
  type ProtocolOffer,
  type ProtocolVersion,
  type EndpointDescription,
  type EndpointOptions,
  type Negotiated,
} from './handshake.js';
export { splitBody, BodyMerger, collectionFields } from './parts.js';
export { Assembly, joinChunks, type AssemblyMode, type AssemblyKind } from './assembly.js';
export { Budget, SharedBudget, partCost, BYTE_COST, LARGE_BYTE_COST, ITEM_COST, PART_COST, type BudgetLimits } from './budget.js';
export type { SessionLimits } from './options.js';
export { linkedSessions, type LinkedSessionsOptions } from './linked.js';
export { recordTraffic, readRecording, type RecordedFrame } from './recording.js';
export { AsyncQueue } from './async-queue.js';
