import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import { builtinRegistry } from '../schema/builtin.js';
import type { SchemaSource } from '../schema/bundle.js';
import type { Etp11MessageMap } from '../schema/gen/etp11-types.gen.js';
import type { Etp12MessageMap, MessageHeaderExtension } from '../schema/gen/etp12-types.gen.js';
import type { InputAt, InputOf, MessageName } from '../schema/message-map.js';
import { type EtpProfile, neverCompressed, PROFILES } from '../schema/profile.js';
import { type MessageInfo, SchemaRegistry } from '../schema/registry.js';
import { MessageFlags } from '../wire/flags.js';
import { concatBytes } from '../wire/bytes.js';
import { headerLength, type MessageHeader, peekHeader, readHeader, writeHeader } from '../wire/header.js';
import type { LongMode } from '../wire/long.js';
import { Reader } from '../wire/reader.js';
import type { FramePool } from '../wire/frame-pool.js';
import { Writer } from '../wire/writer.js';
import type { CodegenMode } from './codegen/can-eval.js';
import { atPath } from './closures/writer.js';
import { platformCompressor } from './compression.js';
import type { Compressor } from './compressor.js';
import { fromJSONValue, toJSONValue } from './json-form.js';
import { type CodeSource, type MessageCode, MessageCodes } from './code-source.js';
import type { AvroType } from '../schema/avro-types.js';
import { show } from './show.js';

export type { CodeSource };

/** Options of {@link createCodec}. Every limit has a default and applies to each message. */
export interface CodecOptions {
  /**
   * Schema bundles (objects or `.avpr` paths) to use instead of the built-in catalog, e.g. a
   * trimmed or patched copy of the official bundles. Default: the built-in catalog of `etp`.
   */
  schemas?: SchemaSource[];
  /** Bundles added on top of the base schemas (built-in or `schemas`): custom protocols. */
  extend?: SchemaSource[];
  /**
   * ETP version: picks the built-in catalog (every message of ETP 1.2, or of ETP 1.1) and the
   * compression rules (ETP 1.1 has no Compressed flag). Default: with `schemas`, 1.1 when they hold
   * ETP 1.1's MessageHeader (and not 1.2's), else 1.2; without, 1.2.
   */
  etp?: '1.1' | '1.2';
  /**
   * How decoded longs are held: `'number'` (default) gives exact numbers and fails with
   * LONG_OUT_OF_RANGE beyond ±(2^53 − 1); `'bigint'` gives every body long as a bigint. Encoding
   * accepts numbers and bigints in both modes. Header ids are numbers in both modes.
   */
  longs?: LongMode;
  /** Largest frame accepted by decode and produced by encode, in bytes. Default 16,000,000. */
  maxMessageBytes?: number;
  /** Largest decompressed extension + body, in bytes. Default 16,000,000. */
  maxDecompressedBytes?: number;
  /** Most array items plus map entries in one message. Default 4,000,000. */
  maxItems?: number;
  /** Most items of zero-byte types (null, empty records) in one message. Default 65,536. */
  maxEmptyItems?: number;
  /** Decode bytes and fixed values as views into the frame instead of copies. Default false. */
  bytesView?: boolean;
  /**
   * How arrays of doubles and floats decode: `'array'` (default) as number[]; `'typed'` as a
   * Float64Array or Float32Array, their bytes copied once (far cheaper for large arrays; type the
   * codec or session with `Etp12MessageMap<number, 'typed'>`). Encode takes either in both modes.
   */
  floatArrays?: 'array' | 'typed';
  /**
   * How string fields decode: `'string'` (default) as strings; `'utf8'` as {@link Utf8Text}, a view
   * of the text's utf-8 bytes in the frame, transcoded and checked to be utf-8 only when first read
   * (`toString()`, `bytes`, encoding it again), so a message whose strings are passed on or only
   * partly read costs far less to decode (type the codec with `Etp12MessageMap<number, 'array',
   * Utf8Text>`). Each text holds its frame: leave the frame unchanged while they are in use. Map
   * keys are strings in both modes; encode takes strings and Utf8Text in both. Sessions refuse it.
   */
  strings?: 'string' | 'utf8';
  /**
   * encode returns a view into the codec's own buffer, valid only until its next encode (no copy
   * per frame). For callers that use each frame at once (write it out, hash it); a frame kept, or
   * handed to a socket that queues it, must be copied. Default false: every frame is its own.
   */
  reuseFrames?: boolean;
  /** gzip level used when encoding with the Compressed flag (0-9). Default 6 (zlib's). */
  compressionLevel?: number;
  /** The gzip implementation. Default: the platform's (node:zlib on Node, fflate in the browser build). */
  compressor?: Compressor;
  /**
   * `'auto'` (default): the built-in catalogs' encoders and decoders generated at build time
   * (longs as numbers); for other bundles, a function per record made with `new Function` where
   * the platform allows it, closures where a Content-Security-Policy forbids eval. `'closures'`:
   * closures only. See {@link Codec.codeOf}.
   */
  codegen?: CodegenMode;
}

