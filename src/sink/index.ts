/**
 * etp-codec/sink: Sink event delivery as an ETP-style protocol, built on the library's public
 * means: admission by instance ids, Publish answered by Ack or Nack, a reconnecting device with an
 * outbox. See docs/sink.md.
 */
export {
  SINK_PROTOCOL,
  SINK_VERSION,
  SINK_OFFER,
  SINK_ROLES,
  SINK_SERVER_INSTANCE_ID,
  Sink,
  sinkBundle,
  createSinkCodec,
  NackCode,
  nackError,
  refusalError,
  type SinkRefusal,
  type SinkNack,
} from './protocol.js';
export { admit, instanceIdRule, REGISTRY_FULL, type SinkHello, type AdmissionDecision, type AdmissionPolicy } from './admission.js';
export { MemorySinkState, identityOf, SINK_STATE_DEFAULTS, MEMORY_IDENTITY_BYTES, type SinkState, type InstanceRegistry, type QuarantineEntry, type SinkStateLimits } from './state.js';
export { SqliteSinkState, type SqliteSinkStateOptions } from './sqlite-state.js';
export { SqliteDeviceState } from './device-state.js';
export { SinkIngest, SINK_INGEST_DEFAULTS, type SinkEvent, type SinkIngestOptions } from './server.js';
export { SinkDevice, MemoryStorage, MemoryOutbox, eventIdentity, SINK_DEVICE_DEFAULTS, type DeviceStorage, type Outbox, type DialRequest, type SinkDeviceOptions } from './device.js';
export { connectSink, type ConnectSinkOptions } from './connect.js';
export type * from './gen/types.gen.js';
