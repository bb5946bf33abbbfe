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

/** The string of bytes `start..end`, all below 0x80 (the caller checked). */
export function asciiDecode(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  // fromCharCode with an argument list, in chunks well below engines' argument limits.
  for (let i = start; i < end; i += 4096) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(i + 4096, end)) as unknown as number[]);
  }
  return s;
}

/** The string of utf-8 bytes `start..end`, or undefined when they are not valid utf-8. */
export function utf8Decode(buf: Uint8Array, start: number, end: number): string | undefined {
  try {
    return decoder.decode(buf.subarray(start, end));
  } catch {
    return undefined;
  }
}

/** The utf-8 length of a well-formed string. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for its 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

/** Writes a well-formed string's utf-8 bytes at `pos` (the caller made `length` bytes of room). */
export function utf8Encode(s: string, buf: Uint8Array, pos: number, length: number): void {
  encoder.encodeInto(s, buf.subarray(pos, pos + length));
}