// Every option's name, checked by the compiler against CodecOptions (a new option left out here fails the build).
const CODEC_OPTION_NAMES = new Set(
  Object.keys({
    schemas: 1,
    extend: 1,
    etp: 1,
    longs: 1,
    maxMessageBytes: 1,
    maxDecompressedBytes: 1,
    maxItems: 1,
    maxEmptyItems: 1,
    bytesView: 1,
    floatArrays: 1,
    strings: 1,
    reuseFrames: 1,
    compressionLevel: 1,
    compressor: 1,
    codegen: 1,
  } satisfies Record<keyof CodecOptions, 1>),
);

/** The documented defaults of the limits. */
export const DEFAULT_LIMITS = {
  maxMessageBytes: 16_000_000,
  maxDecompressedBytes: 16_000_000,
  maxItems: 4_000_000,
  maxEmptyItems: 65_536,
} as const;

export type { MessageHeaderExtension };

/**
 * What a caller allows of one frame, and what decoding it cost: the session passes one of these
 * to {@link Codec.decode} to refuse compression or extensions it did not negotiate before any byte
 * is inflated, and to charge what the message costs after inflation to its budgets.
 */
export interface DecodeControl {
  /** Refuse flag 0x08 with COMPRESSION_NOT_ALLOWED (13) before inflating. Default true. */
  allowCompression?: boolean;
  /** Refuse flag 0x20 with EXTENSION_NOT_ALLOWED (7). Default true. */
  allowExtension?: boolean;
  /**
   * Refuse a header flag the codec's ETP version does not define (its `profile`: 0x08, 0x10 and
   * 0x20 in ETP 1.1) with INVALID_FLAGS (5), before anything else is read. Default false: any flags.
   */
  checkFlags?: boolean;
  /** Written by decode: bytes the message occupies after inflation (the frame's length when not compressed). */
  bytes: number;
  /** Written by decode: array items plus map entries the message decoded into. */
  items: number;
  /** Written by decode: bytes of its strings and bytes values of 256 bytes or more (`LARGE_VALUE`). */
  large?: number;
}

/** A message to encode. */
export interface EtpMessage<B = unknown> {
  header: MessageHeader;
  /** Present when (and only when) the header carries flag 0x20. */
  extension?: MessageHeaderExtension<number | bigint>;
  body: B;
}

/**
 * A message to encode, its body typed by the map `M` when header.protocol and header.messageType
 * are literals the map knows (`unknown` otherwise).
 */
export interface TypedMessage<M, P extends number, T extends number> {
  header: MessageHeader & { protocol: P; messageType: T };
  extension?: MessageHeaderExtension<number | bigint>;
  body: InputAt<M, P, T>;
}

/** A codec of any message map: what code that handles every codec (the session's internals, helpers) takes. */
// biome-ignore lint/suspicious/noExplicitAny: a codec or session of any message map, whose methods take that map's types
export type AnyCodec = Codec<any>;

/**
 * An encoded frame and the header it was written with, so that whoever sends it (compresses it,
 * marks its last part, logs it) never reads the header back from the bytes.
 */
export interface EncodedFrame {
  bytes: Uint8Array;
  /** The header as written: its flags include 0x20 when an extension was given, 0x08 when compressed. */
  header: MessageHeader;
  /** The full name of the body's schema. */
  name: string;
  /** How many bytes the header takes at the start of `bytes`; extension and body follow. */
  headerBytes: number;
}

