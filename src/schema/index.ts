/** etp-codec/schema: loading ETP-style Avro bundles and dispatching by (protocol, messageType). */
export { SchemaRegistry, type MessageInfo } from './registry.js';
export { Protocol, Core, PROTOCOL_EXCEPTION, ACKNOWLEDGE, allowedBeforeOpen, onlyAnswers, isChunk } from './etp.js';
export { neverCompressed, type EtpProfile } from './profile.js';
export { readBundle, withProtocolNumber, type SchemaBundle, type SchemaSource, type AvroSchema } from './bundle.js';
export { ETP12_BUILTIN_BUNDLES, ETP11_BUILTIN_BUNDLES, BUILTIN_BUNDLES, builtinRegistry } from './builtin.js';
export type * from './gen/etp12-types.gen.js';
export type * as Etp12 from './gen/etp12-types.gen.js';
export type * as Etp11 from './gen/etp11-types.gen.js';
export type * from './message-map.js';
export type { Utf8Text } from '../wire/utf8-text.js';
export { generateTypes, type TypegenOptions } from './typegen.js';
export { parseUri, formatUri, isEtpUri, type EtpUri, type DataspaceUri, type DataObjectUri } from './uri.js';
