import Database from 'better-sqlite3';
import { EtpError } from '../errors.js';
import { arrayRecord, type ArrayRow, channelRecord, type ChannelRow, dataspace, type DsRow, metaOf, type ObjectRow, ownerOf, summary, toJson } from './storage-rows.js';
import {
  type ArrayBlock,
  type ArrayRecord,
  type ChannelExtent,
  type ChannelPoint,
  type ChannelRecord,
  type DataspaceRecord,
  type PointRange,
  matches,
  type ObjectFilter,
  type ObjectRecord,
  type ObjectReference,
  type ObjectSummary,
  type StoreStorage,
  type Tombstone,
} from './storage.js';

// The store kit's embedded backend: one SQLite file (better-sqlite3, synchronous, WAL). Rows carry
// the transaction that wrote them ('' once committed): a transaction's writes are staged rows that
// hide the committed ones for its own reads, and commit swaps them in with one SQLite transaction.
// An array's elements are blocks; a transaction's copy of an array holds only the blocks it wrote.

/** Options of {@link SqliteStoreStorage}. */
export interface SqliteStoreStorageOptions {
  /** SQLite's `synchronous`: 'normal' (default) survives the death of the process; 'full' also a power cut. */
  synchronous?: 'normal' | 'full';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS store_dataspaces (path TEXT NOT NULL, txn TEXT NOT NULL, created INTEGER NOT NULL, last_write INTEGER NOT NULL,
  custom TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (path, txn));
CREATE TABLE IF NOT EXISTS store_objects (ds TEXT NOT NULL, uuid TEXT NOT NULL, txn TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  created INTEGER NOT NULL, last_write INTEGER NOT NULL, last_changed INTEGER NOT NULL, active INTEGER NOT NULL, format TEXT NOT NULL,
  data BLOB NOT NULL, refs TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (ds, uuid, txn));
CREATE INDEX IF NOT EXISTS store_objects_txn ON store_objects (txn);
CREATE TABLE IF NOT EXISTS store_refs (ds TEXT NOT NULL, source TEXT NOT NULL, txn TEXT NOT NULL, target TEXT NOT NULL, target_type TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS store_refs_target ON store_refs (ds, target);
CREATE INDEX IF NOT EXISTS store_refs_source ON store_refs (ds, source, txn);
CREATE TABLE IF NOT EXISTS store_tombstones (ds TEXT NOT NULL, uuid TEXT NOT NULL, type TEXT NOT NULL, deleted INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS store_tombstones_ds ON store_tombstones (ds, deleted);
CREATE TABLE IF NOT EXISTS store_arrays (id INTEGER PRIMARY KEY, uri TEXT NOT NULL, path TEXT NOT NULL, txn TEXT NOT NULL, ds TEXT NOT NULL,
  owner TEXT NOT NULL, base INTEGER, meta TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, UNIQUE (uri, path, txn));
CREATE INDEX IF NOT EXISTS store_arrays_owner ON store_arrays (ds, owner);
CREATE INDEX IF NOT EXISTS store_arrays_txn ON store_arrays (txn);
CREATE TABLE IF NOT EXISTS store_blocks (array_id INTEGER NOT NULL, idx INTEGER NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (array_id, idx));
CREATE TABLE IF NOT EXISTS store_channels (id INTEGER PRIMARY KEY AUTOINCREMENT, uri TEXT NOT NULL UNIQUE, ds TEXT NOT NULL, uuid TEXT NOT NULL, meta TEXT NOT NULL,
  created INTEGER NOT NULL, last_write INTEGER NOT NULL, high REAL);
CREATE INDEX IF NOT EXISTS store_channels_object ON store_channels (ds, uuid);
CREATE TABLE IF NOT EXISTS store_points (channel_id INTEGER NOT NULL, idx REAL NOT NULL, value TEXT NOT NULL, PRIMARY KEY (channel_id, idx)) WITHOUT ROWID;
`;

/** Channel points one INSERT statement writes. */
const POINTS_PER_INSERT = 64;

// The rows a transaction @t sees: its own (not deleted), and committed ones it did not stage.
// Without a transaction @t is '' and only committed rows match.
const VISIBLE = (table: string, alias: string, key: string): string =>
  `((${alias}.txn = @t AND ${alias}.deleted = 0) OR (${alias}.txn = '' AND @t <> '' AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE ${key} AND s.txn = @t)))`;
const OBJ = VISIBLE('store_objects', 'o', 's.ds = o.ds AND s.uuid = o.uuid');
const DS = VISIBLE('store_dataspaces', 'd', 's.path = d.path');
const ARR = VISIBLE('store_arrays', 'a', 's.uri = a.uri AND s.path = a.path');
const SUMMARY = 'o.ds, o.uuid, o.type, o.name, o.created, o.last_write, o.last_changed, o.active';

/**
 * The {@link StoreStorage} on SQLite: a file (durable: what is committed survives a kill -9), or
 * `':memory:'` (gone with the process). `db` is the better-sqlite3 database, whose tables all
 * begin with `store_`.
 */
export class SqliteStoreStorage implements StoreStorage {
  readonly durable: boolean;
  readonly db: import('better-sqlite3').Database; // an import type: a consumer without esModuleInterop reads it too
  private readonly q: Record<string, Database.Statement>;
  private readonly commitTx: (txn: string) => void;
  private readonly rollbackTx: (txn: string) => void;
  private readonly appendTx: (id: number, points: readonly ChannelPoint[], time: number) => void;
  private readonly replaceTx: (id: number, from: number, to: number, points: readonly ChannelPoint[], time: number) => void;

  constructor(path: string, options: SqliteStoreStorageOptions = {}) {
    const { synchronous = 'normal' } = options;
    if (synchronous !== 'normal' && synchronous !== 'full') throw new EtpError('INVALID_OPTION', `synchronous must be 'normal' or 'full', got ${String(synchronous)}`);
    this.durable = path !== ':memory:' && path !== '';
    this.db = new Database(path);
    if (this.durable) this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
    this.db.exec(SCHEMA);
    const p = (sql: string): Database.Statement => this.db.prepare(sql);
    this.q = {
      dataspaces: p(`SELECT d.* FROM store_dataspaces d WHERE ${DS} AND d.last_write > @after ORDER BY d.path`),
      dataspace: p(`SELECT d.* FROM store_dataspaces d WHERE d.path = @path AND ${DS}`),
      putDataspace: p('INSERT OR REPLACE INTO store_dataspaces (path, txn, created, last_write, custom, deleted) VALUES (@path, @t, @created, @lastWrite, @custom, 0)'),
      markDataspace: p("INSERT OR REPLACE INTO store_dataspaces (path, txn, created, last_write, custom, deleted) VALUES (@path, @t, 0, 0, '{}', 1)"),
      dropDataspace: p('DELETE FROM store_dataspaces WHERE path = @path AND txn = @t'),
      touchDataspace: p('UPDATE store_dataspaces SET last_write = MAX(last_write, @time) WHERE path = @path AND txn = @t AND deleted = 0'),
      object: p(`SELECT o.* FROM store_objects o WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ}`),
      committedObject: p("SELECT * FROM store_objects WHERE ds = ? AND uuid = ? AND txn = '' AND deleted = 0"),
      // A replaced object keeps its creation time, a transaction's copy the committed one's.
      putObject: p(`INSERT INTO store_objects (ds, uuid, txn, type, name, created, last_write, last_changed, active, format, data, refs, deleted)
        VALUES (@ds, @uuid, @t, @type, @name, COALESCE((SELECT created FROM store_objects WHERE ds = @ds AND uuid = @uuid AND txn = '' AND deleted = 0), @created),
          @lastWrite, @lastChanged, @active, @format, @data, @refs, 0)
        ON CONFLICT (ds, uuid, txn) DO UPDATE SET type = excluded.type, name = excluded.name, created = CASE WHEN deleted = 1 THEN excluded.created ELSE created END,
          last_write = excluded.last_write, last_changed = excluded.last_changed, active = excluded.active, format = excluded.format, data = excluded.data, refs = excluded.refs, deleted = 0`),
      exists: p(`SELECT 1 FROM store_objects o WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ}`),
      markObject: p(`INSERT OR REPLACE INTO store_objects (ds, uuid, txn, type, name, created, last_write, last_changed, active, format, data, refs, deleted)
        VALUES (@ds, @uuid, @t, @type, '', 0, @time, 0, 0, '', x'', '[]', 1)`),
      dropObject: p('DELETE FROM store_objects WHERE ds = @ds AND uuid = @uuid AND txn = @t'),
      dropRefs: p('DELETE FROM store_refs WHERE ds = @ds AND source = @uuid AND txn = @t'),
      addRef: p('INSERT INTO store_refs (ds, source, txn, target, target_type) VALUES (@ds, @source, @t, @target, @type)'),
      tombstone: p('INSERT INTO store_tombstones (ds, uuid, type, deleted) VALUES (@ds, @uuid, @type, @time)'),
      list: p(`SELECT ${SUMMARY} FROM store_objects o WHERE o.ds = @ds AND ${OBJ} AND o.last_write > @after ORDER BY o.uuid`),
      dsObjects: p(`SELECT o.uuid, o.type FROM store_objects o WHERE o.ds = @ds AND ${OBJ}`),
      sources: p(
        `SELECT ${SUMMARY} FROM store_objects o WHERE o.ds = @ds AND ${OBJ} AND EXISTS (SELECT 1 FROM store_refs r WHERE r.ds = o.ds AND r.source = o.uuid AND r.txn = o.txn AND r.target = @uuid) ORDER BY o.uuid LIMIT @limit`,
      ),
      targets: p(
        `SELECT r.target, r.target_type FROM store_refs r JOIN store_objects o ON o.ds = r.ds AND o.uuid = r.source AND o.txn = r.txn WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ} LIMIT @limit`,
      ),
      countTypes: p(`SELECT o.type, COUNT(*) AS n FROM store_objects o WHERE o.ds = @ds AND ${OBJ} GROUP BY o.type`),
      deleted: p('SELECT ds, uuid, type, deleted FROM store_tombstones WHERE ds = @ds AND deleted > @after ORDER BY deleted LIMIT @limit'),
      array: p(`SELECT a.* FROM store_arrays a WHERE a.uri = @uri AND a.path = @path AND ${ARR}`),
      arraysOf: p(`SELECT a.* FROM store_arrays a WHERE a.ds = @ds AND a.owner = @owner AND ${ARR}`),
      arraysIn: p(`SELECT a.* FROM store_arrays a WHERE a.ds = @ds AND ${ARR}`),
      insertArray: p('INSERT INTO store_arrays (uri, path, txn, ds, owner, base, meta, deleted) VALUES (@uri, @path, @t, @ds, @owner, @base, @meta, 0)'),
      markArray: p("INSERT OR REPLACE INTO store_arrays (uri, path, txn, ds, owner, base, meta, deleted) VALUES (@uri, @path, @t, @ds, @owner, NULL, '{}', 1)"),
      arrayAt: p('SELECT id FROM store_arrays WHERE uri = @uri AND path = @path AND txn = @t'),
      dropArray: p('DELETE FROM store_arrays WHERE id = ?'),
      dropBlocks: p('DELETE FROM store_blocks WHERE array_id = ?'),
      setMeta: p('UPDATE store_arrays SET meta = ? WHERE id = ?'),
      baseOf: p('SELECT base FROM store_arrays WHERE id = ?'),
      block: p('SELECT bytes FROM store_blocks WHERE array_id = ? AND idx = ?'),
      putBlock: p('INSERT OR REPLACE INTO store_blocks (array_id, idx, bytes) VALUES (?, ?, ?)'),
      stagedArrays: p('SELECT * FROM store_arrays WHERE txn = ?'),
      moveBlocks: p('INSERT OR REPLACE INTO store_blocks (array_id, idx, bytes) SELECT ?, idx, bytes FROM store_blocks WHERE array_id = ?'),
      commitArray: p("UPDATE store_arrays SET txn = '', base = NULL WHERE id = ?"),
      stagedDataspaces: p('SELECT * FROM store_dataspaces WHERE txn = ?'),
      dropCommittedDataspace: p("DELETE FROM store_dataspaces WHERE path = ? AND txn = ''"),
      commitDataspace: p("UPDATE store_dataspaces SET txn = '' WHERE path = ? AND txn = ?"),
      dropReplacedRefs: p("DELETE FROM store_refs WHERE txn = '' AND EXISTS (SELECT 1 FROM store_objects s WHERE s.ds = store_refs.ds AND s.uuid = store_refs.source AND s.txn = ?)"),
      dropReplacedObjects: p("DELETE FROM store_objects WHERE txn = '' AND EXISTS (SELECT 1 FROM store_objects s WHERE s.ds = store_objects.ds AND s.uuid = store_objects.uuid AND s.txn = ?)"),
      // Only what was committed leaves a tombstone: an object made and deleted in one transaction never existed for others.
      tombstonesOf: p(`INSERT INTO store_tombstones (ds, uuid, type, deleted) SELECT s.ds, s.uuid, s.type, s.last_write FROM store_objects s
        WHERE s.txn = ? AND s.deleted = 1 AND EXISTS (SELECT 1 FROM store_objects c WHERE c.ds = s.ds AND c.uuid = s.uuid AND c.txn = '')`),
      dropMarkedObjects: p('DELETE FROM store_objects WHERE txn = ? AND deleted = 1'),
      commitObjects: p("UPDATE store_objects SET txn = '' WHERE txn = ?"),
      commitRefs: p("UPDATE store_refs SET txn = '' WHERE txn = ?"),
      dropStagedObjects: p('DELETE FROM store_objects WHERE txn = ?'),
      staged: p('SELECT ds, uuid FROM store_objects WHERE txn = ? AND deleted = 0 LIMIT ?'),
      dropStagedRefs: p('DELETE FROM store_refs WHERE txn = ?'),
      dropStagedDataspaces: p('DELETE FROM store_dataspaces WHERE txn = ?'),
      channel: p('SELECT * FROM store_channels WHERE uri = ?'),
      channelById: p('SELECT * FROM store_channels WHERE id = ?'),
      insertChannel: p('INSERT INTO store_channels (uri, ds, uuid, meta, created, last_write) VALUES (@uri, @ds, @uuid, @meta, @created, @lastWrite)'),
      updateChannel: p('UPDATE store_channels SET ds = @ds, uuid = @uuid, meta = @meta, last_write = @lastWrite WHERE id = @id'),
      touchChannel: p('UPDATE store_channels SET last_write = MAX(last_write, ?) WHERE id = ?'),
      raiseHigh: p('UPDATE store_channels SET high = MAX(COALESCE(high, ?), ?) WHERE id = ?'),
      lowerHigh: p('UPDATE store_channels SET last_write = MAX(last_write, ?), high = MIN(high, ?) WHERE id = ?'),
      putPoint: p('INSERT OR REPLACE INTO store_points (channel_id, idx, value) VALUES (?, ?, ?)'),
      points: p('SELECT idx AS "index", value FROM store_points WHERE channel_id = @id AND idx > @after AND idx >= @from AND idx <= @to ORDER BY idx LIMIT @limit'),
      dropPoints: p('DELETE FROM store_points WHERE channel_id = @id AND idx >= @from AND idx <= @to'),
      truncate: p('DELETE FROM store_points WHERE channel_id = ? AND idx > ?'),
      extent: p('SELECT MIN(idx) AS "start", MAX(idx) AS "end", COUNT(*) AS "count" FROM store_points WHERE channel_id = ?'),
      nthLast: p('SELECT idx FROM store_points WHERE channel_id = ? ORDER BY idx DESC LIMIT 1 OFFSET ?'),
      channelsOf: p('SELECT id FROM store_channels WHERE ds = ? AND uuid = ?'),
      markedChannels: p('SELECT c.id FROM store_channels c JOIN store_objects s ON s.ds = c.ds AND s.uuid = c.uuid WHERE s.txn = ? AND s.deleted = 1'),
      dropChannel: p('DELETE FROM store_channels WHERE id = ?'),
      dropChannelPoints: p('DELETE FROM store_points WHERE channel_id = ?'),
    };
    // Points go POINTS_PER_INSERT to a statement: one statement per point costs twice the time.
    const putMany = p(`INSERT OR REPLACE INTO store_points (channel_id, idx, value) VALUES ${Array(POINTS_PER_INSERT).fill('(?, ?, ?)').join(', ')}`);
    const args: unknown[] = new Array(3 * POINTS_PER_INSERT);
    this.appendTx = this.db.transaction((id: number, points: readonly ChannelPoint[], time: number) => {
      let at = 0;
      for (; at + POINTS_PER_INSERT <= points.length; at += POINTS_PER_INSERT) {
        for (let i = 0; i < POINTS_PER_INSERT; i++) {
          const pt = points[at + i]!;
          args[3 * i] = id;
          args[3 * i + 1] = pt.index;
          args[3 * i + 2] = pt.value;
        }
        putMany.run(args);
      }
      const put = this.q.putPoint!;
      for (; at < points.length; at++) put.run(id, points[at]!.index, points[at]!.value);
      this.q.touchChannel!.run(time, id);
      const last = points[points.length - 1];
      if (last !== undefined) this.q.raiseHigh!.run(last.index, last.index, id);
    });
    this.replaceTx = this.db.transaction((id: number, from: number, to: number, points: readonly ChannelPoint[], time: number) => {
      this.q.dropPoints!.run({ id, from, to });
      this.appendTx(id, points, time);
    });
    this.commitTx = this.db.transaction((txn: string) => this.applyCommit(txn));
    this.rollbackTx = this.db.transaction((txn: string) => this.applyRollback(txn));
  }

  getDataspaces(lastWriteAfter?: number, txn?: string): DataspaceRecord[] {
    return (this.q.dataspaces!.all({ t: txn ?? '', after: lastWriteAfter ?? -1 }) as DsRow[]).map(dataspace);
  }

  getDataspace(path: string, txn?: string): DataspaceRecord | undefined {
    const row = this.q.dataspace!.get({ path, t: txn ?? '' }) as DsRow | undefined;
    return row && dataspace(row);
  }

  putDataspace(r: DataspaceRecord, txn?: string): void {
    this.q.putDataspace!.run({ path: r.path, t: txn ?? '', created: r.created, lastWrite: r.lastWrite, custom: toJson(r.customData) });
  }

  touchDataspace(path: string, time: number, txn?: string): void {
    const t = txn ?? '';
    const row = this.q.dataspace!.get({ path, t }) as DsRow | undefined;
    if (!row) return;
    // Inside a transaction, a committed dataspace gets the transaction's own row.
    if (row.txn !== t) this.putDataspace({ ...dataspace(row), lastWrite: Math.max(row.last_write, time) }, txn);
    else this.q.touchDataspace!.run({ path, time, t });
  }

  deleteDataspace(path: string, time: number, txn?: string): boolean {
    if (!this.getDataspace(path, txn)) return false;
    const t = txn ?? '';
    const run = (): void => {
      for (const o of this.q.dsObjects!.all({ ds: path, t }) as { uuid: string; type: string }[]) this.deleteObject(path, o.uuid, time, txn);
      for (const a of this.q.arraysIn!.all({ ds: path, t }) as ArrayRow[]) this.dropArrayAt(a, txn);
      if (txn) this.q.markDataspace!.run({ path, t });
      else this.q.dropDataspace!.run({ path, t });
    };
    this.db.inTransaction ? run() : this.db.transaction(run)();
    return true;
  }

  getObject(ds: string, uuid: string, txn?: string): ObjectRecord | undefined {
    // Outside a transaction only committed rows count: a plain key lookup.
    const r = (txn ? this.q.object!.get({ ds, uuid, t: txn }) : this.q.committedObject!.get(ds, uuid)) as ObjectRow | undefined;
    if (!r) return undefined;
    // The row's bytes are a buffer better-sqlite3 made for this row alone: a view, not another copy.
    const data = r.data!;
    return { ...summary(r), format: r.format!, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), references: r.refs === '[]' ? [] : (JSON.parse(r.refs!) as ObjectReference[]) };
  }

  putObject(r: ObjectRecord, txn?: string): boolean {
    return this.putObjects([r], txn)[0]!;
  }

  putObjects(records: readonly ObjectRecord[], txn?: string): boolean[] {
    const run = (): boolean[] => records.map((r) => this.putOne(r, txn));
    return this.db.inTransaction ? run() : this.db.transaction(run)();
  }

  private putOne(r: ObjectRecord, txn: string | undefined): boolean {
    const t = txn ?? '';
    const created = !this.q.exists!.get({ ds: r.dataspace, uuid: r.uuid, t });
    this.q.dropRefs!.run({ ds: r.dataspace, uuid: r.uuid, t });
    this.q.putObject!.run({
      ds: r.dataspace,
      uuid: r.uuid,
      t,
      type: r.type,
      name: r.name,
      created: r.created,
      lastWrite: r.lastWrite,
      lastChanged: r.lastChanged,
      active: r.active ? 1 : 0,
      format: r.format,
      data: r.data,
      refs: JSON.stringify(r.references),
    });
    for (const ref of r.references) this.q.addRef!.run({ ds: r.dataspace, source: r.uuid, t, target: ref.uuid, type: ref.type });
    return created;
  }

  deleteObject(ds: string, uuid: string, time: number, txn?: string): boolean {
    const t = txn ?? '';
    const existing = this.q.object!.get({ ds, uuid, t }) as ObjectRow | undefined;
    if (!existing) return false;
    const run = (): void => {
      this.q.dropRefs!.run({ ds, uuid, t });
      if (txn) this.q.markObject!.run({ ds, uuid, t, type: existing.type, time });
      else {
        this.q.dropObject!.run({ ds, uuid, t });
        this.q.tombstone!.run({ ds, uuid, type: existing.type, time });
        for (const c of this.q.channelsOf!.all(ds, uuid) as { id: number }[]) this.dropChannel(c.id);
      }
      for (const a of this.q.arraysOf!.all({ ds, owner: uuid, t }) as ArrayRow[]) this.dropArrayAt(a, txn);
    };
    this.db.inTransaction ? run() : this.db.transaction(run)();
    return true;
  }

  listObjects(ds: string, filter: ObjectFilter, limit: number, txn?: string): ObjectSummary[] {
    const out: ObjectSummary[] = [];
    for (const r of this.q.list!.iterate({ ds, t: txn ?? '', after: filter.lastWriteAfter ?? -1 }) as IterableIterator<ObjectRow>) {
      const s = summary(r);
      if (!matches(s, filter)) continue;
      out.push(s);
      if (out.length >= limit) break;
    }
    return out;
  }

  sources(ds: string, uuid: string, limit: number, txn?: string): ObjectSummary[] {
    return (this.q.sources!.all({ ds, uuid, t: txn ?? '', limit }) as ObjectRow[]).map(summary);
  }

  targets(ds: string, uuid: string, limit: number, txn?: string): ObjectReference[] {
    return (this.q.targets!.all({ ds, uuid, t: txn ?? '', limit }) as { target: string; target_type: string }[]).map((r) => ({ uuid: r.target, type: r.target_type }));
  }

  countTypes(ds: string, txn?: string): Map<string, number> {
    return new Map((this.q.countTypes!.all({ ds, t: txn ?? '' }) as { type: string; n: number }[]).map((r) => [r.type, r.n]));
  }

  stagedObjects(txn: string, limit: number): { dataspace: string; uuid: string }[] {
    return (this.q.staged!.all(txn, limit) as { ds: string; uuid: string }[]).map((r) => ({ dataspace: r.ds, uuid: r.uuid }));
  }

  deleted(ds: string, after: number | undefined, limit: number): Tombstone[] {
    return (this.q.deleted!.all({ ds, after: after ?? -1, limit }) as { ds: string; uuid: string; type: string; deleted: number }[]).map((r) => ({
      dataspace: r.ds,
      uuid: r.uuid,
      type: r.type,
      deleted: r.deleted,
    }));
  }

  getArray(uri: string, pathInResource: string, txn?: string): ArrayRecord | undefined {
    const row = this.q.array!.get({ uri, path: pathInResource, t: txn ?? '' }) as ArrayRow | undefined;
    return row && arrayRecord(row);
  }

  putArray(r: Omit<ArrayRecord, 'id'>, txn?: string): ArrayRecord {
    const t = txn ?? '';
    const run = (): ArrayRecord => {
      const here = this.q.arrayAt!.get({ uri: r.uri, path: r.pathInResource, t }) as { id: number } | undefined;
      if (here) {
        this.q.dropBlocks!.run(here.id);
        this.q.dropArray!.run(here.id);
      }
      const id = Number(this.q.insertArray!.run({ uri: r.uri, path: r.pathInResource, t, ds: r.dataspace, owner: ownerOf(r.uri), base: null, meta: toJson(metaOf(r)) }).lastInsertRowid);
      return { ...r, id };
    };
    return this.db.inTransaction ? run() : this.db.transaction(run)();
  }

  arrayForWrite(uri: string, pathInResource: string, time: number, txn?: string): ArrayRecord | undefined {
    const t = txn ?? '';
    const row = this.q.array!.get({ uri, path: pathInResource, t }) as ArrayRow | undefined;
    if (!row) return undefined;
    const record = { ...arrayRecord(row), lastWrite: Math.max(time, arrayRecord(row).lastWrite) };
    if (row.txn === t) {
      this.q.setMeta!.run(toJson(metaOf(record)), row.id);
      return { ...record, id: row.id };
    }
    // A transaction's first write to a committed array: a copy that points at it for unwritten blocks.
    const id = Number(this.q.insertArray!.run({ uri, path: pathInResource, t, ds: row.ds, owner: ownerOf(uri), base: row.id, meta: toJson(metaOf(record)) }).lastInsertRowid);
    return { ...record, id };
  }

  deleteArray(uri: string, pathInResource: string, txn?: string): boolean {
    const row = this.q.array!.get({ uri, path: pathInResource, t: txn ?? '' }) as ArrayRow | undefined;
    if (!row) return false;
    const run = (): void => this.dropArrayAt(row, txn);
    this.db.inTransaction ? run() : this.db.transaction(run)();
    return true;
  }

  readBlock(array: ArrayRecord, index: number): Uint8Array | undefined {
    const row = this.q.block!.get(array.id, index) as { bytes: Buffer } | undefined;
    if (row) return new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
    const base = (this.q.baseOf!.get(array.id) as { base: number | null } | undefined)?.base;
    if (base == null) return undefined;
    const b = this.q.block!.get(base, index) as { bytes: Buffer } | undefined;
    return b && new Uint8Array(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength);
  }

  writeBlocks(array: ArrayRecord, blocks: readonly ArrayBlock[]): void {
    const run = (): void => {
      for (const b of blocks) this.q.putBlock!.run(array.id, b.index, b.bytes);
    };
    this.db.inTransaction ? run() : this.db.transaction(run)();
  }

  begin(_txn: string): void {
    // Rows are staged as they are written; nothing to prepare.
  }

  commit(txn: string): void {
    if (!txn) throw new EtpError('INVALID_STATE', 'a transaction id is not empty');
    this.commitTx(txn);
  }

  rollback(txn: string): void {
    if (!txn) throw new EtpError('INVALID_STATE', 'a transaction id is not empty');
    this.rollbackTx(txn);
  }

  getChannel(uri: string): ChannelRecord | undefined {
    const r = this.q.channel!.get(uri) as ChannelRow | undefined;
    return r && channelRecord(r);
  }

  getChannelById(id: number): ChannelRecord | undefined {
    const r = this.q.channelById!.get(id) as ChannelRow | undefined;
    return r && channelRecord(r);
  }

  putChannel(record: Omit<ChannelRecord, 'id' | 'high'>): ChannelRecord {
    const row = { uri: record.uri, ds: record.dataspace, uuid: record.uuid, meta: JSON.stringify(record.meta), created: record.created, lastWrite: record.lastWrite };
    const kept = this.q.channel!.get(record.uri) as ChannelRow | undefined;
    if (kept) this.q.updateChannel!.run({ ...row, id: kept.id });
    else this.q.insertChannel!.run(row);
    return this.getChannel(record.uri)!;
  }

  appendPoints(channelId: number, points: readonly ChannelPoint[], time: number): void {
    this.appendTx(channelId, points, time);
  }

  readPoints(channelId: number, range: PointRange, limit: number): ChannelPoint[] {
    return this.q.points!.all({ id: channelId, after: range.after ?? -Infinity, from: range.from ?? -Infinity, to: range.to ?? Infinity, limit }) as ChannelPoint[];
  }

  replacePoints(channelId: number, from: number, to: number, points: readonly ChannelPoint[], time: number): void {
    this.replaceTx(channelId, from, to, points, time);
  }

  truncatePoints(channelId: number, end: number, time: number): number {
    const gone = this.q.truncate!.run(channelId, end).changes;
    this.q.lowerHigh!.run(time, end, channelId);
    return gone;
  }

  nthLast(channelId: number, n: number): number | undefined {
    if (n < 1) return undefined;
    return (this.q.nthLast!.get(channelId, n - 1) as { idx: number } | undefined)?.idx;
  }

  channelExtent(channelId: number): ChannelExtent | undefined {
    const r = this.q.extent!.get(channelId) as ChannelExtent;
    return r.count === 0 ? undefined : r;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private dropChannel(id: number): void {
    this.q.dropChannelPoints!.run(id);
    this.q.dropChannel!.run(id);
  }

  /** Removes an array (inside a transaction: marks it removed for the transaction). */
  private dropArrayAt(a: ArrayRow, txn: string | undefined): void {
    if (a.txn === (txn ?? '')) {
      this.q.dropBlocks!.run(a.id);
      this.q.dropArray!.run(a.id);
    }
    if (txn) this.q.markArray!.run({ uri: a.uri, path: a.path, t: txn, ds: a.ds, owner: ownerOf(a.uri) });
  }

  private applyCommit(txn: string): void {
    for (const d of this.q.stagedDataspaces!.all(txn) as DsRow[]) {
      this.q.dropCommittedDataspace!.run(d.path);
      if (d.deleted) this.q.dropDataspace!.run({ path: d.path, t: txn });
      else this.q.commitDataspace!.run(d.path, txn);
    }
    this.q.tombstonesOf!.run(txn);
    for (const c of this.q.markedChannels!.all(txn) as { id: number }[]) this.dropChannel(c.id);
    this.q.dropReplacedRefs!.run(txn);
    this.q.dropReplacedObjects!.run(txn);
    this.q.dropMarkedObjects!.run(txn);
    this.q.commitObjects!.run(txn);
    this.q.commitRefs!.run(txn);
    for (const a of this.q.stagedArrays!.all(txn) as (ArrayRow & { deleted: number })[]) {
      if (a.base != null) {
        // A copy: its blocks go into the committed array, with its description.
        this.q.moveBlocks!.run(a.base, a.id);
        this.q.setMeta!.run(a.meta, a.base);
        this.q.dropBlocks!.run(a.id);
        this.q.dropArray!.run(a.id);
        continue;
      }
      const committed = this.q.arrayAt!.get({ uri: a.uri, path: a.path, t: '' }) as { id: number } | undefined;
      if (committed) {
        this.q.dropBlocks!.run(committed.id);
        this.q.dropArray!.run(committed.id);
      }
      if (a.deleted) this.q.dropArray!.run(a.id);
      else this.q.commitArray!.run(a.id);
    }
  }

  private applyRollback(txn: string): void {
    for (const a of this.q.stagedArrays!.all(txn) as ArrayRow[]) {
      this.q.dropBlocks!.run(a.id);
      this.q.dropArray!.run(a.id);
    }
    this.q.dropStagedRefs!.run(txn);
    this.q.dropStagedObjects!.run(txn);
    this.q.dropStagedDataspaces!.run(txn);
  }
}
