import { describe, expect, it } from 'vitest';
import { EtpError, isEtpError } from '../../src/errors.js';
import { STORE_OFFER, StoreClient, type StoreChange } from '../../src/store/index.js';
import { MessageFlags } from '../../src/index.js';
import { codec } from '../helpers/raw-peer.js';
import { sessionPair } from '../helpers/session-pair.js';
import { bytes, EPC_URI, DS_URI } from './fixtures.js';

// The customer's side of StoreNotification (5), against a store written here by hand: the store kit
// does not notify yet, and the client must work against any store that does.

const SN = 'Energistics.Etp.v12.Protocol.StoreNotification.';
const T = 1_764_000_000_000_000;
const NOTIFY = { protocol: 5, role: 'store' };

async function notifyingPair(refuse = false) {
  const pair = sessionPair({ protocols: [...STORE_OFFER, NOTIFY] }, { protocols: [NOTIFY] });
  const asked: string[] = [];
  const unsubscribed: string[] = [];
  pair.server.on(`${SN}SubscribeNotifications`, (ctx) => {
    for (const info of Object.values(ctx.body.request)) asked.push(info.requestUuid);
    if (refuse) throw new EtpError('NOT_FOUND', 'no such context');
    ctx.reply(`${SN}SubscribeNotificationsResponse`, { success: Object.fromEntries(Object.keys(ctx.body.request).map((k) => [k, ''])) });
  });
  pair.server.on(`${SN}UnsubscribeNotifications`, (ctx) => void unsubscribed.push(ctx.body.requestUuid));
  await pair.client.start();
  return { ...pair, client: new StoreClient(pair.client), asked, unsubscribed };
}

const resource = (uri: string) => ({ uri, name: 'n', lastChanged: T, storeLastWrite: T, storeCreated: T, activeStatus: 'Active' as const });

describe('StoreClient.subscribe', () => {
  it('yields each change of its subscription once, in order, whatever the store sends for others, and ends with the store', async () => {
    const { client, server, asked } = await notifyingPair();
    const sub = client.subscribe(DS_URI, { includeObjectData: true });
    await sub.ready;
    expect(asked).toEqual([sub.requestUuid]);
    const send = (name: string, body: object): void => void server.send(`${SN}${name}` as never, body as never);
    send('ObjectChanged', {
      requestUuid: sub.requestUuid,
      change: { changeKind: 'insert', changeTime: T, dataObject: { resource: resource(EPC_URI), format: 'xml', blobId: null, data: bytes('<x/>') } },
    });
    send('ObjectDeleted', { requestUuid: '00000000-0000-4000-8000-000000000000', uri: 'other', changeTime: T });
    send('ObjectActiveStatusChanged', { requestUuid: sub.requestUuid, activeStatus: 'Inactive', changeTime: T + 1, resource: resource(EPC_URI) });
    send('ObjectAccessRevoked', { requestUuid: sub.requestUuid, uri: EPC_URI, changeTime: T + 2 });
    send('ObjectDeleted', { requestUuid: sub.requestUuid, uri: EPC_URI, changeTime: T + 3 });
    send('SubscriptionEnded', { requestUuid: sub.requestUuid, reason: 'store closing' });
    const seen: StoreChange[] = [];
    for await (const change of sub) seen.push(change);
    expect(seen.map((c) => c.kind)).toEqual(['changed', 'activeStatus', 'accessRevoked', 'deleted']);
    expect(new TextDecoder().decode((seen[0] as Extract<StoreChange, { kind: 'changed' }>).dataObject.data)).toBe('<x/>');
    expect(seen.map((c) => c.changeTime)).toEqual([T, T + 1, T + 2, T + 3]);
    expect(sub.endReason).toBe('store closing');
  });

  it('an object larger than a message comes in ObjectChanged + Chunk and is joined', async () => {
    const { client, sent } = await notifyingPair();
    const sub = client.subscribe(DS_URI, { includeObjectData: true });
    await sub.ready;
    const big = bytes(`<x>${'y'.repeat(50_000)}</x>`);
    const blobId = '11111111-2222-4333-8444-555555555555';
    // Frames as the store would send them, with message ids after its last (even, increasing).
    const firstId = codec.peek(sent.server.at(-1)!).messageId + 2;
    const head = codec.encode(
      `${SN}ObjectChanged`,
      { requestUuid: sub.requestUuid, change: { changeKind: 'update', changeTime: T, dataObject: { resource: resource(EPC_URI), format: 'xml', blobId, data: new Uint8Array(0) } } },
      { correlationId: 0, messageId: firstId, messageFlags: MessageFlags.MultiPart },
    );
    const c1 = codec.encode(`${SN}Chunk`, { blobId, data: big.subarray(0, 30_000), final: false }, { correlationId: firstId, messageId: firstId + 2, messageFlags: MessageFlags.MultiPart });
    const c2 = codec.encode(
      `${SN}Chunk`,
      { blobId, data: big.subarray(30_000), final: true },
      { correlationId: firstId, messageId: firstId + 4, messageFlags: MessageFlags.MultiPart | MessageFlags.FinalPart },
    );
    for (const f of [head, c1, c2]) client.session.receive(f);
    const it = sub[Symbol.asyncIterator]();
    const first = (await it.next()).value as Extract<StoreChange, { kind: 'changed' }>;
    expect(Buffer.from(first.dataObject.data).equals(Buffer.from(big))).toBe(true);
    expect(first.dataObject.blobId).toBeNull();
  });

  it('breaking out of the loop unsubscribes; a refused subscription throws from the loop; a closed session ends it with SESSION_CLOSED', async () => {
    const { client, server, unsubscribed } = await notifyingPair();
    const sub = client.subscribe(DS_URI);
    await sub.ready;
    server.send(`${SN}ObjectDeleted`, { requestUuid: sub.requestUuid, uri: EPC_URI, changeTime: T });
    for await (const change of sub) {
      expect(change.kind).toBe('deleted');
      break;
    }
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(unsubscribed).toEqual([sub.requestUuid]);

    const refused = (await notifyingPair(true)).client.subscribe(DS_URI);
    const err = await (async () => {
      for await (const _ of refused) void _;
    })().catch((e: unknown) => e);
    expect(isEtpError(err, 'PROTOCOL_EXCEPTION') && err.etpCode).toBe(11);

    const third = await notifyingPair();
    const open = third.client.subscribe(DS_URI);
    await open.ready;
    const loop = (async () => {
      for await (const _ of open) void _;
    })().catch((e: unknown) => e);
    third.client.close('bye');
    expect(isEtpError(await loop, 'SESSION_CLOSED')).toBe(true);
  });

  it('a consumer that does not read is ended with LIMIT_EXCEEDED past maxQueuedBytes, and the store is told to stop', async () => {
    const { client, server, unsubscribed } = await notifyingPair();
    const sub = client.subscribe(DS_URI, { maxQueuedBytes: 2000 });
    await sub.ready;
    for (let i = 0; i < 100; i++) server.send(`${SN}ObjectDeleted`, { requestUuid: sub.requestUuid, uri: `${EPC_URI}${i}`, changeTime: T + i });
    await new Promise((r) => setImmediate(r));
    expect(unsubscribed).toEqual([sub.requestUuid]);
    const seen: StoreChange[] = [];
    const err = await (async () => {
      for await (const c of sub) seen.push(c);
    })().catch((e: unknown) => e);
    expect(isEtpError(err, 'LIMIT_EXCEEDED')).toBe(true);
    // What was queued within the bound is still read, then the error.
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.length).toBeLessThan(100);
  });
});
