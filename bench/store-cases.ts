// The store kit against its floors, in the same rounds: 100 objects of 10 KB XML put and got in one
// request over a loopback WebSocket into a SQLite file, against raw better-sqlite3 inserts and
// selects of the same rows (one transaction); and 1 MiB of doubles put and got as a subarray, against
// the loopback WebSocket carrying the same bytes (ws alone, a one-byte answer) and against raw
// SQLite writing and reading the same blocks. ops/s count objects, and MiB for arrays.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v5 as uuidv5 } from 'uuid';
import { WebSocket, WebSocketServer } from 'ws';
import { SqliteStoreStorage, STORE_OFFER, StoreServer } from '../src/store/index.js';
import { type AnyCodec, createCodec } from '../src/codec/index.js';
import { SESSION_CODEC_MAX_ITEMS } from '../src/session/index.js';
import { connect, listen } from '../src/transport/index.js';
import type { SessionRow } from './session-cases.js';

const OBJECTS = 100;
const NS = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const DS = "eml:///dataspace('bench')";

function xml(uuid: string): string {
  const head = `<resqml2:obj_LocalDepth3dCrs xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" uuid="${uuid}" schemaVersion="2.0"><eml:Citation><eml:Title>crs ${uuid.slice(0, 8)}</eml:Title></eml:Citation>`;
  const tail = '</resqml2:obj_LocalDepth3dCrs>';
  return `${head}<resqml2:Notes>${'x'.repeat(10_000 - head.length - tail.length - 33)}</resqml2:Notes>${tail}`;
}

