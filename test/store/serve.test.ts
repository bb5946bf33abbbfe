import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v4 as uuidv4 } from 'uuid';
import { afterEach, expect, it } from 'vitest';
import { STORE_OFFER } from '../../src/store/index.js';
import { connect } from '../../src/transport/index.js';
import { freePort } from '../helpers/ports.js';
import { bytes, CRS_URI, crsXml, DS_URI, EPC_URI, epcXml, GRID_URI, GRID_UUID, gridXml } from './fixtures.js';
import { dataObject, SMALL, spawnServe } from './helpers.js';

// `etp-codec serve --store FILE` as a real process on 127.0.0.1 with 16 KiB messages: a client's
// committed transaction (objects one per message, a large object in chunks, an array in windows)
// survives a kill -9 of the server, and what was left uncommitted is gone.

const ST = 'Energistics.Etp.v12.Protocol.Store.';
const TX = 'Energistics.Etp.v12.Protocol.Transaction.';
const DA = 'Energistics.Etp.v12.Protocol.DataArray.';
const DI = 'Energistics.Etp.v12.Protocol.Discovery.';
const T0 = 1_764_000_000_000_000;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

const startServe = (port: number, args: string[]) => spawnServe(['--port', String(port), '--max-message-bytes', String(SMALL), ...args], children);

