import type { AnyCodec, EncodedFrame, EtpMessage, MessageHeaderExtension } from '../codec/codec.js';
import type { AvroType } from '../schema/avro-types.js';
import { EtpError } from '../errors.js';
import { ACKNOWLEDGE } from '../schema/etp.js';
import { MessageFlags } from '../wire/flags.js';
import type { MessageHeader } from '../wire/header.js';
import type { MessageIds } from './ids.js';
import { splitBody } from './parts.js';
import type { FramePool } from '../wire/frame-pool.js';

/** One message to send. */
export interface Outgoing {
  protocol: number;
  messageType: number;
  body: unknown;
  /** The id of the message this answers; 0 for a request or notification. */
  correlationId: number;
  /** Flags besides those of parts (which the outbox sets from the ETP version's profile): AcknowledgementRequested. */
  flags: number;
  extension?: MessageHeaderExtension;
}

/** What the outbox needs from its session. */
export interface OutboxOptions {
  codec: AnyCodec;
  ids: MessageIds;
  /** Hands one frame to the transport. */
  send: (frame: Uint8Array) => void;
  onTraffic?: (direction: 'in' | 'out', header: MessageHeader, name: string, bytes: number, frame: Uint8Array) => void;
  /** Compress (when negotiated) frames larger than this. */
  compressAbove: number;
  /**
   * Lend large frames from this pool instead of copying them out: `send` must give each frame the
   * pool lent (`pool.isLent(frame)`) back once its bytes left. Default: none, every frame is its own.
   */
  framePool?: FramePool;
}

/**
 * The sending side of a session: encodes each message once, splits a multipart type that does not
 * fit into parts encoded with the very headers they are sent with, compresses when gzip was
 * negotiated, and numbers frames in the order they reach the transport. Each frame travels with
 * the header it was encoded with: nothing sent is read back from its bytes.
 */
export class Outbox {
  /** The largest frame the peer accepts (the negotiated size once the session is open). */
  maxBytes: number;
  /** True when gzip was negotiated. */
  compress = false;

  constructor(
    private readonly o: OutboxOptions,
    maxBytes: number,
  ) {
    this.maxBytes = maxBytes;
  }

  /** The id the next message will take. */
  nextId(): number {
    return this.o.ids.peek();
  }

  /**
   * Sends a message, in parts when its type is multipart and it does not fit one frame, and
   * returns its messageId (the first part's). Throws MESSAGE_TOO_LARGE before anything is sent
   * when it cannot be sent.
   */
  send(m: Outgoing): number {
    const codec = this.o.codec;
    const profile = codec.profile;
    const first = this.o.ids.peek();
    // Parts of a response all carry the request's id; later parts of a multipart request or
    // notification carry the first part's id. Part i takes the i-th next id.
    const header = (i: number, fin: boolean): MessageHeader => ({
      protocol: m.protocol,
      messageType: m.messageType,
      correlationId: m.correlationId !== 0 || i === 0 ? m.correlationId : first,
      messageId: this.o.ids.peek(i),
      messageFlags: m.flags | (fin ? profile.wholeFlags : profile.partFlags),
    });
    const encode = (message: EtpMessage): EncodedFrame | undefined => this.fitting(encodeWithin(codec, message, this.o.framePool));
    const whole = encode({ header: header(0, true), body: m.body, extension: m.extension });
    if (whole !== undefined) {
      this.o.ids.take(1);
      this.transmit(whole);
      return first;
    }
    const info = codec.lookup(m);
    if (!info.multipart) {
      const frame = encodeWithin(codec, { header: header(0, true), body: m.body, extension: m.extension }, undefined);
      const size = frame === undefined ? `more than ${codec.options.maxMessageBytes}` : String(frame.bytes.length);
      throw new EtpError('MESSAGE_TOO_LARGE', `${info.name} of ${size} bytes exceeds the negotiated ${this.maxBytes} bytes and is not a multipart message`);
    }
    // Every part is sized by encoding it with the header it will carry; the frames measured are
    // the frames sent. The last part's flags (FIN) are set in place (its header rewritten).
    const frames = splitBody(info.type as AvroType, m.body, (part, i) => encode({ header: header(i, false), body: part, extension: i === 0 ? m.extension : undefined }), this.discard);
    this.finish(frames);
    // The ids are taken before the first part goes, so nothing sent meanwhile can reuse one.
    this.o.ids.take(frames.length);
    for (const frame of frames) this.transmit(frame);
    return first;
  }

