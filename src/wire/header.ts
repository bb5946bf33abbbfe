import { EtpError } from '../errors.js';
import { INT_MAX, INT_MIN } from './long.js';
import { Reader } from './reader.js';
import type { Writer } from './writer.js';

/**
 * The ETP MessageHeader (same five fields, same order, in ETP 1.1 and 1.2). Ids are always numbers:
 * an id beyond ±(2^53 − 1) is reported as LONG_OUT_OF_RANGE, whatever the long mode.
 */
export interface MessageHeader {
  protocol: number;
  messageType: number;
  correlationId: number;
  messageId: number;
  messageFlags: number;
}

/** Reads a header at the reader's position. */
export function readHeader(r: Reader): MessageHeader {
  const header: MessageHeader = {
    protocol: r.int(),
    messageType: r.int(),
    correlationId: r.long(),
    messageId: r.long(),
    messageFlags: r.int(),
  };
  r.checkEnd('message header');
  return header;
}

/** Writes a header after checking each field. */
export function writeHeader(w: Writer, h: MessageHeader): void {
  if (h === null || typeof h !== 'object') {
    throw new EtpError('INVALID_VALUE', 'header must be an object');
  }
  w.int(checkInt(h.protocol, 'protocol'));
  w.int(checkInt(h.messageType, 'messageType'));
  w.long(checkId(h.correlationId, 'correlationId'));
  w.long(checkId(h.messageId, 'messageId'));
  w.int(checkInt(h.messageFlags, 'messageFlags'));
}

function checkInt(v: unknown, name: string): number {
  if (typeof v === 'number' && (v | 0) === v) return v;
  throw new EtpError('INVALID_VALUE', `header.${name} must be an int in ${INT_MIN}..${INT_MAX}, got ${String(v)}`);
}

function checkId(v: unknown, name: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(v);
  }
  if (v === undefined) return 0;
  throw new EtpError('INVALID_VALUE', `header.${name} must be a safe integer, got ${String(v)}`);
}

const peekReader = new Reader({ maxItems: 0, maxEmptyItems: 0, bytesView: true });

/**
 * Reads only the header of a frame, for routing, without touching the rest. Throws TRUNCATED when
 * the frame ends inside the header.
 */
export function peekHeader(frame: Uint8Array): MessageHeader {
  // Fast path for the usual header: short varints read with plain arithmetic. Anything unusual
  // (ids of 2^48 or more, ints beyond 32 bits, a frame that ends early) gives NaN and is read
  // again by the exact reader, which decides values and errors.
  cursor = 0;
  const protocol = smallInt(frame);
  const messageType = smallInt(frame);
  const correlationId = smallLong(frame);
  const messageId = smallLong(frame);
  const messageFlags = smallInt(frame);
  // NaN in any field makes the sum NaN.
  if (!Number.isNaN(protocol + messageType + correlationId + messageId + messageFlags)) {
    return { protocol, messageType, correlationId, messageId, messageFlags };
  }
  return readHeader(peekReader.reset(frame, 0));
}

let cursor = 0;

function smallInt(b: Uint8Array): number {
  const v = smallVarint(b, 5);
  return (v | 0) === v ? v : NaN;
}

function smallLong(b: Uint8Array): number {
  return smallVarint(b, 7); // 7 bytes: 49 bits, exact in a double
}

function smallVarint(b: Uint8Array, maxBytes: number): number {
  let u = 0;
  let mul = 1;
  for (let i = 0; i < maxBytes; i++) {
    const c = b[cursor++];
    if (c === undefined) return NaN;
    u += (c & 0x7f) * mul;
    if (c < 0x80) return u % 2 ? -(u + 1) / 2 : u / 2;
    mul *= 128;
  }
  return NaN;
}

/** Where each of the five header fields of an encoded frame ends (varint by varint, nothing decoded). */
function fieldEnds(frame: Uint8Array): number[] {
  const ends: number[] = [];
  let pos = 0;
  for (let field = 0; field < 5; field++) {
    while (pos < frame.length && frame[pos]! & 0x80) pos++;
    if (pos >= frame.length) throw new EtpError('TRUNCATED', `frame of ${frame.length} bytes ends inside the message header`);
    ends.push(++pos);
  }
  return ends;
}

/** The number of bytes the header of an encoded frame takes (what follows it may be compressed). */
export function headerLength(frame: Uint8Array): number {
  return fieldEnds(frame)[4]!;
}

/**
 * Rewrites the messageFlags of an encoded frame in place (the last header field). Flags 0..63
 * take one byte, so FIN or the Compressed bit can be set on a frame already sized and encoded;
 * INVALID_VALUE when old or new flags would not fit in that one byte.
 */
export function setFlags(frame: Uint8Array, flags: number): void {
  const ends = fieldEnds(frame);
  if (ends[4]! - ends[3]! !== 1 || !Number.isInteger(flags) || flags < 0 || flags > 63) {
    throw new EtpError('INVALID_VALUE', `cannot rewrite messageFlags ${flags} in place`);
  }
  frame[ends[4]! - 1] = flags << 1;
}
