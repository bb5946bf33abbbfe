import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { v4 as uuidv4 } from 'uuid';
import { isEtpError } from '../../src/errors.js';
import { dataObjectRecord, dataspaceRecord, ItemResults, STORE_OFFER, StoreClient, StoreServer } from '../../src/store/index.js';
import { windows } from '../../src/store/client-arrays.js';
import { listen, type EtpServer } from '../../src/transport/index.js';
import { codec } from '../helpers/raw-peer.js';
import { Utf8Text } from '../../src/index.js';
import { crsXml, DS, DS_URI, EPC_URI, epcXml, GRID_URI, GRID_UUID, gridXml, uriOf } from './fixtures.js';
import { BACKENDS, newStorage, SMALL, storePair, useBackend } from './helpers.js';
import { sessionPair } from '../helpers/session-pair.js';

const T0 = 1_764_000_000_000_000;
const now = (): number => T0;

/** A StoreClient on a session linked in memory to a store, 16 KiB messages; `sent` holds every frame both ways. */
async function clientPair(options: ConstructorParameters<typeof StoreServer>[0] extends infer O ? Partial<O> : never = {}, size = SMALL) {
  const pair = await storePair(new StoreServer({ storage: newStorage(), ...options }), size);
  return { ...pair, client: new StoreClient(pair.client, { now }) };
}

const names = (frames: Uint8Array[]): string[] => frames.map((f) => codec.decode(f).name.split('.').pop()!);
const crs = (i: number): { uri: string; xml: string } => {
  const uuid = uuidv4();
  return { uri: uriOf('obj_LocalDepth3dCrs', uuid), xml: crsXml(uuid, `crs ${i}`) };
};

