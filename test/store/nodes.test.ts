import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { v4 as uuidv4 } from 'uuid';
import { dataObjectRecord, PostgresChangeFeed, PostgresStoreStorage, StoreClient, StoreServer, type StoreChange, type Subscription } from '../../src/store/index.js';
import { describePostgres, freshSchema, PG_URL } from '../helpers/postgres.js';
import { crsXml, DS, DS_URI, uriOf } from './fixtures.js';
import { storePair } from './helpers.js';

// Two store nodes on one PostgreSQL database, in one process: what is written through one is read
// and notified through the other.

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closing.splice(0).reverse()) await c();
});

async function node(schema: string, now?: () => number): Promise<{ store: StoreServer; feed: PostgresChangeFeed }> {
  const storage = await PostgresStoreStorage.open(PG_URL!, { schema, poolSize: 4 });
  const feed = await PostgresChangeFeed.open(PG_URL!, { channel: `c_${schema}` });
  closing.push(
    () => feed.close(),
    () => storage.close(),
  );
  return { store: new StoreServer({ storage, changes: feed, transactionTimeoutMs: 60_000, ...(now ? { now } : {}) }), feed };
}

async function next(sub: Subscription, n: number): Promise<StoreChange[]> {
  const out: StoreChange[] = [];
  const it = sub[Symbol.asyncIterator]();
  while (out.length < n) {
    const r = await it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}
const label = (c: StoreChange): string => (c.kind === 'changed' ? `${c.changeKind} ${c.dataObject.resource.uri}` : c.kind === 'deleted' ? `deleted ${c.uri}` : c.kind);
const crs = (i: number) => {
  const uuid = uuidv4();
  return { uri: uriOf('obj_LocalDepth3dCrs', uuid), xml: crsXml(uuid, `crs ${i}`) };
};

describePostgres('two store nodes on one PostgreSQL', () => {
  it("an object put through node A is read through node B; B's subscriber (and A's) sees every change once, in order; a transaction at its commit", async () => {
    const schema = freshSchema();
    const a = await node(schema);
    const b = await node(schema);
    const writer = new StoreClient((await storePair(a.store)).client);
    const reader = new StoreClient((await storePair(b.store)).client);
    const local = new StoreClient((await storePair(a.store)).client);
    (await writer.putDataspaces([DS])).orThrow();
    const there = reader.subscribe(DS_URI);
    const here = local.subscribe(DS_URI);
    await Promise.all([there.ready, here.ready]);

    const objects = Array.from({ length: 40 }, (_, i) => crs(i));
    for (let i = 0; i < 40; i += 10) (await writer.putDataObjects(objects.slice(i, i + 10).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
    await writer.transaction(DS, async () => {
      (await writer.putDataObjects(objects.slice(0, 2).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      (await writer.deleteDataObjects([objects[39]!.uri])).orThrow();
    });
    const expected = [...objects.map((o) => `insert ${o.uri}`), `update ${objects[0]!.uri}`, `update ${objects[1]!.uri}`, `deleted ${objects[39]!.uri}`];
    expect((await next(there, expected.length)).map(label)).toEqual(expected);
    expect((await next(here, expected.length)).map(label)).toEqual(expected);

    const got = (await reader.getDataObjects(objects.slice(0, 39).map((o) => o.uri))).orThrow();
    expect(new TextDecoder().decode(got.get(objects[7]!.uri)!.data)).toBe(objects[7]!.xml);
    expect((await reader.getDataObjects([objects[39]!.uri])).errors.get(objects[39]!.uri)?.code).toBe(11);
    for (const c of [writer, reader, local]) c.close();
  });
});

describePostgres('write locks across two store nodes', () => {
  it('a writer on node B conflicts (15) with a transaction open on node A, inside a transaction or not, until A commits', async () => {
    const schema = freshSchema();
    const a = await node(schema);
    const b = await node(schema);
    const writerA = new StoreClient((await storePair(a.store)).client);
    const writerB = new StoreClient((await storePair(b.store)).client);
    (await writerA.putDataspaces([DS])).orThrow();
    const [x, y] = [crs(1), crs(2)];
    await writerA.transaction(DS, async () => {
      (await writerA.putDataObjects([dataObjectRecord(x.uri, x.xml)])).orThrow();
      const refused = await writerB.transaction(DS, () => 'ran').catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'PROTOCOL_EXCEPTION', etpCode: 15 });
      const outside = await writerB.putDataObjects([dataObjectRecord(y.uri, y.xml)]);
      expect(outside.errors.get(y.uri)?.code).toBe(15);
    });
    expect(await writerB.transaction(DS, async () => (await writerB.putDataObjects([dataObjectRecord(y.uri, y.xml)])).ok)).toBe(true);
    expect((await writerA.getDataObjects([x.uri, y.uri])).values.size).toBe(2);
  });

  it("a transaction past transactionTimeoutMs on node A is taken over by node B's writer and rolled back; A's commit then fails and keeps nothing", async () => {
    const schema = freshSchema();
    let clock = 1_000_000;
    const a = await node(schema, () => clock);
    const b = await node(schema, () => clock);
    const writerA = new StoreClient((await storePair(a.store)).client);
    const writerB = new StoreClient((await storePair(b.store)).client);
    (await writerA.putDataspaces([DS])).orThrow();
    const [x, y, z] = [crs(1), crs(2), crs(3)];
    const failed = await writerA
      .transaction(DS, async () => {
        (await writerA.putDataObjects([dataObjectRecord(x.uri, x.xml)])).orThrow();
        clock += 60_001;
        await writerB.transaction(DS, async () => (await writerB.putDataObjects([dataObjectRecord(y.uri, y.xml)])).orThrow());
        // A writes on, not knowing yet: what it stages now must go with its failed commit.
        (await writerA.putDataObjects([dataObjectRecord(z.uri, z.xml)])).orThrow();
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 'TRANSACTION_FAILED' });
    expect((failed as Error).message).toMatch(/rolled back by another store process/);
    const got = await writerB.getDataObjects([x.uri, y.uri, z.uri]);
    expect([...got.values.keys()]).toEqual([y.uri]);
    const staged = await (a.store.storage as PostgresStoreStorage).pool.query("SELECT COUNT(*)::int AS n FROM store_objects WHERE txn <> ''");
    expect(staged.rows[0].n).toBe(0);
  });
});

describe('PostgresChangeFeed options', () => {
  it('refuses a channel that is not a plain sql name', async () => {
    await expect(PostgresChangeFeed.open('postgres://nowhere:1/x', { channel: 'a; drop table x' })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});

describePostgres('PostgresChangeFeed', () => {
  it('carries a batch larger than one NOTIFY payload whole and in order, to every feed on the channel (its own included)', async () => {
    const channel = `c_${freshSchema()}`;
    const [a, b] = [await PostgresChangeFeed.open(PG_URL!, { channel }), await PostgresChangeFeed.open(PG_URL!, { channel })];
    closing.push(
      () => a.close(),
      () => b.close(),
    );
    const heard = { a: [] as string[], b: [] as string[] };
    let resolveAll!: () => void;
    const all = new Promise<void>((r) => (resolveAll = r));
    const hear = (who: 'a' | 'b') => (events: readonly { uuid: string }[]) => {
      heard[who].push(...events.map((e) => e.uuid));
      if (heard.a.length >= 500 && heard.b.length >= 500) resolveAll();
    };
    a.listen(hear('a'));
    b.listen(hear('b'));
    const events = Array.from({ length: 500 }, (_, i) => ({
      kind: 'put' as const,
      dataspace: 'd',
      uuid: `${i}`.padStart(36, '0'),
      type: 'resqml20.obj_LocalDepth3dCrs',
      time: i,
      created: true,
      active: true,
      activeChanged: false,
      name: `object ${i}`,
    }));
    a.publish(events);
    await a.flushed();
    await all;
    expect(heard.b).toEqual(events.map((e) => e.uuid));
    expect(heard.a).toEqual(events.map((e) => e.uuid));
  });

  it('a lost LISTEN connection ends every subscription: listeners get a reset of every dataspace', async () => {
    const channel = `c_${freshSchema()}`;
    const errors: string[] = [];
    const feed = await PostgresChangeFeed.open(PG_URL!, { channel, onError: (e) => errors.push(e.code), retryMs: 3_600_000 });
    closing.push(() => feed.close());
    let resolveReset!: (reason: string) => void;
    const reset = new Promise<string>((r) => (resolveReset = r));
    feed.listen((events) => {
      for (const e of events) if (e.kind === 'reset' && e.dataspace === '*') resolveReset(e.reason ?? '');
    });
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1', [`LISTEN ${channel}`]);
    await admin.end();
    expect(await reset).toMatch(/lost its change feed/);
    expect(errors).toContain('CONNECTION_FAILED');
  });
});
