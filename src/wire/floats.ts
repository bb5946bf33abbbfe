// IEEE floats in and out of byte arrays through scratch typed arrays: what Node's readDoubleLE
// does inside, on every platform, with no DataView per frame. Avro floats are little-endian, and
// so is every platform that runs JavaScript today; a big-endian one is refused at load.

const f32 = new Float32Array(1);
const b32 = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const b64 = new Uint8Array(f64.buffer);
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('etp-codec needs a little-endian platform');

/** The scratch views, for code generated to write floats inline (set the float, copy its bytes). */
export const FLOAT_SCRATCH = { F32: f32, B32: b32, F64: f64, B64: b64 } as const;

/** The float at `pos` (the caller checked that 4 bytes are there). */
export function readFloat32(buf: Uint8Array, pos: number): number {
  b32[0] = buf[pos]!;
  b32[1] = buf[pos + 1]!;
  b32[2] = buf[pos + 2]!;
  b32[3] = buf[pos + 3]!;
  return f32[0]!;
}

/** The double at `pos` (the caller checked that 8 bytes are there). */
export function readFloat64(buf: Uint8Array, pos: number): number {
  b64[0] = buf[pos]!;
  b64[1] = buf[pos + 1]!;
  b64[2] = buf[pos + 2]!;
  b64[3] = buf[pos + 3]!;
  b64[4] = buf[pos + 4]!;
  b64[5] = buf[pos + 5]!;
  b64[6] = buf[pos + 6]!;
  b64[7] = buf[pos + 7]!;
  return f64[0]!;
}

/** Writes a float at `pos` (the caller made room). */
export function writeFloat32(buf: Uint8Array, pos: number, v: number): void {
  f32[0] = v;
  buf[pos] = b32[0]!;
  buf[pos + 1] = b32[1]!;
  buf[pos + 2] = b32[2]!;
  buf[pos + 3] = b32[3]!;
}

/** Writes a double at `pos` (the caller made room). */
export function writeFloat64(buf: Uint8Array, pos: number, v: number): void {
  f64[0] = v;
  buf[pos] = b64[0]!;
  buf[pos + 1] = b64[1]!;
  buf[pos + 2] = b64[2]!;
  buf[pos + 3] = b64[3]!;
  buf[pos + 4] = b64[4]!;
  buf[pos + 5] = b64[5]!;
  buf[pos + 6] = b64[6]!;
  buf[pos + 7] = b64[7]!;
}

type FloatArrayType = Float32ArrayConstructor | Float64ArrayConstructor;

/** Below this many items a run of floats is copied one at a time (a view costs more than it saves). */
const BULK = 16;

/**
 * Reads `n` floats of `Type` (Float32Array or Float64Array) at `pos` into `out[at..]` (the caller
 * checked that the bytes are there): through one typed view of the bytes when they are aligned,
 * else one DataView, instead of a scratch round trip per item.
 */
export function readFloats(Type: FloatArrayType, buf: Uint8Array, pos: number, n: number, out: number[], at: number): void {
  const size = Type.BYTES_PER_ELEMENT;
  if (n < BULK) {
    for (let i = 0; i < n; i++) out[at + i] = size === 8 ? readFloat64(buf, pos + i * 8) : readFloat32(buf, pos + i * 4);
    return;
  }
  const offset = buf.byteOffset + pos;
  if (offset % size === 0) {
    const view = new Type(buf.buffer as ArrayBuffer, offset, n);
    for (let i = 0; i < n; i++) out[at + i] = view[i]!;
  } else if (size === 8) {
    const view = new DataView(buf.buffer, offset, n * 8);
    for (let i = 0; i < n; i++) out[at + i] = view.getFloat64(i * 8, true);
  } else {
    const view = new DataView(buf.buffer, offset, n * 4);
    for (let i = 0; i < n; i++) out[at + i] = view.getFloat32(i * 4, true);
  }
}

/**
 * Writes `n` items of `x` as floats of `Type` at `pos` (the caller made room). A typed array of
 * exactly `Type` is copied as bytes; anything else item by item. Returns the index of the first
 * item that is not a number (nothing after it is meaningful), or -1.
 */
export function writeFloats(Type: FloatArrayType, buf: Uint8Array, pos: number, x: ArrayLike<unknown>, n: number): number {
  const size = Type.BYTES_PER_ELEMENT;
  if (x instanceof Type) {
    buf.set(new Uint8Array(x.buffer, x.byteOffset, n * size), pos);
    return -1;
  }
  const offset = buf.byteOffset + pos;
  const aligned = offset % size === 0;
  const view = aligned ? new Type(buf.buffer as ArrayBuffer, offset, n) : new Type(n);
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (typeof v !== 'number') return i;
    view[i] = v;
  }
  if (!aligned) buf.set(new Uint8Array(view.buffer, 0, n * size), pos);
  return -1;
}