for (const [name, make] of BACKENDS) {
  describe(`StoreClient on ${name}`, () => {
    beforeEach(() => useBackend(make));

    it('puts 200 objects and reads them back in one call each, split into requests that fit 16 KiB, in the order asked', async () => {
      const { client, sent } = await clientPair();
      expect((await client.putDataspaces([DS])).orThrow().get(DS_URI)).toBe(true);
      const objects = Array.from({ length: 200 }, (_, i) => crs(i));
      const put = await client.putDataObjects(objects.map((o) => dataObjectRecord(o.uri, o.xml, { now })));
      expect(put.errors).toEqual(new Map());
      expect([...put.values.keys()]).toEqual(objects.map((o) => o.uri));
      const before = sent.client.length;
      const got = await client.getDataObjects([...objects].reverse().map((o) => o.uri));
      expect(got.ok).toBe(true);
      expect([...got.values.keys()]).toEqual([...objects].reverse().map((o) => o.uri));
      for (const o of objects) {
        const back = got.values.get(o.uri)!;
        expect(new TextDecoder().decode(back.data)).toBe(o.xml);
        expect(back.resource.name).toBe(o.xml.match(/<eml:Title>([^<]*)</)![1]);
      }
      // 200 URIs of ~95 bytes fit one 16 KiB request; 200 objects of ~700 bytes need several puts.
      expect(names(sent.client).filter((n) => n === 'PutDataObjects').length).toBeGreaterThan(5);
      expect(names(sent.client.slice(before)).filter((n) => n === 'GetDataObjects').length).toBeGreaterThanOrEqual(2);
      for (const f of [...sent.client, ...sent.server]) expect(f.length).toBeLessThanOrEqual(SMALL);
    });

    it('takes URIs, names and data object fields held as utf-8 bytes (Utf8Text): keyed by their text, stored as the strings would be', async () => {
      const { client } = await clientPair();
      const space = dataspaceRecord(DS, { now });
      expect((await client.putDataspaces([{ ...space, uri: Utf8Text.from(space.uri), path: Utf8Text.from(String(space.path)) }])).orThrow().get(DS_URI)).toBe(true);
      const o = crs(1);
      const record = dataObjectRecord(o.uri, o.xml, { now });
      const asText = { ...record, resource: { ...record.resource, uri: Utf8Text.of(Buffer.from(o.uri)), name: Utf8Text.from(String(record.resource.name)) } };
      expect([...(await client.putDataObjects([asText])).orThrow().keys()]).toEqual([o.uri]);
      const back = (await client.getDataObjects([o.uri])).orThrow().get(o.uri)!;
      expect([back.resource.uri, back.resource.name]).toEqual([o.uri, record.resource.name]);
      await expect(client.putDataObjects([{ ...record, resource: { ...record.resource, uri: 5 as never } }])).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    });

    it('gives per-item failures beside the successes, and all of them when every item fails (no body to lose)', async () => {
      const { client } = await clientPair();
      await client.putDataspaces([DS]);
      await client.putDataObjects([dataObjectRecord(EPC_URI, epcXml())]);
      const some = await client.getDataObjects([EPC_URI, GRID_URI, 'not a uri']);
      expect([...some.values.keys()]).toEqual([EPC_URI]);
      expect([...some.errors].map(([k, e]) => [k, e.code])).toEqual([
        [GRID_URI, 11],
        ['not a uri', 9],
      ]);
      const none = await client.getDataObjects([GRID_URI, 'not a uri']);
      expect(none.values.size).toBe(0);
      expect([...none.errors.keys()]).toEqual([GRID_URI, 'not a uri']);
      let thrown: unknown;
      try {
        none.orThrow();
      } catch (err) {
        thrown = err;
      }
      expect(isEtpError(thrown, 'ITEMS_FAILED')).toBe(true);
      expect((thrown as Error).message).toMatch(/^2 of 2 items failed: eml:.*\(11\); not a uri: .*\(9\)$/);
      expect((thrown as { detail: Map<string, unknown> }).detail.size).toBe(2);
    });

    it('an object larger than a message goes and comes as blobId + Chunk, byte-identical; one larger than MaxDataObjectSize fails with 17 unsent', async () => {
      const { client, sent } = await clientPair({ maxResponseBytes: 300_000 });
      await client.putDataspaces([DS]);
      const big = gridXml(GRID_UUID, undefined, undefined, 100_000);
      const before = sent.client.length;
      const put = await client.putDataObjects([dataObjectRecord(GRID_URI, big), dataObjectRecord(EPC_URI, epcXml())]);
      expect(put.errors).toEqual(new Map());
      expect(names(sent.client.slice(before)).filter((n) => n === 'Chunk').length).toBeGreaterThanOrEqual(7);
      const got = (await client.getDataObjects([GRID_URI, EPC_URI])).orThrow();
      expect(new TextDecoder().decode(got.get(GRID_URI)!.data)).toBe(big);
      expect(got.get(GRID_URI)!.blobId).toBeNull();
      const sentBefore = sent.client.length;
      const huge = await client.putDataObjects([dataObjectRecord(GRID_URI, gridXml(GRID_UUID, undefined, undefined, 400_000))]);
      expect(huge.errors.get(GRID_URI)!.code).toBe(17);
      expect(sent.client.length).toBe(sentBefore);
    });

    it('items a store refuses with 17 because its answer grew too large are asked again one by one', async () => {
      const { client } = await clientPair({ maxResponseBytes: 2000 });
      await client.putDataspaces([DS]);
      const objects = Array.from({ length: 6 }, (_, i) => crs(i));
      (await client.putDataObjects(objects.map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
      const got = await client.getDataObjects(objects.map((o) => o.uri));
      expect(got.errors).toEqual(new Map());
      expect(got.values.size).toBe(6);
    });

    it('deletes objects and lists them as deleted; dataspaces by path are put, listed and deleted', async () => {
      const { client } = await clientPair();
      await client.putDataspaces([DS, 'other'], {});
      expect((await client.getDataspaces()).map((d) => d.path).sort()).toEqual([DS, 'other']);
      await client.putDataObjects([dataObjectRecord(EPC_URI, epcXml())]);
      const del = await client.deleteDataObjects([EPC_URI, GRID_URI]);
      expect(del.values.get(EPC_URI)).toEqual([EPC_URI]);
      expect(del.errors.get(GRID_URI)?.code).toBe(11);
      expect((await client.getDeletedResources(DS)).map((r) => r.uri)).toEqual([EPC_URI]);
      expect((await client.deleteDataspaces(['other'])).orThrow().size).toBe(1);
      expect((await client.getDataspaces()).map((d) => d.path)).toEqual([DS]);
    });

    it('transaction(fn) commits what fn wrote when it resolves and rolls it back when it throws, rethrowing its error', async () => {
      const { client } = await clientPair();
      await client.putDataspaces([DS]);
      const value = await client.transaction(DS, async (tx) => {
        (await tx.putDataObjects([dataObjectRecord(EPC_URI, epcXml())])).orThrow();
        return 42;
      });
      expect(value).toBe(42);
      const oops = new Error('oops');
      await expect(
        client.transaction([DS_URI], async (tx) => {
          (await tx.putDataObjects([dataObjectRecord(CRS_URI_2, crsXml(CRS_2))])).orThrow();
          throw oops;
        }),
      ).rejects.toBe(oops);
      const got = await client.getDataObjects([EPC_URI, CRS_URI_2]);
      expect([...got.values.keys()]).toEqual([EPC_URI]);
      expect(got.errors.get(CRS_URI_2)?.code).toBe(11);
    });

    it('a second writer is refused at the start with the store code 15, and fn never runs', async () => {
      const store = new StoreServer({ storage: newStorage() });
      const a = new StoreClient((await storePair(store)).client);
      const b = new StoreClient((await storePair(store)).client);
      await a.putDataspaces([DS]);
      let ran = false;
      await a.transaction(DS, async () => {
        const err = await b.transaction(DS, () => void (ran = true)).catch((e: unknown) => e);
        expect(isEtpError(err, 'PROTOCOL_EXCEPTION') && err.etpCode).toBe(15);
      });
      expect(ran).toBe(false);
    });

    it('discovers resources with edges and counts, says when the store stopped at MaxResponseCount, and lists supported types', async () => {
      const { client } = await clientPair({ maxResponseCount: 2 });
      await client.putDataspaces([DS]);
      await client.putDataObjects([dataObjectRecord(CRS_URI, crsXml()), dataObjectRecord(EPC_URI, epcXml()), dataObjectRecord(GRID_URI, gridXml())]);
      const targets = await client.getResources(GRID_URI, { scope: 'targets', includeEdges: true, countObjects: true });
      expect(targets.complete).toBe(true);
      expect(targets.resources.map((r) => r.uri)).toEqual([CRS_URI, EPC_URI]);
      expect(targets.edges.map((e) => [e.sourceUri, e.targetUri])).toEqual([
        [GRID_URI, CRS_URI],
        [GRID_URI, EPC_URI],
      ]);
      const all = await client.getResources(DS_URI);
      expect(all.complete).toBe(false);
      expect(all.resources).toHaveLength(2);
      const types = await client.getSupportedTypes(DS_URI);
      expect(types.map((t) => [t.dataObjectType, t.objectCount]).sort()).toEqual([
        ['eml20.obj_EpcExternalPartReference', 1],
        ['resqml20.obj_Grid2dRepresentation', 1],
        ['resqml20.obj_LocalDepth3dCrs', 1],
      ]);
    });

    it('putArray / getArray: typed arrays of every kind, in one message or in windows under the negotiated size, n-dimensional', async () => {
      const { client, sent } = await clientPair();
      await client.putDataspaces([DS]);
      await client.putDataObjects([dataObjectRecord(EPC_URI, epcXml())]);
      const cases: [string, Parameters<StoreClient['putArray']>[2], number[]][] = [
        ['doubles', Float64Array.from({ length: 6000 }, (_, i) => i / 7), [3, 2000]],
        ['floats', Float32Array.from({ length: 5000 }, (_, i) => i / 3), [5000]],
        ['ints', Int32Array.from({ length: 12_000 }, (_, i) => i * 1000 - 5), [4, 3, 1000]],
        ['int16', Int16Array.from({ length: 100 }, (_, i) => -i), [10, 10]],
        ['longs', BigInt64Array.from({ length: 3000 }, (_, i) => BigInt(i) * 3_000_000_000n), [3000]],
        ['bytes', Uint8Array.from({ length: 40_000 }, (_, i) => i & 255), [200, 200]],
        ['signed bytes', Int8Array.from({ length: 300 }, (_, i) => (i % 256) - 128), [300]],
        ['booleans', Array.from({ length: 20_000 }, (_, i) => i % 3 === 0), [20_000]],
        ['strings', Array.from({ length: 3000 }, (_, i) => `value ${i}`), [30, 100]],
        ['numbers', [1.5, 2.5, 3.5], [3]],
      ];
      for (const [path, values, dimensions] of cases) {
        await client.putArray(EPC_URI, path, values, { dimensions });
        const back = await client.getArray(EPC_URI, path);
        expect(back.dimensions, path).toEqual(dimensions);
        const expected = Array.isArray(values) && typeof values[0] === 'number' ? Float64Array.from(values as number[]) : values;
        expect(back.values, path).toEqual(expected);
      }
      expect(names(sent.client).filter((n) => n === 'PutDataSubarrays').length).toBeGreaterThan(10);
      for (const f of [...sent.client, ...sent.server]) expect(f.length).toBeLessThanOrEqual(SMALL);
      await expect(client.putArray(EPC_URI, 'bad', new Float64Array(5), { dimensions: [2, 2] })).rejects.toThrow(/5 values do not fill an array of 2 × 2/);
      const missing = await client.getArray(EPC_URI, 'nowhere').catch((e: unknown) => e);
      expect(isEtpError(missing, 'ITEMS_FAILED')).toBe(true);
    });

    it('getArray reads a window of an array, and refuses before allocating what is larger than maxArrayReadBytes (the boundary exactly)', async () => {
      const pair = await clientPair();
      await pair.client.putDataspaces([DS]);
      await pair.client.putDataObjects([dataObjectRecord(EPC_URI, epcXml())]);
      const values = Float64Array.from({ length: 6000 }, (_, i) => i);
      await pair.client.putArray(EPC_URI, 'z', values, { dimensions: [3, 2000] });
      const window = await pair.client.getArray(EPC_URI, 'z', { starts: [1, 500], counts: [2, 1000] });
      expect(window.dimensions).toEqual([2, 1000]);
      expect(window.values).toEqual(Float64Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 2500 + i : 4500 + i - 1000)));
      await expect(pair.client.getArray(EPC_URI, 'z', { starts: [2, 0], counts: [2, 1] })).rejects.toThrow(/is not inside an array of 3 × 2000/);
      const exact = new StoreClient(pair.client.session, { maxArrayReadBytes: 48_000 });
      expect((await exact.getArray(EPC_URI, 'z')).values).toEqual(values);
      const under = await new StoreClient(pair.client.session, { maxArrayReadBytes: 47_999 }).getArray(EPC_URI, 'z').catch((e: unknown) => e);
      expect(isEtpError(under, 'LIMIT_EXCEEDED')).toBe(true);
      expect((await new StoreClient(pair.client.session, { maxArrayReadBytes: 47_999 }).getArray(EPC_URI, 'z', { counts: [1, 2000] })).values).toEqual(values.subarray(0, 2000));
    });
  });
}

