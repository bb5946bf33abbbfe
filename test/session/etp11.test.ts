import { describe, expect, it } from 'vitest';
import { createCodec, type Etp11, type Etp11MessageMap } from '../../src/index.js';
import { EtpSession, type SessionReport } from '../../src/session/index.js';
import { codec11, openClient11, rawPeer, tick } from '../helpers/raw-peer.js';

// ETP 1.1 sessions (seed: the ETP 1.1 Core protocol): the handshake's shapes, ids from 1 on each
// side, 1.1's flags both ways, multipart responses as whole messages, ProtocolException's shape.

const DISCOVERY = { protocol: 3, role: 'store' };
const STREAMING = { protocol: 1, role: 'producer' };
const V11 = { major: 1, minor: 1, revision: 0, patch: 0 };

function resource(i: number): Etp11.ResourceInput {
  return {
    uri: `eml://witsml14/well(${i})`,
    contentType: 'application/x-witsml+xml;version=1.4.1.1;type=well',
    name: `well ${i}`,
    channelSubscribable: false,
    customData: {},
    resourceType: 'DataObject',
    hasChildren: 0,
    uuid: null,
    lastChanged: i,
    objectNotifiable: false,
  };
}

/** Two ETP 1.1 sessions wired to each other; every frame of each side is kept, decoded. */
function pair11() {
  const sent = { client: [] as Uint8Array[], server: [] as Uint8Array[] };
  const reports: SessionReport[] = [];
  const codec = createCodec({ etp: '1.1' });
  let c!: EtpSession<Etp11MessageMap>;
  let s!: EtpSession<Etp11MessageMap>;
  c = new EtpSession({ role: 'client', codec, protocols: [DISCOVERY, STREAMING], send: (f) => (sent.client.push(f), queueMicrotask(() => s.receive(f))), onReport: (r) => reports.push(r) });
  s = new EtpSession({ role: 'server', codec, protocols: [DISCOVERY, STREAMING], send: (f) => (sent.server.push(f), queueMicrotask(() => c.receive(f))), onReport: (r) => reports.push(r) });
  const headers = (side: 'client' | 'server') => sent[side].map((f) => codec.decode(f)).map((m) => ({ name: m.name.split('.').pop(), ...m.header }));
  return { client: c, server: s, sent, reports, headers, codec };
}

