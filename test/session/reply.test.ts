import { describe, expect, it } from 'vitest';
import type { EtpError } from '../../src/index.js';
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
