import { describe, expect, it } from 'vitest';
import { linkedSessions } from '../../src/session/index.js';

const STORE = [{ protocol: 3, role: 'store' }];
const GET = 'Energistics.Etp.v12.Protocol.Discovery.GetResources';
const query = { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' as const }, scope: 'self' as const };

describe('linkedSessions: a client and a server in memory', () => {
  it('open, answer requests, and deliver each frame on a later microtask than its send', async () => {
    const { client, server } = linkedSessions({ client: { protocols: STORE }, server: { protocols: STORE } });
    const order: string[] = [];
    server.on(GET, (ctx) => {
      order.push('handler');
      ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [] });
    });
    const n = await client.start();
    expect(n.protocols.map((p) => p.protocol)).toEqual([3]);
    const answer = client.request(GET, query);
    order.push('sent');
    expect((await answer).body?.resources).toEqual([]);
    expect(order).toEqual(['sent', 'handler']);
  });

  it("when one side's transport ends without CloseSession, the other learns it: its pending requests fail with SESSION_CLOSED", async () => {
    const closes: string[] = [];
    const { client, server } = linkedSessions({ client: { protocols: STORE, onClose: (r) => closes.push(r) }, server: { protocols: STORE } });
    server.on(GET, () => {
      server.transportClosed('the process went away'); // never answers
    });
    await client.start();
    await expect(client.request(GET, query)).rejects.toMatchObject({ code: 'SESSION_CLOSED' });
    expect(await client.closed).toBe('the server closed: the process went away');
    expect(closes).toEqual(['the server closed: the process went away']);
  });
});
