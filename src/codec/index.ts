/** etp-codec/codec: encode and decode whole ETP messages, JSON form, limits. */
export {
  Codec,
  createCodec,
  DEFAULT_LIMITS,
  type AnyCodec,
  type CodecOptions,
  type TypedMessage,
  type EtpMessage,
  type DecodedMessage,
  type JsonMessage,
  type MessageHeaderExtension,
  type CodeSource,
} from './codec.js';
export { toJSONValue, fromJSONValue } from './json-form.js';
export { isMessage } from './is-message.js';
export type { Compressor } from './compressor.js';
export type { CodegenMode } from './codegen/can-eval.js';
