import { beforeEach, describe, expect, it } from 'vitest';
import { v4 as uuidv4 } from 'uuid';
import { STORE_OFFER, StoreServer } from '../../src/store/index.js';
import { bytes, CRS_URI, CRS_UUID, crsXml, DS, DS_URI, EPC_URI, epcXml, GRID_URI, GRID_UUID, gridXml } from './fixtures.js';
import { BACKENDS, dataObject, deferredStorage, newStorage, SMALL, storePair, useBackend } from './helpers.js';
import { codec } from '../helpers/raw-peer.js';
import { sessionPair } from '../helpers/session-pair.js';

const DSP = 'Energistics.Etp.v12.Protocol.Dataspace.';
const ST = 'Energistics.Etp.v12.Protocol.Store.';
const DA = 'Energistics.Etp.v12.Protocol.DataArray.';
const TX = 'Energistics.Etp.v12.Protocol.Transaction.';
const DI = 'Energistics.Etp.v12.Protocol.Discovery.';
const SUP = 'Energistics.Etp.v12.Protocol.SupportedTypes.';
const T0 = 1_764_000_000_000_000;

type Client = Awaited<ReturnType<typeof storePair>>['client'];
const req = (client: Client, name: string, body: unknown) => client.request(name as never, body as never);

async function putDataspace(client: Client, uri = DS_URI): Promise<void> {
  const r = await req(client, `${DSP}PutDataspaces`, { dataspaces: { a: { uri, path: '', storeLastWrite: T0, storeCreated: T0, customData: {} } } });
  expect(r.errors).toEqual({});
}

// Every protocol test runs on each backend of the storage contract.
for (const [name, make] of BACKENDS) {
  describe(name, () => {
    beforeEach(() => useBackend(make));
    suite();
  });
}

