import { utf8Decode } from './platform.js';

// Short strings decoded once and handed out again: ETP repeats its short strings (roles, formats,
// capability names, content types, map keys) in every message, and a string made from bytes it
// was made from before is the same string. One fixed table per process: SLOTS entries of at most
// WIDTH bytes, each slot holding the last string that hashed to it (about 200 KB in all).

/** Strings of at most this many utf-8 bytes are looked up; longer ones are always decoded. */
export const CACHED_STRING_BYTES = 32;
const SLOTS = 4096;
const keys = new Uint8Array(SLOTS * CACHED_STRING_BYTES);
const lengths = new Uint8Array(SLOTS);
const strings: string[] = new Array<string>(SLOTS).fill('');
const seen = new Int32Array(SLOTS);

/**
 * The string of the utf-8 bytes `start..end` (3 to CACHED_STRING_BYTES of them), from the
 * table when the same bytes were decoded last into its slot; undefined when they are not valid utf-8.
 */
export function cachedString(buf: Uint8Array, start: number, end: number): string | undefined {
  const n = end - start;
  // The slot from the length and a few bytes (first, middle, last): O(1), so that a string met
  // once costs next to nothing; a hit compares every byte.
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  h = Math.imul(h ^ (buf[start]! | (buf[start + 1]! << 8) | (buf[start + 2]! << 16)), 0x01000193);
  h = Math.imul(h ^ (buf[end - 1]! | (buf[end - 2]! << 8) | (buf[end - 3]! << 16)), 0x01000193);
  h = Math.imul(h ^ buf[start + (n >>> 1)]!, 0x01000193);
  const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
  const at = slot * CACHED_STRING_BYTES;
  if (lengths[slot] === n) {
    let i = 0;
    while (i < n && keys[at + i] === buf[start + i]) i++;
    if (i === n) return strings[slot];
  }
  const s = utf8Decode(buf, start, end);
  if (s === undefined) return undefined;
  // Kept only when seen a second time (the hash of the last miss in this slot says): strings that
  // never repeat (names, ids) cost a number written, not a string held and its bytes copied.
  if (seen[slot] !== h) {
    seen[slot] = h;
    return s;
  }
  for (let i = 0; i < n; i++) keys[at + i] = buf[start + i]!;
  lengths[slot] = n;
  strings[slot] = s;
  return s;
}

/**
 * The string of the utf-8 bytes `start..end`, however many: up to 8 ASCII bytes built inline
 * (cheaper than a call into the platform), up to CACHED_STRING_BYTES from the table, longer ones
 * decoded; undefined when they are not valid utf-8.
 */
export function textAt(buf: Uint8Array, start: number, end: number): string | undefined {
  const len = end - start;
  if (len <= 8) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c > 0x7f) return utf8Decode(buf, start, end);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return len <= CACHED_STRING_BYTES ? cachedString(buf, start, end) : utf8Decode(buf, start, end);
}
