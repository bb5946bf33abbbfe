import { beforeEach, describe, expect, it } from 'vitest';
import { v4 as uuidv4 } from 'uuid';
import { dataObjectRecord, StoreClient, StoreServer, type StoreChange, type Subscription } from '../../src/store/index.js';
import { CRS_URI, crsXml, DS, DS_URI, EPC_URI, epcXml, GRID_URI, GRID_UUID, gridXml, uriOf } from './fixtures.js';
import { BACKENDS, newStorage, storePair, useBackend } from './helpers.js';

// StoreNotification (5) served by the store kit, read with StoreClient.subscribe: two sessions on
// one store, a writer and a subscriber, in memory with 16 KiB messages.

async function twoClients(options: Partial<ConstructorParameters<typeof StoreServer>[0]> = {}) {
  const store = new StoreServer({ storage: newStorage(), ...options });
  const writer = new StoreClient((await storePair(store)).client);
  const reader = new StoreClient((await storePair(store)).client);
  await writer.putDataspaces([DS]);
  return { store, writer, reader };
}

const iterators = new Map<Subscription, { it: AsyncIterator<StoreChange>; pending?: Promise<IteratorResult<StoreChange>> }>();
/** The next `n` changes of a subscription (fewer when it ends); a change a lost race waited for is kept for the next call. */
async function next(sub: Subscription, n: number): Promise<StoreChange[]> {
  const entry = iterators.get(sub) ?? iterators.set(sub, { it: sub[Symbol.asyncIterator]() }).get(sub)!;
  const out: StoreChange[] = [];
  while (out.length < n) {
    entry.pending ??= entry.it.next();
    const r = await entry.pending;
    entry.pending = undefined;
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}
/** Lets every frame in flight land. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};
const crs = (i: number) => {
  const uuid = uuidv4();
  return { uri: uriOf('obj_LocalDepth3dCrs', uuid), xml: crsXml(uuid, `crs ${i}`) };
};
const label = (c: StoreChange): string =>
  c.kind === 'changed' ? `${c.changeKind} ${c.dataObject.resource.uri}` : c.kind === 'activeStatus' ? `${c.activeStatus} ${c.resource.uri}` : `${c.kind} ${c.uri}`;

for (const [name, make] of BACKENDS) {
  describe(`StoreNotification on ${name}`, () => {
    beforeEach(() => useBackend(make));

    it('a subscriber to a dataspace sees every put, replace and delete of another session once, in order', async () => {
      const { writer, reader } = await twoClients();
      const sub = reader.subscribe(DS_URI);
      await sub.ready;
      const objects = Array.from({ length: 30 }, (_, i) => crs(i));
      (await writer.putDataObjects(objects.slice(0, 20).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      (await writer.putDataObjects(objects.slice(20).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      (await writer.putDataObjects(objects.slice(0, 3).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      (await writer.deleteDataObjects([objects[5]!.uri, objects[6]!.uri])).orThrow();
      const seen = await next(sub, 35);
      expect(seen.map(label)).toEqual([...objects.map((o) => `insert ${o.uri}`), ...objects.slice(0, 3).map((o) => `update ${o.uri}`), `deleted ${objects[5]!.uri}`, `deleted ${objects[6]!.uri}`]);
      // Without includeObjectData, no bytes; times increase.
      expect(seen.every((c) => c.kind !== 'changed' || c.dataObject.data.length === 0)).toBe(true);
      const times = seen.map((c) => c.changeTime);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      await settle();
      expect(await Promise.race([next(sub, 1), settle().then(() => 'nothing more')])).toBe('nothing more');
    });

    it('a transaction is notified at its commit, not before, and a rollback never', async () => {
      const { writer, reader } = await twoClients();
      const sub = reader.subscribe(DS_URI);
      await sub.ready;
      const [a, b] = [crs(1), crs(2)];
      let during: unknown;
      await writer.transaction(DS, async () => {
        (await writer.putDataObjects([dataObjectRecord(a.uri, a.xml)])).orThrow();
        during = await Promise.race([next(sub, 1), settle().then(() => 'nothing yet')]);
      });
      expect(during).toBe('nothing yet');
      expect((await next(sub, 1)).map(label)).toEqual([`insert ${a.uri}`]);
      await writer
        .transaction(DS, async () => {
          (await writer.putDataObjects([dataObjectRecord(b.uri, b.xml)])).orThrow();
          throw new Error('changed my mind');
        })
        .catch(() => undefined);
      (await writer.deleteDataObjects([a.uri])).orThrow();
      expect((await next(sub, 1)).map(label)).toEqual([`deleted ${a.uri}`]);
    });

    it('with includeObjectData, the bytes come along, joined from ObjectChanged + Chunk when larger than a message', async () => {
      const { writer, reader } = await twoClients();
      const sub = reader.subscribe(DS_URI, { includeObjectData: true });
      await sub.ready;
      const big = gridXml(GRID_UUID, undefined, undefined, 60_000);
      (await writer.putDataObjects([dataObjectRecord(CRS_URI, crsXml()), dataObjectRecord(GRID_URI, big)])).orThrow();
      const [small, large] = (await next(sub, 2)) as Extract<StoreChange, { kind: 'changed' }>[];
      expect(new TextDecoder().decode(small!.dataObject.data)).toBe(crsXml());
      expect(new TextDecoder().decode(large!.dataObject.data)).toBe(big);
    });

    it('an object context follows its scope: targets of a grid are its CRS and EPC, not an object beside them; types filter', async () => {
      const { writer, reader } = await twoClients();
      (await writer.putDataObjects([dataObjectRecord(CRS_URI, crsXml()), dataObjectRecord(EPC_URI, epcXml()), dataObjectRecord(GRID_URI, gridXml())])).orThrow();
      const targets = reader.subscribe(GRID_URI, { scope: 'targetsOrSelf' });
      const crsOnly = reader.subscribe(DS_URI, { dataObjectTypes: ['resqml20.obj_LocalDepth3dCrs'] });
      await Promise.all([targets.ready, crsOnly.ready]);
      const other = crs(9);
      (
        await writer.putDataObjects([dataObjectRecord(other.uri, other.xml), dataObjectRecord(EPC_URI, epcXml()), dataObjectRecord(GRID_URI, gridXml()), dataObjectRecord(CRS_URI, crsXml())])
      ).orThrow();
      expect((await next(targets, 3)).map(label)).toEqual([`update ${EPC_URI}`, `update ${GRID_URI}`, `update ${CRS_URI}`]);
      expect((await next(crsOnly, 2)).map(label)).toEqual([`insert ${other.uri}`, `update ${CRS_URI}`]);
    });

    it('an object put again as Inactive is reported as ObjectActiveStatusChanged, then ObjectChanged', async () => {
      const { writer, reader } = await twoClients();
      (await writer.putDataObjects([dataObjectRecord(CRS_URI, crsXml())])).orThrow();
      const sub = reader.subscribe(DS_URI);
      await sub.ready;
      (await writer.putDataObjects([dataObjectRecord(CRS_URI, crsXml(), { activeStatus: 'Inactive' })])).orThrow();
      expect((await next(sub, 2)).map(label)).toEqual([`Inactive ${CRS_URI}`, `update ${CRS_URI}`]);
    });

    it('bounds: a subscription past maxNotificationBytes is ended, not buffered; one too many gets 12; a commit past maxStagedChanges ends them', async () => {
      const { writer, reader } = await twoClients({ maxNotificationBytes: 128 * 5, maxSubscriptions: 2, maxStagedChanges: 4 });
      const slow = reader.subscribe(DS_URI);
      await slow.ready;
      const burst = Array.from({ length: 8 }, (_, i) => crs(i));
      (await writer.putDataObjects(burst.map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      const got = await next(slow, 100);
      expect(got.length).toBeLessThan(8);
      expect(slow.endReason).toMatch(/did not keep up: more than 640 bytes/);

      const one = reader.subscribe(DS_URI);
      const two = reader.subscribe(DS_URI);
      await Promise.all([one.ready, two.ready]);
      const three = reader.subscribe(DS_URI);
      const refused = await three.ready.catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'ITEMS_FAILED' });
      expect((refused as Error).message).toMatch(/\(12\)$/);

      await writer.transaction(DS, async () => {
        (await writer.putDataObjects(Array.from({ length: 5 }, (_, i) => crs(i)).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      });
      expect(await next(one, 10)).toEqual([]);
      expect(one.endReason).toMatch(/more than 4 objects/);
    });

    it('a waiting change is counted with the name its writer gave it: 120 objects with 5,000-character titles committed at once end a subscription that 128 bytes a change would not', async () => {
      const { writer, reader } = await twoClients();
      const sub = reader.subscribe(DS_URI);
      await sub.ready;
      const long = Array.from({ length: 120 }, (_, i) => {
        const uuid = uuidv4();
        return dataObjectRecord(uriOf('obj_LocalDepth3dCrs', uuid), crsXml(uuid, `${i % 10}`.repeat(5_000)));
      });
      await writer.transaction(DS, async () => (await writer.putDataObjects(long)).orThrow());
      expect((await next(sub, 200)).length).toBeLessThan(120);
      expect(sub.endReason).toMatch(/did not keep up: more than 1048576 bytes/);
    });

    it('deleting the dataspace ends its subscriptions; unsubscribing ends one at the store', async () => {
      const { writer, reader, store } = await twoClients();
      const sub = reader.subscribe(DS_URI);
      await sub.ready;
      (await writer.deleteDataspaces([DS])).orThrow();
      expect(await next(sub, 1)).toEqual([]);
      expect(sub.endReason).toBe('the dataspace was deleted');
      await writer.putDataspaces([DS]);
      const again = reader.subscribe(DS_URI);
      await again.ready;
      again.close();
      await settle();
      // Nothing reaches a closed subscription, and the store keeps no listener for it.
      (await writer.putDataObjects([dataObjectRecord(CRS_URI, crsXml())])).orThrow();
      await settle();
      void store;
    });
  });
}

describe('LocalChangeFeed', () => {
  it('a listener that throws neither reaches the writer nor keeps the others from their changes', async () => {
    const { LocalChangeFeed } = await import('../../src/store/index.js');
    const feed = new LocalChangeFeed();
    const heard: number[] = [];
    feed.listen(() => {
      throw new Error('broken session');
    });
    const stop = feed.listen((events) => void heard.push(events.length));
    expect(feed.listening).toBe(true);
    expect(() => feed.publish([{ kind: 'deleted', dataspace: 'd', uuid: 'u', type: 't', time: 1, created: false, active: false, activeChanged: false }])).not.toThrow();
    expect(heard).toEqual([1]);
    stop();
    feed.publish([]);
    expect(heard).toEqual([1]);
  });
});
