import { integerOption } from '../options.js';

// Buffers for large frames, lent to a sender until its transport has written them and kept warm
// for the next: a large message is then encoded straight into memory already touched, instead of
// a fresh allocation (page faults on every page) followed by a copy out.

/** Options of a {@link FramePool}. */
export interface FramePoolOptions {
  /** Frames of at least this many bytes are lent from the pool; smaller ones are copied out as usual. Default 65,536. */
  minBytes?: number;
  /** Most bytes of idle buffers the pool keeps; a buffer given back beyond it is left to the garbage collector. Default 16 MiB. */
  maxFreeBytes?: number;
}

/** The documented defaults of a pool. */
export const FRAME_POOL_DEFAULTS = { minBytes: 65_536, maxFreeBytes: 16 * 1024 * 1024 } as const;

/**
 * A pool of buffers for large frames. A writer that outgrows `minBytes` takes a buffer from it
 * (sizes are powers of two); a frame written into one is lent ({@link FramePool.lend}) to whoever
 * sends it, who gives it back with {@link FramePool.give} once its bytes left (a socket's write
 * callback). A frame given back twice, or never lent, is ignored, so a buffer is never handed out
 * again while a frame lent on it is out. A frame never given back is only a buffer left to the
 * garbage collector. Idle buffers are kept up to `maxFreeBytes`.
 */
export class FramePool {
  readonly minBytes: number;
  readonly maxFreeBytes: number;
  /** Idle buffers by size class (log2 of their length, rounded down). */
  private readonly free: ArrayBuffer[][] = [];
  private idle = 0;
  /** Buffers under frames lent out and not given back yet. */
  private readonly lent = new WeakSet<ArrayBuffer>();

  constructor(options: FramePoolOptions = {}) {
    this.minBytes = integerOption('minBytes', options.minBytes ?? FRAME_POOL_DEFAULTS.minBytes, 1);
    this.maxFreeBytes = integerOption('maxFreeBytes', options.maxFreeBytes ?? FRAME_POOL_DEFAULTS.maxFreeBytes, 0);
  }

  /** Bytes of idle buffers kept now. */
  get freeBytes(): number {
    return this.idle;
  }

  /** A buffer of at least `size` bytes (a power of two, at least minBytes): an idle one, else new. */
  take(size: number): Uint8Array {
    const cls = Math.max(Math.ceil(Math.log2(Math.max(size, 1))), Math.ceil(Math.log2(this.minBytes)));
    const buffer = this.free[cls]?.pop();
    if (buffer === undefined) return new Uint8Array(2 ** cls);
    this.idle -= buffer.byteLength;
    return new Uint8Array(buffer);
  }

  /**
   * Marks a writer's whole buffer as lent, with the frame written at its start: it comes back
   * through {@link give}. Returns false, lending nothing, for bytes that are not a buffer of their
   * own (offset 0, the full length) of at least minBytes.
   */
  lend(whole: Uint8Array): boolean {
    const buffer = whole.buffer as ArrayBuffer;
    if (whole.byteOffset !== 0 || whole.byteLength !== buffer.byteLength || buffer.byteLength < this.minBytes || !(buffer instanceof ArrayBuffer)) return false;
    this.lent.add(buffer);
    return true;
  }

  /** True when `bytes` lie in a buffer lent by this pool and not given back yet. */
  isLent(bytes: Uint8Array): boolean {
    return this.lent.has(bytes.buffer as ArrayBuffer);
  }

  /**
   * Gives back the buffer under a lent frame once nothing will read it again. Returns false, and
   * does nothing, for bytes that are not lent by this pool (a frame given back twice included).
   */
  give(frame: Uint8Array): boolean {
    const buffer = frame.buffer as ArrayBuffer;
    if (!this.lent.delete(buffer)) return false;
    this.keep(buffer);
    return true;
  }

  /** A writer's own buffer it no longer needs (never a lent one): kept idle when there is room. */
  recycle(bytes: Uint8Array): void {
    const buffer = bytes.buffer as ArrayBuffer;
    if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength || this.lent.has(buffer)) return;
    this.keep(buffer);
  }

  private keep(buffer: ArrayBuffer): void {
    const size = buffer.byteLength;
    if (size < this.minBytes || this.idle + size > this.maxFreeBytes || !(buffer instanceof ArrayBuffer)) return;
    (this.free[Math.floor(Math.log2(size))] ??= []).push(buffer);
    this.idle += size;
  }
}

/** The pool the WebSocket transports lend their frames from: one per process. */
export const sharedFramePool = new FramePool();
