/** etp-codec/wire: bytes only — varints, exact longs, bounds-checked reads, flags, header peek. */
export { Reader, LARGE_VALUE, type ReaderLimits } from './reader.js';
export { Writer } from './writer.js';
export { Utf8Text, textOf } from './utf8-text.js';
export { FramePool, sharedFramePool, FRAME_POOL_DEFAULTS, type FramePoolOptions } from './frame-pool.js';
export { MessageFlags, hasFlag } from './flags.js';
export { readHeader, writeHeader, peekHeader, headerLength, setFlags, type MessageHeader } from './header.js';
export { isLong, MAX_SAFE, MIN_SAFE, MAX_LONG, MIN_LONG, INT_MAX, INT_MIN, type LongMode } from './long.js';
export { uuidFromBytes, uuidToBytes, isUuidString } from './uuid-bytes.js';
export { concatBytes, toHex, fromHex } from './bytes.js';
export { PLATFORM } from './platform.js';
