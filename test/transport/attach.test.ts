import { describe, expect, it } from 'vitest';
import type { EtpSession } from '../../src/session/index.js';
import { attach, type SocketAdapter } from '../../src/transport/attach.js';
import { createCodec } from '../../src/index.js';
import { CountingPool } from '../helpers/counting-pool.js';

// The one seam between a session and a socket (issue 20): what every transport does alike, tested
// once on an adapter made here; socket.ts (ws) and browser.ts are adapters over it.

const STORE = [{ protocol: 3, role: 'store' }];
const GET = 'Energistics.Etp.v12.Protocol.Discovery.GetResources';
const query = { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' as const }, scope: 'self' as const };

/** An adapter that records what the seam does, with bytes queued as the test says. */
function fakeSocket(callsBack = false) {
  const log: string[] = [];
  const frames: Uint8Array[] = [];
  const done: (() => void)[] = [];
  const s: { queued: number; open: boolean; log: string[]; frames: Uint8Array[]; done: (() => void)[]; adapter: SocketAdapter } = {
    queued: 0,
    open: true,
    log,
    frames,
    done,
    adapter: {
      send: (frame, written) => {
        frames.push(frame);
        if (written) done.push(written);
        s.queued += frame.length;
      },
      buffered: () => s.queued,
      isOpen: () => s.open,
      close: (code, reason) => {
        log.push(`close ${code} ${reason}`);
        s.open = false;
      },
      drop: () => log.push('drop'),
      callsBack,
    },
  };
  return s;
}

describe('attach: a session on any socket', () => {
  it('gives up when a frame would pass the cap, and only once', () => {
    const socket = fakeSocket();
    const closes: string[] = [];
    const a = attach(socket.adapter, { role: 'server', protocols: STORE, onClose: (r) => closes.push(r) }, 1000, {
      givingUp: () => socket.log.push('giving up'),
      closing: () => socket.log.push('closing'),
    });
    expect(a.room(1000, 'does not read')).toBe(true);
    socket.queued = 1;
    expect(a.room(1000, 'does not read')).toBe(false);
    expect(a.givenUp).toBe(true);
    expect(a.room(1, 'does not read')).toBe(false); // once given up, nothing more
    expect(closes).toEqual(['the peer does not read: 1 bytes queued for it, maxOutgoingBytes 1000']);
    // The close frame says why (1008), before the session's end would have closed with 1000.
    expect(socket.log).toEqual(['giving up', 'close 1008 peer does not read', 'closing', 'drop']);
    expect(a.session.isClosed).toBe(true);
  });

  it('takes binary messages only: a text message closes the socket with 1003 and reaches no session', () => {
    const socket = fakeSocket();
    const a = attach(socket.adapter, { role: 'server', protocols: STORE }, 1000);
    const bytes = new Uint8Array([1, 2]);
    expect(a.binary(bytes)).toBe(bytes);
    expect(a.binary(undefined)).toBeUndefined();
    expect(socket.log).toEqual(['close 1003 etp messages are binary']);
  });

  it("the session's end closes the socket (1000, the reason cut to 120 characters); a closed socket is not closed again", () => {
    const socket = fakeSocket();
    const a = attach(socket.adapter, { role: 'server', protocols: STORE }, 1000);
    a.session.close('x'.repeat(200));
    expect(socket.log).toEqual([`close 1000 ${'x'.repeat(120)}`]);
    const other = fakeSocket();
    other.open = false;
    attach(other.adapter, { role: 'server', protocols: STORE }, 1000).session.transportClosed('gone');
    expect(other.log).toEqual([]);
  });

  it('written() lets producers that wait for room go on', async () => {
    const socket = fakeSocket();
    const a = attach(socket.adapter, { role: 'client', protocols: STORE, highWaterMark: 10 }, 1_000_000);
    socket.queued = 11;
    let drained = false;
    const waiting = a.session.drained().then(() => (drained = true));
    a.written(); // still above the high-water mark
    await Promise.resolve();
    expect(drained).toBe(false);
    socket.queued = 0;
    a.written();
    await waiting;
    expect(drained).toBe(true);
  });

  it('a pair of attached sessions talk through their adapters', async () => {
    const c = fakeSocket();
    const s = fakeSocket();
    const client = attach(c.adapter, { role: 'client', protocols: STORE }, 1_000_000).session;
    const server = attach(s.adapter, { role: 'server', protocols: STORE }, 1_000_000).session;
    server.on(GET, (ctx) => ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [] }));
    const pump = (from: ReturnType<typeof fakeSocket>, to: EtpSession) => {
      while (from.frames.length > 0) to.receive(from.frames.shift()!);
    };
    const opened = client.start();
    pump(c, server);
    pump(s, client);
    await opened;
    const answer = client.request(GET, query);
    pump(c, server);
    pump(s, client);
    expect((await answer).body?.resources).toEqual([]);
  });

  it('lends large frames to an adapter that calls back, none to one that does not, and takes each back once its bytes left', async () => {
    const CD = 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData';
    const big = (k: number) => ({ data: Array.from({ length: 10_000 }, (_, i) => ({ channelId: k, indexes: [], value: { item: { double: i + k } }, valueAttributes: [] })) });
    const codec = createCodec();
    for (const callsBack of [true, false]) {
      const pool = new CountingPool();
      const c = fakeSocket(callsBack);
      const s = fakeSocket();
      const client = attach(c.adapter, { role: 'client', protocols: [{ protocol: 1, role: 'producer' }], framePool: pool, compression: [] }, 100_000_000).session;
      const server = attach(s.adapter, { role: 'server', protocols: [{ protocol: 1, role: 'producer' }] }, 100_000_000).session;
      const opened = client.start();
      while (c.frames.length > 0) server.receive(c.frames.shift()!);
      while (s.frames.length > 0) client.receive(s.frames.shift()!);
      await opened;
      // Five large messages queued at once, none written yet: each has its own bytes.
      for (let k = 0; k < 5; k++) client.send(CD, big(k) as never);
      expect(c.frames.map((f) => pool.isLent(f))).toEqual(new Array(5).fill(callsBack));
      expect(c.frames.map((f) => codec.decode(f).body)).toEqual([0, 1, 2, 3, 4].map(big));
      expect(c.done.length).toBe(callsBack ? 5 : 0);
      for (const written of c.done) written();
      expect([pool.lends, pool.gives]).toEqual(callsBack ? [5, 5] : [0, 0]);
    }
  });
});
