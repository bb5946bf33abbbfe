/** etp-codec: ETP (Energistics Transfer Protocol) messages in TypeScript. */
export {
  createCodec,
  Codec,
  DEFAULT_LIMITS,
  type AnyCodec,
  type CodecOptions,
  type Compressor,
  type CodegenMode,
  type CodeSource,
  type TypedMessage,
  type EtpMessage,
  type DecodedMessage,
  type JsonMessage,
  type MessageHeaderExtension,
} from './codec/index.js';
export { isMessage } from './codec/index.js';
export { EtpError, isEtpError, ERROR_CODES, EtpErrorCodes, type EtpErrorCode } from './errors.js';
export { integerOption, integerOptions, numberOption } from './options.js';
export { MessageFlags, hasFlag, peekHeader, type MessageHeader, type LongMode, FramePool, sharedFramePool, FRAME_POOL_DEFAULTS, type FramePoolOptions, Utf8Text } from './wire/index.js';
export { SchemaRegistry, type SchemaBundle, type SchemaSource, type MessageInfo } from './schema/index.js';
export { parseUri, formatUri, isEtpUri, type EtpUri, type DataspaceUri, type DataObjectUri } from './schema/index.js';
export type * from './schema/gen/etp12-types.gen.js';
export type * as Etp12 from './schema/gen/etp12-types.gen.js';
export type * as Etp11 from './schema/gen/etp11-types.gen.js';
export type { Etp11MessageMap } from './schema/gen/etp11-types.gen.js';
export type { MessageSpec, MessageName, BodyOf, InputOf, AnswersOf, AnswerBodyOf, BodyAt, InputAt, BodiesOf, Etp12Messages, Etp12MessageName } from './schema/message-map.js';