/** A decoded message: what was encoded, plus the full name of the body's schema. */
export interface DecodedMessage<B = unknown> extends EtpMessage<B> {
  name: string;
}

/** A message in the interchange JSON form (see shared/vectors/README.md). */
export interface JsonMessage {
  header: Record<string, unknown>;
  extension?: unknown;
  body: unknown;
  name?: string;
}

/**
 * An ETP codec: encode and decode whole messages against a set of schemas. `M`, the message map
 * (Etp12MessageMap, Etp11MessageMap, or a map `etp-codec types` made), types what encode accepts
 * and, through the session, send, request, on and reply.
 */
export class Codec<M = Etp12MessageMap> {
  /** Type-only: the message map (never set at run time). */
  declare readonly messageMap?: M;
  readonly registry: SchemaRegistry;
  readonly options: Readonly<Required<Omit<CodecOptions, 'schemas' | 'extend'>>>;
  private readonly codes: MessageCodes;
  private readonly reader: Reader;
  private readonly writer = new Writer();
  private readonly extensionType: AvroType | undefined;
  /** What the codec's ETP version allows on the wire (flags, compression, …): see {@link EtpProfile}. */
  readonly profile: EtpProfile;

  constructor(options: CodecOptions = {}) {
    for (const key of Object.keys(options)) {
      if (!CODEC_OPTION_NAMES.has(key)) throw new EtpError('INVALID_OPTION', `unknown codec option ${key}`);
    }
    if (options.etp !== undefined && options.etp !== '1.1' && options.etp !== '1.2') {
      throw new EtpError('INVALID_OPTION', `etp must be '1.1' or '1.2', got ${String(options.etp)}`);
    }
    this.registry = codecRegistry(options);
    this.options = {
      etp: options.etp ?? this.registry.etpVersion(),
      longs: options.longs ?? 'number',
      maxMessageBytes: limit(options, 'maxMessageBytes'),
      maxDecompressedBytes: limit(options, 'maxDecompressedBytes'),
      maxItems: limit(options, 'maxItems'),
      maxEmptyItems: limit(options, 'maxEmptyItems'),
      bytesView: options.bytesView ?? false,
      floatArrays: options.floatArrays ?? 'array',
      strings: options.strings ?? 'string',
      reuseFrames: options.reuseFrames ?? false,
      compressionLevel: options.compressionLevel ?? 6,
      compressor: options.compressor ?? platformCompressor,
      codegen: options.codegen ?? 'auto',
    };
    if (this.options.codegen !== 'auto' && this.options.codegen !== 'closures') {
      throw new EtpError('INVALID_OPTION', `codegen must be 'auto' or 'closures', got ${String(this.options.codegen)}`);
    }
    const c = this.options.compressor;
    if (c === null || typeof c !== 'object' || typeof c.gzip !== 'function' || typeof c.gunzip !== 'function') {
      throw new EtpError('INVALID_OPTION', 'compressor must have gzip and gunzip methods');
    }
    const level = this.options.compressionLevel;
    if (!Number.isInteger(level) || level < 0 || level > 9) {
      throw new EtpError('INVALID_OPTION', `compressionLevel must be an integer from 0 to 9, got ${String(level)}`);
    }
    if (this.options.floatArrays !== 'array' && this.options.floatArrays !== 'typed') {
      throw new EtpError('INVALID_OPTION', `floatArrays must be 'array' or 'typed', got ${String(this.options.floatArrays)}`);
    }
    if (this.options.strings !== 'string' && this.options.strings !== 'utf8') {
      throw new EtpError('INVALID_OPTION', `strings must be 'string' or 'utf8', got ${String(this.options.strings)}`);
    }
    if (this.options.longs !== 'number' && this.options.longs !== 'bigint') {
      throw new EtpError('INVALID_OPTION', `longs must be 'number' or 'bigint', got ${String(this.options.longs)}`);
    }
    this.profile = PROFILES[this.options.etp];
    this.codes = new MessageCodes(this.options.longs, this.options.codegen);
    this.reader = new Reader(this.options);
    this.reader.typedFloats = this.options.floatArrays === 'typed';
    this.reader.utf8Text = this.options.strings === 'utf8';
    this.extensionType = this.registry.headerExtension() as AvroType | undefined;
  }

