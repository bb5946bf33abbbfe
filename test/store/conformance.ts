import { expect, it } from 'vitest';
import type { ChannelMeta, ChannelPoint, ObjectRecord, StoreStorage } from '../../src/store/index.js';
import { readWindow, writeWindow } from '../../src/store/index.js';

// The storage contract, one suite for every implementation (docs/store.md, "The storage contract").

const obj = (uuid: string, extra: Partial<ObjectRecord> = {}): ObjectRecord => ({
  dataspace: 'a',
  uuid,
  type: 'resqml20.obj_Grid2dRepresentation',
  name: `grid ${uuid.slice(0, 4)}`,
  created: 10,
  lastWrite: 10,
  lastChanged: 10,
  active: true,
  format: 'xml',
  data: new Uint8Array([60, 97, 47, 62]),
  references: [],
  ...extra,
});
const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';
const U3 = '00000000-0000-4000-8000-000000000003';
const ARRAY = {
  uri: `eml:///dataspace('a')/eml20.obj_EpcExternalPartReference(${U3})`,
  pathInResource: '/x',
  dataspace: 'a',
  preferredSubarrayDimensions: [],
  logicalType: 'arrayOfDouble64LE',
  created: 1,
  lastWrite: 1,
  customData: {},
};

export function storageConformance(make: () => StoreStorage | Promise<StoreStorage>): void {
  const open = async (fn: (s: StoreStorage) => Promise<void>): Promise<void> => {
    const s = await make();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  it('dataspaces: put, get, list by last write, custom data kept, delete with its objects as tombstones', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 5, customData: { acl: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfString': { values: ['x'] } } } } });
      await s.putDataspace({ path: 'b/c', created: 2, lastWrite: 2, customData: {} });
      expect((await s.getDataspaces()).map((d) => d.path)).toEqual(['a', 'b/c']);
      expect((await s.getDataspaces(3)).map((d) => d.path)).toEqual(['a']);
      expect((await s.getDataspace('a'))?.customData).toEqual({ acl: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfString': { values: ['x'] } } } });
      await s.putObject(obj(U1));
      expect(await s.deleteDataspace('a', 99)).toBe(true);
      expect(await s.deleteDataspace('a', 99)).toBe(false);
      expect(await s.getDataspace('a')).toBeUndefined();
      expect(await s.getObject('a', U1)).toBeUndefined();
      expect(await s.deleted('a', undefined, 10)).toEqual([{ dataspace: 'a', uuid: U1, type: 'resqml20.obj_Grid2dRepresentation', deleted: 99 }]);
    }));

  it('objects: put creates then replaces, bytes back identical, references give sources and targets, delete leaves a tombstone', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 1, customData: {} });
      expect(await s.putObject(obj(U1, { references: [{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }] }))).toBe(true);
      expect(await s.putObject(obj(U1, { lastWrite: 20, references: [{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }] }))).toBe(false);
      await s.putObject(obj(U2, { type: 'resqml20.obj_LocalDepth3dCrs' }));
      const got = await s.getObject('a', U1);
      expect(got?.data).toEqual(new Uint8Array([60, 97, 47, 62]));
      expect(got?.lastWrite).toBe(20);
      // A replaced object keeps its creation time, in a transaction's copy too.
      await s.putObject(obj(U1, { created: 99, lastWrite: 21, references: [{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }] }));
      expect((await s.getObject('a', U1))?.created).toBe(10);
      await s.begin('tc');
      await s.putObject(obj(U1, { created: 99, lastWrite: 22, references: [{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }] }), 'tc');
      expect((await s.getObject('a', U1, 'tc'))?.created).toBe(10);
      await s.commit('tc');
      expect((await s.getObject('a', U1))?.created).toBe(10);
      expect(await s.putObjects([obj(U3), obj(U1, { lastWrite: 23, references: [{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }] })])).toEqual([true, false]);
      expect(await s.deleteObject('a', U3, 24)).toBe(true);
      expect((await s.sources('a', U2, 10)).map((o) => o.uuid)).toEqual([U1]);
      expect(await s.targets('a', U1, 10)).toEqual([{ uuid: U2, type: 'resqml20.obj_LocalDepth3dCrs' }]);
      expect((await s.listObjects('a', { types: ['obj_LocalDepth3dCrs'] }, 10)).map((o) => o.uuid)).toEqual([U2]);
      expect((await s.listObjects('a', { lastWriteAfter: 15 }, 10)).map((o) => o.uuid)).toEqual([U1]);
      expect((await s.listObjects('a', {}, 1)).length).toBe(1);
      expect(Object.fromEntries(await s.countTypes('a'))).toEqual({ 'resqml20.obj_Grid2dRepresentation': 1, 'resqml20.obj_LocalDepth3dCrs': 1 });
      expect(await s.deleteObject('a', U1, 30)).toBe(true);
      expect(await s.deleteObject('a', U1, 30)).toBe(false);
      expect(await s.sources('a', U2, 10)).toEqual([]);
      expect((await s.deleted('a', 23, 10)).map((t) => t.uuid)).toEqual([U3, U1]);
      expect(await s.deleted('a', 30, 10)).toEqual([]);
    }));

  it('a transaction sees its own writes, nobody else does, and commit makes them all visible at once', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 1, customData: {} });
      await s.putObject(obj(U1, { name: 'before' }));
      await s.begin('t1');
      await s.putObject(obj(U1, { name: 'after' }), 't1');
      await s.putObject(obj(U2, { references: [{ uuid: U1, type: 'resqml20.obj_Grid2dRepresentation' }] }), 't1');
      await s.deleteObject('a', U1, 5, 't1');
      await s.putObject(obj(U1, { name: 'again' }), 't1');
      expect((await s.getObject('a', U1))?.name).toBe('before');
      expect(await s.getObject('a', U2)).toBeUndefined();
      expect((await s.getObject('a', U1, 't1'))?.name).toBe('again');
      expect((await s.stagedObjects('t1', 10)).map((o) => o.uuid).sort()).toEqual([U1, U2]);
      expect(await s.stagedObjects('t1', 1)).toHaveLength(1);
      expect((await s.sources('a', U1, 10, 't1')).map((o) => o.uuid)).toEqual([U2]);
      expect(await s.sources('a', U1, 10)).toEqual([]);
      await s.putObject(obj(U3), 't1');
      await s.deleteObject('a', U3, 6, 't1');
      await s.commit('t1');
      // U1 was deleted and put again (it exists), U3 made and deleted (it never existed for others): no tombstone.
      expect(await s.deleted('a', undefined, 10)).toEqual([]);
      expect((await s.getObject('a', U1))?.name).toBe('again');
      expect((await s.sources('a', U1, 10)).map((o) => o.uuid)).toEqual([U2]);
      expect((await s.listObjects('a', {}, 10)).length).toBe(2);
    }));

  it('a rollback leaves nothing of the transaction: objects, deletions, dataspaces, arrays', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 1, customData: {} });
      await s.putObject(obj(U1));
      const committed = await s.putArray({ ...ARRAY, dimensions: [3], transportType: 'arrayOfDouble' });
      await writeWindow(s, committed, [0], [3], { type: 'arrayOfDouble', values: [1, 2, 3] });
      await s.begin('t2');
      await s.putDataspace({ path: 'new', created: 1, lastWrite: 1, customData: {} }, 't2');
      await s.deleteObject('a', U1, 5, 't2');
      await s.putObject(obj(U2), 't2');
      const copy = (await s.arrayForWrite(ARRAY.uri, '/x', 6, 't2'))!;
      await writeWindow(s, copy, [1], [1], { type: 'arrayOfDouble', values: [20] });
      expect(Array.from((await readWindow(s, copy, [0], [3])).values)).toEqual([1, 20, 3]);
      expect(await s.getObject('a', U1, 't2')).toBeUndefined();
      await s.rollback('t2');
      expect(await s.getDataspace('new')).toBeUndefined();
      expect(await s.getObject('a', U1)).toBeDefined();
      expect(await s.getObject('a', U2)).toBeUndefined();
      expect(await s.deleted('a', undefined, 10)).toEqual([]);
      expect(Array.from((await readWindow(s, (await s.getArray(ARRAY.uri, '/x'))!, [0], [3])).values)).toEqual([1, 2, 3]);
    }));

  it('arrays: unwritten elements read as zero, windows of a 3-d array land where they belong, a committed copy merges its blocks', () =>
    open(async (s) => {
      const a = await s.putArray({ ...ARRAY, dimensions: [4, 5, 3000], transportType: 'arrayOfInt' });
      expect((await readWindow(s, a, [3, 4, 2990], [1, 1, 10])).values).toEqual(new Array(10).fill(0));
      const window = Array.from({ length: 2 * 2 * 2000 }, (_, i) => i - 4000);
      await writeWindow(s, a, [1, 2, 500], [2, 2, 2000], { type: 'arrayOfInt', values: window });
      expect((await readWindow(s, a, [1, 2, 500], [2, 2, 2000])).values).toEqual(window);
      expect((await readWindow(s, a, [2, 3, 2499], [1, 1, 2])).values).toEqual([3999, 0]);
      await s.begin('t3');
      const copy = (await s.arrayForWrite(ARRAY.uri, '/x', 9, 't3'))!;
      await writeWindow(s, copy, [0, 0, 0], [1, 1, 2], { type: 'arrayOfInt', values: [7, 8] });
      expect((await readWindow(s, a, [0, 0, 0], [1, 1, 2])).values).toEqual([0, 0]);
      await s.commit('t3');
      const after = (await s.getArray(ARRAY.uri, '/x'))!;
      expect(after.lastWrite).toBe(9);
      expect((await readWindow(s, after, [0, 0, 0], [1, 1, 2])).values).toEqual([7, 8]);
      expect((await readWindow(s, after, [1, 2, 500], [2, 2, 2000])).values).toEqual(window);
    }));

  it('arrays of every element type keep their values; deleting the object they hang under deletes them', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 1, customData: {} });
      await s.putObject(obj(U3, { type: 'eml20.obj_EpcExternalPartReference' }));
      const cases = [
        { type: 'arrayOfBoolean', values: [true, false, true] },
        { type: 'arrayOfInt', values: [-(2 ** 31), 0, 2 ** 31 - 1] },
        { type: 'arrayOfLong', values: [-(2 ** 53) + 1, 2n ** 62n, 5] },
        { type: 'arrayOfFloat', values: [1.5, -0.25, 3] },
        { type: 'arrayOfDouble', values: [Math.PI, -1e300, 0] },
        { type: 'arrayOfString', values: ['a', '', 'ünï'] },
        { type: 'bytes', values: new Uint8Array([0, 255, 7]) },
      ] as const;
      for (const c of cases) {
        const a = await s.putArray({ ...ARRAY, pathInResource: `/${c.type}`, dimensions: [3], transportType: c.type });
        await writeWindow(s, a, [0], [3], { type: c.type, values: c.values as ArrayLike<unknown> });
        const got = (await readWindow(s, a, [0], [3])).values;
        // Doubles and floats come back as typed arrays (encode copies them as bytes), bytes as bytes.
        const kind = { arrayOfDouble: Float64Array, arrayOfFloat: Float32Array, bytes: Uint8Array }[c.type as string] ?? Array;
        expect(got).toBeInstanceOf(kind);
        expect(c.type === 'bytes' ? got : Array.from(got)).toEqual(c.values);
      }
      await s.begin('td');
      expect(await s.deleteArray(ARRAY.uri, '/arrayOfBoolean', 'td')).toBe(true);
      expect(await s.getArray(ARRAY.uri, '/arrayOfBoolean', 'td')).toBeUndefined();
      expect(await s.getArray(ARRAY.uri, '/arrayOfBoolean')).toBeDefined();
      await s.commit('td');
      expect(await s.getArray(ARRAY.uri, '/arrayOfBoolean')).toBeUndefined();
      expect(await s.deleteArray(ARRAY.uri, '/arrayOfBoolean')).toBe(false);
      expect(await s.deleteArray(ARRAY.uri, '/arrayOfFloat')).toBe(true);
      expect(await s.getArray(ARRAY.uri, '/arrayOfFloat')).toBeUndefined();
      await s.deleteObject('a', U3, 50);
      expect(await s.getArray(ARRAY.uri, '/arrayOfInt')).toBeUndefined();
    }));

  const CHANNEL_URI = `eml:///dataspace('a')/witsml21.Channel(${U3})`;
  const channel = (extra: Partial<ChannelMeta> = {}) => ({
    uri: CHANNEL_URI,
    dataspace: 'a',
    uuid: U3,
    meta: { name: 'GR', dataKind: 'double', uom: 'gAPI', indexKind: 'MeasuredDepth', indexType: 'double' as const, indexUom: 'm', indexName: 'MD', depthDatum: '', source: '', ...extra },
    created: 5,
    lastWrite: 5,
  });
  const pts = (from: number, n: number, tag = ''): ChannelPoint[] => Array.from({ length: n }, (_, i) => ({ index: from + i, value: `d${from + i}${tag}` }));

  it('channels: opened by URI with one id (opened again: metadata replaced, id and points kept), found by id', () =>
    open(async (s) => {
      const c = await s.putChannel(channel());
      expect(c.id).toBeGreaterThan(0);
      expect(c.high).toBeUndefined();
      expect(await s.getChannel(CHANNEL_URI)).toEqual(c);
      expect(await s.getChannelById(c.id)).toEqual(c);
      await s.appendPoints(c.id, pts(0, 3), 9);
      const again = await s.putChannel(channel({ uom: 'API' }));
      expect(again.id).toBe(c.id);
      expect(again.meta.uom).toBe('API');
      expect(again.created).toBe(5);
      expect(await s.channelExtent(c.id)).toEqual({ start: 0, end: 2, count: 3 });
      expect(await s.getChannel(`eml:///dataspace('a')/witsml21.Channel(${U2})`)).toBeUndefined();
      expect(await s.getChannelById(c.id + 1000)).toBeUndefined();
    }));

  it('channel points: appended in order, read after, from and to an index in pages, a point at a kept index replaced, lastWrite moved', () =>
    open(async (s) => {
      const c = await s.putChannel(channel());
      expect(await s.channelExtent(c.id)).toBeUndefined();
      expect(await s.readPoints(c.id, {}, 10)).toEqual([]);
      await s.appendPoints(c.id, pts(0, 1000), 20);
      await s.appendPoints(
        c.id,
        [
          { index: 1000.5, value: 'f' },
          { index: 2000, value: 's' },
        ],
        21,
      );
      expect((await s.getChannelById(c.id))!.lastWrite).toBe(21);
      expect(await s.channelExtent(c.id)).toEqual({ start: 0, end: 2000, count: 1002 });
      expect(await s.readPoints(c.id, { after: 997 }, 10)).toEqual([...pts(998, 2), { index: 1000.5, value: 'f' }, { index: 2000, value: 's' }]);
      expect(await s.readPoints(c.id, { from: 10, to: 12 }, 10)).toEqual(pts(10, 3));
      expect(await s.readPoints(c.id, { after: 10, from: 5, to: 12 }, 10)).toEqual(pts(11, 2));
      expect(await s.readPoints(c.id, { from: 100 }, 4)).toEqual(pts(100, 4));
      expect(await s.nthLast(c.id, 1)).toBe(2000);
      expect(await s.nthLast(c.id, 3)).toBe(999);
      expect(await s.nthLast(c.id, 1003)).toBeUndefined();
      await s.appendPoints(c.id, [{ index: 5, value: 'again' }], 22);
      expect(await s.readPoints(c.id, { from: 5, to: 5 }, 10)).toEqual([{ index: 5, value: 'again' }]);
      // Indexes as times in microseconds stay exact.
      const t = 1_767_225_600_000_000;
      await s.appendPoints(
        c.id,
        [
          { index: t, value: 'x' },
          { index: t + 1, value: 'y' },
        ],
        23,
      );
      expect(await s.readPoints(c.id, { after: t }, 10)).toEqual([{ index: t + 1, value: 'y' }]);
    }));

  it('channel points: a range replaced (what was in it goes, the new points come), truncation deletes after an index', () =>
    open(async (s) => {
      const c = await s.putChannel(channel());
      await s.appendPoints(c.id, pts(0, 10), 1);
      await s.replacePoints(
        c.id,
        3,
        6,
        [
          { index: 3.5, value: 'n1' },
          { index: 6, value: 'n2' },
        ],
        6,
      );
      expect((await s.readPoints(c.id, {}, 100)).map((p) => p.index)).toEqual([0, 1, 2, 3.5, 6, 7, 8, 9]);
      expect(await s.readPoints(c.id, { from: 6, to: 6 }, 10)).toEqual([{ index: 6, value: 'n2' }]);
      expect((await s.getChannelById(c.id))!.lastWrite).toBe(6);
      expect(await s.truncatePoints(c.id, 7, 8)).toBe(2);
      expect(await s.channelExtent(c.id)).toEqual({ start: 0, end: 7, count: 6 });
      expect((await s.getChannelById(c.id))!.lastWrite).toBe(8);
      expect(await s.truncatePoints(c.id, 100, 9)).toBe(0);
      // high: raised by appends and replaced points, never lowered by a replace, brought down by a truncation.
      expect((await s.getChannelById(c.id))!.high).toBe(7);
      await s.replacePoints(c.id, 5, 7, [], 10);
      expect((await s.getChannelById(c.id))!.high).toBe(7);
      await s.replacePoints(c.id, 5, 12, [{ index: 12, value: 'x' }], 11);
      expect((await s.getChannelById(c.id))!.high).toBe(12);
      await s.truncatePoints(c.id, 3, 12);
      expect((await s.getChannelById(c.id))!.high).toBe(3);
      expect((await s.putChannel(channel())).high).toBe(3);
    }));

  it('deleting a Channel object deletes its channel and points; through a transaction at its commit (not at its rollback)', () =>
    open(async (s) => {
      await s.putDataspace({ path: 'a', created: 1, lastWrite: 1, customData: {} });
      await s.putObject(obj(U3, { type: 'witsml21.Channel' }));
      const c = await s.putChannel(channel());
      await s.appendPoints(c.id, pts(0, 5), 1);
      await s.begin('t1');
      await s.deleteObject('a', U3, 7, 't1');
      await s.rollback('t1');
      expect(await s.getChannel(CHANNEL_URI)).toBeDefined();
      await s.begin('t2');
      await s.deleteObject('a', U3, 8, 't2');
      expect(await s.getChannel(CHANNEL_URI)).toBeDefined();
      await s.commit('t2');
      expect(await s.getChannel(CHANNEL_URI)).toBeUndefined();
      // Made again, it starts empty, with another id (a subscriber's old id never names it).
      await s.putObject(obj(U3, { type: 'witsml21.Channel' }));
      const d = await s.putChannel(channel());
      expect(d.id).not.toBe(c.id);
      expect(await s.channelExtent(d.id)).toBeUndefined();
      expect(await s.readPoints(c.id, {}, 10)).toEqual([]);
      expect(await s.deleteObject('a', U3, 9)).toBe(true);
      expect(await s.getChannelById(d.id)).toBeUndefined();
    }));
}
