import { afterEach, describe, expect, it } from 'vitest';
import type { EtpSession } from '../../src/session/index.js';
import { type EtpServer, listen, reconnecting } from '../../src/transport/index.js';

// A client that comes back: the server goes away and returns on the same port; the client's
// pending request fails at the drop, the next session is resumed by onSession. Waits between
// attempts go through an injected `wait` the test opens by hand: no real sleeps.

const STORE = [{ protocol: 3, role: 'store' }];
const GET = 'Energistics.Etp.v12.Protocol.Discovery.GetResources';
const query = { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' as const }, scope: 'self' as const };
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store(port = 0, answer = true): Promise<EtpServer> {
  const server = await listen({
    port,
    protocols: STORE,
    setup: (s) =>
      s.on(GET, (ctx) => {
        if (answer) ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [] });
      }),
  });
  cleanups.push(() => server.close({ timeoutMs: 100 }));
  return server;
}

/** A `wait` that records each delay and returns only when the test lets it. */
function gate(): { wait: (ms: number) => Promise<void>; delays: number[]; open: () => void } {
  const delays: number[] = [];
  let release: (() => void)[] = [];
  return {
    delays,
    wait: (ms) => {
      delays.push(ms);
      return new Promise((r) => release.push(r));
    },
    open: () => {
      const now = release;
      release = [];
      for (const r of now) r();
    },
  };
}

describe('reconnecting', () => {
  it('after the server goes away and comes back: the pending request failed, a new session opens, onSession resumes it', async () => {
    const first = await store(0, false); // never answers: a request stays pending
    const port = first.port;
    const g = gate();
    const seen: { reconnected: boolean; attempt: number }[] = [];
    const client = reconnecting(first.url, { protocols: STORE, minDelayMs: 100, maxDelayMs: 300, wait: g.wait, onSession: (_s, info) => void seen.push(info) });
    cleanups.push(() => client.close());
    const s1 = await client.ready();
    const pending = s1.request(GET, query).catch((e: unknown) => e);
    await first.close({ timeoutMs: 100 });
    expect(await pending).toMatchObject({ code: 'SESSION_CLOSED' });
    expect(client.session).toBeUndefined();
    // While the server is away each attempt fails, and the wait doubles up to maxDelayMs.
    for (let i = 0; i < 3; i++) {
      await waitFor(() => g.delays.length > i);
      g.open();
    }
    await waitFor(() => g.delays.length === 4);
    expect(g.delays).toEqual([100, 100, 200, 300]); // after the drop; then after 1, 2 and 3 failures (400 capped at 300)
    await store(port);
    g.open();
    const s2: EtpSession = await client.ready();
    expect(s2).not.toBe(s1);
    expect((await s2.request(GET, query)).body?.resources).toEqual([]);
    expect(seen).toEqual([
      { reconnected: false, attempt: 1 },
      { reconnected: true, attempt: 2 },
    ]);
  });

  it('gives up after `attempts` failures in a row: ready() rejects with the last error and closed says why', async () => {
    const gone = await store();
    const url = gone.url;
    await gone.close();
    const g = gate();
    const client = reconnecting(url, { protocols: STORE, attempts: 2, wait: g.wait });
    await waitFor(() => g.delays.length === 1);
    g.open();
    expect(await client.closed).toMatch(/^gave up after 2 failed attempts: cannot connect to/);
    await expect(client.ready()).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
  });

  it('close() stops it: the session closes and no reconnection follows', async () => {
    const server = await store();
    const g = gate();
    const client = reconnecting(server.url, { protocols: STORE, wait: g.wait });
    const s = await client.ready();
    client.close('done');
    expect(await client.closed).toBe('done');
    await s.closed;
    await expect(client.ready()).rejects.toMatchObject({ code: 'SESSION_CLOSED' });
    expect(g.delays).toEqual([]);
  });
});

/** Resolves once `check` holds, looking again after each turn of the event loop (I/O is real here). */
async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setImmediate(r));
}
