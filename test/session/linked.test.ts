import { describe, expect, it } from 'vitest';
import { EtpSession, linkedSessions, readRecording, recordTraffic } from '../../src/session/index.js';

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

describe('recording and replay', () => {
  it("recordTraffic writes each frame both ways; a recording's client frames, replayed into a fresh server, draw the same answers", async () => {
    const lines: string[] = [];
    let t = 1000;
    const serve = (server: import('../../src/session/index.js').EtpSession): void => {
      server.on(GET, (ctx) => ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [] }));
    };
    const { client, server } = linkedSessions({
      client: {
        protocols: STORE,
        onTraffic: recordTraffic(
          (l) => lines.push(l),
          () => t++,
        ),
      },
      server: { protocols: STORE },
    });
    serve(server);
    await client.start();
    await client.request(GET, query);
    const recording = readRecording(lines.join(''));
    expect(recording.map((r) => `${r.dir} ${r.name.split('.').pop()} ${r.at}`)).toEqual(['out RequestSession 1000', 'in OpenSession 1001', 'out GetResources 1002', 'in GetResourcesResponse 1003']);

    // Replay: the client's frames into a new server; its answers are named and shaped as recorded.
    const answers: string[] = [];
    const { codec } = client;
    const replayed = new EtpSession({ role: 'server', protocols: STORE, send: (f) => answers.push(codec.decode(f).name) });
    serve(replayed);
    for (const r of recording.filter((r) => r.dir === 'out')) replayed.receive(r.frame);
    expect(answers).toEqual(recording.filter((r) => r.dir === 'in').map((r) => r.name));
    expect(() => readRecording('{"at":1}')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('line 1') }));
    expect(() => readRecording('\n{"at":1,"dir":"in","name":"x","hex":"0g"}')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('line 2') }));
  });
});
