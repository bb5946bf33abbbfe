// The few byte operations the wire layer needs from its platform, the browser's edition (also
// Deno, Bun and workers): TextDecoder and TextEncoder. Same exports as platform.ts, which the
// browser build replaces with this file.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Which edition of the platform module this build carries. */
export const PLATFORM = 'browser';

// Small arrays are views of a shared slab (what Node's Buffer pool does): a typed array of its
// own costs a backing store each, about a microsecond, which a frame per message cannot afford.
const SLAB = 65_536;
let slab = new ArrayBuffer(SLAB);
let slabUsed = 0;

/** `n` bytes: a view of the slab when small (never shared: each view is its own range). */
export function allocBytes(n: number): Uint8Array {
  if (n > SLAB >>> 3) return new Uint8Array(n);
  if (slabUsed + n > SLAB) {
    slab = new ArrayBuffer(SLAB);
    slabUsed = 0;
  }
  const out = new Uint8Array(slab, slabUsed, n);
  slabUsed = (slabUsed + n + 7) & ~7; // the next view starts 8-aligned
  return out;
}

/** The string of utf-8 bytes `start..end`, or undefined when they are not valid utf-8. */
export function utf8Decode(buf: Uint8Array, start: number, end: number): string | undefined {
  try {
    return decoder.decode(buf.subarray(start, end));
  } catch {
    return undefined;
  }
}

/** The string of bytes `start..end`, each below 0x80 (the caller made them: ASCII needs no utf-8 check). */
export function asciiDecode(buf: Uint8Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
}

/** True when `bytes` are valid utf-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return utf8Decode(bytes, 0, bytes.length) !== undefined;
}

/** Writes a well-formed string's utf-8 bytes at `pos` (the caller made `length` bytes of room); returns how many. */
export function utf8Encode(s: string, buf: Uint8Array, pos: number, length: number): number {
  return encoder.encodeInto(s, buf.subarray(pos, pos + length)).written;
}
