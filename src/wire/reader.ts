import { CACHED_STRING_BYTES, cachedString } from './string-cache.js';
import { EtpError } from '../errors.js';
import { readFloat32, readFloat64, readFloats } from './floats.js';
import { MAX_SAFE } from './long.js';
import { allocBytes, utf8Decode } from './platform.js';
import { textInFrame, type Utf8Text } from './utf8-text.js';
import { uuidFromBytes } from './uuid-bytes.js';

/** Decoding limits and representation choices that a {@link Reader} enforces. */
export interface ReaderLimits {
  /** Most array items plus map entries in one message. */
  maxItems: number;
  /** Most items of a type that encodes to zero bytes (null, empty record) in one message. */
  maxEmptyItems: number;
  /** Return `bytes` and `fixed` values as views into the frame instead of copies. */
  bytesView: boolean;
}

/** Strings and bytes of at least this many bytes are "large": they cost about their size in memory. */
export const LARGE_VALUE = 256;

/**
 * Reads Avro primitives from one buffer with bounds checks.
 *
 * Reads past the end are detected in two ways: every length or count is checked against the bytes
 * left before anything is allocated for it, and the single-byte reads of varints simply see
 * `undefined` past the end (which ends the varint), leaving `pos > end` for {@link Reader.checkEnd}
 * to report as truncation. Either way the cost is bounded by the frame's length.
 */
export class Reader {
  buf: Uint8Array;
  pos: number;
  end: number;
  /** Items still allowed in this message. */
  itemsLeft: number;
  /** Zero-byte items still allowed in this message. */
  emptyItemsLeft: number;
  /** Bytes of this message's strings and bytes values of {@link LARGE_VALUE} bytes or more (what costs about its size in memory). */
  large: number;
  readonly limits: ReaderLimits;
  /** Arrays of doubles and floats decode as Float64Array and Float32Array (the codec's floatArrays: 'typed'). */
  typedFloats = false;
  /** String fields decode as {@link Utf8Text} views of the frame, checked and transcoded when first read (the codec's strings: 'utf8'). */
  utf8Text = false;

  constructor(limits: ReaderLimits) {
    this.buf = EMPTY;
    this.pos = 0;
    this.end = 0;
    this.limits = limits;
    this.itemsLeft = limits.maxItems;
    this.emptyItemsLeft = limits.maxEmptyItems;
    this.large = 0;
  }

  /** Points the reader at `buf` (the whole of it is the frame) from `pos`, and resets the budgets. */
  reset(buf: Uint8Array, pos: number): this {
    this.buf = buf;
    this.pos = pos;
    this.end = buf.length;
    this.itemsLeft = this.limits.maxItems;
    this.emptyItemsLeft = this.limits.maxEmptyItems;
    this.large = 0;
    return this;
  }

  /** Throws TRUNCATED when a read went past the end. */
  checkEnd(what: string): void {
    if (this.pos > this.end) throw truncated(`frame of ${this.end} bytes ends inside the ${what}`);
  }

  boolean(): boolean {
    const b = this.buf[this.pos++];
    if (b === 1) return true;
    if (b === 0 || b === undefined) return false; // undefined: past the end, reported by checkEnd
    throw new EtpError('INVALID_DATA', `invalid boolean byte ${b} at offset ${this.pos - 1}`);
  }

