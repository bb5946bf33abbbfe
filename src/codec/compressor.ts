/**
 * gzip as a codec uses it, for ETP 1.2's Compressed flag (0x08): one member per message. The
 * codec's default is the platform's (node:zlib on Node, fflate in the browser build); pass your
 * own as the codec option `compressor`.
 */
export interface Compressor {
  /** The bytes as one gzip member, at `level` (0-9). */
  gzip(bytes: Uint8Array, level: number): Uint8Array;
  /**
   * The bytes of a gzip payload, never producing more than `maxBytes` of output on the way (a gzip
   * bomb costs at most that much memory): MESSAGE_TOO_LARGE beyond it, TRUNCATED for a payload
   * cut short, TRAILING_BYTES for bytes after it, BAD_COMPRESSION for any other damage (all
   * EtpErrors).
   */
  gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array;
}
