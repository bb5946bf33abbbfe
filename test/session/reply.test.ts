import { describe, expect, it } from 'vitest';
import type { EtpError, GetDataObjectsResponse } from '../../src/index.js';
import { codec } from '../helpers/raw-peer.js';
import { getResources, sessionPair } from '../helpers/session-pair.js';

// Answers by name: several whole messages as one response (replyEach), and the checks a reply by
// name gets at run time (what the types already refuse at compile time).

describe('replyEach and reply by name, ETP 1.2', () => {
  const FRAME = { protocol: 2, role: 'store' };
  const getFrame = {
    uri: 'eml:///witsml20.Log(00000000-0000-4000-8000-000000000001)',
    requestedInterval: { startIndex: { item: { long: 0 } }, endIndex: { item: { long: 10 } }, uom: 's' },
    requestUuid: '00000000-0000-4000-8000-000000000002',
  };

  it('answers GetFrame with a header then rows, FIN on the last only; the client gets each answer type merged', async () => {
    const p = sessionPair({ protocols: [FRAME] }, { protocols: [FRAME] });
    p.server.on('Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame', (ctx) =>
      ctx.replyEach([
        { message: 'Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseHeader', body: { channelUris: ['a', 'b'], indexes: [] } },
        { message: 'Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows', body: { frame: [{ indexes: [{ item: { long: 1 } }], points: [] }] } },
        { message: 'Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows', body: { frame: [{ indexes: [{ item: { long: 2 } }], points: [] }] } },
      ]),
    );
    await p.client.start();
    const r = await p.client.request('Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame', getFrame);
    expect(r.count).toBe(3);
    expect(r.bodies['Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows']).toEqual({
      frame: [
        { indexes: [{ item: { long: 1 } }], points: [] },
        { indexes: [{ item: { long: 2 } }], points: [] },
      ],
    });
    const flags = p.sent.server.slice(1).map((f) => codec.decode(f).header.messageFlags);
    expect(flags).toEqual([0, 0, 0x02]);
  });

  it('refuses, and tells the peer: an empty replyEach (1.2 has no empty multipart response) and a name of another protocol', async () => {
    const p = sessionPair();
    const failures: string[] = [];
    p.server.on('Energistics.Etp.v12.Protocol.Discovery.GetResources', (ctx) => {
      try {
        if (ctx.body.context.uri === 'eml:///') ctx.replyEach('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', []);
        else ctx.reply('Energistics.Etp.v12.Protocol.Core.Pong' as never, { currentDateTime: 1 } as never);
      } catch (err) {
        failures.push((err as EtpError).code);
        throw err;
      }
    });
    await p.client.start();
    await expect(p.client.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', getResources)).rejects.toMatchObject({
      code: 'PROTOCOL_EXCEPTION',
      etpCode: 5,
      message: 'peer answered with ProtocolException 5: etp 1.2 has no empty multipart response: send one response with an empty collection',
    });
    await expect(p.client.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', { ...getResources, context: { ...getResources.context, uri: 'eml:///x' } })).rejects.toMatchObject({
      etpCode: 5,
      message: 'peer answered with ProtocolException 5: Energistics.Etp.v12.Protocol.Core.Pong cannot answer a message of protocol 3',
    });
    expect(failures).toEqual(['INVALID_VALUE', 'INVALID_VALUE']);
  });
});

describe('reply with per-item errors (ETP 1.2)', () => {
  const STORE = { protocol: 4, role: 'store' };
  const object = (uri: string) => ({
    resource: { uri, name: 'x', lastChanged: 0, storeLastWrite: 0, storeCreated: 0, activeStatus: 'Active' as const },
    data: new Uint8Array(3000),
  });

  it('sends the successes split to fit, then the errors in ProtocolException parts, FIN on the very last; the client gets both', async () => {
    const caps = { capabilities: { MaxWebSocketMessagePayloadSize: 8192 } };
    const p = sessionPair({ protocols: [STORE], ...caps }, { protocols: [STORE], ...caps });
    p.server.on('Energistics.Etp.v12.Protocol.Store.GetDataObjects', (ctx) => {
      const dataObjects = Object.fromEntries(['a', 'b', 'c', 'd'].map((k) => [k, object(`eml:///witsml20.Well(0000000${k === 'a' ? 1 : 2}-0000-4000-8000-000000000001)`)]));
      const errors = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`missing-${i}`, { message: `no object number ${i} in this store`, code: 11 }]));
      ctx.reply('Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse', { dataObjects }, { errors });
    });
    await p.client.start();
    const before = p.sent.server.length;
    const r = await p.client.request('Energistics.Etp.v12.Protocol.Store.GetDataObjects', { uris: { a: 'x' } });
    expect(Object.keys((r.body as GetDataObjectsResponse).dataObjects)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(r.errors).length).toBe(300);
    expect(r.errors['missing-7']).toEqual({ message: 'no object number 7 in this store', code: 11 });
    const frames = p.sent.server.slice(before).map((f) => codec.decode(f));
    expect(frames.length).toBeGreaterThan(3);
    for (const f of p.sent.server.slice(before)) expect(f.length).toBeLessThanOrEqual(8192);
    expect(frames.map((f) => f.header.messageFlags & 0x02)).toEqual([...new Array(frames.length - 1).fill(0), 0x02]);
    expect(frames.at(-1)!.header.messageType).toBe(1000);
    expect(new Set(frames.map((f) => f.header.correlationId))).toEqual(new Set([frames[0]!.header.correlationId]));
  });

  it('when every item failed, only the ProtocolException goes; the response holds the errors', async () => {
    const p = sessionPair({ protocols: [STORE] }, { protocols: [STORE] });
    p.server.on('Energistics.Etp.v12.Protocol.Store.GetDataObjects', (ctx) =>
      ctx.reply('Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse', { dataObjects: {} }, { errors: { a: { message: 'no object', code: 11 } } }),
    );
    await p.client.start();
    const before = p.sent.server.length;
    const r = await p.client.request('Energistics.Etp.v12.Protocol.Store.GetDataObjects', { uris: { a: 'x' } });
    const frames = p.sent.server.slice(before).map((f) => codec.decode(f));
    expect(frames.map((f) => f.header.messageType)).toEqual([1000]);
    expect(r.errors).toEqual({ a: { message: 'no object', code: 11 } });
  });
});
