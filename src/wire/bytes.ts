import { allocBytes } from './platform.js';

/** The byte arrays one after the other in one new array (Buffer.concat, on every platform). */
export function concatBytes(list: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const b of list) n += b.length;
  const out = allocBytes(n);
  let pos = 0;
  for (const b of list) {
    out.set(b, pos);
    pos += b.length;
  }
  return out;
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!];
  return s;
}

/** Bytes of an even-length hex string (the caller checked it). */
export function fromHex(hex: string): Uint8Array {
  const out = allocBytes(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
