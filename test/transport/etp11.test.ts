import type { MessageHeader } from '../../src/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNTHETIC_PROTOCOLS } from '../../src/cli/synthetic.js';
import { serveSynthetic11 } from '../../src/cli/synthetic11.js';
import type { Etp11, Etp11MessageMap } from '../../src/index.js';
import { connect, ETP11_SUBPROTOCOL, type EtpServer, listen } from '../../src/transport/index.js';

// ETP 1.1 over real WebSockets on 127.0.0.1: subprotocol energistics-tp, the handshake, ids from 1
// on each side, 1.1 flags, multipart responses both ways (the roles reversed too), and a version
// mismatch refused at the upgrade with a clear error.

let server: EtpServer<Etp11MessageMap> | EtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Seen = Pick<MessageHeader, 'messageId' | 'correlationId' | 'messageFlags'> & { name: string };

async function server11(resources = 50) {
  const seen: Seen[] = [];
  const srv = await listen<Etp11MessageMap>({
    etp: '1.1',
    protocols: SYNTHETIC_PROTOCOLS,
    setup: (s) => serveSynthetic11(s, { resources, intervalMs: 5, maxMessages: 3 }),
    onTraffic: (dir, h, name) => void (dir === 'out' && seen.push({ name: name.split('.').pop()!, messageId: h.messageId, correlationId: h.correlationId, messageFlags: h.messageFlags })),
  });
  server = srv;
  return { srv, seen };
}

describe('ETP 1.1 over a real WebSocket', () => {
  it('opens a session on energistics-tp, lists resources in parts and streams channels', async () => {
    const { srv, seen } = await server11(50);
    const sent: Seen[] = [];
    const { session, socket, negotiated } = await connect<Etp11MessageMap>(srv.url, {
      etp: '1.1',
      protocols: SYNTHETIC_PROTOCOLS,
      onTraffic: (dir, h, name) => void (dir === 'out' && sent.push({ name: name.split('.').pop()!, messageId: h.messageId, correlationId: h.correlationId, messageFlags: h.messageFlags })),
    });
    expect(socket.protocol).toBe(ETP11_SUBPROTOCOL);
    expect(negotiated.protocols.map((p) => [p.protocol, p.version.minor])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    const wells = await session.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://witsml14' });
    const list = wells.parts.map((m) => (m.body as Etp11.GetResourcesResponse).resource);
    expect(list).toHaveLength(50);
    expect(list[0]!.uri).toMatch(/^eml:\/\/witsml14\/well\([0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\)$/);
    // Each GetResourcesResponse is a whole message: MultiPart on each, MultiPart | FinalPart on the last.
    const parts = seen.filter((h) => h.name === 'GetResourcesResponse');
    expect(parts.map((h) => h.messageFlags)).toEqual([...Array(49).fill(0x01), 0x03]);
    expect(new Set(parts.map((h) => h.correlationId))).toEqual(new Set([2]));

    session.send('Energistics.Protocol.ChannelStreaming.Start', { maxMessageRate: 1000, maxDataItems: 8 });
    const metadata = await session.request('Energistics.Protocol.ChannelStreaming.ChannelDescribe', { uris: ['eml://'] });
    expect(metadata.body.channels.map((c) => `${c.channelName} ${c.uom}`)).toEqual(['HKLD kN', 'ROP m/h', 'SPPA kPa', 'TORQUE kN.m']);
    const items: number[] = [];
    const streamed = new Promise<void>((resolve) =>
      session.on('Energistics.Protocol.ChannelStreaming.ChannelData', (ctx) => {
        items.push(ctx.body.data.length);
        if (items.length === 3) resolve();
      }),
    );
    session.send('Energistics.Protocol.ChannelStreaming.ChannelStreamingStart', { channels: [0, 1].map((channelId) => ({ channelId, startIndex: { item: null }, receiveChangeNotification: false })) });
    await streamed;
    // Start's maxDataItems (8) holds: 4 rows of 2 channels.
    expect(items).toEqual([8, 8, 8]);
    session.close('done');
    // Each side numbers its own messages 1, 2, 3, … and flags whole messages 0.
    expect(sent.map((h) => h.messageId)).toEqual(sent.map((_, i) => i + 1));
    expect(sent.every((h) => h.messageFlags === 0)).toBe(true);
    expect(seen.map((h) => h.messageId)).toEqual(seen.map((_, i) => i + 1));
  });

  it('with the roles reversed, a client that plays the store answers the server in parts', async () => {
    const srv = await listen<Etp11MessageMap>({
      etp: '1.1',
      protocols: [{ protocol: 3, role: 'customer' }],
      setup: (s) => {
        s.opened.then(async () => {
          const r = await s.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://witsml14' });
          answered(r.parts.length);
        });
      },
    });
    server = srv;
    let answered!: (n: number) => void;
    const count = new Promise<number>((r) => (answered = r));
    // The server asks the moment the session opens: the client's handler is set up before RequestSession.
    const { session } = await connect<Etp11MessageMap>(srv.url, {
      etp: '1.1',
      protocols: [{ protocol: 3, role: 'customer' }],
      setup: (s) =>
        s.on('Energistics.Protocol.Discovery.GetResources', (ctx) =>
          ctx.replyEach(
            'Energistics.Protocol.Discovery.GetResourcesResponse',
            [0, 1, 2, 3].map((i) => ({
              resource: {
                uri: `eml://witsml14/well(${i})`,
                contentType: '',
                name: `w${i}`,
                channelSubscribable: false,
                customData: {},
                resourceType: 'DataObject',
                hasChildren: 0,
                lastChanged: 0,
                objectNotifiable: false,
              },
            })),
          ),
        ),
    });
    expect(await count).toBe(4);
    session.close('done');
  });

  it('refuses a version mismatch at the upgrade, with a clear error, both ways', async () => {
    const { srv } = await server11();
    await expect(connect(srv.url, { protocols: SYNTHETIC_PROTOCOLS })).rejects.toMatchObject({
      code: 'UPGRADE_REFUSED',
      status: 400,
      message: `${srv.url} answered http 400: this is an etp 1.1 endpoint: the energistics-tp subprotocol is required, the client offered etp12.energistics.org`,
    });
    await srv.close();
    const srv12 = await listen({ protocols: SYNTHETIC_PROTOCOLS });
    server = srv12;
    await expect(connect(srv12.url, { etp: '1.1', protocols: SYNTHETIC_PROTOCOLS })).rejects.toMatchObject({
      code: 'UPGRADE_REFUSED',
      status: 400,
      message: `${srv12.url} answered http 400: this is an etp 1.2 endpoint: the etp12.energistics.org subprotocol is required, the client offered energistics-tp`,
    });
  });
});