  // The last message type used: streams repeat one type, so most lookups end here.
  private lastProtocol = -1;
  private lastMessageType = -1;
  private last: MessageCode | undefined;

  /** The compiled reader and writer for a header's message type, built on first use. */
  private forHeader(header: MessageHeader): MessageCode {
    if (header.protocol === this.lastProtocol && header.messageType === this.lastMessageType) return this.last!;
    const c = this.get(this.lookup(header));
    this.lastProtocol = header.protocol;
    this.lastMessageType = header.messageType;
    this.last = c;
    return c;
  }

  /** The reader and writer of a message type, built on first use. */
  private get(info: MessageInfo): MessageCode {
    return this.codes.get(info);
  }

  /**
   * How this codec encodes and decodes a message type (by full name): `'prebuilt'`, code
   * generated at build time for the built-in catalogs (longs as numbers); `'generated'`, made with
   * `new Function` when first used; `'closures'`, where codegen is `'closures'` or eval is
   * forbidden. UNKNOWN_MESSAGE_TYPE for a name the codec does not know.
   */
  codeOf(name: string): CodeSource {
    const info = this.registry.message(name);
    if (!info) throw new EtpError('UNKNOWN_MESSAGE_TYPE', `no message named ${name}`);
    return this.get(info).source;
  }

  /** The message type a header names (UNKNOWN_PROTOCOL / UNKNOWN_MESSAGE_TYPE when none). */
  lookup(header: Pick<MessageHeader, 'protocol' | 'messageType'>): MessageInfo {
    return this.registry.lookup(header.protocol, header.messageType);
  }

  /**
   * Encodes header, extension (when given; flag 0x20 is then set) and body into one buffer. With
   * flag 0x08 (ETP 1.2) extension and body are one gzip member. By name, the header's protocol and
   * message type are the named message's, and the rest of the header is given.
   */
  encode<N extends MessageName<M>>(name: N, body: InputOf<M, N>, header: Omit<MessageHeader, 'protocol' | 'messageType'>, extension?: MessageHeaderExtension<number | bigint>): Uint8Array;
  encode<P extends number, T extends number>(message: TypedMessage<M, P, T>): Uint8Array;
  encode(a: string | EtpMessage, body?: unknown, rest?: Omit<MessageHeader, 'protocol' | 'messageType'>, ext?: MessageHeaderExtension<number | bigint>): Uint8Array {
    let message = a as EtpMessage;
    if (typeof a === 'string') {
      const info = this.registry.message(a);
      if (!info) throw new EtpError('UNKNOWN_MESSAGE_TYPE', `no message named ${a}`);
      message = { header: { ...rest!, protocol: info.protocol, messageType: info.messageType }, body, ...(ext === undefined ? {} : { extension: ext }) };
    }
    return this.write(message);
  }

  /**
   * Encodes like {@link encode} and returns the frame with the header it carries, its body's
   * name and where the header ends: what a sender needs to compress it ({@link compressFrame}),
   * set its last-part flags ({@link withFlags}) or report it, without reading the bytes back.
   * With a `pool`, a frame of the pool's minBytes or more is written into the pool's warm buffers
   * and lent, not copied: the caller gives it back (`pool.give(frame.bytes)`) once it was sent,
   * and reads it no more (`pool.isLent(frame.bytes)` tells which frames are lent).
   */
  encodeFrame(message: EtpMessage, pool?: FramePool): EncodedFrame {
    const bytes = this.write(message, pool);
    return { bytes, header: this.written!, name: this.writtenName, headerBytes: this.writtenHeaderBytes };
  }

  // What the last write wrote, for encodeFrame (encode itself makes no record of it).
  private written: MessageHeader | undefined;
  private writtenName = '';
  private writtenHeaderBytes = 0;

