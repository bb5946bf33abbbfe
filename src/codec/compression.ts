import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { EtpError } from '../errors.js';
import type { Compressor } from './compressor.js';

// gzip on Node: node:zlib. The browser build swaps this file for compression.browser.ts.

/** Compresses extension + body into one gzip member. */
function gzip(bytes: Uint8Array, level: number): Buffer {
  return gzipSync(bytes, { level });
}

/**
 * Decompresses one gzip payload, stopping at `maxBytes` of output: a gzip bomb costs at most that
 * much memory and the time to produce it. A payload cut short is TRUNCATED, bytes after the gzip
 * data TRAILING_BYTES, any other damage BAD_COMPRESSION, too much output MESSAGE_TOO_LARGE.
 * Several concatenated members are accepted (ETP senders write one).
 */
function gunzip(bytes: Uint8Array, maxBytes: number): Buffer {
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    result = gunzipSync(bytes, { maxOutputLength: Math.max(maxBytes, 1), info: true }) as unknown as typeof result;
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
  // zlib stops quietly at bytes that cannot start another member (zeros, say): refuse them.
  const consumed = result.engine.bytesWritten;
  if (consumed < bytes.length) {
    throw new EtpError('TRAILING_BYTES', `${bytes.length - consumed} bytes follow the gzip payload`);
  }
  if (result.buffer.length > maxBytes) {
    throw new EtpError('MESSAGE_TOO_LARGE', `decompressed payload exceeds maxDecompressedBytes ${maxBytes}`);
  }
  return result.buffer;
}

/** The platform's gzip: node:zlib. */
export const platformCompressor: Compressor = { gzip, gunzip };