  /** A zig-zag varint that must fit in 32 bits. */
  int(): number {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++]!;
    let n = b & 0x7f;
    if (b & 0x80) {
      b = buf[pos++]!;
      n |= (b & 0x7f) << 7;
      if (b & 0x80) {
        b = buf[pos++]!;
        n |= (b & 0x7f) << 14;
        if (b & 0x80) {
          b = buf[pos++]!;
          n |= (b & 0x7f) << 21;
          if (b & 0x80) {
            b = buf[pos++]!;
            if (b > 0x0f) {
              throw new EtpError('INVALID_DATA', `int varint at offset ${this.pos} exceeds 32 bits`);
            }
            n |= b << 28;
          }
        }
      }
    }
    this.pos = pos;
    return (n >>> 1) ^ -(n & 1);
  }

  /** A long as an exact number; LONG_OUT_OF_RANGE beyond ±(2^53 − 1). */
  long(): number {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++]!;
    let n = b & 0x7f;
    if (!(b & 0x80)) {
      this.pos = pos;
      return (n >>> 1) ^ -(n & 1);
    }
    // Bytes 2-4 still fit a 31-bit int (28 payload bits): unrolled.
    b = buf[pos++]!;
    n |= (b & 0x7f) << 7;
    if (b & 0x80) {
      b = buf[pos++]!;
      n |= (b & 0x7f) << 14;
      if (b & 0x80) {
        b = buf[pos++]!;
        n |= (b & 0x7f) << 21;
      }
    }
    if (!(b & 0x80)) {
      this.pos = pos;
      return (n >>> 1) ^ -(n & 1);
    }
    // Beyond 28 bits: value = n + hi * 2^28. Bytes 5-7 (up to 2^49, e.g. timestamps in
    // microseconds) accumulate in an int; longer varints take the general path.
    const start = this.pos;
    let hi = 0;
    b = buf[pos++]!;
    hi = b & 0x7f;
    if (b & 0x80) {
      b = buf[pos++]!;
      hi |= (b & 0x7f) << 7;
      if (b & 0x80) {
        b = buf[pos++]!;
        hi |= (b & 0x7f) << 14;
        if (b & 0x80) {
          hi += readHigh(buf, pos, start, 7) * 2097152; // bytes 8-10: bits 49 and up
          pos = hiEnd;
        }
      }
    }
    this.pos = pos;
    if (hi < 67108864) {
      // u < 2^54: half = floor(u / 2) is exact; zig-zag decodes to half or -(half + 1).
      const half = hi * 134217728 + (n >>> 1);
      if (!(n & 1)) return half;
      if (half < MAX_SAFE) return -half - 1;
    }
    throw new EtpError('LONG_OUT_OF_RANGE', `long at offset ${start} is outside ±(2^53 - 1); decode with longs: 'bigint' to read it`);
  }

  /** A long as a bigint (the whole signed 64-bit range). */
  longBig(): bigint {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++]!;
    let n = b & 0x7f;
    let shift = 7;
    while (b & 0x80 && shift < 28) {
      b = buf[pos++]!;
      n |= (b & 0x7f) << shift;
      shift += 7;
    }
    let u: bigint;
    if (!(b & 0x80)) {
      this.pos = pos;
      u = BigInt(n);
    } else {
      const hi = readHigh(buf, pos, this.pos, 4);
      this.pos = hiEnd;
      u = (BigInt(hi) << 28n) | BigInt(n);
    }
    return (u >> 1n) ^ -(u & 1n);
  }

  float(): number {
    const pos = this.pos;
    if (pos + 4 > this.end) throw truncated(`float at offset ${pos} needs 4 bytes, ${Math.max(this.end - pos, 0)} left`);
    this.pos = pos + 4;
    return readFloat32(this.buf, pos);
  }

  double(): number {
    const pos = this.pos;
    if (pos + 8 > this.end) throw truncated(`double at offset ${pos} needs 8 bytes, ${Math.max(this.end - pos, 0)} left`);
    this.pos = pos + 8;
    return readFloat64(this.buf, pos);
  }

  /** `n` doubles into `out[at..]`, the bytes checked once (an array block's items). */
  doubles(out: number[], at: number, n: number): void {
    const pos = this.pos;
    if (pos + n * 8 > this.end) throw truncated(`${n} doubles at offset ${pos} need ${n * 8} bytes, ${Math.max(this.end - pos, 0)} left`);
    readFloats(Float64Array, this.buf, pos, n, out, at);
    this.pos = pos + n * 8;
  }

  /** `n` floats into `out[at..]`, the bytes checked once. */
  floats(out: number[], at: number, n: number): void {
    const pos = this.pos;
    if (pos + n * 4 > this.end) throw truncated(`${n} floats at offset ${pos} need ${n * 4} bytes, ${Math.max(this.end - pos, 0)} left`);
    readFloats(Float32Array, this.buf, pos, n, out, at);
    this.pos = pos + n * 4;
  }

  /**
   * A whole array of doubles (Float64Array) or floats (Float32Array), every block: its bytes copied
   * once (the wire's little-endian layout is the platform's), whatever their alignment. An array
   * in several blocks grows by doubling (a peer sending one item a block costs linear time).
   */
  floatArray(Type: Float32ArrayConstructor | Float64ArrayConstructor): Float32Array | Float64Array {
    const size = Type.BYTES_PER_ELEMENT;
    let n = this.block(size, 'array');
    let out = new Type(n);
    let at = 0;
    while (n !== 0) {
      if (at + n > out.length) {
        const grown = new Type(Math.max(at + n, out.length * 2));
        grown.set(out.subarray(0, at));
        out = grown;
      }
      new Uint8Array(out.buffer, at * size, n * size).set(this.buf.subarray(this.pos, this.pos + n * size));
      this.pos += n * size;
      at += n;
      n = this.block(size, 'array');
    }
    return at === out.length ? out : out.slice(0, at);
  }

  /** A string or bytes length, checked against the bytes left. */
  length(what: string): number {
    const at = this.pos;
    const len = this.long();
    if (len < 0) throw new EtpError('INVALID_DATA', `negative ${what} length ${len} at offset ${at}`);
    const left = this.end - this.pos;
    if (len > left) throw truncated(`${what} length ${len} exceeds the ${Math.max(left, 0)} bytes left`);
    return len;
  }

  /** A string field's value: a string, or with {@link Reader.utf8Text} a view of its bytes (map keys are always strings). */
  text(): string | Utf8Text {
    return this.utf8Text ? this.textView() : this.string();
  }

  private textView(): Utf8Text {
    const len = this.length('string');
    const start = this.pos;
    this.pos = start + len;
    if (len >= LARGE_VALUE) this.large += len;
    return textInFrame(this.buf, start, start + len);
  }

  string(): string {
    const len = this.length('string');
    const buf = this.buf;
    const start = this.pos;
    const end = start + len;
    this.pos = end;
    if (len >= LARGE_VALUE) this.large += len;
    if (len <= 8) {
      // Tiny strings: building them inline beats a call into C++.
      let s = '';
      for (let i = start; i < end; i++) {
        const c = buf[i]!;
        if (c > 0x7f) return this.utf8(start, end);
        s += String.fromCharCode(c);
      }
      return s;
    }
    if (len <= CACHED_STRING_BYTES) {
      const s = cachedString(buf, start, end);
      if (s === undefined) throw new EtpError('INVALID_DATA', `string at offset ${start} is not valid utf-8`);
      return s;
    }
    return this.utf8(start, end);
  }

  private utf8(start: number, end: number): string {
    const s = utf8Decode(this.buf, start, end);
    if (s === undefined) throw new EtpError('INVALID_DATA', `string at offset ${start} is not valid utf-8`);
    return s;
  }

  bytes(): Uint8Array {
    const len = this.length('bytes');
    const start = this.pos;
    this.pos = start + len;
    return this.slice(start, len);
  }

  fixed(size: number): Uint8Array {
    const start = this.pos;
    if (start + size > this.end) throw truncated(`fixed(${size}) at offset ${start} exceeds the ${Math.max(this.end - start, 0)} bytes left`);
    this.pos = start + size;
    return this.slice(start, size);
  }

  /** A 16-byte fixed as a lowercase UUID string. */
  uuid(): string {
    const start = this.pos;
    if (start + 16 > this.end) throw truncated(`uuid at offset ${start} exceeds the ${Math.max(this.end - start, 0)} bytes left`);
    this.pos = start + 16;
    return uuidFromBytes(this.buf, start);
  }

  private slice(start: number, len: number): Uint8Array {
    const view = this.buf.subarray(start, start + len);
    if (len >= LARGE_VALUE) this.large += len;
    // A view keeps its whole buffer alive (a socket's read buffer, a frame of many values): it is
    // handed out only when it is at least half of that buffer, so what it holds is at most twice
    // its size; a smaller value is copied.
    if (this.limits.bytesView && len * 2 >= view.buffer.byteLength) return view;
    const out = allocBytes(len);
    out.set(view);
    return out;
  }

  /** A union branch index, checked against the number of branches. */
  branch(count: number): number {
    const at = this.pos;
    const i = this.long();
    return i >= 0 && i < count ? i : this.badIndex(i, at, count, 'union branch');
  }

  /** An enum index, checked against the number of symbols. */
  enumIndex(count: number, name: string): number {
    const at = this.pos;
    const i = this.long();
    return i >= 0 && i < count ? i : this.badIndex(i, at, count, `${name} enum index`);
  }

  /** An INVALID_DATA error at the current offset (past the end it is TRUNCATED, as everywhere). */
  invalid(what: string): EtpError {
    if (this.pos > this.end) return truncated(`frame of ${this.end} bytes ends inside a value`);
    return new EtpError('INVALID_DATA', `${what} at offset ${this.pos}`);
  }

  private badIndex(i: number, at: number, count: number, what: string): number {
    if (this.pos > this.end) return 0; // past the end: reported by checkEnd
    throw new EtpError('INVALID_DATA', `${what} ${i} at offset ${at} is not in 0..${count - 1}`);
  }

  /**
   * The item count of the next array or map block (0 at the end of the collection). The count is
   * checked against the bytes left, `minBytes` being the least an item can take, before a single
   * item is read, and against the message's item budgets.
   */
  block(minBytes: number, what: string): number {
    const at = this.pos;
    let n = this.long();
    if (n === 0) return 0;
    if (n < 0) {
      // A negative count is followed by the block's size in bytes.
      n = -n;
      const size = this.long();
      if (size < 0) throw new EtpError('INVALID_DATA', `negative ${what} block size ${size} at offset ${at}`);
      if (size > this.end - this.pos) {
        throw truncated(`${what} block size ${size} exceeds the ${Math.max(this.end - this.pos, 0)} bytes left`);
      }
    }
    const left = this.end - this.pos;
    if (minBytes > 0) {
      if (n * minBytes > left) {
        throw truncated(`${what} count ${n} exceeds the ${Math.max(left, 0)} bytes left`);
      }
    } else if ((this.emptyItemsLeft -= n) < 0) {
      throw new EtpError('LIMIT_EXCEEDED', `${what} of zero-byte items exceeds maxEmptyItems ${this.limits.maxEmptyItems}`);
    }
    if ((this.itemsLeft -= n) < 0) {
      throw new EtpError('LIMIT_EXCEEDED', `message has more than maxItems ${this.limits.maxItems} items`);
    }
    return n;
  }
}

const EMPTY = new Uint8Array(0);

// Where readHigh stopped: a module-level slot rather than an allocated result.
let hiEnd = 0;

/**
 * Reads the varint bytes after the first `done` (payload bits 7 × done and up) as an exact
 * double, and leaves in `hiEnd` the offset after the varint. Rejects varints that do not fit in
 * 64 bits.
 */
function readHigh(buf: Uint8Array, pos: number, start: number, done: number): number {
  let hi = 0;
  let mul = 1;
  let count = done;
  let b: number;
  do {
    b = buf[pos++]!;
    hi += (b & 0x7f) * mul;
    mul *= 128;
    count++;
  } while (b & 0x80 && count < 10);
  // The 10th byte carries only bit 63.
  if (b & 0x80 || (count === 10 && b > 1)) {
    throw new EtpError('INVALID_DATA', `varint at offset ${start} does not fit in 64 bits`);
  }
  hiEnd = pos;
  return hi;
}

function truncated(message: string): EtpError {
  return new EtpError('TRUNCATED', message);
}
