/** Limits of exact JavaScript integers and of Avro's 64-bit long. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53 - 1
export const MIN_SAFE = Number.MIN_SAFE_INTEGER; // -(2^53 - 1)
export const MAX_LONG = 0x7fffffffffffffffn;
export const MIN_LONG = -0x8000000000000000n;
export const INT_MIN = -0x80000000;
export const INT_MAX = 0x7fffffff;

/** How longs are represented in memory after decoding. */
export type LongMode = 'number' | 'bigint';

/** True for a JavaScript value that encodes exactly as an Avro long. */
export function isLong(v: unknown): v is number | bigint {
  if (typeof v === 'number') return Number.isSafeInteger(v);
  return typeof v === 'bigint' && v >= MIN_LONG && v <= MAX_LONG;
}
