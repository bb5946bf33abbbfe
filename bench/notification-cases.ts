// StoreNotification's cost, in the same rounds as the other loopback cases: 100 small objects put
// by one connection and each notified to a subscriber on another, against the same puts with
// nobody subscribed — on one node (SQLite in memory, the in-process feed), and, when PostgreSQL is
// at ETP_CODEC_PG_URL, across two nodes on one database (LISTEN/NOTIFY). ops/s count objects.
import { v5 as uuidv5 } from 'uuid';
import { dataObjectRecord, LocalChangeFeed, PostgresChangeFeed, PostgresStoreStorage, SqliteStoreStorage, StoreClient, StoreServer, type StoreStorage, type ChangeFeed } from '../src/store/index.js';
import { listen } from '../src/transport/index.js';
import type { SessionRow } from './session-cases.js';

const OBJECTS = 100;
const NS = '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e';
const DS = 'bench';

function crs(i: number): { uri: string; xml: string } {
  const uuid = uuidv5(`notified ${i}`, NS);
  const xml = `<resqml2:obj_LocalDepth3dCrs xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" uuid="${uuid}" schemaVersion="2.0"><eml:Citation><eml:Title>crs ${i}</eml:Title></eml:Citation></resqml2:obj_LocalDepth3dCrs>`;
  return { uri: `eml:///dataspace('${DS}')/resqml20.obj_LocalDepth3dCrs(${uuid})`, xml };
}

interface Node {
  url: string;
  close: () => Promise<void>;
}

async function node(storage: StoreStorage, changes?: ChangeFeed): Promise<Node> {
  const store = new StoreServer({ storage, changes: changes ?? new LocalChangeFeed() });
  const server = await listen({ port: 0, compression: [], protocols: store.offer, setup: (s) => store.attach(s) });
  return { url: server.url, close: () => server.close() };
}

/** A writer on `a`, a subscriber on `b` counting what it hears; `put()` resolves once all 100 changes of one put were heard. */
async function pair(a: Node, b: Node): Promise<{ put: () => Promise<void>; quiet: () => Promise<void>; close: () => void }> {
  const writer = await StoreClient.connect(a.url, { compression: [] });
  const reader = await StoreClient.connect(b.url, { compression: [] });
  (await writer.putDataspaces([DS])).orThrow();
  const records = Array.from({ length: OBJECTS }, (_, i) => crs(i)).map((o) => dataObjectRecord(o.uri, o.xml));
  (await writer.putDataObjects(records)).orThrow();
  let heard = 0;
  let waiting: { until: number; resolve: () => void } | undefined;
  const sub = reader.subscribe(`eml:///dataspace('${DS}')`, { maxQueuedBytes: 64 * 1024 * 1024 });
  await sub.ready;
  void (async () => {
    for await (const _ of sub) {
      heard++;
      if (waiting && heard >= waiting.until) waiting.resolve();
    }
  })().catch(() => {});
  const put = async (): Promise<void> => {
    const done = new Promise<void>((resolve) => (waiting = { until: heard + OBJECTS, resolve }));
    (await writer.putDataObjects(records)).orThrow();
    await done;
  };
  // The same put on a second dataspace nobody subscribed to, through the same node.
  (await writer.putDataspaces(['quiet'])).orThrow();
  const quietRecords = Array.from({ length: OBJECTS }, (_, i) => crs(i)).map((o) => dataObjectRecord(o.uri.replace(`('${DS}')`, "('quiet')"), o.xml));
  const quiet = async (): Promise<void> => void (await writer.putDataObjects(quietRecords)).orThrow();
  return { put, quiet, close: () => (sub.close(), writer.close(), reader.close()) };
}

export async function notificationRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const storage = new SqliteStoreStorage(':memory:');
  const one = await node(storage);
  const local = await pair(one, one);
  cleanups.push(local.close, one.close, () => storage.close());
  const rows: SessionRow[] = [
    {
      case: `StoreNotification: ${OBJECTS} small objects put, each heard by a subscriber on another connection, one node, loopback ws`,
      op: 'objects put and notified/s',
      ours: { name: 'PutDataObjects, then every ObjectChanged received', times: OBJECTS, fn: local.put },
      baseline: { name: 'the same PutDataObjects into a dataspace nobody subscribed to', times: OBJECTS, fn: local.quiet },
    },
  ];
  const url = process.env.ETP_CODEC_PG_URL;
  if (url) {
    const schema = `bench_${process.pid}`;
    const [sa, sb] = [await PostgresStoreStorage.open(url, { schema }), await PostgresStoreStorage.open(url, { schema })];
    const [fa, fb] = [await PostgresChangeFeed.open(url, { channel: schema }), await PostgresChangeFeed.open(url, { channel: schema })];
    const [a, b] = [await node(sa, fa), await node(sb, fb)];
    const across = await pair(a, b);
    cleanups.push(
      across.close,
      a.close,
      b.close,
      () => fa.close(),
      () => fb.close(),
      async () => {
        await sa.pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await sa.close();
        await sb.close();
      },
    );
    rows.push({
      case: `StoreNotification: ${OBJECTS} small objects put through node A, each heard by a subscriber on node B, PostgreSQL`,
      op: 'objects put and notified/s',
      ours: { name: 'PutDataObjects on A, then every ObjectChanged received on B', times: OBJECTS, fn: across.put },
      baseline: { name: 'the same PutDataObjects on A into a dataspace nobody subscribed to', times: OBJECTS, fn: across.quiet },
    });
  }
  return {
    rows,
    cleanup: async () => {
      for (const c of cleanups) await c();
    },
  };
}
