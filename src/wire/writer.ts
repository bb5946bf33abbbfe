import { EtpError } from '../errors.js';
import { writeFloat32, writeFloat64, writeFloats } from './floats.js';
import type { FramePool } from './frame-pool.js';
import { allocBytes, utf8Encode } from './platform.js';
import { uuidToBytes } from './uuid-bytes.js';

/**
 * Writes Avro primitives into one reusable scratch buffer.
 *
 * The buffer grows (doubling) when a write would not fit, so a message is always encoded in one
 * pass; {@link Writer.copy} then copies the result out once. Values are assumed to be validated by
 * the caller (the compiled encoders check types before writing).
 */
export class Writer {
  buf: Uint8Array;
  pos = 0;
  /**
   * While set, the buffer grows into the pool's buffers once it reaches the pool's minBytes: warm
   * memory instead of fresh (see {@link lendFrame}).
   */
  pool: FramePool | undefined = undefined;

  constructor(initialSize = 4096) {
    this.buf = allocBytes(initialSize);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  private grow(n: number): void {
    const size = Math.max(this.buf.length * 2, this.pos + n);
    const pool = this.pool;
    const pooled = pool !== undefined && size >= pool.minBytes;
    const next = pooled ? pool.take(size) : allocBytes(size);
    next.set(this.buf.subarray(0, this.pos));
    if (pooled) pool.recycle(this.buf);
    this.buf = next;
  }

  /**
   * The bytes written, lent from `pool` instead of copied into fresh memory: when they fill at
   * least a quarter of the writer's buffer, that buffer becomes the frame's and the writer takes
   * another of its size from the pool; else they are copied into a pool buffer of their own size
   * (warm memory), so a lent frame never holds more than four times its length. The frame goes
   * back to the pool once sent. Undefined, lending nothing, below the pool's minBytes.
   */
  lendFrame(pool: FramePool): Uint8Array | undefined {
    const buf = this.buf;
    const n = this.pos;
    if (n < pool.minBytes) return undefined;
    if (n * 4 >= buf.length && pool.lend(buf)) {
      this.buf = pool.take(buf.length);
      return buf.subarray(0, n);
    }
    const out = pool.take(n);
    out.set(buf.subarray(0, n));
    pool.lend(out);
    return out.subarray(0, n);
  }

  /** A copy of the bytes written so far. */
  copy(from = 0): Uint8Array {
    const out = allocBytes(this.pos - from);
    out.set(this.buf.subarray(from, this.pos));
    return out;
  }

  boolean(v: boolean): void {
    this.ensure(1);
    this.buf[this.pos++] = v ? 1 : 0;
  }

  /** A 32-bit int (caller checked the range). */
  int(v: number): void {
    this.ensure(5);
    const buf = this.buf;
    let pos = this.pos;
    let n = ((v << 1) ^ (v >> 31)) >>> 0;
    while (n > 0x7f) {
      buf[pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[pos++] = n;
    this.pos = pos;
  }

  /** A long given as a safe integer (caller checked). */
  long(v: number): void {
    if (v >= -0x40000000 && v < 0x40000000) {
      this.int(v);
      return;
    }
    this.ensure(10);
    const buf = this.buf;
    let pos = this.pos;
    // Zig-zag value u = 2k + s (k = |v| or |v| - 1), formed as two int halves because u can
    // exceed 2^53: lo holds bits 0-27, hi the rest (|v| >= 2^30 makes hi non-zero).
    const neg = v < 0;
    const k = neg ? -v - 1 : v;
    const kHi = Math.floor(k / 0x10000000);
    const lo2 = (k - kHi * 0x10000000) * 2 + (neg ? 1 : 0);
    const lo = lo2 & 0x0fffffff;
    let hi = kHi * 2 + (lo2 >>> 28); // < 2^26: int arithmetic from here on
    buf[pos++] = (lo & 0x7f) | 0x80;
    buf[pos++] = ((lo >>> 7) & 0x7f) | 0x80;
    buf[pos++] = ((lo >>> 14) & 0x7f) | 0x80;
    buf[pos++] = ((lo >>> 21) & 0x7f) | 0x80;
    while (hi > 0x7f) {
      buf[pos++] = (hi & 0x7f) | 0x80;
      hi >>>= 7;
    }
    buf[pos++] = hi;
    this.pos = pos;
  }

  /** A long given as a bigint in the signed 64-bit range (caller checked). */
  longBig(v: bigint): void {
    if (v >= -0x40000000n && v < 0x40000000n) {
      this.int(Number(v));
      return;
    }
    this.ensure(10);
    const buf = this.buf;
    let pos = this.pos;
    let u = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
    while (u > 0x7fn) {
      buf[pos++] = Number(u & 0x7fn) | 0x80;
      u >>= 7n;
    }
    buf[pos++] = Number(u);
    this.pos = pos;
  }

  float(v: number): void {
    this.ensure(4);
    writeFloat32(this.buf, this.pos, v);
    this.pos += 4;
  }

  double(v: number): void {
    this.ensure(8);
    writeFloat64(this.buf, this.pos, v);
    this.pos += 8;
  }

  /**
   * A whole array of doubles (count, items, end): a Float64Array is copied as bytes, a number[]
   * item by item through one view. Returns the index of the first item that is not a number, or -1.
   */
  doubles(x: ArrayLike<unknown>): number {
    return this.floatArray(Float64Array, x);
  }

  /** A whole array of floats, as `doubles` does (a Float32Array is copied as bytes). */
  floats(x: ArrayLike<unknown>): number {
    return this.floatArray(Float32Array, x);
  }

  private floatArray(Type: Float32ArrayConstructor | Float64ArrayConstructor, x: ArrayLike<unknown>): number {
    const n = x.length;
    if (n > 0) {
      this.ensure(11 + n * Type.BYTES_PER_ELEMENT);
      this.long(n);
      const bad = writeFloats(Type, this.buf, this.pos, x, n);
      if (bad >= 0) return bad;
      this.pos += n * Type.BYTES_PER_ELEMENT;
    }
    this.int(0);
    return -1;
  }

  string(s: string): void {
    const len = s.length;
    if (len < 64) {
      // ASCII fast path: a one-byte length prefix, then one byte per character.
      this.ensure(len + 1);
      const buf = this.buf;
      const start = this.pos;
      let p = start + 1;
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) break;
        buf[p++] = c;
      }
      if (i === len) {
        buf[start] = len << 1;
        this.pos = p;
        return;
      }
    }
    if (!s.isWellFormed()) {
      throw new EtpError('INVALID_VALUE', 'string has a lone surrogate and cannot be encoded as utf-8');
    }
    // One pass over the text: its bytes are written after room for the longest length prefix
    // it could need (3 bytes a UTF-16 unit), then moved back if the real prefix is shorter.
    const max = len * 3;
    const head = varintBytes(max);
    this.ensure(head + max);
    const buf = this.buf;
    const start = this.pos;
    const n = utf8Encode(s, buf, start + head, max);
    const size = varintBytes(n);
    if (size !== head) buf.copyWithin(start + size, start + head, start + head + n);
    // The prefix goes in the room already made (a call to long() could grow the buffer and lose the text).
    let u = n * 2;
    let p = start;
    while (u >= 128) {
      buf[p++] = (u % 128) | 0x80;
      u = Math.floor(u / 128);
    }
    buf[p] = u;
    this.pos = start + size + n;
  }

  bytes(b: Uint8Array): void {
    const n = b.length;
    this.long(n);
    this.ensure(n);
    this.buf.set(b, this.pos);
    this.pos += n;
  }

  fixed(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  uuid(s: string): void {
    this.ensure(16);
    uuidToBytes(s, this.buf, this.pos);
    this.pos += 16;
  }
}

/** The bytes of the zig-zag varint of a length (non-negative, below 2^53). */
function varintBytes(n: number): number {
  let u = n * 2;
  let size = 1;
  while (u >= 128) {
    u = Math.floor(u / 128);
    size++;
  }
  return size;
}
