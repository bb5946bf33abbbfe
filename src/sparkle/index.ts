/**
 * etp-codec/sparkle: Sparkle streams as an ETP-style protocol, built on the library's public means
 * (a bundle, its generated message map, typed handlers): the server's transforms and credit, the
 * client's streams. See docs/sparkle.md.
 */
export {
  SPARKLE_PROTOCOL,
  SPARKLE_ROLES,
  SPARKLE_VERSION,
  SPARKLE_OFFER,
  Sparkle,
  SparkleStatusCode,
  sparkleBundle,
  createSparkleCodec,
  retryClass,
  sparkleStatusError,
  type RetryClass,
  type StatusScope,
  type SparkleStatus,
} from './protocol.js';
export { Credit, type OverflowPolicy, type BacklogBudget, type BacklogLimits } from './credit.js';
export { heapBytes, streamItemBytes } from './size.js';
export {
  serveSparkle,
  SparkleServer,
  TransformRegistry,
  SPARKLE_SERVER_DEFAULTS,
  SPARKLE_PROCESS_BUDGET,
  type Transform,
  type TransformRequest,
  type Producer,
  type Source,
  type SparkleServerOptions,
} from './server.js';
export { SparkleClient, SparkleStream, SPARKLE_CLIENT_DEFAULTS, type SparkleItem, type SparkleRequest, type SparkleClientOptions } from './client.js';
export type * from './gen/types.gen.js';