async function kill9(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

const open = (port: number) => connect(`ws://127.0.0.1:${port}/`, { protocols: [...STORE_OFFER], capabilities: { MaxWebSocketMessagePayloadSize: SMALL } });

it('a committed transaction survives kill -9 of serve --store; an uncommitted one is gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'etp-store-serve-'));
  const file = join(dir, 'store.sqlite');
  const port = await freePort();
  let serve = await startServe(port, ['--store', file]);
  const c1 = await open(port);
  const s = c1.session;
  const req = (name: string, body: unknown) => s.request(name as never, body as never);
  expect(s.negotiated!.protocols.map((p) => p.protocol).sort((a, b) => a - b)).toEqual([3, 4, 5, 9, 18, 21, 22, 24, 25]);
  expect((await req('Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces', { dataspaces: { a: { uri: DS_URI, path: '', storeLastWrite: T0, storeCreated: T0, customData: {} } } })).errors).toEqual(
    {},
  );
  const tx = (await req(`${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
  for (const [uri, xml] of [
    [CRS_URI, crsXml()],
    [EPC_URI, epcXml()],
  ] as const)
    expect((await req(`${ST}PutDataObjects`, { dataObjects: { o: dataObject(uri, xml) } })).errors).toEqual({});
  // The grid, 60 KB, in chunks.
  const big = gridXml(GRID_UUID, undefined, undefined, 60_000);
  const data = bytes(big);
  const blobId = uuidv4();
  const chunks = [];
  for (let at = 0; at < data.length; at += SMALL - 1024) chunks.push({ message: `${ST}Chunk`, body: { blobId, data: data.subarray(at, at + SMALL - 1024), final: at + SMALL - 1024 >= data.length } });
  expect((await s.requestEach([{ message: `${ST}PutDataObjects`, body: { dataObjects: { g: dataObject(GRID_URI, '', blobId) } } }, ...chunks] as never)).errors).toEqual({});
  const uid = { uri: EPC_URI, pathInResource: '/z' };
  await req(`${DA}PutUninitializedDataArrays`, {
    dataArrays: { z: { uid, metadata: { dimensions: [4000], transportArrayType: 'arrayOfInt', logicalArrayType: 'arrayOfInt32LE', storeLastWrite: T0, storeCreated: T0 } } },
  });
  for (let at = 0; at < 4000; at += 1000) {
    const values = Array.from({ length: 1000 }, (_, i) => at + i);
    expect(
      (await req(`${DA}PutDataSubarrays`, { dataSubarrays: { w: { uid, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfInt': { values } } }, starts: [at], counts: [1000] } } })).errors,
    ).toEqual({});
  }
  expect(((await req(`${TX}CommitTransaction`, { transactionUuid: tx.transactionUuid })).body as { successful: boolean }).successful).toBe(true);
  // A second transaction, never committed.
  await req(`${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] });
  await req(`${ST}DeleteDataObjects`, { uris: { c: CRS_URI } });

  await kill9(serve.child);
  c1.session.close();
  serve = await startServe(port, ['--store', file]);
  const c2 = await open(port);
  const r2 = (name: string, body: unknown) => c2.session.request(name as never, body as never);
  const listed = (await r2(`${DI}GetResources`, { context: { uri: DS_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'self' })).body as { resources: { uri: string }[] };
  expect(listed.resources.map((x) => x.uri).sort()).toEqual([CRS_URI, EPC_URI, GRID_URI].sort());
  const got = await r2(`${ST}GetDataObjects`, { uris: { g: GRID_URI } });
  const g = (got.body as { dataObjects: Record<string, { blobId: string }> }).dataObjects.g!;
  expect(Buffer.from(got.blobs.get(g.blobId)!).toString()).toBe(big);
  const sub = (await r2(`${DA}GetDataSubarrays`, { dataSubarrays: { s: { uid, starts: [2990], counts: [20] } } })).body as {
    dataSubarrays: Record<string, { data: { item: Record<string, { values: number[] }> } }>;
  };
  expect(sub.dataSubarrays.s!.data.item['Energistics.Etp.v12.Datatypes.ArrayOfInt']!.values).toEqual(Array.from({ length: 20 }, (_, i) => 2990 + i));
  // The lock of the killed session's transaction died with the process.
  expect(((await r2(`${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { successful: boolean }).successful).toBe(true);
  c2.session.close();
}, 60_000);

it('serve --store :memory: --seed wells: an empty-but-seeded store, wellbores pointing at their wells', async () => {
  const port = await freePort();
  const serve = await startServe(port, ['--store', ':memory:', '--seed', 'wells', '--resources', '5']);
  expect(serve.out()).toContain('seeded 10 objects into dataspace etp-codec/synthetic');
  const c = await open(port);
  const ds = "eml:///dataspace('etp-codec/synthetic')";
  const wells = (await c.session.request(`${DI}GetResources` as never, { context: { uri: ds, depth: 1, navigableEdges: 'Primary', dataObjectTypes: ['witsml20.Well'] }, scope: 'self' } as never))
    .body as { resources: { uri: string; name: string }[] };
  expect(wells.resources.map((w) => w.name).sort()).toEqual(['well 0001', 'well 0002', 'well 0003', 'well 0004', 'well 0005']);
  const bores = (await c.session.request(`${DI}GetResources` as never, { context: { uri: wells.resources[0]!.uri, depth: 1, navigableEdges: 'Primary' }, scope: 'sources' } as never)).body as {
    resources: { name: string }[];
  };
  expect(bores.resources.map((b) => b.name)).toEqual([`${wells.resources[0]!.name} wellbore 1`]);
  c.session.close();
}, 60_000);

it('a 1 GiB array declared and written at both ends in serve --store with a 256 MB heap; a 1 TB one is refused with 12; the server stays fine', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'etp-store-big-'));
  const port = await freePort();
  const serve = await startServe(port, ['--store', join(dir, 'big.sqlite')]);
  const c = await open(port);
  const req = (name: string, body: unknown) => c.session.request(name as never, body as never);
  await req('Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces', { dataspaces: { a: { uri: DS_URI, path: '', storeLastWrite: T0, storeCreated: T0, customData: {} } } });
  await req(`${ST}PutDataObjects`, { dataObjects: { e: dataObject(EPC_URI, epcXml()) } });
  const N = 134_217_728; // doubles: 1 GiB
  const declare = (path: string, n: number) =>
    req(`${DA}PutUninitializedDataArrays`, {
      dataArrays: {
        x: {
          uid: { uri: EPC_URI, pathInResource: path },
          metadata: { dimensions: [n], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: T0, storeCreated: T0 },
        },
      },
    });
  expect((await declare('/huge', 137_438_953_472)).errors.x?.code).toBe(12);
  expect((await declare('/big', N)).errors).toEqual({});
  const uid = { uri: EPC_URI, pathInResource: '/big' };
  const D = 'Energistics.Etp.v12.Datatypes.ArrayOfDouble';
  for (const start of [0, N - 1000]) {
    const values = Array.from({ length: 1000 }, (_, i) => start + i + 0.5);
    expect((await req(`${DA}PutDataSubarrays`, { dataSubarrays: { w: { uid, data: { item: { [D]: { values } } }, starts: [start], counts: [1000] } } })).errors).toEqual({});
  }
  const read = async (start: number, count: number) =>
    (
      (await req(`${DA}GetDataSubarrays`, { dataSubarrays: { s: { uid, starts: [start], counts: [count] } } })).body as {
        dataSubarrays: Record<string, { data: { item: Record<string, { values: number[] }> } }>;
      }
    ).dataSubarrays.s!.data.item[D]!.values;
  expect(await read(N - 3, 3)).toEqual([N - 2.5, N - 1.5, N - 0.5]);
  expect(await read(N / 2, 3)).toEqual([0, 0, 0]); // never written
  expect(await read(998, 4)).toEqual([998.5, 999.5, 0, 0]);
  // The whole array in one message is refused (17), not read.
  expect((await req(`${DA}GetDataArrays`, { dataArrays: { s: uid } })).errors.s?.code).toBe(17);
  expect(serve.child.exitCode).toBeNull();
  c.session.close();
}, 60_000);
