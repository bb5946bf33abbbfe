// The few byte operations the wire layer needs from its platform, the browser's edition (also
// Deno, Bun and workers): TextDecoder and TextEncoder. Same exports as platform.ts, which the
// browser build replaces with this file.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Which edition of the platform module this build carries. */
export const PLATFORM = 'browser';

/** `n` bytes. */
export function allocBytes(n: number): Uint8Array {
  return new Uint8Array(n);
}

/** The string of utf-8 bytes `start..end`, or undefined when they are not valid utf-8. */
export function utf8Decode(buf: Uint8Array, start: number, end: number): string | undefined {
  try {
    return decoder.decode(buf.subarray(start, end));
  } catch {
    return undefined;
  }
}

/** Writes a well-formed string's utf-8 bytes at `pos` (the caller made `length` bytes of room); returns how many. */
export function utf8Encode(s: string, buf: Uint8Array, pos: number, length: number): number {
  return encoder.encodeInto(s, buf.subarray(pos, pos + length)).written;
}