  /** Encodes a message into its frame, remembering the header it wrote, its name and length. */
  private write(message: EtpMessage, pool?: FramePool): Uint8Array {
    if (message === null || typeof message !== 'object') throw new EtpError('INVALID_VALUE', 'message must be an object');
    const { header, extension, body } = message;
    if (header === null || typeof header !== 'object') throw new EtpError('INVALID_VALUE', 'message.header must be an object with numeric fields');
    if (
      typeof header.protocol !== 'number' ||
      typeof header.messageType !== 'number' ||
      typeof header.correlationId !== 'number' ||
      typeof header.messageId !== 'number' ||
      typeof header.messageFlags !== 'number'
    ) {
      for (const field of ['protocol', 'messageType', 'correlationId', 'messageId', 'messageFlags'] as const) {
        if (typeof header[field] !== 'number') throw new EtpError('INVALID_VALUE', `message.header.${field} must be a number, got ${show(header[field])}`);
      }
    }
    const c = this.forHeader(header);
    let flags = header.messageFlags;
    const hasExtension = extension !== undefined;
    if (hasExtension) flags |= MessageFlags.HasHeaderExtension;
    if (!hasExtension && flags & MessageFlags.HasHeaderExtension) {
      throw new EtpError('INVALID_VALUE', 'header flag 0x20 is set but the message has no extension');
    }
    const compressed = this.profile.isCompressed(flags);
    if (compressed && neverCompressed(header)) {
      throw new EtpError('COMPRESSION_NOT_ALLOWED', `${c.info.name} must never be compressed (flag 0x08)`);
    }
    const w = this.writer;
    w.pos = 0;
    const written = flags === header.messageFlags ? header : { ...header, messageFlags: flags };
    writeHeader(w, written);
    const start = w.pos;
    const name = c.info.name;
    if (hasExtension) this.writeExtension(extension);
    // With a pool, the buffer grows into its warm buffers (see FramePool).
    w.pool = pool;
    try {
      c.write(w, body);
    } catch (err) {
      throw atPath(err, 'body');
    } finally {
      w.pool = undefined;
    }
    this.written = written;
    this.writtenName = name;
    this.writtenHeaderBytes = start;
    if (compressed) {
      const packed = this.options.compressor.gzip(w.buf.subarray(start, w.pos), this.options.compressionLevel);
      return this.checkSize(concatBytes([w.buf.subarray(0, start), packed]));
    }
    this.checkSize(w.pos);
    if (this.options.reuseFrames) return w.buf.subarray(0, w.pos);
    if (pool !== undefined) {
      const lent = w.lendFrame(pool);
      if (lent !== undefined) return lent;
    }
    return w.copy();
  }

  /**
   * The compressed form of an encoded, uncompressed frame: the same header with flag 0x08, then
   * extension and body as one gzip member. Nothing is encoded again. COMPRESSION_NOT_ALLOWED for
   * messages ETP never compresses.
   */
  compress(frame: Uint8Array): Uint8Array {
    const header = peekHeader(frame);
    return this.compressFrame({ bytes: frame, header, name: this.lookup(header).name, headerBytes: headerLength(frame) }).bytes;
  }

  /** {@link compress} of a frame {@link encodeFrame} made: its header is taken from it, not read again. */
  compressFrame(frame: EncodedFrame): EncodedFrame {
    const { header, name } = frame;
    if (!this.profile.compression) throw new EtpError('COMPRESSION_NOT_ALLOWED', `etp ${this.profile.etp} has no compression flag`);
    if (neverCompressed(header)) throw new EtpError('COMPRESSION_NOT_ALLOWED', `${name} must never be compressed (flag 0x08)`);
    if (header.messageFlags & MessageFlags.Compressed) throw new EtpError('INVALID_VALUE', 'the frame is compressed already');
    const packed = this.options.compressor.gzip(frame.bytes.subarray(frame.headerBytes), this.options.compressionLevel);
    return this.replaceHeader(frame, { ...header, messageFlags: header.messageFlags | MessageFlags.Compressed }, packed);
  }

  /**
   * The frame with other header flags (e.g. FIN on the last part of a multipart message): the
   * header is written again, extension and body are kept as they are. The frame given is rewritten
   * in place when the header keeps its length (always, for flags below 64); use the one returned.
   */
  withFlags(frame: EncodedFrame, flags: number): EncodedFrame {
    return this.replaceHeader(frame, { ...frame.header, messageFlags: flags }, frame.bytes.subarray(frame.headerBytes), true);
  }