describe('StoreClient against a store that declares an array of 10^12 doubles', () => {
  it('refuses with LIMIT_EXCEEDED before allocating anything', async () => {
    const pair = sessionPair({ protocols: [...STORE_OFFER] }, { protocols: [...STORE_OFFER] });
    pair.server.on('Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadata', (ctx) =>
      ctx.reply('Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadataResponse', {
        arrayMetadata: { a: { dimensions: [1_000_000, 1_000_000], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: T0, storeCreated: T0 } },
      }),
    );
    await pair.client.start();
    const err = await new StoreClient(pair.client).getArray(EPC_URI, 'huge').catch((e: unknown) => e);
    expect(isEtpError(err, 'LIMIT_EXCEEDED')).toBe(true);
    expect((err as Error).message).toMatch(/1000000000000 elements take about 8000000000000 bytes, more than maxArrayReadBytes \(1073741824\)/);
    expect(pair.sent.client.map((f) => codec.decode(f).name.split('.').pop())).toEqual(['RequestSession', 'GetDataArrayMetadata']);
  });
});

const CRS_2 = '3c4d5e6f-7081-4c2d-9e0f-1a2b3c4d5e6f';
const CRS_URI_2 = uriOf('obj_LocalDepth3dCrs', CRS_2);
const CRS_URI = uriOf('obj_LocalDepth3dCrs', '0d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b');

