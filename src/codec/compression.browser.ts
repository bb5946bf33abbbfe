import { Gunzip, gzipSync } from 'fflate';
import { EtpError } from '../errors.js';
import type { Compressor } from './compressor.js';

// gzip in the browser build: fflate, synchronous like the rest of the codec. Same export as
// compression.ts, which the browser build replaces with this file.

/** Compressed bytes fed to the inflater at a time: what one step can produce is bounded by it (deflate expands at most 1032:1). */
const SLICE = 16_384;

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const n = Math.min(bytes.length, 3);
  if ([0x1f, 0x8b, 8].some((b, i) => i < n && bytes[i] !== b)) throw new EtpError('BAD_COMPRESSION', 'gzip payload cannot be decompressed: invalid gzip header');
  if (bytes.length < 18) throw new EtpError('TRUNCATED', `gzip payload of ${bytes.length} bytes is shorter than a gzip member`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let memberBytes = 0;
  const inflater = new Gunzip((chunk) => {
    total += chunk.length;
    memberBytes += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    if (chunk.length > 0) chunks.push(chunk);
  });
  // A member after the first: the previous one's trailer ends where it begins; check its length field.
  inflater.onmember = (offset) => {
    checkLength(bytes, offset, memberBytes);
    memberBytes = 0;
  };
  try {
    // Every slice as not final, then an empty final push: fflate reads a member that follows
    // another only when more input may come.
    for (let i = 0; i < bytes.length; i += SLICE) inflater.push(bytes.subarray(i, Math.min(i + SLICE, bytes.length)), false);
    inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof EtpError) throw err;
    const e = err as Error & { code?: number };
    if (e.code === 0) throw new EtpError('TRUNCATED', `gzip payload of ${bytes.length} bytes ends before its member does`, { cause: err });
    // A later member's header that is not one: bytes that follow the gzip data (zlib's reading too).
    if (e.code === 6) throw new EtpError('TRAILING_BYTES', 'bytes that are not a gzip member follow the gzip payload', { cause: err });
    throw new EtpError('BAD_COMPRESSION', `gzip payload cannot be decompressed: ${e.message.toLowerCase()}`, { cause: err });
  }
  // The last member's trailer is the payload's last 8 bytes: a payload cut inside it, or followed
  // by other bytes, fails the length check (fflate's streaming inflate does not compute the CRC).
  checkLength(bytes, bytes.length, memberBytes);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

/** The ISIZE field (length mod 2^32) of the trailer ending at `end` against the member's output. */
function checkLength(bytes: Uint8Array, end: number, produced: number): void {
  const size = (bytes[end - 4]! | (bytes[end - 3]! << 8) | (bytes[end - 2]! << 16) | (bytes[end - 1]! << 24)) >>> 0;
  if (size !== produced % 0x100000000) {
    throw new EtpError('BAD_COMPRESSION', `gzip trailer says ${size} bytes but the member holds ${produced} (cut short, corrupt, or followed by other bytes)`);
  }
}

function tooLarge(maxBytes: number): EtpError {
  return new EtpError('MESSAGE_TOO_LARGE', `decompressed payload exceeds maxDecompressedBytes ${maxBytes}`);
}

/** The platform's gzip: fflate. */
export const platformCompressor: Compressor = {
  gzip: (bytes, level) => gzipSync(bytes, { level: level as 0 }),
  gunzip,
};
