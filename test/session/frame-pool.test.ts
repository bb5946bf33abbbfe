import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.js';
import { EtpSession, MIN_MESSAGE_BYTES_FLOOR } from '../../src/session/index.js';
import { openServer } from '../helpers/raw-peer.js';
import { getResources, resource } from '../helpers/session-pair.js';
import { CountingPool } from '../helpers/counting-pool.js';

// A session lending its large frames from a pool: what it sends is lent, what it encoded and did
// not send (a part too large, a frame replaced by its gzip) goes back at once, nothing else does.

const codec = createCodec();

describe('a session with a frame pool', () => {
  for (const compression of [false, true]) {
    it(`lends the parts of a split response and gives back every candidate it did not send (compression ${compression ? 'on' : 'off'})`, () => {
      const pool = new CountingPool({ minBytes: 1024 });
      const sent: Uint8Array[] = [];
      const peer = openServer(
        { framePool: pool, minMessageBytes: MIN_MESSAGE_BYTES_FLOOR, send: (f) => sent.push(f), compressAbove: 0 },
        { MaxWebSocketMessagePayloadSize: { item: { long: 20_000 } } },
      );
      (peer.session as unknown as { outbox: { compress: boolean } }).outbox.compress = compression;
      const resources = Array.from({ length: 2000 }, (_, i) => resource(i));
      peer.session.on(3, 1, (ctx) => ctx.reply(4, { resources }));
      const before = sent.length;
      peer.deliver({ protocol: 3, messageType: 1, messageId: 4 }, getResources);
      const parts = sent.slice(before);
      expect(parts.length).toBeGreaterThan(4);
      const lent = parts.filter((f) => pool.isLent(f));
      if (compression)
        expect(lent).toEqual([]); // each part went out as its gzip: every encoded frame came back
      else expect(lent.length).toBe(parts.length);
      // Every frame lent and not sent came back already; what was sent is still out.
      expect(pool.lends - pool.gives).toBe(lent.length);
      expect(parts.flatMap((f) => (codec.decode(f).body as { resources: unknown[] }).resources)).toEqual(resources);
      for (const f of lent) expect(pool.give(f)).toBe(true);
      expect(pool.lends).toBe(pool.gives);
    });
  }

  it('refuses a framePool that is not a FramePool', () => {
    expect(() => new EtpSession({ role: 'client', send: () => {}, framePool: {} as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: 'framePool must be a FramePool' }));
  });
});
