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

/** A header and where the bytes after it start. */
export interface PeekedHeader {
  header: MessageHeader;
  /** Offset of the first byte after the header. */
  offset: number;
}

/** Turns any Uint8Array into a Buffer over the same memory (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const peekReader = new Reader({ maxItems: 0, maxEmptyItems: 0, bytesView: true });

/**
 * Reads only the header of a frame, for routing, without touching the rest. Throws TRUNCATED when
 * the frame ends inside the header.
 */
export function peekHeader(frame: Uint8Array): PeekedHeader {
  const r = peekReader.reset(asBuffer(frame), 0);
  const header = readHeader(r);
  return { header, offset: r.pos };
}
