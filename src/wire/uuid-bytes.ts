import { EtpError } from '../errors.js';
import { asciiDecode } from './platform.js';

// The uuid package's parse/stringify accept only RFC 9562 UUIDs (version and variant bits set);
// ETP Uuid values are any 16 bytes, so the wire form is converted here without that check.

// The 36 characters of a uuid are made in these bytes (the dashes stay) and read as one flat
// string: joining 20 pieces would make a tree of strings that every later read flattens.
const TEXT = new Uint8Array(36).fill(45);
const DIGIT = new Uint8Array(16);
for (let i = 0; i < 16; i++) DIGIT[i] = '0123456789abcdef'.charCodeAt(i);
// Where each byte's two hex digits start in the 8-4-4-4-12 form.
const DIGITS_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/** Formats 16 bytes at `pos` as a lowercase `8-4-4-4-12` UUID string. */
export function uuidFromBytes(buf: Uint8Array, pos: number): string {
  for (let i = 0; i < 16; i++) {
    const b = buf[pos + i]!;
    const j = DIGITS_AT[i]!;
    TEXT[j] = DIGIT[b >> 4]!;
    TEXT[j + 1] = DIGIT[b & 15]!;
  }
  return asciiDecode(TEXT, 0, 36);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a string in `8-4-4-4-12` hex form (any version, any case). */
export function isUuidString(v: unknown): v is string {
  return typeof v === 'string' && v.length === 36 && UUID_RE.test(v);
}

// Value of each hex digit by character code; 255 for anything else.
const NIBBLE = new Uint8Array(128).fill(255);
for (let i = 0; i < 10; i++) NIBBLE[48 + i] = i;
for (let i = 0; i < 6; i++) NIBBLE[65 + i] = NIBBLE[97 + i] = 10 + i;

/** Writes the 16 bytes of a UUID string into `buf` at `pos`; INVALID_VALUE when it is not one. */
export function uuidToBytes(s: string, buf: Uint8Array, pos: number): void {
  if (
    s.length === 36 &&
    s.charCodeAt(8) === 45 && // '-'
    s.charCodeAt(13) === 45 &&
    s.charCodeAt(18) === 45 &&
    s.charCodeAt(23) === 45
  ) {
    let bad = 0;
    for (let i = 0; i < 16; i++) {
      const j = DIGITS_AT[i]!;
      const hi = nibble(s.charCodeAt(j));
      const lo = nibble(s.charCodeAt(j + 1));
      bad |= hi | lo;
      buf[pos + i] = (hi << 4) | lo;
    }
    if (bad < 16) return;
  }
  throw new EtpError('INVALID_VALUE', `invalid uuid ${JSON.stringify(s)}`);
}

function nibble(c: number): number {
  return c < 128 ? NIBBLE[c]! : 255;
}