  private readonly headerWriter = new Writer();

  private replaceHeader(frame: EncodedFrame, header: MessageHeader, rest: Uint8Array, inPlace = false): EncodedFrame {
    const w = this.headerWriter;
    w.pos = 0;
    writeHeader(w, header);
    const head = w.buf.subarray(0, w.pos);
    if (inPlace && w.pos === frame.headerBytes) {
      frame.bytes.set(head, 0);
      return { bytes: frame.bytes, header, name: frame.name, headerBytes: w.pos };
    }
    return { bytes: this.checkSize(concatBytes([head, rest])), header, name: frame.name, headerBytes: w.pos };
  }

  private writeExtension(extension: MessageHeaderExtension<number | bigint>): void {
    if (!this.extensionType) throw new EtpError('INVALID_VALUE', 'these schemas have no MessageHeaderExtension');
    try {
      this.codes.closures(this.extensionType).write(this.writer, extension);
    } catch (err) {
      throw atPath(err, 'extension');
    }
  }

  private checkSize<T extends Uint8Array | number>(out: T): T {
    const size = typeof out === 'number' ? out : out.length;
    if (size > this.options.maxMessageBytes) {
      throw new EtpError('MESSAGE_TOO_LARGE', `encoded message of ${size} bytes exceeds maxMessageBytes ${this.options.maxMessageBytes}`);
    }
    return out;
  }

  /**
   * Decodes one frame. Header, extension and body are read from the frame itself (no copy; bytes
   * values are copied unless `bytesView`); bytes after the body are an error. An error after the
   * header was read carries it (`error.header`). With `control`, compression and extensions can be
   * refused before any byte is inflated, and the cost of the message is written back to it.
   */
  decode<B = unknown>(frame: Uint8Array, control?: DecodeControl): DecodedMessage<B> {
    const size = frame.length;
    const r = this.reader.reset(frame, 0);
    const header = readHeader(r);
    try {
      if (size > this.options.maxMessageBytes) {
        throw new EtpError('MESSAGE_TOO_LARGE', `frame of ${size} bytes exceeds maxMessageBytes ${this.options.maxMessageBytes}`);
      }
      const c = this.forHeader(header);
      const flags = header.messageFlags;
      if (control?.checkFlags) this.profile.checkFlags(flags, c.info.name);
      let inflated = 0;
      if (this.profile.isCompressed(flags)) {
        if (neverCompressed(header)) {
          throw new EtpError('COMPRESSION_NOT_ALLOWED', `${c.info.name} must never be compressed, but has flag 0x08`);
        }
        if (control?.allowCompression === false) {
          throw new EtpError('COMPRESSION_NOT_ALLOWED', `${c.info.name} has flag 0x08, but no compression was negotiated`);
        }
        r.reset(this.options.compressor.gunzip(r.buf.subarray(r.pos), this.options.maxDecompressedBytes), 0);
        inflated = r.end;
      }
      let extension: MessageHeaderExtension | undefined;
      if (flags & MessageFlags.HasHeaderExtension) {
        if (control?.allowExtension === false) {
          throw new EtpError('EXTENSION_NOT_ALLOWED', `${c.info.name} has a header extension (flag 0x20), but this endpoint does not support them`);
        }
        if (!this.extensionType) throw new EtpError('INVALID_DATA', 'flag 0x20 is set but these schemas have no MessageHeaderExtension');
        extension = this.codes.closures(this.extensionType).read(r) as MessageHeaderExtension;
      }
      const body = c.read(r) as B;
      if (r.pos !== r.end) {
        r.checkEnd(`${c.info.name} body`);
        throw new EtpError('TRAILING_BYTES', `${r.end - r.pos} bytes follow the ${c.info.name} body`);
      }
      if (control) {
        control.bytes = size + inflated;
        control.items = this.options.maxItems - r.itemsLeft;
        control.large = r.large;
      }
      return extension === undefined ? { header, body, name: c.info.name } : { header, extension, body, name: c.info.name };
    } catch (err) {
      if (err instanceof EtpError && err.header === undefined) err.header = header;
      throw err;
    }
  }