describe('array windows', () => {
  it('cover every element once, in row-major order, each contiguous, within the budget, on any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 60 }), (dims, per) => {
        const total = dims.reduce((a, b) => a * b, 1);
        let next = 0;
        for (const w of windows(dims, per)) {
          expect(w.offset).toBe(next);
          expect(w.length).toBeGreaterThan(0);
          expect(w.length).toBeLessThanOrEqual(per);
          expect(w.counts.reduce((a, b) => a * b, 1)).toBe(w.length);
          // The window's first element in row-major order is at its offset.
          expect(w.starts.reduce((at, s, i) => at * dims[i]! + s, 0)).toBe(w.offset);
          // Contiguous: ones, then one partial axis, then whole axes.
          const partial = w.counts.findIndex((c, i) => c !== 1 || i === dims.length - 1);
          for (let i = partial + 1; i < dims.length; i++) expect(w.counts[i]).toBe(dims[i]);
          next += w.length;
        }
        expect(next).toBe(total);
      }),
    );
  });
});

describe('record builders', () => {
  it('dataObjectRecord reads the title and change time from the XML and fills the store times; dataspaceRecord takes a path or a uri', () => {
    const o = dataObjectRecord(CRS_URI, crsXml(undefined, 'A &amp; B'), { now });
    expect(o.resource).toEqual({ uri: CRS_URI, name: 'A & B', lastChanged: Date.parse('2026-12-01T10:00:00Z') * 1000, storeLastWrite: T0, storeCreated: T0, activeStatus: 'Active' });
    expect(o.format).toBe('xml');
    expect(dataObjectRecord(CRS_URI, new Uint8Array([1, 2]), { name: 'n', now }).resource).toMatchObject({ name: 'n', lastChanged: T0 });
    expect(() => dataObjectRecord(DS_URI, '<x/>')).toThrow(/is not a data object uri/);
    expect(dataspaceRecord("a/b'c", { now })).toEqual({ uri: "eml:///dataspace('a/b''c')", path: "a/b'c", storeLastWrite: T0, storeCreated: T0, customData: {} });
    expect(dataspaceRecord("eml:///dataspace('x')").path).toBe('x');
    expect(new ItemResults().ok).toBe(true);
  });
});

