import { isUtf8 } from 'node:buffer';

// The few byte operations the wire layer needs from its platform, Node's edition: Buffer's
// unchecked utf-8 methods (they take any Uint8Array) and uninitialised allocation.
// The browser build swaps this file for platform.browser.ts (same exports), chosen at build
// time through the package's `browser` export condition: no sniffing in hot loops.

type Slice = (this: Uint8Array, start: number, end: number) => string;
type Write = (this: Uint8Array, s: string, offset: number, length: number) => number;
const proto = Buffer.prototype as unknown as { utf8Slice: Slice; utf8Write: Write; latin1Slice: Slice };
const { utf8Slice, utf8Write, latin1Slice } = proto;

/** Which edition of the platform module this build carries. */
export const PLATFORM = 'node';

/** `n` bytes, uninitialised (a Buffer from Node's pool: it is a Uint8Array). */
export function allocBytes(n: number): Uint8Array {
  return Buffer.allocUnsafe(n);
}

/** The string of utf-8 bytes `start..end`, or undefined when they are not valid utf-8. */
export function utf8Decode(buf: Uint8Array, start: number, end: number): string | undefined {
  const s = utf8Slice.call(buf, start, end);
  // utf8Slice replaces invalid sequences with U+FFFD: a string without one came from valid bytes;
  // one with it is checked (the text may hold U+FFFD itself), and refused rather than corrupted.
  if (s.indexOf('\ufffd') < 0 || isUtf8(buf.subarray(start, end))) return s;
  return undefined;
}

/** The string of bytes `start..end`, each below 0x80 (the caller made them: ASCII needs no utf-8 check). */
export function asciiDecode(buf: Uint8Array, start: number, end: number): string {
  return latin1Slice.call(buf, start, end);
}

/** True when `bytes` are valid utf-8 (checked natively, no string made). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Writes a well-formed string's utf-8 bytes at `pos` (the caller made `length` bytes of room); returns how many. */
export function utf8Encode(s: string, buf: Uint8Array, pos: number, length: number): number {
  return utf8Write.call(buf, s, pos, length);
}