export async function storeRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'etp-store-bench-'));
  const storage = new SqliteStoreStorage(join(dir, 'store.sqlite'));
  const store = new StoreServer({ storage });
  // Both ends decode arrays of doubles as Float64Array (floatArrays: 'typed'), as `serve --store` does.
  const typedCodec = (): AnyCodec =>
    createCodec({ floatArrays: 'typed', bytesView: true, maxMessageBytes: 16_000_000, maxDecompressedBytes: 16_000_000, maxItems: SESSION_CODEC_MAX_ITEMS }) as AnyCodec;
  const server = await listen({ port: 0, compression: [], codec: typedCodec(), protocols: [...STORE_OFFER], setup: (s) => store.attach(s) });
  const { session } = await connect(server.url, { compression: [], codec: typedCodec(), protocols: [...STORE_OFFER] });
  const req = (name: string, body: unknown) => session.request(name as never, body as never);
  await req('Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces', { dataspaces: { a: { uri: DS, storeLastWrite: 0, storeCreated: 0 } } });
  const enc = new TextEncoder();
  const objects = Array.from({ length: OBJECTS }, (_, i) => {
    const uuid = uuidv5(`object ${i}`, NS);
    return { uuid, uri: `${DS}/resqml20.obj_LocalDepth3dCrs(${uuid})`, data: enc.encode(xml(uuid)) };
  });
  const putBody = {
    dataObjects: Object.fromEntries(
      objects.map((o, i) => [String(i), { resource: { uri: o.uri, name: '', lastChanged: 0, storeLastWrite: 0, storeCreated: 0, activeStatus: 'Active' }, data: o.data }]),
    ),
  };
  const getBody = { uris: Object.fromEntries(objects.map((o, i) => [String(i), o.uri])) };
  await req('Energistics.Etp.v12.Protocol.Store.PutDataObjects', putBody);

  // The floor: the same rows in a table of their own, in a SQLite file with the same settings.
  const raw = new Database(join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('CREATE TABLE objects (ds TEXT NOT NULL, uuid TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (ds, uuid))');
  const insert = raw.prepare('INSERT OR REPLACE INTO objects (ds, uuid, type, data) VALUES (?, ?, ?, ?)');
  const select = raw.prepare('SELECT data FROM objects WHERE ds = ? AND uuid = ?');
  const insertAll = raw.transaction(() => {
    for (const o of objects) insert.run('bench', o.uuid, 'resqml20.obj_LocalDepth3dCrs', o.data);
  });
  insertAll();

  // Arrays: 1 MiB of doubles under the first object, written and read as one subarray.
  const DOUBLES = 131_072;
  const uid = { uri: objects[0]!.uri, pathInResource: '/values' };
  await req('Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArrays', {
    dataArrays: { a: { uid, metadata: { dimensions: [DOUBLES], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: 0, storeCreated: 0 } } },
  });
  const values = new Float64Array(DOUBLES).map((_, i) => i / 3);
  const putArray = { dataSubarrays: { a: { uid, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values } } }, starts: [0], counts: [DOUBLES] } } };
  const getArray = { dataSubarrays: { a: { uid, starts: [0], counts: [DOUBLES] } } };

  // The storage floor of the same window: its 16 blocks of 64 KiB written in one transaction and read back, raw.
  raw.exec('CREATE TABLE blocks (array_id INTEGER NOT NULL, idx INTEGER NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (array_id, idx))');
  const putBlock = raw.prepare('INSERT OR REPLACE INTO blocks (array_id, idx, bytes) VALUES (?, ?, ?)');
  const getBlock = raw.prepare('SELECT bytes FROM blocks WHERE array_id = ? AND idx = ?');
  const BLOCKS = DOUBLES / 8192;
  const blockBytes = Buffer.from(values.slice(0, 8192).buffer);
  const writeBlocks = raw.transaction(() => {
    for (let i = 0; i < BLOCKS; i++) putBlock.run(1, i, blockBytes);
  });
  writeBlocks();
  const readBlocks = (): void => {
    for (let i = 0; i < BLOCKS; i++) getBlock.get(1, i);
  };

  // The loopback floor: ws carrying 1 MiB one way and one byte back.
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  const block = Buffer.alloc(DOUBLES * 8, 1);
  wss.on('connection', (ws) => ws.on('message', (m: Buffer) => ws.send(m.length === 1 ? block : Buffer.of(1))));
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const ws = new WebSocket(`ws://127.0.0.1:${(wss.address() as { port: number }).port}/`);
  await new Promise<void>((r) => ws.once('open', () => r()));
  const roundTrip = (payload: Buffer) => () =>
    new Promise<void>((resolve) => {
      ws.once('message', () => resolve());
      ws.send(payload);
    });

  const rows: SessionRow[] = [
    {
      case: `Store: ${OBJECTS} objects of 10 KB XML in one request, loopback ws, SQLite file`,
      op: 'PutDataObjects, objects/s',
      ours: { name: 'PutDataObjects (parse, identity, references, SQLite)', times: OBJECTS, fn: () => req('Energistics.Etp.v12.Protocol.Store.PutDataObjects', putBody) },
      baseline: { name: 'raw better-sqlite3 INSERT of the same rows, one transaction', times: OBJECTS, fn: () => insertAll() },
      target: 0.5,
    },
    {
      case: `Store: ${OBJECTS} objects of 10 KB XML in one request, loopback ws, SQLite file`,
      op: 'GetDataObjects, objects/s',
      ours: { name: 'GetDataObjects', times: OBJECTS, fn: () => req('Energistics.Etp.v12.Protocol.Store.GetDataObjects', getBody) },
      baseline: { name: 'raw better-sqlite3 SELECT of the same rows', times: OBJECTS, fn: () => void objects.map((o) => select.get('bench', o.uuid)) },
      target: 0.5,
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'PutDataSubarrays, MiB/s',
      ours: { name: 'PutDataSubarrays into SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays', putArray) },
      baseline: { name: 'ws carrying 1 MiB and a one-byte answer', times: 1, fn: roundTrip(block) },
      target: 0.5,
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'GetDataSubarrays, MiB/s',
      ours: { name: 'GetDataSubarrays from SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays', getArray) },
      baseline: { name: 'ws carrying a one-byte request and 1 MiB back', times: 1, fn: roundTrip(Buffer.of(0)) },
      target: 0.5,
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'PutDataSubarrays against its storage alone, MiB/s',
      ours: { name: 'PutDataSubarrays into SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays', putArray) },
      baseline: { name: 'raw better-sqlite3 writing its 16 blocks of 64 KiB, one transaction', times: 1, fn: () => writeBlocks() },
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'GetDataSubarrays against its storage alone, MiB/s',
      ours: { name: 'GetDataSubarrays from SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays', getArray) },
      baseline: { name: 'raw better-sqlite3 reading its 16 blocks', times: 1, fn: readBlocks },
    },
    // The whole floor of each: the storage work and the loopback carrying the same bytes, one after the other.
    {
      case: `Store: ${OBJECTS} objects of 10 KB XML in one request, loopback ws, SQLite file`,
      op: 'GetDataObjects against raw SELECT + ws carrying 1 MB, objects/s',
      ours: { name: 'GetDataObjects', times: OBJECTS, fn: () => req('Energistics.Etp.v12.Protocol.Store.GetDataObjects', getBody) },
      baseline: { name: 'raw SELECT of the rows, then ws carrying their 1 MB back', times: OBJECTS, fn: () => (objects.forEach((o) => select.get('bench', o.uuid)), roundTrip(Buffer.of(0))()) },
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'PutDataSubarrays against ws carrying 1 MiB + raw block writes, MiB/s',
      ours: { name: 'PutDataSubarrays into SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays', putArray) },
      baseline: { name: 'ws carrying 1 MiB, then raw better-sqlite3 writing its 16 blocks', times: 1, fn: () => roundTrip(block)().then(() => writeBlocks()) },
    },
    {
      case: 'DataArray: 1 MiB of doubles as one subarray, loopback ws',
      op: 'GetDataSubarrays against raw block reads + ws carrying 1 MiB, MiB/s',
      ours: { name: 'GetDataSubarrays from SQLite blocks', times: 1, fn: () => req('Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays', getArray) },
      baseline: { name: 'raw better-sqlite3 reading its 16 blocks, then ws carrying 1 MiB back', times: 1, fn: () => (readBlocks(), roundTrip(Buffer.of(0))()) },
    },
  ];
  return {
    rows,
    cleanup: async () => {
      ws.close();
      await new Promise((r) => wss.close(r));
      session.close();
      await server.close();
      storage.close();
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
