import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { EtpError } from '../errors.js';

/** Compresses extension + body into one gzip member. */
export function gzip(bytes: Uint8Array, level: number): Buffer {
  return gzipSync(bytes, { level });
}

/**
 * Decompresses one gzip payload, stopping at `maxBytes` of output: a gzip bomb costs at most that
 * much memory and the time to produce it. A payload cut short is TRUNCATED, any other damage
 * BAD_COMPRESSION, too much output MESSAGE_TOO_LARGE.
 */
export function gunzip(bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: Math.max(maxBytes, 1) });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new EtpError('MESSAGE_TOO_LARGE', `decompressed payload exceeds maxDecompressedBytes ${maxBytes}`, { cause: err });
    }
    if (e.code === 'Z_BUF_ERROR' || (e as { errno?: number }).errno === constants.Z_BUF_ERROR) {
      throw new EtpError('TRUNCATED', `gzip payload of ${bytes.length} bytes ends before its member does`, { cause: err });
    }
    throw new EtpError('BAD_COMPRESSION', `gzip payload cannot be decompressed: ${e.message.toLowerCase()}`, { cause: err });
  }
}
