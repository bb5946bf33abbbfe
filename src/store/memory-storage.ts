import { parseUri } from '../schema/index.js';
import type {
  ArrayBlock,
  ArrayRecord,
  ChannelExtent,
  ChannelPoint,
  ChannelRecord,
  DataspaceRecord,
  PointRange,
  ObjectFilter,
  ObjectRecord,
  ObjectReference,
  ObjectSummary,
  StoreStorage,
  Tombstone,
} from './storage.js';
import { matches } from './storage.js';

// The store kit's storage in plain maps, gone with the process: for tests, and the second
// implementation that keeps the contract honest (the conformance suite runs against both). What a
// transaction writes sits in its own maps, over the committed ones, until commit merges them.
// Sources are found by a scan of the dataspace: fine for tests, not for millions of objects.

/** A transaction's deletion of something committed. */
const GONE = Symbol('deleted');
type Gone = { [GONE]: true; type: string; time: number };
const gone = (type: string, time: number): Gone => ({ [GONE]: true, type, time });
const isGone = (v: unknown): v is Gone => typeof v === 'object' && v !== null && GONE in v;

interface ArrayEntry {
  record: ArrayRecord;
  blocks: Map<number, Uint8Array>;
  /** A transaction's copy: the committed array its unwritten blocks come from. */
  base?: ArrayEntry;
}

interface Layer {
  dataspaces: Map<string, DataspaceRecord | Gone>;
  /** dataspace → uuid → object. */
  objects: Map<string, Map<string, ObjectRecord | Gone>>;
  /** uri \0 path → array. */
  arrays: Map<string, ArrayEntry | Gone>;
}

const layer = (): Layer => ({ dataspaces: new Map(), objects: new Map(), arrays: new Map() });
const arrayKey = (uri: string, path: string): string => `${uri}\0${path}`;
const ownerOf = (uri: string): string => {
  const u = parseUri(uri);
  return u.kind === 'dataObject' ? u.uuid.toLowerCase() : '';
};
const summary = (o: ObjectRecord): ObjectSummary => ({
  dataspace: o.dataspace,
  uuid: o.uuid,
  type: o.type,
  name: o.name,
  created: o.created,
  lastWrite: o.lastWrite,
  lastChanged: o.lastChanged,
  active: o.active,
});

/** A channel's points in two arrays, in increasing index order. */
interface ChannelEntry {
  record: ChannelRecord;
  indexes: number[];
  values: string[];
}