describe('StoreClient over a real socket on 127.0.0.1', () => {
  let server: EtpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('StoreClient.connect opens a store session and does a whole round: dataspace, transaction, objects, an array, discovery', async () => {
    const store = new StoreServer({ storage: newStorage() });
    server = await listen({ port: 0, host: '127.0.0.1', protocols: store.offer, capabilities: { MaxWebSocketMessagePayloadSize: SMALL }, setup: (s) => store.attach(s) });
    const client = await StoreClient.connect(`ws://127.0.0.1:${server.port}/`, { capabilities: { MaxWebSocketMessagePayloadSize: SMALL } });
    expect(client.session.negotiated!.protocols.map((p) => p.protocol).sort((a, b) => a - b)).toEqual([...STORE_OFFER].map((p) => p.protocol).sort((a, b) => a - b));
    await client.putDataspaces([DS]);
    const big = gridXml(GRID_UUID, undefined, undefined, 50_000);
    await client.transaction(DS, async () => {
      (await client.putDataObjects([dataObjectRecord(CRS_URI, crsXml()), dataObjectRecord(EPC_URI, epcXml()), dataObjectRecord(GRID_URI, big)])).orThrow();
      await client.putArray(
        EPC_URI,
        `/RESQML/${GRID_UUID}/zvalues`,
        Float64Array.from({ length: 10_000 }, (_, i) => Math.sin(i)),
        { dimensions: [100, 100] },
      );
    });
    const got = (await client.getDataObjects([GRID_URI])).orThrow();
    expect(new TextDecoder().decode(got.get(GRID_URI)!.data)).toBe(big);
    const z = await client.getArray(EPC_URI, `/RESQML/${GRID_UUID}/zvalues`);
    expect(z.values).toEqual(Float64Array.from({ length: 10_000 }, (_, i) => Math.sin(i)));
    expect((await client.getResources(DS_URI)).resources).toHaveLength(3);
    client.close();
  });
});

