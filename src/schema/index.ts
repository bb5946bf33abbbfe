/** etp-codec/schema: loading ETP-style Avro bundles and dispatching by (protocol, messageType). */
export { SchemaRegistry, type MessageInfo } from './registry.js';
export { Protocol, Core, PROTOCOL_EXCEPTION, ACKNOWLEDGE, neverCompressed, allowedBeforeOpen, onlyAnswers, isChunk } from './etp.js';
export { readBundle, type SchemaBundle, type SchemaSource, type AvroSchema } from './bundle.js';
export { ETP12_BUILTIN_BUNDLES } from './builtin.js';
export type * from './etp12-types.js';
export { parseUri, formatUri, isEtpUri, type EtpUri, type DataspaceUri, type DataObjectUri } from './uri.js';
