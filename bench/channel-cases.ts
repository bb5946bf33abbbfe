// Channels through the store, in the same rounds as the other loopback cases: 10,000 points loaded
// by a producer (ChannelDataLoad) and each received by a subscriber on another connection
// (ChannelSubscribe), end to end — against the same points sent with bare ChannelStreaming from
// one session to another over loopback ws, in messages of the same size, no store in between. On
// one node (SQLite in memory, the in-process feed) and, when PostgreSQL is at ETP_CODEC_PG_URL,
// across two nodes on one database (LISTEN/NOTIFY). ops/s count points.
import Database from 'better-sqlite3';
import { v5 as uuidv5 } from 'uuid';
import {
  channelXml,
  dataObjectRecord,
  LocalChangeFeed,
  PostgresChangeFeed,
  PostgresStoreStorage,
  SqliteStoreStorage,
  StoreClient,
  StoreServer,
  type ChangeFeed,
  type ChannelPointItem,
  type StoreStorage,
} from '../src/store/index.js';
import { connect, listen } from '../src/transport/index.js';
import type { SessionRow } from './session-cases.js';

const POINTS = 10_000;
/** Points a message carries, for the store's load and for bare streaming alike. */
const PER_MESSAGE = 1000;
const NS = '6c5b4a39-2817-4f06-9e5d-4c3b2a190807';

interface Node {
  url: string;
  close: () => Promise<void>;
}

async function node(storage: StoreStorage, changes?: ChangeFeed): Promise<Node> {
  const store = new StoreServer({ storage, changes: changes ?? new LocalChangeFeed() });
  const server = await listen({ port: 0, compression: [], protocols: store.offer, setup: (s) => store.attach(s) });
  return { url: server.url, close: () => server.close() };
}

const log = (channelId: number, from: number): ChannelPointItem[] =>
  Array.from({ length: POINTS }, (_, i) => ({ channelId, index: from + i, value: { item: { double: 60 + Math.sin((from + i) / 50) * 40 } } }));

/** A producer on `a`, a subscriber on `b`; `load()` resolves once the subscriber received the 10,000 points one load appended. */
async function channelPair(a: Node, b: Node, label: string): Promise<{ load: () => Promise<void>; close: () => void }> {
  const producer = await StoreClient.connect(a.url, { compression: [] });
  const consumer = await StoreClient.connect(b.url, { compression: [] });
  (await producer.putDataspaces(['bench'])).orThrow();
  const uuid = uuidv5(`channel ${label} ${process.pid}`, NS);
  const uri = `eml:///dataspace('bench')/witsml21.Channel(${uuid})`;
  (await producer.putDataObjects([dataObjectRecord(uri, channelXml({ uuid, mnemonic: 'GR', uom: 'gAPI' }))])).orThrow();
  const id = Number((await producer.openChannels([uri])).orThrow().get(uri)!.id);
  (await consumer.getChannelMetadata([uri])).orThrow();
  const feed = consumer.channelEvents({ maxQueuedBytes: 256 * 1024 * 1024 });
  (await consumer.subscribeChannels([{ channelId: id }])).orThrow();
  let received = 0;
  let waiting: { until: number; resolve: () => void } | undefined;
  void (async () => {
    for await (const e of feed) {
      if (e.kind !== 'data') continue;
      received += e.points.length;
      if (waiting && received >= waiting.until) waiting.resolve();
    }
  })().catch(() => {});
  let next = 0;
  const load = async (): Promise<void> => {
    const done = new Promise<void>((resolve) => (waiting = { until: received + POINTS, resolve }));
    await producer.appendPoints(log(id, next), { pointsPerMessage: PER_MESSAGE });
    next += POINTS;
    await done;
  };
  return { load, close: () => (producer.close(), consumer.close()) };
}