function suite(): void {
  describe('an RDDMS client workflow in memory, 16 KiB messages', () => {
    it('dataspace, transaction, three objects one per message, an array in windows, commit, discovery, reads, deletes', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      const tx = (await req(client, `${TX}StartTransaction`, { readOnly: false, message: 'load', dataspaceUris: [DS_URI] })).body as { transactionUuid: string; successful: boolean };
      expect(tx.successful).toBe(true);
      for (const [uri, xml] of [
        [CRS_URI, crsXml()],
        [EPC_URI, epcXml()],
        [GRID_URI, gridXml()],
      ] as const) {
        const r = await req(client, `${ST}PutDataObjects`, { dataObjects: { '0': dataObject(uri, xml) }, pruneContainedObjects: false });
        expect(r.errors).toEqual({});
        expect(Object.keys((r.body as { success: object }).success)).toEqual(['0']);
      }
      // 3 × 2000 doubles = 48 KB: declared, then written in windows of 500 rows that fit 16 KiB.
      const path = `/RESQML/${GRID_UUID}/zvalues`;
      const uid = { uri: EPC_URI, pathInResource: path };
      const values = Array.from({ length: 6000 }, (_, i) => i / 7);
      let r = await req(client, `${DA}PutUninitializedDataArrays`, {
        dataArrays: { z: { uid, metadata: { dimensions: [3, 2000], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: T0, storeCreated: T0 } } },
      });
      expect(r.errors).toEqual({});
      for (let row = 0; row < 3; row++) {
        for (let col = 0; col < 2000; col += 1000) {
          const slice = values.slice(row * 2000 + col, row * 2000 + col + 1000);
          r = await req(client, `${DA}PutDataSubarrays`, {
            dataSubarrays: { w: { uid, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: slice } } }, starts: [row, col], counts: [1, 1000] } },
          });
          expect(r.errors).toEqual({});
        }
      }
      const commit = (await req(client, `${TX}CommitTransaction`, { transactionUuid: tx.transactionUuid })).body as { successful: boolean };
      expect(commit.successful).toBe(true);

      const listed = (await req(client, `${DI}GetResources`, { context: { uri: DS_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'self' })).body as { resources: { uri: string; name: string }[] };
      expect(listed.resources.map((x) => x.uri).sort()).toEqual([CRS_URI, EPC_URI, GRID_URI].sort());
      expect(listed.resources.find((x) => x.uri === GRID_URI)?.name).toBe('Surface & grid');

      const targets = await req(client, `${DI}GetResources`, { context: { uri: GRID_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'targetsOrSelf', includeEdges: true, countObjects: true });
      const t = targets.bodies as Record<string, { resources?: { uri: string; targetCount: number }[]; edges?: { sourceUri: string; targetUri: string }[] }>;
      expect(t[`${DI}GetResourcesResponse`]!.resources!.map((x) => x.uri)).toEqual([GRID_URI, CRS_URI, EPC_URI]);
      expect(t[`${DI}GetResourcesResponse`]!.resources![0]!.targetCount).toBe(2);
      expect(t[`${DI}GetResourcesEdgesResponse`]!.edges!.map((e) => [e.sourceUri, e.targetUri])).toEqual([
        [GRID_URI, CRS_URI],
        [GRID_URI, EPC_URI],
      ]);
      const sources = (await req(client, `${DI}GetResources`, { context: { uri: CRS_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'sources' })).body as { resources: { uri: string }[] };
      expect(sources.resources.map((x) => x.uri)).toEqual([GRID_URI]);

      const got = await req(client, `${ST}GetDataObjects`, { uris: { g: GRID_URI, c: CRS_URI } });
      const objs = (got.body as { dataObjects: Record<string, { data: Uint8Array }> }).dataObjects;
      expect(Buffer.from(objs.g!.data).toString()).toBe(gridXml());
      expect(Buffer.from(objs.c!.data).toString()).toBe(crsXml());

      const meta = (await req(client, `${DA}GetDataArrayMetadata`, { dataArrays: { z: uid } })).body as { arrayMetadata: Record<string, { dimensions: number[]; transportArrayType: string }> };
      expect(meta.arrayMetadata.z).toMatchObject({ dimensions: [3, 2000], transportArrayType: 'arrayOfDouble' });
      const whole = await req(client, `${DA}GetDataArrays`, { dataArrays: { z: uid } });
      expect(whole.errors.z?.code).toBe(17); // 48 KB do not fit 16 KiB: read by subarrays
      const back: number[] = [];
      for (let at = 0; at < 6000; at += 1000) {
        const [row, col] = [Math.floor(at / 2000), at % 2000];
        const sub = (await req(client, `${DA}GetDataSubarrays`, { dataSubarrays: { s: { uid, starts: [row, col], counts: [1, 1000] } } })).body as {
          dataSubarrays: Record<string, { dimensions: number[]; data: { item: Record<string, { values: number[] }> } }>;
        };
        expect(sub.dataSubarrays.s!.dimensions).toEqual([1, 1000]);
        back.push(...sub.dataSubarrays.s!.data.item['Energistics.Etp.v12.Datatypes.ArrayOfDouble']!.values);
      }
      expect(back).toEqual(values);

      const del = await req(client, `${ST}DeleteDataObjects`, { uris: { g: GRID_URI } });
      expect((del.body as { deletedUris: Record<string, { values: string[] }> }).deletedUris.g!.values).toEqual([GRID_URI]);
      const gone = (await req(client, `${DI}GetDeletedResources`, { dataspaceUri: DS_URI })).body as { deletedResources: { uri: string }[] };
      expect(gone.deletedResources.map((x) => x.uri)).toEqual([GRID_URI]);
      const dds = await req(client, `${DSP}DeleteDataspaces`, { uris: { d: DS_URI } });
      expect(dds.errors).toEqual({});
      const none = (await req(client, `${DSP}GetDataspaces`, {})).body as { dataspaces: unknown[] };
      expect(none.dataspaces).toEqual([]);
    });
  });

  describe('Store', () => {
    it('answers each item: found objects beside ENOT_FOUND (11) and EINVALID_URI (9) in one response', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      await req(client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()) } });
      const r = await req(client, `${ST}GetDataObjects`, { uris: { ok: CRS_URI, missing: GRID_URI, bad: 'not a uri' } });
      expect(Object.keys((r.body as { dataObjects: object }).dataObjects)).toEqual(['ok']);
      expect(r.errors.missing?.code).toBe(11);
      expect(r.errors.bad?.code).toBe(9);
    });

    it('refuses an object whose xml names another uuid or type (14), and one put in a dataspace that does not exist (11)', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      const other = uuidv4();
      const r = await req(client, `${ST}PutDataObjects`, {
        dataObjects: {
          uuid: dataObject(CRS_URI, crsXml(other)),
          type: dataObject(CRS_URI.replace('obj_LocalDepth3dCrs', 'obj_Grid2dRepresentation'), crsXml()),
          space: dataObject(CRS_URI.replace(DS, 'nowhere'), crsXml()),
          ok: dataObject(EPC_URI, epcXml()),
        },
      });
      expect(Object.keys((r.body as { success: object }).success)).toEqual(['ok']);
      expect([r.errors.uuid?.code, r.errors.type?.code, r.errors.space?.code]).toEqual([14, 14, 11]);
    });

    it('an object larger than the negotiated size goes as blobId + Chunk messages both ways, byte-identical', async () => {
      const { client, sent } = await storePair();
      await putDataspace(client);
      const big = gridXml(GRID_UUID, undefined, undefined, 100_000);
      const blobId = uuidv4();
      const data = bytes(big);
      const step = SMALL - 1024;
      const chunks = [];
      for (let at = 0; at < data.length; at += step) chunks.push({ message: `${ST}Chunk`, body: { blobId, data: data.subarray(at, at + step), final: at + step >= data.length } });
      const put = await client.requestEach([{ message: `${ST}PutDataObjects`, body: { dataObjects: { g: dataObject(GRID_URI, '', blobId) }, pruneContainedObjects: false } }, ...chunks] as never);
      expect(put.errors).toEqual({});
      const before = sent.server.length;
      const got = await req(client, `${ST}GetDataObjects`, { uris: { g: GRID_URI } });
      const obj = (got.body as { dataObjects: Record<string, { blobId: string; data: Uint8Array }> }).dataObjects.g!;
      expect(obj.data.length).toBe(0);
      expect(Buffer.from(got.blobs.get(obj.blobId)!).toString()).toBe(big);
      expect(sent.server.length - before).toBeGreaterThanOrEqual(Math.ceil(data.length / SMALL));
      for (const f of sent.server.slice(before)) expect(f.length).toBeLessThanOrEqual(SMALL);
    });
  });

  describe('Transaction', () => {
    it('a second writer on a dataspace gets 15 at once; the lock goes with a rollback, which leaves nothing', async () => {
      const store = new StoreServer({ storage: newStorage() });
      const a = await storePair(store);
      const b = await storePair(store);
      await putDataspace(a.client);
      const ta = (await req(a.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
      await expect(req(b.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).rejects.toMatchObject({ etpCode: 15 });
      const blocked = await req(b.client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()) } });
      expect(blocked.errors.c?.code).toBe(15);
      await req(a.client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()) } });
      // Reads inside the transaction see its writes; another session does not.
      expect(Object.keys(((await req(a.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).body as { dataObjects: object }).dataObjects)).toEqual(['c']);
      expect((await req(b.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).errors.c?.code).toBe(11);
      const rb = (await req(a.client, `${TX}RollbackTransaction`, { transactionUuid: ta.transactionUuid })).body as { successful: boolean };
      expect(rb.successful).toBe(true);
      expect((await req(a.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).errors.c?.code).toBe(11);
      const tb = (await req(b.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { successful: boolean };
      expect(tb.successful).toBe(true);
    });

    it('the lock is released when the session holding it closes', async () => {
      const store = new StoreServer({ storage: newStorage() });
      const a = await storePair(store);
      const b = await storePair(store);
      await putDataspace(a.client);
      await req(a.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] });
      await req(a.client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()) } });
      a.server.transportClosed('gone');
      await a.server.closed;
      await store.settled();
      expect(((await req(b.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { successful: boolean }).successful).toBe(true);
      expect((await req(b.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).errors.c?.code).toBe(11);
    });
  });

  describe('Dataspace', () => {
    it('putting an existing dataspace updates it (custom data replaced, creation kept); the rddms profile refuses it with 5', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      const acl = { acl: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfString': { values: ['reader'] } } } };
      const again = await req(client, `${DSP}PutDataspaces`, { dataspaces: { a: { uri: DS_URI, path: DS, storeLastWrite: T0, storeCreated: T0, customData: acl } } });
      expect(again.errors).toEqual({});
      const list = (await req(client, `${DSP}GetDataspaces`, {})).body as { dataspaces: { uri: string; path: string; customData: unknown }[] };
      expect(list.dataspaces).toMatchObject([{ uri: DS_URI, path: DS, customData: acl }]);
      const wrongPath = await req(client, `${DSP}PutDataspaces`, { dataspaces: { a: { uri: DS_URI, path: 'other', storeLastWrite: T0, storeCreated: T0, customData: {} } } });
      expect(wrongPath.errors.a?.code).toBe(5);

      const rddms = await storePair(undefined, SMALL, { profile: 'rddms' });
      await putDataspace(rddms.client);
      const refused = await req(rddms.client, `${DSP}PutDataspaces`, { dataspaces: { a: { uri: DS_URI, path: DS, storeLastWrite: T0, storeCreated: T0, customData: {} } } });
      expect(refused.errors.a?.code).toBe(5);
    });
  });

  describe('SupportedTypes', () => {
    it('lists the types a dataspace holds with their counts', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      await req(client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()), e: dataObject(EPC_URI, epcXml()), g: dataObject(GRID_URI, gridXml()) } });
      const r = (await req(client, `${SUP}GetSupportedTypes`, { uri: DS_URI, scope: 'self', countObjects: true })).body as { supportedTypes: unknown[] };
      expect(r.supportedTypes).toEqual([
        { dataObjectType: 'eml20.obj_EpcExternalPartReference', objectCount: 1, relationshipKind: 'Primary' },
        { dataObjectType: 'resqml20.obj_Grid2dRepresentation', objectCount: 1, relationshipKind: 'Primary' },
        { dataObjectType: 'resqml20.obj_LocalDepth3dCrs', objectCount: 1, relationshipKind: 'Primary' },
      ]);
    });
  });

  describe('bounds', () => {
    it('Discovery answers at most maxResponseCount resources, then ProtocolException 30; GetDataObjects reads at most maxResponseBytes, items past it get 17', async () => {
      const { client } = await storePair(undefined, SMALL, { maxResponseCount: 2, maxResponseBytes: 3000 });
      await putDataspace(client);
      await req(client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()), e: dataObject(EPC_URI, epcXml()), g: dataObject(GRID_URI, gridXml()) } });
      const parts: { name: string; body: unknown }[] = [];
      for await (const p of client.requestParts(`${DI}GetResources` as never, { context: { uri: DS_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'self' } as never))
        parts.push({ name: p.name, body: p.body });
      expect(parts.map((p) => p.name.split('.').pop())).toEqual(['GetResourcesResponse', 'ProtocolException']);
      expect((parts[0]!.body as { resources: unknown[] }).resources.length).toBe(2);
      expect((parts[1]!.body as { error: { code: number } }).error.code).toBe(30);
      const got = await req(client, `${ST}GetDataObjects`, { uris: { c: CRS_URI, e: EPC_URI, g: GRID_URI } });
      const kept = Object.keys((got.body as { dataObjects: object }).dataObjects);
      expect(kept.length).toBeGreaterThan(0);
      expect(Object.values(got.errors).map((e) => e.code)).toEqual(new Array(3 - kept.length).fill(17));
    });

    it("with floatArrays 'typed' at both ends, windows of doubles and floats go as typed arrays and come back so, in any window", async () => {
      const { client } = await storePair(undefined, 1_000_000, {}, 'typed');
      await putDataspace(client);
      await req(client, `${ST}PutDataObjects`, { dataObjects: { e: dataObject(EPC_URI, epcXml()) } });
      for (const [type, Typed] of [
        ['arrayOfDouble', Float64Array],
        ['arrayOfFloat', Float32Array],
      ] as const) {
        const uid = { uri: EPC_URI, pathInResource: `/${type}` };
        const branch = `Energistics.Etp.v12.Datatypes.${type === 'arrayOfDouble' ? 'ArrayOfDouble' : 'ArrayOfFloat'}`;
        // 3 rows of 9000: each row spans two blocks; written as two windows of whole rows.
        const all = new Typed(27_000);
        for (let i = 0; i < all.length; i++) all[i] = i / 8;
        const declared = await req(client, `${DA}PutUninitializedDataArrays`, {
          dataArrays: {
            x: {
              uid,
              metadata: {
                dimensions: [3, 9000],
                transportArrayType: type,
                logicalArrayType: type === 'arrayOfDouble' ? 'arrayOfDouble64LE' : 'arrayOfFloat32LE',
                storeLastWrite: T0,
                storeCreated: T0,
              },
            },
          },
        });
        expect(declared.errors).toEqual({});
        for (const [row, rows] of [
          [0, 1],
          [1, 2],
        ] as const) {
          const values = all.subarray(row * 9000, (row + rows) * 9000);
          const put = await req(client, `${DA}PutDataSubarrays`, { dataSubarrays: { w: { uid, data: { item: { [branch]: { values } } }, starts: [row, 0], counts: [rows, 9000] } } });
          expect(put.errors).toEqual({});
        }
        // A window across the rows' ends and the blocks' edges.
        const got = await req(client, `${DA}GetDataSubarrays`, { dataSubarrays: { s: { uid, starts: [0, 8000], counts: [3, 1000] } } });
        const back = (got.body as { dataSubarrays: Record<string, { data: { item: Record<string, { values: Float64Array | Float32Array }> } }> }).dataSubarrays.s!.data.item[branch]!.values;
        expect(back).toBeInstanceOf(Typed);
        expect(Array.from(back)).toEqual([0, 1, 2].flatMap((r) => Array.from(all.subarray(r * 9000 + 8000, r * 9000 + 9000))));
      }
    });

    it('an array larger than maxArrayBytes is refused with 12 before anything is kept', async () => {
      const { client } = await storePair(undefined, SMALL, { maxArrayBytes: 1000 });
      await putDataspace(client);
      await req(client, `${ST}PutDataObjects`, { dataObjects: { e: dataObject(EPC_URI, epcXml()) } });
      const r = await req(client, `${DA}PutUninitializedDataArrays`, {
        dataArrays: {
          x: {
            uid: { uri: EPC_URI, pathInResource: '/x' },
            metadata: { dimensions: [126], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: T0, storeCreated: T0 },
          },
        },
      });
      expect(r.errors.x?.code).toBe(12);
      expect((await req(client, `${DA}GetDataArrayMetadata`, { dataArrays: { x: { uri: EPC_URI, pathInResource: '/x' } } })).errors.x?.code).toBe(11);
    });
  });

  describe('Discovery', () => {
    it('walks two steps of sources with the start (sourcesOrSelf), filters by type, and answers 11 for a missing start', async () => {
      const { client } = await storePair();
      await putDataspace(client);
      // A second grid refers to the first grid's CRS; the CRS is two steps from nothing, one from both grids.
      const GRID2 = GRID_URI.replace(GRID_UUID, '4d5e6f70-8192-4a3b-8c4d-5e6f70819203');
      await req(client, `${ST}PutDataObjects`, {
        dataObjects: { c: dataObject(CRS_URI, crsXml()), e: dataObject(EPC_URI, epcXml()), g: dataObject(GRID_URI, gridXml()), h: dataObject(GRID2, gridXml('4d5e6f70-8192-4a3b-8c4d-5e6f70819203')) },
      });
      const from = async (uri: string, scope: string, depth: number, types: string[] = []) =>
        ((await req(client, `${DI}GetResources`, { context: { uri, depth, navigableEdges: 'Primary', dataObjectTypes: types }, scope })).body as { resources: { uri: string }[] }).resources.map(
          (r) => r.uri,
        );
      expect((await from(CRS_URI, 'sourcesOrSelf', 1)).sort()).toEqual([CRS_URI, GRID_URI, GRID2].sort());
      expect(await from(CRS_URI, 'sources', 1, ['resqml20.obj_LocalDepth3dCrs'])).toEqual([]);
      // Two steps: the grids' sources of the CRS, then their targets are not sources: depth 2 of sources adds nothing new.
      expect((await from(CRS_URI, 'sources', 2)).sort()).toEqual([GRID_URI, GRID2].sort());
      expect((await from(GRID_URI, 'targets', 2, ['eml20.*'])).sort()).toEqual([EPC_URI]);
      await expect(req(client, `${DI}GetResources`, { context: { uri: CRS_URI.replace('0d1f', 'ffff'), depth: 1, navigableEdges: 'Primary' }, scope: 'self' })).rejects.toMatchObject({ etpCode: 11 });
    });
  });

  describe('OpenSession', () => {
    it("offers the nine protocols in the store role with the store's bounds as protocol capabilities (longs)", async () => {
      const { sent, client } = await storePair(undefined, SMALL, { maxResponseCount: 500 });
      const open = codec.decode(sent.server[0]!).body as { supportedProtocols: { protocol: number; role: string; protocolCapabilities: Record<string, unknown> }[]; supportedFormats: string[] };
      expect(open.supportedProtocols.map((p) => `${p.protocol}:${p.role}`)).toEqual(['3:store', '4:store', '5:store', '9:store', '18:store', '21:store', '22:store', '24:store', '25:store']);
      const caps = Object.fromEntries(open.supportedProtocols.map((p) => [p.protocol, p.protocolCapabilities]));
      expect(caps[3]).toEqual({ MaxResponseCount: { item: { long: 500 } } });
      expect(caps[4]).toEqual({ MaxDataObjectSize: { item: { long: 32_000_000 } } });
      expect(caps[9]).toEqual({ MaxDataArraySize: { item: { long: 16 * 1024 ** 3 } } });
      expect(open.supportedFormats).toEqual(['xml']);
      // The client keeps what the server declared per protocol.
      expect(client.negotiated!.protocols.find((p) => p.protocol === 4)!.peerCapabilities).toEqual({ MaxDataObjectSize: { item: { long: 32_000_000 } } });
    });

    it('answers pipelined requests (sent without waiting) each once, in order, over a backend that awaits', async () => {
      const { client } = await storePair(new StoreServer({ storage: deferredStorage() }));
      await putDataspace(client);
      const puts = [CRS_URI, EPC_URI].map((uri, i) => req(client, `${ST}PutDataObjects`, { dataObjects: { [i]: dataObject(uri, i === 0 ? crsXml() : epcXml()) } }));
      const gets = [CRS_URI, EPC_URI, GRID_URI].map((uri) => req(client, `${ST}GetDataObjects`, { uris: { u: uri } }));
      const done = await Promise.all([...puts, ...gets]);
      expect(done.slice(0, 2).map((r) => r.errors)).toEqual([{}, {}]);
      expect(done.slice(2).map((r) => Object.keys((r.body as { dataObjects?: object } | undefined)?.dataObjects ?? {}).length)).toEqual([1, 1, 0]);
      expect(done[4]!.errors.u?.code).toBe(11);
    });

    it('refuses a request whose body would take the waiting requests of one session past maxQueuedBytes with 12, and answers the others', async () => {
      const { client } = await storePair(new StoreServer({ storage: deferredStorage(), maxQueuedBytes: 25_000 }));
      await putDataspace(client);
      const big = (i: number) => dataObject(CRS_URI.replace('0d1f2a3b', `0d1f2a3${i}`), crsXml(CRS_UUID.replace('0d1f2a3b', `0d1f2a3${i}`)) + ' '.repeat(10_000));
      const all = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => req(client, `${ST}PutDataObjects`, { dataObjects: { o: big(i) } })));
      const refused = all.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.etpCode);
      // The first runs at once, two more fit the 25,000 bytes while they wait; the rest are refused.
      expect(refused).toEqual([12, 12, 12]);
      expect(all.filter((r) => r.status === 'fulfilled').length).toBe(3);
    });

    it('refuses a request past maxQueuedRequests waiting in one session with 12, and answers the others', async () => {
      const { client } = await storePair(new StoreServer({ storage: deferredStorage(), maxQueuedRequests: 2 }));
      const all = await Promise.allSettled(Array.from({ length: 6 }, () => req(client, `${DSP}GetDataspaces`, {})));
      const refused = all.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.etpCode);
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused)).toEqual(new Set([12]));
      expect(all.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
    });

    it("the rddms profile deletes the arrays a deleted object's XML points at; the etp profile keeps them (they hang under the EPC)", async () => {
      for (const profile of ['etp', 'rddms'] as const) {
        const { client } = await storePair(undefined, SMALL, { profile });
        await putDataspace(client);
        await req(client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()), e: dataObject(EPC_URI, epcXml()), g: dataObject(GRID_URI, gridXml()) } });
        const uid = { uri: EPC_URI, pathInResource: `/RESQML/${GRID_UUID}/zvalues` };
        await req(client, `${DA}PutDataArrays`, { dataArrays: { z: { uid, array: { dimensions: [2], data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: [1, 2] } } } } } } });
        await req(client, `${ST}DeleteDataObjects`, { uris: { g: GRID_URI } });
        const meta = await req(client, `${DA}GetDataArrayMetadata`, { dataArrays: { z: uid } });
        expect(meta.errors.z?.code, profile).toBe(profile === 'rddms' ? 11 : undefined);
      }
    });
  });

  describe('Transaction time', () => {
    it('a transaction past transactionTimeoutMs is rolled back when another writer wants its dataspace; its session learns it at commit and cannot write meanwhile', async () => {
      let now = 1_000_000;
      const store = new StoreServer({ storage: newStorage(), transactionTimeoutMs: 60_000, now: () => now });
      const a = await storePair(store);
      const b = await storePair(store);
      await putDataspace(a.client);
      const ta = (await req(a.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
      await req(a.client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()) } });
      now += 59_999;
      await expect(req(b.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).rejects.toMatchObject({ etpCode: 15 });
      now += 1;
      const tb = (await req(b.client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { successful: boolean };
      expect(tb.successful).toBe(true);
      expect((await req(b.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).errors.c?.code).toBe(11);
      expect((await req(a.client, `${ST}PutDataObjects`, { dataObjects: { e: dataObject(EPC_URI, epcXml()) } })).errors.e?.code).toBe(8);
      const late = (await req(a.client, `${TX}CommitTransaction`, { transactionUuid: ta.transactionUuid })).body as { successful: boolean; failureReason: string };
      expect(late).toMatchObject({ successful: false, failureReason: expect.stringContaining('was rolled back') });
    });
  });

  describe('the rddms profile at commit', () => {
    it('refuses a commit whose objects refer to objects the store does not hold, then refuses the session with 8; the etp profile commits it', async () => {
      for (const profile of ['etp', 'rddms'] as const) {
        const { client, store } = await storePair(undefined, SMALL, { profile });
        await putDataspace(client);
        const tx = (await req(client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
        await req(client, `${ST}PutDataObjects`, { dataObjects: { c: dataObject(CRS_URI, crsXml()), g: dataObject(GRID_URI, gridXml()) } }); // the EPC is missing
        const commit = (await req(client, `${TX}CommitTransaction`, { transactionUuid: tx.transactionUuid })).body as { successful: boolean; failureReason: string };
        if (profile === 'etp') {
          expect(commit.successful).toBe(true);
          continue;
        }
        expect(commit.successful).toBe(false);
        expect(commit.failureReason).toContain('eml20.obj_EpcExternalPartReference');
        await expect(req(client, `${DSP}GetDataspaces`, {})).rejects.toMatchObject({ etpCode: 8 });
        // Nothing of it stayed, and another session works.
        const other = await storePair(store);
        expect((await req(other.client, `${ST}GetDataObjects`, { uris: { c: CRS_URI } })).errors.c?.code).toBe(11);
      }
    });
  });

  describe('the rddms profile records each write commit as an obj_Activity', () => {
    it('a commit that put objects adds an obj_Activity naming them and, once per dataspace, its template; the etp profile adds nothing; a rollback adds nothing', async () => {
      for (const profile of ['etp', 'rddms'] as const) {
        const { client } = await storePair(undefined, SMALL, { profile });
        await putDataspace(client);
        const commitWith = async (objects: [string, string][], commit: boolean): Promise<void> => {
          const tx = (await req(client, `${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
          for (const [uri, xml] of objects) await req(client, `${ST}PutDataObjects`, { dataObjects: { o: dataObject(uri, xml) } });
          const end = (await req(client, `${TX}${commit ? 'Commit' : 'Rollback'}Transaction`, { transactionUuid: tx.transactionUuid })).body as { successful: boolean };
          expect(end.successful).toBe(true);
        };
        const listed = async (): Promise<string[]> =>
          ((await req(client, `${DI}GetResources`, { context: { uri: DS_URI, depth: 1, navigableEdges: 'Primary' }, scope: 'self' })).body as { resources: { uri: string }[] }).resources.map(
            (r) => r.uri,
          );
        const activities = async (): Promise<string[]> => (await listed()).filter((u) => u.includes('obj_Activity('));
        await commitWith(
          [
            [CRS_URI, crsXml()],
            [EPC_URI, epcXml()],
          ],
          true,
        );
        await commitWith([[GRID_URI, gridXml()]], false);
        if (profile === 'etp') {
          expect(await listed()).toHaveLength(2);
          continue;
        }
        const [activity] = await activities();
        expect(await activities()).toHaveLength(1);
        expect((await listed()).filter((u) => u.includes('obj_ActivityTemplate('))).toHaveLength(1);
        // The activity names what the commit put; Discovery walks from it to them and to its template.
        const got = await req(client, `${ST}GetDataObjects`, { uris: { a: activity! } });
        const xml = new TextDecoder().decode((got.body as { dataObjects: Record<string, { data: Uint8Array }> }).dataObjects.a!.data);
        expect(xml).toContain('<resqml2:obj_Activity ');
        expect(xml).toContain(CRS_UUID);
        expect(xml).toContain('<eml:ContentType>application/x-eml+xml;version=2.0;type=obj_EpcExternalPartReference</eml:ContentType>');
        const targets = (
          (await req(client, `${DI}GetResources`, { context: { uri: activity!, depth: 1, navigableEdges: 'Primary' }, scope: 'targets' })).body as { resources: { uri: string }[] }
        ).resources.map((r) => r.uri);
        expect(targets).toEqual(expect.arrayContaining([CRS_URI, EPC_URI, expect.stringContaining('obj_ActivityTemplate(')]));
        expect(targets).toHaveLength(3);
        // A second commit: a second activity, the same template.
        await commitWith([[GRID_URI, gridXml()]], true);
        expect(await activities()).toHaveLength(2);
        expect((await listed()).filter((u) => u.includes('obj_ActivityTemplate('))).toHaveLength(1);
      }
    });
  });

  describe('formats in the handshake', () => {
    it('a server that handles json offers it only to a client that listed it; xml always', async () => {
      const openFormats = async (client: string[] | undefined): Promise<string[]> => {
        const p = sessionPair({ protocols: [...STORE_OFFER], ...(client ? { formats: client } : {}) }, { protocols: [...STORE_OFFER], formats: ['xml', 'json'] });
        await p.client.start();
        const request = codec.decode(p.sent.client[0]!).body as { supportedFormats: string[] };
        const open = codec.decode(p.sent.server[0]!).body as { supportedFormats: string[] };
        expect(request.supportedFormats).toEqual(client ?? ['xml']);
        return open.supportedFormats;
      };
      expect(await openFormats(undefined)).toEqual(['xml']);
      expect(await openFormats(['xml', 'json'])).toEqual(['xml', 'json']);
    });
  });
}