  /**
   * Sends several messages as the parts of one multipart message, each split to fit when its type
   * is multipart (a response's successes, then ProtocolException parts holding its per-item
   * errors): FIN on the very last frame only. Returns the first id; throws MESSAGE_TOO_LARGE
   * before anything is sent when a message cannot be split to fit.
   */
  sendSplit(m: Omit<Outgoing, 'body' | 'messageType'>, messages: readonly { messageType: number; body: unknown }[]): number {
    const codec = this.o.codec;
    const profile = codec.profile;
    const first = this.o.ids.peek();
    const frames: EncodedFrame[] = [];
    for (const b of messages) {
      const at = frames.length;
      const header = (i: number): MessageHeader => ({
        protocol: m.protocol,
        messageType: b.messageType,
        correlationId: m.correlationId !== 0 || at + i === 0 ? m.correlationId : first,
        messageId: this.o.ids.peek(at + i),
        messageFlags: m.flags | profile.partFlags,
      });
      const encode = (body: unknown, i: number): EncodedFrame | undefined =>
        this.fitting(encodeWithin(codec, { header: header(i), body, extension: at + i === 0 ? m.extension : undefined }, this.o.framePool));
      const whole = encode(b.body, 0);
      if (whole !== undefined) {
        frames.push(whole);
        continue;
      }
      const info = codec.lookup({ protocol: m.protocol, messageType: b.messageType });
      if (!info.multipart) throw new EtpError('MESSAGE_TOO_LARGE', `${info.name} exceeds the negotiated ${this.maxBytes} bytes and is not a multipart message`);
      frames.push(...splitBody(info.type as AvroType, b.body, (part, i) => encode(part, i), this.discard));
    }
    this.finish(frames);
    this.o.ids.take(frames.length);
    for (const frame of frames) this.transmit(frame);
    return first;
  }

  /**
   * Sends several whole messages as the parts of one multipart message (each must fit one frame):
   * an ETP 1.1 response of N GetResourcesResponse, or ETP 1.2 parts of different answer types
   * (GetFrameResponseHeader, then GetFrameResponseRows). The ids are taken at once; returns the
   * first. An empty list is ETP 1.1's empty result, Acknowledge with NoData; ETP 1.2 has none
   * (INVALID_VALUE: answer with one message and an empty collection).
   */
  sendEach(m: Omit<Outgoing, 'body'>, bodies: readonly { messageType: number; body: unknown }[]): number {
    const profile = this.o.codec.profile;
    const first = this.o.ids.peek();
    if (bodies.length === 0) {
      if (!profile.wholeMessageParts) throw new EtpError('INVALID_VALUE', 'etp 1.2 has no empty multipart response: send one response with an empty collection');
      return this.send({ ...m, messageType: ACKNOWLEDGE, body: {}, flags: m.flags | MessageFlags.NoData });
    }
    // ETP 1.2: one answer is a message like any other (split when it does not fit). ETP 1.1: a
    // multipart response of one message is still flagged as one, MultiPart | FinalPart (0x03).
    if (bodies.length === 1 && !profile.wholeMessageParts) return this.send({ ...m, ...bodies[0]! });
    const frames = bodies.map((b, i) => {
      const last = i === bodies.length - 1;
      const header: MessageHeader = {
        protocol: m.protocol,
        messageType: b.messageType,
        correlationId: m.correlationId !== 0 || i === 0 ? m.correlationId : first,
        messageId: this.o.ids.peek(i),
        messageFlags: m.flags | (last ? profile.lastPartFlags : profile.partFlags),
      };
      const frame = encodeWithin(this.o.codec, { header, body: b.body, extension: i === 0 ? m.extension : undefined }, undefined);
      if (frame === undefined || frame.bytes.length > this.maxBytes) {
        throw new EtpError('MESSAGE_TOO_LARGE', `part ${i + 1} of ${bodies.length} (${this.o.codec.lookup(header).name}) exceeds the negotiated ${this.maxBytes} bytes`);
      }
      return frame;
    });
    this.o.ids.take(frames.length);
    for (const frame of frames) this.transmit(frame);
    return first;
  }

  /** The frame when it fits the peer's limit; a frame that does not is given back to the pool. */
  private fitting(frame: EncodedFrame | undefined): EncodedFrame | undefined {
    if (frame === undefined || frame.bytes.length <= this.maxBytes) return frame;
    this.discard(frame);
    return undefined;
  }

  /** A frame that will not be sent: given back to the pool when it was lent. */
  private readonly discard = (frame: EncodedFrame): void => {
    this.o.framePool?.give(frame.bytes);
  };

  /** Marks the last frame of a multipart message as the last part (its header rewritten, nothing read back). */
  private finish(frames: EncodedFrame[]): void {
    const at = frames.length - 1;
    const last = frames[at]!;
    frames[at] = this.o.codec.withFlags(last, last.header.messageFlags | this.o.codec.profile.lastPartFlags);
    if (frames[at]!.bytes !== last.bytes) this.discard(last);
  }

  /** Compresses when worth it, reports and hands the frame to the transport. */
  private transmit(frame: EncodedFrame): void {
    let out = frame;
    const codec = this.o.codec;
    if (this.compress && frame.bytes.length > this.o.compressAbove && codec.profile.mayCompress(frame.header)) {
      const packed = codec.compressFrame(frame);
      if (packed.bytes.length < frame.bytes.length) {
        out = packed;
        this.discard(frame);
      }
    }
    this.o.onTraffic?.('out', out.header, out.name, out.bytes.length, out.bytes);
    this.o.send(out.bytes);
  }
}

/** The encoded message, or undefined when it exceeds the codec's own maxMessageBytes. */
function encodeWithin(codec: AnyCodec, message: EtpMessage, pool: FramePool | undefined): EncodedFrame | undefined {
  try {
    return codec.encodeFrame(message, pool);
  } catch (err) {
    if (err instanceof EtpError && err.code === 'MESSAGE_TOO_LARGE') return undefined;
    throw err;
  }
}