/** Where `index` is, or would go, in increasing `indexes`. */
function seek(indexes: readonly number[], index: number): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (indexes[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A {@link StoreStorage} in memory, without SQLite. */
export class MemoryStoreStorage implements StoreStorage {
  readonly durable = false;
  private readonly committed = layer();
  private readonly staged = new Map<string, Layer>();
  private readonly tombstones: Tombstone[] = [];
  private readonly arraysById = new Map<number, ArrayEntry>();
  private nextId = 1;
  private readonly channels = new Map<number, ChannelEntry>();
  private readonly channelIds = new Map<string, number>();

  private layerOf(txn: string | undefined): Layer | undefined {
    if (!txn) return undefined;
    let l = this.staged.get(txn);
    if (!l) this.staged.set(txn, (l = layer()));
    return l;
  }

  private writable(txn: string | undefined): Layer {
    return this.layerOf(txn) ?? this.committed;
  }

  // ---- dataspaces

  getDataspaces(lastWriteAfter?: number, txn?: string): DataspaceRecord[] {
    const paths = new Set([...this.committed.dataspaces.keys(), ...(this.layerOf(txn)?.dataspaces.keys() ?? [])]);
    return [...paths]
      .sort()
      .map((p) => this.getDataspace(p, txn))
      .filter((d): d is DataspaceRecord => d !== undefined && (lastWriteAfter === undefined || d.lastWrite > lastWriteAfter));
  }

  getDataspace(path: string, txn?: string): DataspaceRecord | undefined {
    const mine = this.layerOf(txn)?.dataspaces.get(path);
    if (mine !== undefined) return isGone(mine) ? undefined : structuredClone(mine);
    const d = this.committed.dataspaces.get(path);
    return d && !isGone(d) ? structuredClone(d) : undefined;
  }

  putDataspace(record: DataspaceRecord, txn?: string): void {
    this.writable(txn).dataspaces.set(record.path, structuredClone(record));
  }

  touchDataspace(path: string, time: number, txn?: string): void {
    const d = this.getDataspace(path, txn);
    if (d) this.putDataspace({ ...d, lastWrite: Math.max(d.lastWrite, time) }, txn);
  }

  deleteDataspace(path: string, time: number, txn?: string): boolean {
    if (!this.getDataspace(path, txn)) return false;
    for (const o of this.visibleObjects(path, txn)) this.deleteObject(path, o.uuid, time, txn);
    for (const [key, a] of this.visibleArrays(txn)) if (a.record.dataspace === path) this.dropArray(key, txn);
    if (txn) this.layerOf(txn)!.dataspaces.set(path, gone('', time));
    else this.committed.dataspaces.delete(path);
    return true;
  }

  // ---- objects

  private visibleObjects(ds: string, txn: string | undefined): ObjectRecord[] {
    const mine = this.layerOf(txn)?.objects.get(ds);
    const out = new Map<string, ObjectRecord>();
    for (const [uuid, o] of this.committed.objects.get(ds) ?? []) if (!isGone(o) && !mine?.has(uuid)) out.set(uuid, o);
    for (const [uuid, o] of mine ?? []) if (!isGone(o)) out.set(uuid, o);
    return [...out.values()].sort((a, b) => (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0));
  }

  private visible(ds: string, uuid: string, txn: string | undefined): ObjectRecord | undefined {
    const mine = this.layerOf(txn)?.objects.get(ds)?.get(uuid);
    if (mine !== undefined) return isGone(mine) ? undefined : mine;
    const o = this.committed.objects.get(ds)?.get(uuid);
    return o && !isGone(o) ? o : undefined;
  }

  private setObject(l: Layer, ds: string, uuid: string, value: ObjectRecord | Gone): void {
    let m = l.objects.get(ds);
    if (!m) l.objects.set(ds, (m = new Map()));
    m.set(uuid, value);
  }

  getObject(ds: string, uuid: string, txn?: string): ObjectRecord | undefined {
    const o = this.visible(ds, uuid, txn);
    return o && { ...o, data: o.data.slice(), references: o.references.map((r) => ({ ...r })) };
  }

  putObject(record: ObjectRecord, txn?: string): boolean {
    return this.putObjects([record], txn)[0]!;
  }

  putObjects(records: readonly ObjectRecord[], txn?: string): boolean[] {
    return records.map((r) => {
      const existing = this.visible(r.dataspace, r.uuid, txn) ?? (txn ? this.visible(r.dataspace, r.uuid, undefined) : undefined);
      const created = !this.visible(r.dataspace, r.uuid, txn);
      const copy: ObjectRecord = { ...r, created: existing?.created ?? r.created, data: r.data.slice(), references: r.references.map((x) => ({ ...x })) };
      this.setObject(this.writable(txn), r.dataspace, r.uuid, copy);
      return created;
    });
  }

  deleteObject(ds: string, uuid: string, time: number, txn?: string): boolean {
    const o = this.visible(ds, uuid, txn);
    if (!o) return false;
    if (txn) this.setObject(this.layerOf(txn)!, ds, uuid, gone(o.type, time));
    else {
      this.committed.objects.get(ds)!.delete(uuid);
      this.tombstones.push({ dataspace: ds, uuid, type: o.type, deleted: time });
      this.dropChannelOf(ds, uuid);
    }
    for (const [key, a] of this.visibleArrays(txn)) if (a.record.dataspace === ds && ownerOf(a.record.uri) === uuid) this.dropArray(key, txn);
    return true;
  }

  listObjects(ds: string, filter: ObjectFilter, limit: number, txn?: string): ObjectSummary[] {
    return this.visibleObjects(ds, txn)
      .map(summary)
      .filter((s) => matches(s, filter))
      .slice(0, limit);
  }

  sources(ds: string, uuid: string, limit: number, txn?: string): ObjectSummary[] {
    return this.visibleObjects(ds, txn)
      .filter((o) => o.references.some((r) => r.uuid === uuid))
      .slice(0, limit)
      .map(summary);
  }

  targets(ds: string, uuid: string, limit: number, txn?: string): ObjectReference[] {
    return (this.visible(ds, uuid, txn)?.references ?? []).slice(0, limit).map((r) => ({ ...r }));
  }

  countTypes(ds: string, txn?: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const o of this.visibleObjects(ds, txn)) out.set(o.type, (out.get(o.type) ?? 0) + 1);
    return out;
  }

  stagedObjects(txn: string, limit: number): { dataspace: string; uuid: string }[] {
    const out: { dataspace: string; uuid: string }[] = [];
    for (const [dataspace, objects] of this.staged.get(txn)?.objects ?? []) {
      for (const [uuid, o] of objects) if (!isGone(o) && out.length < limit) out.push({ dataspace, uuid });
    }
    return out;
  }

  deleted(ds: string, after: number | undefined, limit: number): Tombstone[] {
    return this.tombstones
      .filter((t) => t.dataspace === ds && (after === undefined || t.deleted > after))
      .sort((a, b) => a.deleted - b.deleted)
      .slice(0, limit)
      .map((t) => ({ ...t }));
  }

  // ---- arrays

  private visibleArrays(txn: string | undefined): Map<string, ArrayEntry> {
    const out = new Map<string, ArrayEntry>();
    const mine = this.layerOf(txn)?.arrays;
    for (const [k, a] of this.committed.arrays) if (!isGone(a) && !mine?.has(k)) out.set(k, a);
    for (const [k, a] of mine ?? []) if (!isGone(a)) out.set(k, a);
    return out;
  }

  private visibleArray(key: string, txn: string | undefined): ArrayEntry | undefined {
    const mine = this.layerOf(txn)?.arrays.get(key);
    if (mine !== undefined) return isGone(mine) ? undefined : mine;
    const a = this.committed.arrays.get(key);
    return a && !isGone(a) ? a : undefined;
  }

  private dropArray(key: string, txn: string | undefined): void {
    const l = this.layerOf(txn);
    const mine = l?.arrays.get(key);
    if (mine && !isGone(mine)) this.arraysById.delete(mine.record.id);
    if (l) l.arrays.set(key, gone('', 0));
    else {
      const a = this.committed.arrays.get(key);
      if (a && !isGone(a)) this.arraysById.delete(a.record.id);
      this.committed.arrays.delete(key);
    }
  }

  private newEntry(record: Omit<ArrayRecord, 'id'>, base?: ArrayEntry): ArrayEntry {
    const entry: ArrayEntry = { record: structuredClone({ ...record, id: this.nextId++ }), blocks: new Map(), ...(base ? { base } : {}) };
    this.arraysById.set(entry.record.id, entry);
    return entry;
  }

  getArray(uri: string, pathInResource: string, txn?: string): ArrayRecord | undefined {
    const a = this.visibleArray(arrayKey(uri, pathInResource), txn);
    return a && structuredClone(a.record);
  }

  putArray(record: Omit<ArrayRecord, 'id'>, txn?: string): ArrayRecord {
    const key = arrayKey(record.uri, record.pathInResource);
    const l = this.writable(txn);
    const old = l.arrays.get(key);
    if (old && !isGone(old)) this.arraysById.delete(old.record.id);
    const entry = this.newEntry(record);
    l.arrays.set(key, entry);
    return structuredClone(entry.record);
  }

  arrayForWrite(uri: string, pathInResource: string, time: number, txn?: string): ArrayRecord | undefined {
    const key = arrayKey(uri, pathInResource);
    const a = this.visibleArray(key, txn);
    if (!a) return undefined;
    const l = this.layerOf(txn);
    if (l && !l.arrays.has(key)) {
      const copy = this.newEntry({ ...a.record, lastWrite: Math.max(time, a.record.lastWrite) }, a);
      l.arrays.set(key, copy);
      return structuredClone(copy.record);
    }
    a.record.lastWrite = Math.max(time, a.record.lastWrite);
    return structuredClone(a.record);
  }

  deleteArray(uri: string, pathInResource: string, txn?: string): boolean {
    const key = arrayKey(uri, pathInResource);
    if (!this.visibleArray(key, txn)) return false;
    this.dropArray(key, txn);
    return true;
  }

  readBlock(array: ArrayRecord, index: number): Uint8Array | undefined {
    const a = this.arraysById.get(array.id);
    const b = a?.blocks.get(index) ?? a?.base?.blocks.get(index);
    return b?.slice();
  }

  writeBlocks(array: ArrayRecord, blocks: readonly ArrayBlock[]): void {
    const kept = this.arraysById.get(array.id)?.blocks;
    for (const b of blocks) kept?.set(b.index, b.bytes.slice());
  }

  // ---- transactions

  // ---- channels

  getChannel(uri: string): ChannelRecord | undefined {
    const id = this.channelIds.get(uri);
    return id === undefined ? undefined : this.getChannelById(id);
  }

  getChannelById(id: number): ChannelRecord | undefined {
    const e = this.channels.get(id);
    return e && structuredClone(e.record);
  }

  putChannel(record: Omit<ChannelRecord, 'id' | 'high'>): ChannelRecord {
    const id = this.channelIds.get(record.uri);
    const kept = id === undefined ? undefined : this.channels.get(id);
    if (kept) {
      kept.record = { ...structuredClone(record), id: kept.record.id, created: kept.record.created, ...(kept.record.high !== undefined ? { high: kept.record.high } : {}) };
      return structuredClone(kept.record);
    }
    const made: ChannelEntry = { record: { ...structuredClone(record), id: this.nextId++ }, indexes: [], values: [] };
    this.channels.set(made.record.id, made);
    this.channelIds.set(record.uri, made.record.id);
    return structuredClone(made.record);
  }

  private channel(id: number): ChannelEntry {
    const e = this.channels.get(id);
    if (!e) throw new Error(`no channel ${id}`);
    return e;
  }

  appendPoints(channelId: number, points: readonly ChannelPoint[], time: number): void {
    const e = this.channel(channelId);
    for (const p of points) {
      const last = e.indexes.length - 1;
      if (last < 0 || e.indexes[last]! < p.index) {
        e.indexes.push(p.index);
        e.values.push(p.value);
        continue;
      }
      const at = seek(e.indexes, p.index);
      if (e.indexes[at] === p.index) e.values[at] = p.value;
      else {
        e.indexes.splice(at, 0, p.index);
        e.values.splice(at, 0, p.value);
      }
    }
    e.record.lastWrite = Math.max(e.record.lastWrite, time);
    const last = points[points.length - 1];
    if (last !== undefined) e.record.high = Math.max(e.record.high ?? -Infinity, last.index);
  }

  readPoints(channelId: number, range: PointRange, limit: number): ChannelPoint[] {
    const e = this.channels.get(channelId);
    if (!e) return [];
    let at = range.from === undefined ? 0 : seek(e.indexes, range.from);
    if (range.after !== undefined) {
      at = Math.max(at, seek(e.indexes, range.after));
      if (e.indexes[at] === range.after) at++;
    }
    const out: ChannelPoint[] = [];
    for (; at < e.indexes.length && out.length < limit; at++) {
      const index = e.indexes[at]!;
      if (range.to !== undefined && index > range.to) break;
      out.push({ index, value: e.values[at]! });
    }
    return out;
  }

  replacePoints(channelId: number, from: number, to: number, points: readonly ChannelPoint[], time: number): void {
    const e = this.channel(channelId);
    const start = seek(e.indexes, from);
    let end = start;
    while (end < e.indexes.length && e.indexes[end]! <= to) end++;
    e.indexes.splice(start, end - start);
    e.values.splice(start, end - start);
    this.appendPoints(channelId, points, time);
  }

  truncatePoints(channelId: number, end: number, time: number): number {
    const e = this.channel(channelId);
    let at = seek(e.indexes, end);
    if (e.indexes[at] === end) at++;
    const gone = e.indexes.length - at;
    if (e.record.high !== undefined) e.record.high = Math.min(e.record.high, end);
    e.indexes.length = at;
    e.values.length = at;
    e.record.lastWrite = Math.max(e.record.lastWrite, time);
    return gone;
  }

  nthLast(channelId: number, n: number): number | undefined {
    const indexes = this.channels.get(channelId)?.indexes ?? [];
    return n >= 1 && n <= indexes.length ? indexes[indexes.length - n] : undefined;
  }

  channelExtent(channelId: number): ChannelExtent | undefined {
    const n = this.channels.get(channelId)?.indexes.length ?? 0;
    const e = this.channels.get(channelId)!;
    return n === 0 ? undefined : { start: e.indexes[0]!, end: e.indexes[n - 1]!, count: n };
  }

  private dropChannelOf(ds: string, uuid: string): void {
    for (const [id, e] of this.channels) {
      if (e.record.dataspace !== ds || e.record.uuid !== uuid) continue;
      this.channels.delete(id);
      this.channelIds.delete(e.record.uri);
    }
  }

  begin(txn: string): void {
    this.layerOf(txn);
  }

  commit(txn: string): void {
    const l = this.staged.get(txn);
    this.staged.delete(txn);
    if (!l) return;
    const c = this.committed;
    for (const [path, d] of l.dataspaces) {
      if (isGone(d)) c.dataspaces.delete(path);
      else c.dataspaces.set(path, d);
    }
    for (const [ds, objects] of l.objects) {
      for (const [uuid, o] of objects) {
        if (isGone(o)) {
          if (c.objects.get(ds)?.delete(uuid)) this.tombstones.push({ dataspace: ds, uuid, type: o.type, deleted: o.time });
          this.dropChannelOf(ds, uuid);
        } else this.setObject(c, ds, uuid, o);
      }
    }
    for (const [key, a] of l.arrays) {
      const old = c.arrays.get(key);
      if (isGone(a)) {
        if (old && !isGone(old)) this.arraysById.delete(old.record.id);
        c.arrays.delete(key);
      } else if (a.base && old === a.base) {
        // A copy: its blocks go into the committed array, with its description.
        for (const [i, b] of a.blocks) a.base.blocks.set(i, b);
        a.base.record = { ...a.record, id: a.base.record.id };
        this.arraysById.delete(a.record.id);
      } else {
        if (old && !isGone(old)) this.arraysById.delete(old.record.id);
        delete a.base;
        c.arrays.set(key, a);
      }
    }
  }

  rollback(txn: string): void {
    const l = this.staged.get(txn);
    this.staged.delete(txn);
    for (const a of l?.arrays.values() ?? []) if (!isGone(a)) this.arraysById.delete(a.record.id);
  }

  close(): void {
    this.staged.clear();
  }
}