describe('an ETP 1.1 session', () => {
  it('opens with 1.1 RequestSession and OpenSession shapes, both roles in memory', async () => {
    const p = pair11();
    const negotiated = await p.client.start();
    expect(negotiated.protocols).toEqual([
      { protocol: 3, role: 'store', version: V11, peerCapabilities: {} },
      { protocol: 1, role: 'producer', version: V11, peerCapabilities: {} },
    ]);
    expect(negotiated.sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(negotiated.compression).toBe('');
    const [request] = p.sent.client.map((f) => p.codec.decode(f));
    expect(request!.name).toBe('Energistics.Protocol.Core.RequestSession');
    expect(request!.body).toEqual({
      applicationName: 'etp-codec',
      applicationVersion: '0.1.0',
      requestedProtocols: [
        { protocol: 3, protocolVersion: V11, role: 'store', protocolCapabilities: {} },
        { protocol: 1, protocolVersion: V11, role: 'producer', protocolCapabilities: {} },
      ],
      supportedObjects: [],
    });
    const open = p.codec.decode(p.sent.server[0]!);
    expect(open.name).toBe('Energistics.Protocol.Core.OpenSession');
    expect(Object.keys(open.body as object)).toEqual(['applicationName', 'applicationVersion', 'sessionId', 'supportedProtocols', 'supportedObjects']);
    expect((open.body as Etp11.OpenSession).sessionId).toBe(negotiated.sessionId);
    expect(p.server.negotiated?.sessionId).toBe(negotiated.sessionId);
  });

  it('numbers each side from 1 and flags whole messages 0, both ways', async () => {
    const p = pair11();
    p.server.on('Energistics.Protocol.Discovery.GetResources', (ctx) => ctx.reply('Energistics.Protocol.Discovery.GetResourcesResponse', { resource: resource(1) }));
    await p.client.start();
    await p.client.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://' });
    p.client.send('Energistics.Protocol.ChannelStreaming.Start', { maxMessageRate: 1000, maxDataItems: 100 });
    await tick();
    expect(p.headers('client').map((h) => [h.name, h.messageId, h.correlationId, h.messageFlags])).toEqual([
      ['RequestSession', 1, 0, 0],
      ['GetResources', 2, 0, 0],
      ['Start', 3, 0, 0],
    ]);
    expect(p.headers('server').map((h) => [h.name, h.messageId, h.correlationId, h.messageFlags])).toEqual([
      ['OpenSession', 1, 1, 0],
      ['GetResourcesResponse', 2, 2, 0],
      // Start is a notification with no handler on the server: ENOTSUPPORTED (7), in 1.1's shape.
      ['ProtocolException', 3, 3, 0],
    ]);
    expect(p.codec.decode(p.sent.server[2]!).body).toEqual({ errorCode: 7, errorMessage: 'Energistics.Protocol.ChannelStreaming.Start is not handled by this endpoint' });
  });

  it('answers with several whole messages: MultiPart on each, FinalPart on the last; the client gets every part', async () => {
    const p = pair11();
    p.server.on('Energistics.Protocol.Discovery.GetResources', (ctx) =>
      ctx.replyEach(
        'Energistics.Protocol.Discovery.GetResourcesResponse',
        ctx.body.uri === 'eml://' ? [0, 1, 2].map((i) => ({ resource: resource(i) })) : ctx.body.uri === 'eml://one' ? [{ resource: resource(7) }] : [],
      ),
    );
    await p.client.start();
    const r = await p.client.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://' });
    expect(r.count).toBe(3);
    expect(r.parts.map((m) => (m.body as Etp11.GetResourcesResponse).resource.name)).toEqual(['well 0', 'well 1', 'well 2']);
    expect(r.body.resource.name).toBe('well 0');
    expect(
      p
        .headers('server')
        .slice(1)
        .map((h) => [h.name, h.messageId, h.correlationId, h.messageFlags]),
    ).toEqual([
      ['GetResourcesResponse', 2, 2, 0x01],
      ['GetResourcesResponse', 3, 2, 0x01],
      ['GetResourcesResponse', 4, 2, 0x03],
    ]);
    // A multipart response of one message is flagged as one: MultiPart | FinalPart (0x03).
    const one = await p.client.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://one' });
    expect(one.count).toBe(1);
    expect(p.headers('server').at(-1)).toMatchObject({ name: 'GetResourcesResponse', messageFlags: 0x03 });
    // An empty result: Acknowledge with NoData (0x04), correlated; the response has no parts.
    const empty = await p.client.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://witsml14/well(9)' });
    expect(empty.parts).toEqual([]);
    expect(p.headers('server').at(-1)).toMatchObject({ name: 'Acknowledge', correlationId: 4, messageFlags: 0x04 });
  });

  it('takes a multipart response from a raw 1.1 peer in order, across interleaved traffic', async () => {
    const peer = await openClient11();
    const pending = peer.session.request('Energistics.Protocol.Discovery.GetResources' as never, { uri: 'eml://' } as never);
    const id = peer.last().header.messageId;
    expect(id).toBe(2);
    peer.deliver({ protocol: 3, messageType: 2, correlationId: id, messageId: 2, messageFlags: 0x01 }, { resource: resource(0) });
    peer.deliver({ protocol: 3, messageType: 2, correlationId: id, messageId: 3, messageFlags: 0x03 }, { resource: resource(1) });
    const r = await pending;
    expect(r.parts.map((m) => m.header.messageId)).toEqual([2, 3]);
  });

  it('refuses to send flags 1.1 does not have, and answers received ones with ProtocolException 5', async () => {
    const peer = await openClient11();
    expect(() => peer.session.send(3, 1, { uri: 'eml://' } as never, { acknowledge: true })).toThrow(expect.objectContaining({ code: 'INVALID_FLAGS', etpCode: 5 }));
    await expect(peer.session.ping()).rejects.toMatchObject({ code: 'INVALID_STATE', message: 'etp 1.1 has no ping' });
    for (const [i, flag] of [0x08, 0x10, 0x20].entries()) {
      // Built by hand: the raw frame of a GetResources with the flag (0x20 would need an extension).
      const frame = Buffer.concat([Buffer.from([0x06, 0x02, 0x00, 2 * (2 + i), flag * 2]), Buffer.from([0x0a]), Buffer.from('eml://')]);
      peer.session.receive(frame);
      const answer = peer.last();
      expect(answer.name).toBe('Energistics.Protocol.Core.ProtocolException');
      expect(answer.header).toMatchObject({ protocol: 3, correlationId: 2 + i, messageFlags: 0 });
      expect(answer.body).toEqual({ errorCode: 5, errorMessage: `Energistics.Protocol.Discovery.GetResources has header flag 0x${flag.toString(16).padStart(2, '0')}, which etp 1.1 does not define` });
    }
    // A ProtocolException answering a request rejects it with 1.1's code and text.
    const pending = peer.session.request(3, 1, { uri: 'eml://nowhere' });
    const id = peer.last().header.messageId;
    peer.deliver({ protocol: 3, messageType: 1000, correlationId: id, messageId: 5 }, { errorCode: 9, errorMessage: 'no such uri' });
    await expect(pending).rejects.toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 9, message: 'peer answered with ProtocolException 9: no such uri' });
  });

  it('a 1.1 server refuses a RequestSession that asks for nothing it offers, with 1.1 ProtocolException 2', () => {
    const peer = rawPeer('server', { etp: '1.1' });
    const request: Etp11.RequestSessionInput = {
      applicationName: 'x',
      applicationVersion: '1',
      requestedProtocols: [{ protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: {} }],
      supportedObjects: [],
    };
    peer.deliver({ protocol: 0, messageType: 1, messageId: 1 }, request);
    expect(peer.last().body).toEqual({ errorCode: 2, errorMessage: 'none of the requested protocols is offered: 3/store 1.2: offered at version 1.1 only' });
    expect(peer.session.isClosed).toBe(true);
    expect(codec11.profile.subprotocol).toBe('energistics-tp');
  });

  it('bounds a 1.1 peer like a 1.2 one: a response of more messages than maxParts is cancelled with 30, the late last part dropped', async () => {
    const peer = await openClient11({ maxParts: 3 });
    const r = peer.session.request(3, 1, { uri: 'eml://' });
    const id = peer.last().header.messageId;
    for (let i = 0; i < 4; i++) peer.deliver({ protocol: 3, messageType: 2, correlationId: id, messageId: 2 + i, messageFlags: 0x01 }, { resource: resource(i) });
    await expect(r).rejects.toMatchObject({ code: 'RESPONSE_COUNT_EXCEEDED', etpCode: 30 });
    expect(peer.last().body).toMatchObject({ errorCode: 30 });
    expect(peer.last().header).toMatchObject({ correlationId: id, messageFlags: 0 });
    peer.deliver({ protocol: 3, messageType: 2, correlationId: id, messageId: 6, messageFlags: 0x03 }, { resource: resource(9) });
    expect(peer.reports.filter((x) => x.kind === 'unexpected-response')).toHaveLength(0);
    // A peer's own multipart notification, never finished, is held by the budget and swept at MultipartMessageTimeoutPeriod.
    peer.deliver({ protocol: 1, messageType: 3, messageId: 7, messageFlags: 0x01 }, { data: [] });
    expect(peer.session.held.multipart).toBe(1);
    peer.clock.t += 60_000 * 60;
    peer.session.sweep();
    expect(peer.session.held.multipart).toBe(0);
    expect(peer.last().body).toMatchObject({ errorCode: 18 });
  });
});
