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
