import { describe, expect, it } from 'vitest';
import { createCodec, EtpError, FRAME_POOL_DEFAULTS, FramePool } from '../../src/index.js';
import { Writer } from '../../src/wire/writer.js';
import { resource } from '../helpers/session-pair.js';

// The pool that lends large frames: sizes, what comes back, its bound, and the codec writing into it.

describe('FramePool', () => {
  it('takes powers of two of at least minBytes, and keeps what is given back up to maxFreeBytes exactly', () => {
    const pool = new FramePool({ minBytes: 1024, maxFreeBytes: 4096 });
    expect(pool.take(1).length).toBe(1024);
    expect(pool.take(1025).length).toBe(2048);
    const a = pool.take(2048);
    const b = pool.take(2048);
    const c = pool.take(2048);
    for (const x of [a, b, c]) expect(pool.lend(x)).toBe(true);
    expect(pool.give(a.subarray(0, 10))).toBe(true);
    expect(pool.give(b)).toBe(true);
    expect(pool.freeBytes).toBe(4096); // at the bound exactly
    expect(pool.give(c)).toBe(true); // given back, but beyond the bound: left to the collector
    expect(pool.freeBytes).toBe(4096);
    // An idle buffer is handed out again (warm), and counts no more as idle.
    const again = pool.take(1500);
    expect([a.buffer, b.buffer]).toContain(again.buffer);
    expect(pool.freeBytes).toBe(2048);
  });

  it('ignores a frame given back twice, a frame never lent and a part of a larger buffer', () => {
    const pool = new FramePool({ minBytes: 1024 });
    const a = pool.take(1024);
    expect(pool.give(a)).toBe(false); // taken, never lent
    pool.lend(a);
    expect(pool.isLent(a)).toBe(true);
    expect(pool.give(a)).toBe(true);
    expect(pool.isLent(a)).toBe(false);
    expect(pool.give(a)).toBe(false);
    expect(pool.freeBytes).toBe(1024); // once, not twice
    expect(pool.give(new Uint8Array(4096))).toBe(false);
    const shared = new Uint8Array(8192);
    expect(pool.lend(shared.subarray(0, 4096))).toBe(false);
    expect(pool.lend(new Uint8Array(512))).toBe(false); // below minBytes
  });

  it('checks its options; documents its defaults', () => {
    expect(FRAME_POOL_DEFAULTS).toEqual({ minBytes: 65_536, maxFreeBytes: 16 * 1024 * 1024 });
    expect(() => new FramePool({ minBytes: 0 })).toThrow(EtpError);
    expect(() => new FramePool({ maxFreeBytes: -1 })).toThrow(/maxFreeBytes/);
  });
});

describe('a writer with a pool', () => {
  it('grows into the pool past minBytes and lends only a frame that fills a quarter of its buffer', () => {
    const pool = new FramePool({ minBytes: 4096 });
    const w = new Writer(1024);
    w.pool = pool;
    w.bytes(new Uint8Array(3000).fill(7));
    expect(w.buf.byteLength).toBe(3002); // below minBytes: its own memory
    w.bytes(new Uint8Array(2000).fill(8));
    expect(w.buf.byteLength).toBe(8192); // past minBytes: a power of two from the pool
    const frame = w.lendFrame(pool)!;
    expect(frame.length).toBe(5004);
    expect(pool.isLent(frame)).toBe(true);
    expect(w.buf.buffer).not.toBe(frame.buffer);
    // The writer now writes into another buffer of the pool.
    w.pos = 0;
    w.bytes(new Uint8Array(100));
    expect(w.lendFrame(pool)).toBeUndefined(); // 102 bytes: below minBytes, copied out instead
    // A frame under a quarter of the writer's buffer is copied into a pool buffer of its own size.
    const big = new Writer(1 << 16);
    const small = new FramePool({ minBytes: 1024 });
    big.pos = (1 << 14) - 1;
    const copied = big.lendFrame(small)!;
    expect([copied.length, copied.buffer.byteLength, small.isLent(copied)]).toEqual([(1 << 14) - 1, 1 << 14, true]);
    expect(big.buf.byteLength).toBe(1 << 16); // the writer keeps its buffer
    big.pos = 1 << 14;
    const whole = big.lendFrame(small)!;
    expect([whole.length, whole.buffer.byteLength]).toEqual([1 << 14, 1 << 16]);
  });
});

describe('encodeFrame with a pool', () => {
  const codec = createCodec();
  const header = { protocol: 4, messageType: 4, correlationId: 1, messageId: 2, messageFlags: 2 };
  const message = (fill: number, size = 200_000) => ({
    header,
    body: {
      dataObjects: {
        a: {
          resource: resource(1),
          format: 'xml',
          blobId: null,
          data: new Uint8Array(size).fill(fill),
        },
      },
    },
  });

  it('lends a large frame with the same bytes, never overwrites it while lent, and reuses its buffer once given back', () => {
    const pool = new FramePool();
    const plain = codec.encode(message(1) as never);
    const first = codec.encodeFrame(message(1) as never, pool);
    expect(pool.isLent(first.bytes)).toBe(true);
    expect(Buffer.compare(first.bytes, plain)).toBe(0);
    const second = codec.encodeFrame(message(2) as never, pool);
    expect(pool.isLent(second.bytes)).toBe(true);
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(Buffer.compare(first.bytes, plain)).toBe(0); // untouched by the second encode
    expect(pool.give(first.bytes)).toBe(true);
    expect(pool.give(second.bytes)).toBe(true);
    // Warm memory: the next frames land in buffers given back.
    const reused = [codec.encodeFrame(message(3) as never, pool), codec.encodeFrame(message(4) as never, pool)];
    expect(reused.some((f) => f.bytes.buffer === first.bytes.buffer || f.bytes.buffer === second.bytes.buffer)).toBe(true);
    expect(codec.decode(reused[1]!.bytes).body).toEqual(codec.decode(codec.encode(message(4) as never)).body);
  });

  it('copies small frames and compressed frames out as usual', () => {
    const pool = new FramePool();
    expect(pool.isLent(codec.encodeFrame(message(1, 100) as never, pool).bytes)).toBe(false);
    const gz = codec.encodeFrame({ ...message(1), header: { ...header, messageFlags: 2 | 8 } } as never, pool);
    expect(pool.isLent(gz.bytes)).toBe(false);
  });

  it('a body refused half-way leaves the lent frames intact and the codec usable', () => {
    const pool = new FramePool();
    const plain = codec.encode(message(5) as never);
    const lent = codec.encodeFrame(message(5) as never, pool);
    const bad = message(6);
    (bad.body.dataObjects.a as Record<string, unknown>).format = 7;
    expect(() => codec.encodeFrame(bad as never, pool)).toThrow(/format/);
    expect(Buffer.compare(lent.bytes, plain)).toBe(0);
    expect(Buffer.compare(codec.encodeFrame(message(5) as never, pool).bytes, plain)).toBe(0);
  });
});