  /** Reads only the header of a frame (for routing); the rest is not looked at. */
  peek(frame: Uint8Array): MessageHeader {
    return peekHeader(frame);
  }

  /**
   * A message (decoded or to encode) in the interchange JSON form. Called by `JSON.stringify` on the
   * codec itself (or on anything holding it, such as a session), it gives the codec's description
   * instead: `{ codec: 'etp-codec', etp, longs, floatArrays, strings }`, so a logger that serialises it
   * does not crash.
   */
  toJSON(message: EtpMessage): JsonMessage {
    if (typeof (message as unknown) === 'string') {
      return { codec: 'etp-codec', etp: this.options.etp, longs: this.options.longs, floatArrays: this.options.floatArrays, strings: this.options.strings } as unknown as JsonMessage;
    }
    const info = this.lookup(message.header);
    const out: JsonMessage = { header: { ...message.header }, body: undefined };
    if (message.extension !== undefined && this.extensionType) out.extension = toJSONValue(this.extensionType, message.extension);
    out.body = toJSONValue(info.type as AvroType, message.body);
    out.name = info.name;
    return out;
  }

  /** A message from the interchange JSON form, ready to encode; INVALID_JSON when malformed. */
  fromJSON(json: unknown): EtpMessage {
    if (json === null || typeof json !== 'object') throw new EtpError('INVALID_JSON', 'message must be a json object');
    const j = json as JsonMessage;
    const header = parseHeader(j.header);
    const info = this.lookup(header);
    const out: EtpMessage = { header, body: fromJSONValue(info.type as AvroType, j.body, this.options, 'body') };
    if (j.extension !== undefined && j.extension !== null) {
      if (!this.extensionType) throw new EtpError('INVALID_JSON', 'these schemas have no MessageHeaderExtension');
      out.extension = fromJSONValue(this.extensionType, j.extension, this.options, 'extension') as MessageHeaderExtension;
    }
    return out;
  }
}

function parseHeader(h: unknown): MessageHeader {
  if (h === null || typeof h !== 'object') throw new EtpError('INVALID_JSON', 'header must be a json object');
  const src = h as Record<string, unknown>;
  const out = {} as Record<keyof MessageHeader, number>;
  for (const k of ['protocol', 'messageType', 'correlationId', 'messageId', 'messageFlags'] as const) {
    const v = src[k];
    const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new EtpError('INVALID_JSON', `header.${k} must be an integer, got ${JSON.stringify(v)}`);
    out[k] = n;
  }
  return out;
}

/**
 * The registry a codec uses: the shared built-in catalog of its ETP version, or a new one from
 * `schemas`; `extend` bundles go into a registry layered on it, so the catalog is never parsed twice.
 */
function codecRegistry(options: CodecOptions): SchemaRegistry {
  const extend = options.extend ?? [];
  let base: SchemaRegistry;
  if (options.schemas) {
    base = new SchemaRegistry();
    for (const b of options.schemas) base.add(b);
    for (const b of extend) base.add(b);
    return base;
  }
  base = builtinRegistry(options.etp ?? '1.2');
  if (extend.length === 0) return base;
  const layered = new SchemaRegistry(base);
  for (const b of extend) layered.add(b);
  return layered;
}

function limit(options: CodecOptions, key: keyof typeof DEFAULT_LIMITS): number {
  return integerOption(key, options[key] ?? DEFAULT_LIMITS[key], 0);
}

/**
 * Creates a codec: the built-in catalog of `etp` (ETP 1.2 by default), or the given bundles. Its
 * message map is Etp12MessageMap, Etp11MessageMap for `{ etp: '1.1' }`, or the map given as `M`
 * (e.g. the one `etp-codec types` generated for `extend` bundles).
 */
export function createCodec(options: CodecOptions & { etp: '1.1'; schemas?: undefined }): Codec<Etp11MessageMap>;
export function createCodec<M = Etp12MessageMap>(options?: CodecOptions): Codec<M>;
export function createCodec(options?: CodecOptions): AnyCodec {
  return new Codec(options);
}
