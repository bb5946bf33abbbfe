import { isUtf8 } from 'node:buffer';

// The few byte operations the wire layer needs from its platform, Node's edition: Buffer's
// unchecked utf-8 and latin1 methods (they take any Uint8Array) and uninitialised allocation.
// The browser build swaps this file for platform.browser.ts (same exports), chosen at build
// time through the package's `browser` export condition: no sniffing in hot loops.

type Slice = (this: Uint8Array, start: number, end: number) => string;
type Write = (this: Uint8Array, s: string, offset: number, length: number) => number;
const proto = Buffer.prototype as unknown as { utf8Slice: Slice; latin1Slice: Slice; utf8Write: Write };
const { utf8Slice, latin1Slice, utf8Write } = proto;

/** Which edition of the platform module this build carries. */
export const PLATFORM = 'node';

/** `n` bytes, uninitialised (a Buffer from Node's pool: it is a Uint8Array). */
export function allocBytes(n: number): Uint8Array {
  return Buffer.allocUnsafe(n);
}

/** The string of bytes `start..end`, all below 0x80 (the caller checked). */
export function asciiDecode(buf: Uint8Array, start: number, end: number): string {
  return latin1Slice.call(buf, start, end);
}

/** The string of utf-8 bytes `start..end`, or undefined when they are not valid utf-8. */
export function utf8Decode(buf: Uint8Array, start: number, end: number): string | undefined {
  // utf8Slice would replace invalid sequences with U+FFFD: refuse them instead of corrupting.
  if (!isUtf8(buf.subarray(start, end))) return undefined;
  return utf8Slice.call(buf, start, end);
}

/** The utf-8 length of a well-formed string. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Writes a well-formed string's utf-8 bytes at `pos` (the caller made `length` bytes of room). */
export function utf8Encode(s: string, buf: Uint8Array, pos: number, length: number): void {
  utf8Write.call(buf, s, pos, length);
}
