import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvroType } from '../../src/schema/avro-types.js';
import { createCodec, type GetResourcesResponseInput } from '../../src/index.js';
import { EtpSession, linkedSessions, splitBody } from '../../src/session/index.js';
import { getResources, resource } from '../helpers/session-pair.js';
import { FIN, openClient, openSession } from '../helpers/raw-peer.js';

describe('multipart properties', () => {
  it('any split and any interleaving of several responses reassembles each to the original', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.nat()), async (splits, picks) => {
        const peer = await openClient();
        let next = 0;
        const expected = splits.map((sizes) => Array.from({ length: sizes.reduce((a, b) => a + b, 0) }, () => resource(next++)));
        const requests = splits.map(() => peer.session.request<{ resources: unknown[] }>(3, 1, getResources));
        const ids = peer.sentOf(3, 1).map((m) => m.header.messageId);
        // Each response's parts, in order; which response speaks next is chosen at random.
        const queues = splits.map((sizes, r) => {
          const all = expected[r]!;
          let at = 0;
          return sizes.map((n, k) => {
            const part = all.slice(at, at + n);
            at += n;
            return { resources: part, fin: k === sizes.length - 1 };
          });
        });
        let id = 3;
        const it = picks[Symbol.iterator]();
        while (queues.some((q) => q.length)) {
          const open = queues.map((q, i) => [q, i] as const).filter(([q]) => q.length);
          const [q, r] = open[it.next().value! % open.length]!;
          const part = q.shift()!;
          peer.deliver({ protocol: 3, messageType: 4, correlationId: ids[r]!, messageId: id, messageFlags: part.fin ? FIN : 0 }, { resources: part.resources });
          id += 2;
        }
        const results = await Promise.all(requests);
        results.forEach((res, r) => {
          expect(res.body.resources).toEqual(expected[r]);
          expect(res.count).toBe(splits[r]!.length);
        });
        expect(peer.reports).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('splitting packs each part as full as the size allows, and the parts concatenate to the body', () => {
    const codec = createCodec();
    const type = codec.lookup({ protocol: 3, messageType: 4 }).type as AvroType;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 300, max: 3000 }), (n, max) => {
        const body = { resources: Array.from({ length: n }, (_, i) => ({ ...resource(i), name: 'w'.repeat(i % 37) })) };
        const encode = (part: unknown) => codec.encode({ header: { protocol: 3, messageType: 4, correlationId: 2, messageId: 1001, messageFlags: 0 }, body: part as GetResourcesResponseInput });
        const size = (part: unknown) => encode(part).length;
        const frames = splitBody(type, body, (part) => {
          const f = encode(part);
          return f.length <= max ? f : undefined;
        });
        // The frames returned are the ones measured: they decode to the parts.
        const parts = frames.map((f) => codec.decode(f).body) as { resources: unknown[] }[];
        expect(parts.flatMap((p) => p.resources)).toEqual(body.resources);
        let at = 0;
        for (const [i, p] of parts.entries()) {
          expect(size(p)).toBeLessThanOrEqual(max);
          at += p.resources.length;
          // One more item would not have fit.
          if (i < parts.length - 1) expect(size({ resources: body.resources.slice(at - p.resources.length, at + 1) })).toBeGreaterThan(max);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('blobs', () => {
  // A small custom protocol with ETP's Chunk shape: {blobId, data, final}.
  const chunkProtocol = {
    types: [
      { type: 'record', namespace: 'Test.Blob', name: 'GetBlob', protocol: '2001', messageType: '1', senderRole: 'customer', multipartFlag: false, fields: [{ name: 'uri', type: 'string' }] },
      {
        type: 'record',
        namespace: 'Test.Blob',
        name: 'Chunk',
        protocol: '2001',
        messageType: '8',
        senderRole: 'store',
        multipartFlag: true,
        fields: [
          { name: 'blobId', type: 'Energistics.Etp.v12.Datatypes.Uuid' },
          { name: 'data', type: 'bytes' },
          { name: 'final', type: 'boolean' },
        ],
      },
    ],
  };

  it('joins the Chunk messages of a blob into one buffer', async () => {
    const codec = createCodec({ extend: [chunkProtocol], bytesView: true });
    const out: Uint8Array[] = [];
    const session = new EtpSession({ role: 'client', codec, protocols: [{ protocol: 2001, role: 'store' }], send: (f) => out.push(f), timers: { setInterval: () => 0, clearInterval: () => {} } });
    const opened = session.start();
    const frame = (h: object, body: unknown) => codec.encode({ header: { correlationId: 0, messageFlags: FIN, ...h } as never, body });
    session.receive(frame({ protocol: 0, messageType: 2, correlationId: 2, messageId: 1 }, openSession([{ protocol: 2001, role: 'store' }])));
    await opened;
    const r = session.request(2001, 1, { uri: 'eml:///blob' });
    const blobId = '0a0b0c0d-0000-4000-8000-000000000042';
    const pieces = [Buffer.alloc(1000, 1), Buffer.alloc(500, 2), Buffer.alloc(10, 3)];
    pieces.forEach((data, i) => session.receive(frame({ protocol: 2001, messageType: 8, correlationId: 4, messageId: 3 + 2 * i, messageFlags: i === 2 ? FIN : 0 }, { blobId, data, final: i === 2 })));
    const res = await r;
    expect(Buffer.from(res.blobs.get(blobId)!)).toEqual(Buffer.concat(pieces));
    expect(res.count).toBe(3);
  });
});

describe('sendEach: one multipart message that is not a request', () => {
  it('sends an ObjectChanged and its Chunk messages as parts of one message: the receiver gets it once, with the blob joined; parts of two protocols are refused', async () => {
    const SN = 'Energistics.Etp.v12.Protocol.StoreNotification.';
    const NOTIFY = [{ protocol: 5, role: 'store' }];
    const { client, server } = linkedSessions({ client: { protocols: NOTIFY }, server: { protocols: NOTIFY } });
    const got: { blobs: number; bytes: number; count: number }[] = [];
    client.on(`${SN}ObjectChanged`, (ctx) => void got.push({ blobs: ctx.blobs.size, bytes: ctx.blobs.get(blobId)?.length ?? 0, count: 1 }));
    await client.start();
    const blobId = '0a0b0c0d-0000-4000-8000-000000000042';
    const resource = { uri: 'eml:///witsml21.Well(0a0b0c0d-0000-4000-8000-000000000001)', name: 'w', lastChanged: 1, storeLastWrite: 1, storeCreated: 1, activeStatus: 'Active' as const };
    const first = server.sendEach([
      { message: `${SN}ObjectChanged`, body: { requestUuid: blobId, change: { changeKind: 'insert', changeTime: 1, dataObject: { resource, blobId, data: new Uint8Array(0) } } } },
      { message: `${SN}Chunk`, body: { blobId, data: new Uint8Array(700), final: false } },
      { message: `${SN}Chunk`, body: { blobId, data: new Uint8Array(300), final: true } },
    ]);
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(got).toEqual([{ blobs: 1, bytes: 1000, count: 1 }]);
    expect(() =>
      server.sendEach([
        { message: `${SN}ObjectDeleted`, body: { uri: resource.uri, changeTime: 1, requestUuid: blobId } },
        { message: 'Energistics.Etp.v12.Protocol.Core.Ping', body: { currentDateTime: 1 } },
      ]),
    ).toThrow(/parts of one message are of one protocol/);
    expect(() => server.sendEach([])).toThrow(/at least one part/);
  });
});