/** Bare ChannelStreaming over loopback ws: the same 10,000 points in ChannelData messages of 1,000, counted by the receiving session. */
async function bareStreaming(): Promise<{ send: () => Promise<void>; close: () => Promise<void> }> {
  const PROTOCOLS = [{ protocol: 1, role: 'producer' }];
  let received = 0;
  let waiting: { until: number; resolve: () => void } | undefined;
  const server = await listen({
    port: 0,
    compression: [],
    protocols: PROTOCOLS,
    setup: (s) =>
      s.on(1, 2, (ctx) => {
        received += (ctx.body as { data: unknown[] }).data.length;
        if (waiting && received >= waiting.until) waiting.resolve();
      }),
  });
  const { session } = await connect(server.url, { protocols: PROTOCOLS, compression: [] });
  let next = 0;
  const send = async (): Promise<void> => {
    const done = new Promise<void>((resolve) => (waiting = { until: received + POINTS, resolve }));
    for (let m = 0; m < POINTS; m += PER_MESSAGE) {
      const data = Array.from({ length: PER_MESSAGE }, (_, i) => ({
        channelId: 1,
        indexes: [{ item: { double: next + m + i } }],
        value: { item: { double: 60 + Math.sin((next + m + i) / 50) * 40 } },
        valueAttributes: [],
      }));
      if (!session.writable) await session.drained();
      session.send(1, 2, { data } as never);
    }
    next += POINTS;
    await done;
  };
  return { send, close: async () => (session.close(), await server.close()) };
}

/** The floor of the store's part: the same 10,000 points inserted into SQLite in one transaction with one prepared statement, then read back, nothing else. */
function rawSqlite(): { run: () => void; close: () => void } {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE points (channel_id INTEGER NOT NULL, idx REAL NOT NULL, value TEXT NOT NULL, PRIMARY KEY (channel_id, idx)) WITHOUT ROWID');
  const put = db.prepare('INSERT INTO points (channel_id, idx, value) VALUES (?, ?, ?)');
  const read = db.prepare('SELECT idx, value FROM points WHERE channel_id = 1 AND idx > ? ORDER BY idx LIMIT 1000');
  let next = 0;
  const insert = db.transaction((from: number) => {
    for (let i = 0; i < POINTS; i++) put.run(1, from + i, `d${60 + Math.sin((from + i) / 50) * 40}`);
  });
  return {
    run: () => {
      insert(next);
      for (let after = next - 1; after < next + POINTS - 1; after += 1000) read.all(after);
      next += POINTS;
    },
    close: () => db.close(),
  };
}

export async function channelRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const bare = await bareStreaming();
  cleanups.push(bare.close);
  const sqlite = rawSqlite();
  cleanups.push(sqlite.close);
  const storage = new SqliteStoreStorage(':memory:');
  const one = await node(storage);
  const local = await channelPair(one, one, 'one');
  cleanups.push(local.close, one.close, () => storage.close());
  const baseline = { name: 'the same points as bare ChannelStreaming, session to session, no store', times: POINTS, fn: bare.send };
  const rows: SessionRow[] = [
    {
      case: `Channels: ${POINTS.toLocaleString('en-US')} points loaded (ChannelDataLoad) and each received by a subscriber (ChannelSubscribe), one node, SQLite, loopback ws`,
      op: 'points/s end to end',
      ours: { name: 'appendPoints, then every point received', times: POINTS, fn: local.load },
      baseline,
    },
    {
      case: `Channels: the same ${POINTS.toLocaleString('en-US')} points end to end on one node, against the floor of keeping them`,
      op: 'points/s end to end',
      ours: { name: 'appendPoints, then every point received', times: POINTS, fn: local.load },
      baseline: { name: 'raw SQLite: the points inserted with one prepared statement in one transaction, read back in pages of 1,000', times: POINTS, fn: sqlite.run },
    },
  ];
  const url = process.env.ETP_CODEC_PG_URL;
  if (url) {
    const schema = `bench_channels_${process.pid}`;
    const [sa, sb] = [await PostgresStoreStorage.open(url, { schema }), await PostgresStoreStorage.open(url, { schema })];
    const [fa, fb] = [await PostgresChangeFeed.open(url, { channel: schema }), await PostgresChangeFeed.open(url, { channel: schema })];
    const [a, b] = [await node(sa, fa), await node(sb, fb)];
    const across = await channelPair(a, b, 'two');
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
      case: `Channels: ${POINTS.toLocaleString('en-US')} points loaded through node A, each received by a subscriber on node B, PostgreSQL`,
      op: 'points/s end to end',
      ours: { name: 'appendPoints on A, then every point received on B', times: POINTS, fn: across.load },
      baseline,
    });
  }
  return {
    rows,
    cleanup: async () => {
      for (const c of cleanups) await c();
    },
  };
}
