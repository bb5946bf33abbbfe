import { EtpError } from '../errors.js';

// The uuid package's parse/stringify accept only RFC 9562 UUIDs (version and variant bits set);
// ETP Uuid values are any 16 bytes, so the wire form is converted here without that check.

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i + 0x100).toString(16).slice(1));

/** Formats 16 bytes at `pos` as a lowercase `8-4-4-4-12` UUID string. */
export function uuidFromBytes(buf: Uint8Array, pos: number): string {
  const h = HEX;
  return (
    h[buf[pos]!]! +
    h[buf[pos + 1]!]! +
    h[buf[pos + 2]!]! +
    h[buf[pos + 3]!]! +
    '-' +
    h[buf[pos + 4]!]! +
    h[buf[pos + 5]!]! +
    '-' +
    h[buf[pos + 6]!]! +
    h[buf[pos + 7]!]! +
    '-' +
    h[buf[pos + 8]!]! +
    h[buf[pos + 9]!]! +
    '-' +
    h[buf[pos + 10]!]! +
    h[buf[pos + 11]!]! +
    h[buf[pos + 12]!]! +
    h[buf[pos + 13]!]! +
    h[buf[pos + 14]!]! +
    h[buf[pos + 15]!]!
  );
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

// Where each byte's two hex digits start in the 8-4-4-4-12 form.
const DIGITS_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

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