describe('StoreClient types', () => {
  it('a mistake in what a call takes is a compile error; what it gives is typed', async () => {
    const { client } = await clientPair();
    const typed = async (): Promise<void> => {
      // @ts-expect-error a data object record has resource, not uri
      await client.putDataObjects([{ uri: EPC_URI, data: new Uint8Array(0) }]);
      // @ts-expect-error uris are strings
      await client.getDataObjects([42]);
      // @ts-expect-error an array of objects is not array values
      await client.putArray(EPC_URI, 'p', [{}]);
      // @ts-expect-error scope is a ContextScopeKind
      await client.getResources(DS_URI, { scope: 'everything' });
      // @ts-expect-error a point's value is a DataValue ({ item: { double: 1 } }), not a number
      await client.appendPoints([{ channelId: 1, index: 0, value: 1.5 }]);
      // @ts-expect-error a DataValue's double is a number
      await client.appendPoints([{ channelId: 1, index: 0, value: { item: { double: '1.5' } } }]);
      // @ts-expect-error channel ids are numbers
      await client.subscribeChannels([{ channelId: 'GR' }]);
      for await (const e of client.channelEvents()) if (e.kind === 'data') expectTypeOf(e.points[0]!.index).toEqualTypeOf<number>();
      const got = await client.getDataObjects([EPC_URI]);
      expectTypeOf(got.values.get(EPC_URI)!.data).toEqualTypeOf<Uint8Array>();
      expectTypeOf(got.errors.get(EPC_URI)!.code).toEqualTypeOf<number>();
    };
    expect(typeof typed).toBe('function');
    // From untyped JavaScript, the same mistakes are clear runtime errors.
    await expect(client.putDataObjects([{ uri: EPC_URI } as never])).rejects.toThrow(/a data object has resource.uri/);
    await expect(client.getDataObjects([42 as never])).rejects.toThrow(/each uri is a string, got number/);
    await expect(client.putArray(EPC_URI, 'p', [{}] as never)).rejects.toThrow(/array values are a typed array/);
    await expect(client.appendPoints([{ channelId: 1, index: 0, value: 1.5 } as never])).rejects.toThrow(/a channel point is \{ channelId, index: number, value: DataValue \}/);
    await expect(client.appendPoints([{ channelId: 1, index: '0', value: { item: null } } as never])).rejects.toThrow(/a channel point is \{ channelId, index: number, value: DataValue \}/);
  });
});
