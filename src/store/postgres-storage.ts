import pg, { type Pool, type PoolClient } from 'pg';
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
  type SharedLocks,
  type StoreStorage,
  type Tombstone,
} from './storage.js';

// The store kit on PostgreSQL (node-postgres), for several store processes sharing one database.
// The same design as the SQLite backend: rows carry the transaction that wrote them ('' once
// committed), a transaction's writes are staged rows that hide the committed ones for its own
// reads, and a commit swaps them in with one database transaction. Every write of several rows
// runs in one database transaction, so another process sees all of it or none.

/** Options of {@link PostgresStoreStorage.open}. */
export interface PostgresStoreStorageOptions {
  /** The schema whose `store_*` tables it uses (made when missing). Default 'public'. */
  schema?: string;
  /** Connections in its pool. Default 10. */
  poolSize?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS store_dataspaces (path TEXT NOT NULL, txn TEXT NOT NULL, created BIGINT NOT NULL, last_write BIGINT NOT NULL,
  custom TEXT NOT NULL, deleted BOOLEAN NOT NULL DEFAULT false, PRIMARY KEY (path, txn));
CREATE TABLE IF NOT EXISTS store_objects (ds TEXT NOT NULL, uuid TEXT NOT NULL, txn TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  created BIGINT NOT NULL, last_write BIGINT NOT NULL, last_changed BIGINT NOT NULL, active BOOLEAN NOT NULL, format TEXT NOT NULL,
  data BYTEA NOT NULL, refs TEXT NOT NULL, deleted BOOLEAN NOT NULL DEFAULT false, PRIMARY KEY (ds, uuid, txn));
CREATE INDEX IF NOT EXISTS store_objects_txn ON store_objects (txn);
CREATE TABLE IF NOT EXISTS store_refs (ds TEXT NOT NULL, source TEXT NOT NULL, txn TEXT NOT NULL, target TEXT NOT NULL, target_type TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS store_refs_target ON store_refs (ds, target);
CREATE INDEX IF NOT EXISTS store_refs_source ON store_refs (ds, source, txn);
CREATE TABLE IF NOT EXISTS store_tombstones (ds TEXT NOT NULL, uuid TEXT NOT NULL, type TEXT NOT NULL, deleted BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS store_tombstones_ds ON store_tombstones (ds, deleted);
CREATE TABLE IF NOT EXISTS store_arrays (id BIGSERIAL PRIMARY KEY, uri TEXT NOT NULL, path TEXT NOT NULL, txn TEXT NOT NULL, ds TEXT NOT NULL,
  owner TEXT NOT NULL, base BIGINT, meta TEXT NOT NULL, deleted BOOLEAN NOT NULL DEFAULT false, UNIQUE (uri, path, txn));
CREATE INDEX IF NOT EXISTS store_arrays_owner ON store_arrays (ds, owner);
CREATE INDEX IF NOT EXISTS store_arrays_txn ON store_arrays (txn);
CREATE TABLE IF NOT EXISTS store_blocks (array_id BIGINT NOT NULL, idx BIGINT NOT NULL, bytes BYTEA NOT NULL, PRIMARY KEY (array_id, idx));
CREATE TABLE IF NOT EXISTS store_locks (ds TEXT PRIMARY KEY, txn TEXT NOT NULL, since BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS store_channels (id BIGSERIAL PRIMARY KEY, uri TEXT NOT NULL UNIQUE, ds TEXT NOT NULL, uuid TEXT NOT NULL, meta TEXT NOT NULL,
  created BIGINT NOT NULL, last_write BIGINT NOT NULL, high DOUBLE PRECISION);
CREATE INDEX IF NOT EXISTS store_channels_object ON store_channels (ds, uuid);
CREATE TABLE IF NOT EXISTS store_points (channel_id BIGINT NOT NULL, idx DOUBLE PRECISION NOT NULL, value TEXT NOT NULL, PRIMARY KEY (channel_id, idx));
`;

const VISIBLE = (table: string, alias: string, key: string): string =>
  `((${alias}.txn = @t AND NOT ${alias}.deleted) OR (${alias}.txn = '' AND @t <> '' AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE ${key} AND s.txn = @t)))`;
const OBJ = VISIBLE('store_objects', 'o', 's.ds = o.ds AND s.uuid = o.uuid');
const DS = VISIBLE('store_dataspaces', 'd', 's.path = d.path');
const ARR = VISIBLE('store_arrays', 'a', 's.uri = a.uri AND s.path = a.path');
const SUMMARY = 'o.ds, o.uuid, o.type, o.name, o.created, o.last_write, o.last_changed, o.active';

/** A statement with `@name` parameters, turned into PostgreSQL's `$n`. */
class Sql {
  readonly text: string;
  private readonly names: string[] = [];
  constructor(sql: string) {
    this.text = sql.replace(/@(\w+)/g, (_m, name: string) => {
      let i = this.names.indexOf(name);
      if (i < 0) i = this.names.push(name) - 1;
      return `$${i + 1}`;
    });
  }
  values(params: Record<string, unknown>): unknown[] {
    return this.names.map((n) => params[n]);
  }
}

const Q = {
  dataspaces: new Sql(`SELECT d.* FROM store_dataspaces d WHERE ${DS} AND d.last_write > @after ORDER BY d.path`),
  dataspace: new Sql(`SELECT d.* FROM store_dataspaces d WHERE d.path = @path AND ${DS}`),
  putDataspace: new Sql(`INSERT INTO store_dataspaces (path, txn, created, last_write, custom, deleted) VALUES (@path, @t, @created, @lastWrite, @custom, false)
    ON CONFLICT (path, txn) DO UPDATE SET created = excluded.created, last_write = excluded.last_write, custom = excluded.custom, deleted = false`),
  markDataspace: new Sql(`INSERT INTO store_dataspaces (path, txn, created, last_write, custom, deleted) VALUES (@path, @t, 0, 0, '{}', true)
    ON CONFLICT (path, txn) DO UPDATE SET deleted = true`),
  dropDataspace: new Sql('DELETE FROM store_dataspaces WHERE path = @path AND txn = @t'),
  touchDataspace: new Sql('UPDATE store_dataspaces SET last_write = GREATEST(last_write, @time) WHERE path = @path AND txn = @t AND NOT deleted'),
  object: new Sql(`SELECT o.* FROM store_objects o WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ}`),
  putObject: new Sql(`INSERT INTO store_objects (ds, uuid, txn, type, name, created, last_write, last_changed, active, format, data, refs, deleted)
    VALUES (@ds, @uuid, @t, @type, @name, COALESCE((SELECT created FROM store_objects WHERE ds = @ds AND uuid = @uuid AND txn = '' AND NOT deleted), @created),
      @lastWrite, @lastChanged, @active, @format, @data, @refs, false)
    ON CONFLICT (ds, uuid, txn) DO UPDATE SET type = excluded.type, name = excluded.name,
      created = CASE WHEN store_objects.deleted THEN excluded.created ELSE store_objects.created END,
      last_write = excluded.last_write, last_changed = excluded.last_changed, active = excluded.active, format = excluded.format, data = excluded.data, refs = excluded.refs, deleted = false`),
  exists: new Sql(`SELECT 1 FROM store_objects o WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ}`),
  // The same for many objects at once: one round trip each, whatever their number.
  existing: new Sql(`SELECT o.ds, o.uuid FROM store_objects o JOIN unnest(@ds::text[], @uuid::text[]) AS x(ds, uuid) ON o.ds = x.ds AND o.uuid = x.uuid WHERE ${OBJ}`),
  dropRefsOf: new Sql('DELETE FROM store_refs r USING unnest(@ds::text[], @uuid::text[]) AS x(ds, uuid) WHERE r.ds = x.ds AND r.source = x.uuid AND r.txn = @t'),
  putObjects: new Sql(`INSERT INTO store_objects (ds, uuid, txn, type, name, created, last_write, last_changed, active, format, data, refs, deleted)
    SELECT x.ds, x.uuid, @t, x.type, x.name, COALESCE((SELECT c.created FROM store_objects c WHERE c.ds = x.ds AND c.uuid = x.uuid AND c.txn = '' AND NOT c.deleted), x.created),
      x.last_write, x.last_changed, x.active, x.format, x.data, x.refs, false
    FROM unnest(@ds::text[], @uuid::text[], @type::text[], @name::text[], @created::bigint[], @lastWrite::bigint[], @lastChanged::bigint[], @active::boolean[], @format::text[], @data::bytea[], @refs::text[])
      AS x(ds, uuid, type, name, created, last_write, last_changed, active, format, data, refs)
    ON CONFLICT (ds, uuid, txn) DO UPDATE SET type = excluded.type, name = excluded.name,
      created = CASE WHEN store_objects.deleted THEN excluded.created ELSE store_objects.created END,
      last_write = excluded.last_write, last_changed = excluded.last_changed, active = excluded.active, format = excluded.format, data = excluded.data, refs = excluded.refs, deleted = false`),
  addRefsOf: new Sql(
    'INSERT INTO store_refs (ds, source, txn, target, target_type) SELECT x.ds, x.source, @t, x.target, x.type FROM unnest(@ds::text[], @source::text[], @target::text[], @type::text[]) AS x(ds, source, target, type)',
  ),
  markObject: new Sql(`INSERT INTO store_objects (ds, uuid, txn, type, name, created, last_write, last_changed, active, format, data, refs, deleted)
    VALUES (@ds, @uuid, @t, @type, '', 0, @time, 0, false, '', ''::bytea, '[]', true)
    ON CONFLICT (ds, uuid, txn) DO UPDATE SET type = excluded.type, last_write = excluded.last_write, data = ''::bytea, refs = '[]', deleted = true`),
  dropObject: new Sql('DELETE FROM store_objects WHERE ds = @ds AND uuid = @uuid AND txn = @t'),
  dropRefs: new Sql('DELETE FROM store_refs WHERE ds = @ds AND source = @uuid AND txn = @t'),
  addRefs: new Sql('INSERT INTO store_refs (ds, source, txn, target, target_type) SELECT @ds, @source, @t, * FROM unnest(@targets::text[], @types::text[])'),
  tombstone: new Sql('INSERT INTO store_tombstones (ds, uuid, type, deleted) VALUES (@ds, @uuid, @type, @time)'),
  list: new Sql(`SELECT ${SUMMARY} FROM store_objects o WHERE o.ds = @ds AND ${OBJ} AND o.last_write > @after ORDER BY o.uuid`),
  dsObjects: new Sql(`SELECT o.uuid, o.type FROM store_objects o WHERE o.ds = @ds AND ${OBJ}`),
  sources: new Sql(
    `SELECT ${SUMMARY} FROM store_objects o WHERE o.ds = @ds AND ${OBJ} AND EXISTS (SELECT 1 FROM store_refs r WHERE r.ds = o.ds AND r.source = o.uuid AND r.txn = o.txn AND r.target = @uuid) ORDER BY o.uuid LIMIT @limit`,
  ),
  targets: new Sql(
    `SELECT r.target, r.target_type FROM store_refs r JOIN store_objects o ON o.ds = r.ds AND o.uuid = r.source AND o.txn = r.txn WHERE o.ds = @ds AND o.uuid = @uuid AND ${OBJ} LIMIT @limit`,
  ),
  countTypes: new Sql(`SELECT o.type, COUNT(*) AS n FROM store_objects o WHERE o.ds = @ds AND ${OBJ} GROUP BY o.type`),
  deleted: new Sql('SELECT ds, uuid, type, deleted FROM store_tombstones WHERE ds = @ds AND deleted > @after ORDER BY deleted LIMIT @limit'),
  array: new Sql(`SELECT a.* FROM store_arrays a WHERE a.uri = @uri AND a.path = @path AND ${ARR}`),
  arraysOf: new Sql(`SELECT a.* FROM store_arrays a WHERE a.ds = @ds AND a.owner = @owner AND ${ARR}`),
  arraysIn: new Sql(`SELECT a.* FROM store_arrays a WHERE a.ds = @ds AND ${ARR}`),
  insertArray: new Sql('INSERT INTO store_arrays (uri, path, txn, ds, owner, base, meta, deleted) VALUES (@uri, @path, @t, @ds, @owner, @base, @meta, false) RETURNING id'),
  markArray: new Sql(`INSERT INTO store_arrays (uri, path, txn, ds, owner, base, meta, deleted) VALUES (@uri, @path, @t, @ds, @owner, NULL, '{}', true)
    ON CONFLICT (uri, path, txn) DO UPDATE SET base = NULL, meta = '{}', deleted = true`),
  arrayAt: new Sql('SELECT id FROM store_arrays WHERE uri = @uri AND path = @path AND txn = @t'),
  dropArray: new Sql('DELETE FROM store_arrays WHERE id = @id'),
  dropBlocks: new Sql('DELETE FROM store_blocks WHERE array_id = @id'),
  setMeta: new Sql('UPDATE store_arrays SET meta = @meta WHERE id = @id'),
  blockOrBase: new Sql(`SELECT bytes FROM (SELECT b.bytes, 0 AS rank FROM store_blocks b WHERE b.array_id = @id AND b.idx = @idx
    UNION ALL SELECT b.bytes, 1 AS rank FROM store_arrays a JOIN store_blocks b ON b.array_id = a.base AND b.idx = @idx WHERE a.id = @id) x ORDER BY rank LIMIT 1`),
  putBlocks: new Sql(`INSERT INTO store_blocks (array_id, idx, bytes) SELECT @id, * FROM unnest(@idx::bigint[], @bytes::bytea[])
    ON CONFLICT (array_id, idx) DO UPDATE SET bytes = excluded.bytes`),
  stagedArrays: new Sql('SELECT * FROM store_arrays WHERE txn = @t'),
  moveBlocks: new Sql(`INSERT INTO store_blocks (array_id, idx, bytes) SELECT @into, idx, bytes FROM store_blocks WHERE array_id = @id
    ON CONFLICT (array_id, idx) DO UPDATE SET bytes = excluded.bytes`),
  commitArray: new Sql("UPDATE store_arrays SET txn = '', base = NULL WHERE id = @id"),
  stagedDataspaces: new Sql('SELECT * FROM store_dataspaces WHERE txn = @t'),
  dropCommittedDataspace: new Sql("DELETE FROM store_dataspaces WHERE path = @path AND txn = ''"),
  commitDataspace: new Sql("UPDATE store_dataspaces SET txn = '' WHERE path = @path AND txn = @t"),
  dropReplacedRefs: new Sql("DELETE FROM store_refs r WHERE r.txn = '' AND EXISTS (SELECT 1 FROM store_objects s WHERE s.ds = r.ds AND s.uuid = r.source AND s.txn = @t)"),
  dropReplacedObjects: new Sql("DELETE FROM store_objects o WHERE o.txn = '' AND EXISTS (SELECT 1 FROM store_objects s WHERE s.ds = o.ds AND s.uuid = o.uuid AND s.txn = @t)"),
  tombstonesOf: new Sql(`INSERT INTO store_tombstones (ds, uuid, type, deleted) SELECT s.ds, s.uuid, s.type, s.last_write FROM store_objects s
    WHERE s.txn = @t AND s.deleted AND EXISTS (SELECT 1 FROM store_objects c WHERE c.ds = s.ds AND c.uuid = s.uuid AND c.txn = '')`),
  dropMarkedObjects: new Sql('DELETE FROM store_objects WHERE txn = @t AND deleted'),
  commitObjects: new Sql("UPDATE store_objects SET txn = '' WHERE txn = @t"),
  commitRefs: new Sql("UPDATE store_refs SET txn = '' WHERE txn = @t"),
  dropStagedObjects: new Sql('DELETE FROM store_objects WHERE txn = @t'),
  staged: new Sql('SELECT ds, uuid FROM store_objects WHERE txn = @t AND NOT deleted LIMIT @limit'),
  dropStagedRefs: new Sql('DELETE FROM store_refs WHERE txn = @t'),
  dropStagedDataspaces: new Sql('DELETE FROM store_dataspaces WHERE txn = @t'),
  lockOf: new Sql('SELECT txn, since FROM store_locks WHERE ds = @ds'),
  lockForUpdate: new Sql('SELECT txn, since FROM store_locks WHERE ds = @ds FOR UPDATE'),
  takeLock: new Sql('INSERT INTO store_locks (ds, txn, since) VALUES (@ds, @t, @now) ON CONFLICT (ds) DO UPDATE SET txn = excluded.txn, since = excluded.since'),
  held: new Sql('SELECT COUNT(*) AS n FROM store_locks WHERE txn = @t AND ds = ANY(@ds::text[])'),
  releaseLocks: new Sql('DELETE FROM store_locks WHERE txn = @t'),
  channel: new Sql('SELECT * FROM store_channels WHERE uri = @uri'),
  channelById: new Sql('SELECT * FROM store_channels WHERE id = @id'),
  putChannel: new Sql(`INSERT INTO store_channels (uri, ds, uuid, meta, created, last_write) VALUES (@uri, @ds, @uuid, @meta, @created, @lastWrite)
    ON CONFLICT (uri) DO UPDATE SET ds = excluded.ds, uuid = excluded.uuid, meta = excluded.meta, last_write = excluded.last_write RETURNING *`),
  // Points and the channel's time in one statement: one round trip, all or none.
  putPoints: new Sql(`WITH put AS (INSERT INTO store_points (channel_id, idx, value) SELECT @id, * FROM unnest(@idx::float8[], @value::text[])
      ON CONFLICT (channel_id, idx) DO UPDATE SET value = excluded.value)
    UPDATE store_channels SET last_write = GREATEST(last_write, @time), high = GREATEST(high, @last::float8) WHERE id = @id`),
  points: new Sql('SELECT idx AS "index", value FROM store_points WHERE channel_id = @id AND idx > @after AND idx >= @from AND idx <= @to ORDER BY idx LIMIT @limit'),
  dropPoints: new Sql('DELETE FROM store_points WHERE channel_id = @id AND idx >= @from AND idx <= @to'),
  truncate: new Sql(`WITH gone AS (DELETE FROM store_points WHERE channel_id = @id AND idx > @end RETURNING 1),
    touched AS (UPDATE store_channels SET last_write = GREATEST(last_write, @time), high = CASE WHEN high IS NULL THEN NULL ELSE LEAST(high, @end::float8) END WHERE id = @id)
    SELECT COUNT(*) AS n FROM gone`),
  nthLast: new Sql('SELECT idx FROM store_points WHERE channel_id = @id ORDER BY idx DESC LIMIT 1 OFFSET @skip'),
  extent: new Sql('SELECT MIN(idx) AS "start", MAX(idx) AS "end", COUNT(*) AS "count" FROM store_points WHERE channel_id = @id'),
  dropChannelPointsOf: new Sql('DELETE FROM store_points p USING store_channels c WHERE p.channel_id = c.id AND c.ds = @ds AND c.uuid = @uuid'),
  dropChannelsOf: new Sql('DELETE FROM store_channels WHERE ds = @ds AND uuid = @uuid'),
  dropMarkedPoints: new Sql('DELETE FROM store_points p USING store_channels c, store_objects s WHERE p.channel_id = c.id AND s.ds = c.ds AND s.uuid = c.uuid AND s.txn = @t AND s.deleted'),
  dropMarkedChannels: new Sql('DELETE FROM store_channels c USING store_objects s WHERE s.ds = c.ds AND s.uuid = c.uuid AND s.txn = @t AND s.deleted'),
};

const bytesOf = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

// BIGINT columns come back as numbers (the store's times and ids are below 2^53), not strings.
const TYPES = {
  getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as never,
};

/** A connection, or the pool: what a query runs on. */
type Runner = Pick<PoolClient, 'query'>;

/**
 * The {@link StoreStorage} on PostgreSQL: several store processes (`serve --store postgres://…`)
 * share one database, and what one commits the others read. Open it with
 * `await PostgresStoreStorage.open(url)`; `pool` is its node-postgres pool.
 */
export class PostgresStoreStorage implements StoreStorage {
  readonly durable = true;

  /** Dataspace write locks in the database (table store_locks), which every process of the store checks. */
  readonly locks: SharedLocks = {
    acquire: (ds, t, now, timeoutMs) =>
      this.atomic(async (c) => {
        // The row is locked while it is read and replaced: two processes never both take it.
        const [h] = await this.q<{ txn: string; since: number }>(c, Q.lockForUpdate, { ds });
        if (h && h.txn !== t && now - h.since < timeoutMs) return { holder: h.txn };
        await this.q(c, Q.takeLock, { ds, t, now });
        return h && h.txn !== t ? { expired: h.txn } : {};
      }),
    holder: async (ds) => (await this.q<{ txn: string; since: number }>(this.pool, Q.lockOf, { ds }))[0],
    holds: async (t, ds) => (await this.q<{ n: number }>(this.pool, Q.held, { t, ds: [...ds] }))[0]!.n === ds.length,
    release: async (t) => void (await this.q(this.pool, Q.releaseLocks, { t })),
  };

  /** Its node-postgres pool (a named type import: a consumer without esModuleInterop reads the declaration too). */
  readonly pool: Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects, makes the schema and its tables when missing, and resolves with the storage. */
  static async open(connectionString: string, options: PostgresStoreStorageOptions = {}): Promise<PostgresStoreStorage> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new EtpError('INVALID_OPTION', `schema must be a lowercase sql name, got ${JSON.stringify(schema)}`);
    const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, types: TYPES, options: `-c search_path=${schema}` });
    // An idle connection's error (the server restarted) is not a crash: the next query reconnects.
    pool.on('error', () => {});
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await pool.query(SCHEMA);
    } catch (err) {
      await pool.end().catch(() => {});
      throw new EtpError('CONNECTION_FAILED', `cannot open the store in ${redact(connectionString)}: ${(err as Error).message}`, { cause: err });
    }
    return new PostgresStoreStorage(pool);
  }

  private async q<R>(on: Runner, sql: Sql, params: Record<string, unknown> = {}): Promise<R[]> {
    return (await on.query(sql.text, sql.values(params))).rows as R[];
  }

  /** Runs `fn` in one database transaction on one connection. */
  private async atomic<T>(fn: (c: Runner) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  async getDataspaces(lastWriteAfter?: number, txn?: string): Promise<DataspaceRecord[]> {
    return (await this.q<DsRow>(this.pool, Q.dataspaces, { t: txn ?? '', after: lastWriteAfter ?? -1 })).map(dataspace);
  }

  async getDataspace(path: string, txn?: string, on: Runner = this.pool): Promise<DataspaceRecord | undefined> {
    const [row] = await this.q<DsRow>(on, Q.dataspace, { path, t: txn ?? '' });
    return row && dataspace(row);
  }

  async putDataspace(r: DataspaceRecord, txn?: string, on: Runner = this.pool): Promise<void> {
    await this.q(on, Q.putDataspace, { path: r.path, t: txn ?? '', created: r.created, lastWrite: r.lastWrite, custom: toJson(r.customData) });
  }

  async touchDataspace(path: string, time: number, txn?: string): Promise<void> {
    const t = txn ?? '';
    const [row] = await this.q<DsRow>(this.pool, Q.dataspace, { path, t });
    if (!row) return;
    if (row.txn !== t) await this.putDataspace({ ...dataspace(row), lastWrite: Math.max(row.last_write, time) }, txn);
    else await this.q(this.pool, Q.touchDataspace, { path, time, t });
  }

  async deleteDataspace(path: string, time: number, txn?: string): Promise<boolean> {
    const t = txn ?? '';
    return this.atomic(async (c) => {
      if (!(await this.getDataspace(path, txn, c))) return false;
      for (const o of await this.q<{ uuid: string }>(c, Q.dsObjects, { ds: path, t })) await this.deleteOne(c, path, o.uuid, time, txn);
      for (const a of await this.q<ArrayRow>(c, Q.arraysIn, { ds: path, t })) await this.dropArrayAt(c, a, txn);
      await this.q(c, txn ? Q.markDataspace : Q.dropDataspace, { path, t });
      return true;
    });
  }

  async getObject(ds: string, uuid: string, txn?: string): Promise<ObjectRecord | undefined> {
    const [r] = await this.q<ObjectRow>(this.pool, Q.object, { ds, uuid, t: txn ?? '' });
    if (!r) return undefined;
    return { ...summary(r), format: r.format!, data: bytesOf(r.data!), references: r.refs === '[]' ? [] : (JSON.parse(r.refs!) as ObjectReference[]) };
  }

  async putObject(r: ObjectRecord, txn?: string): Promise<boolean> {
    return (await this.putObjects([r], txn))[0]!;
  }

  async putObjects(records: readonly ObjectRecord[], txn?: string): Promise<boolean[]> {
    const keys = new Set(records.map((r) => `${r.dataspace}\u0000${r.uuid}`));
    return this.atomic(async (c) => {
      // One object twice in a batch: one after the other, as the contract's order says.
      if (records.length < 2 || keys.size < records.length) {
        const out: boolean[] = [];
        for (const r of records) out.push(await this.putOne(c, r, txn));
        return out;
      }
      const t = txn ?? '';
      const ds = records.map((r) => r.dataspace);
      const uuid = records.map((r) => r.uuid);
      const there = new Set((await this.q<{ ds: string; uuid: string }>(c, Q.existing, { ds, uuid, t })).map((r) => `${r.ds}\u0000${r.uuid}`));
      await this.q(c, Q.dropRefsOf, { ds, uuid, t });
      await this.q(c, Q.putObjects, {
        t,
        ds,
        uuid,
        type: records.map((r) => r.type),
        name: records.map((r) => r.name),
        created: records.map((r) => r.created),
        lastWrite: records.map((r) => r.lastWrite),
        lastChanged: records.map((r) => r.lastChanged),
        active: records.map((r) => r.active),
        format: records.map((r) => r.format),
        data: records.map((r) => Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        refs: records.map((r) => JSON.stringify(r.references)),
      });
      const refs = records.flatMap((r) => r.references.map((x) => ({ ds: r.dataspace, source: r.uuid, target: x.uuid, type: x.type })));
      if (refs.length > 0) await this.q(c, Q.addRefsOf, { t, ds: refs.map((x) => x.ds), source: refs.map((x) => x.source), target: refs.map((x) => x.target), type: refs.map((x) => x.type) });
      return records.map((r) => !there.has(`${r.dataspace}\u0000${r.uuid}`));
    });
  }

  private async putOne(c: Runner, r: ObjectRecord, txn: string | undefined): Promise<boolean> {
    const t = txn ?? '';
    const created = (await this.q(c, Q.exists, { ds: r.dataspace, uuid: r.uuid, t })).length === 0;
    await this.q(c, Q.dropRefs, { ds: r.dataspace, uuid: r.uuid, t });
    await this.q(c, Q.putObject, {
      ds: r.dataspace,
      uuid: r.uuid,
      t,
      type: r.type,
      name: r.name,
      created: r.created,
      lastWrite: r.lastWrite,
      lastChanged: r.lastChanged,
      active: r.active,
      format: r.format,
      data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength),
      refs: JSON.stringify(r.references),
    });
    if (r.references.length > 0) {
      await this.q(c, Q.addRefs, { ds: r.dataspace, source: r.uuid, t, targets: r.references.map((x) => x.uuid), types: r.references.map((x) => x.type) });
    }
    return created;
  }

  async deleteObject(ds: string, uuid: string, time: number, txn?: string): Promise<boolean> {
    return this.atomic((c) => this.deleteOne(c, ds, uuid, time, txn));
  }

  private async deleteOne(c: Runner, ds: string, uuid: string, time: number, txn: string | undefined): Promise<boolean> {
    const t = txn ?? '';
    const [existing] = await this.q<ObjectRow>(c, Q.object, { ds, uuid, t });
    if (!existing) return false;
    await this.q(c, Q.dropRefs, { ds, uuid, t });
    if (txn) await this.q(c, Q.markObject, { ds, uuid, t, type: existing.type, time });
    else {
      await this.q(c, Q.dropObject, { ds, uuid, t });
      await this.q(c, Q.tombstone, { ds, uuid, type: existing.type, time });
      await this.q(c, Q.dropChannelPointsOf, { ds, uuid });
      await this.q(c, Q.dropChannelsOf, { ds, uuid });
    }
    for (const a of await this.q<ArrayRow>(c, Q.arraysOf, { ds, owner: uuid, t })) await this.dropArrayAt(c, a, txn);
    return true;
  }

  async listObjects(ds: string, filter: ObjectFilter, limit: number, txn?: string): Promise<ObjectSummary[]> {
    const out: ObjectSummary[] = [];
    for (const r of await this.q<ObjectRow>(this.pool, Q.list, { ds, t: txn ?? '', after: filter.lastWriteAfter ?? -1 })) {
      const s = summary(r);
      if (!matches(s, filter)) continue;
      out.push(s);
      if (out.length >= limit) break;
    }
    return out;
  }

  async sources(ds: string, uuid: string, limit: number, txn?: string): Promise<ObjectSummary[]> {
    return (await this.q<ObjectRow>(this.pool, Q.sources, { ds, uuid, t: txn ?? '', limit })).map(summary);
  }

  async targets(ds: string, uuid: string, limit: number, txn?: string): Promise<ObjectReference[]> {
    return (await this.q<{ target: string; target_type: string }>(this.pool, Q.targets, { ds, uuid, t: txn ?? '', limit })).map((r) => ({ uuid: r.target, type: r.target_type }));
  }

  async countTypes(ds: string, txn?: string): Promise<Map<string, number>> {
    return new Map((await this.q<{ type: string; n: number }>(this.pool, Q.countTypes, { ds, t: txn ?? '' })).map((r) => [r.type, r.n]));
  }

  async stagedObjects(txn: string, limit: number): Promise<{ dataspace: string; uuid: string }[]> {
    return (await this.q<{ ds: string; uuid: string }>(this.pool, Q.staged, { t: txn, limit })).map((r) => ({ dataspace: r.ds, uuid: r.uuid }));
  }

  async deleted(ds: string, after: number | undefined, limit: number): Promise<Tombstone[]> {
    return (await this.q<{ ds: string; uuid: string; type: string; deleted: number }>(this.pool, Q.deleted, { ds, after: after ?? -1, limit })).map((r) => ({
      dataspace: r.ds,
      uuid: r.uuid,
      type: r.type,
      deleted: r.deleted,
    }));
  }

  async getArray(uri: string, pathInResource: string, txn?: string): Promise<ArrayRecord | undefined> {
    const [row] = await this.q<ArrayRow>(this.pool, Q.array, { uri, path: pathInResource, t: txn ?? '' });
    return row && arrayRecord(row);
  }

  async putArray(r: Omit<ArrayRecord, 'id'>, txn?: string): Promise<ArrayRecord> {
    const t = txn ?? '';
    return this.atomic(async (c) => {
      const [here] = await this.q<{ id: number }>(c, Q.arrayAt, { uri: r.uri, path: r.pathInResource, t });
      if (here) {
        await this.q(c, Q.dropBlocks, { id: here.id });
        await this.q(c, Q.dropArray, { id: here.id });
      }
      const [row] = await this.q<{ id: number }>(c, Q.insertArray, { uri: r.uri, path: r.pathInResource, t, ds: r.dataspace, owner: ownerOf(r.uri), base: null, meta: toJson(metaOf(r)) });
      return { ...r, id: row!.id };
    });
  }

  async arrayForWrite(uri: string, pathInResource: string, time: number, txn?: string): Promise<ArrayRecord | undefined> {
    const t = txn ?? '';
    const [row] = await this.q<ArrayRow>(this.pool, Q.array, { uri, path: pathInResource, t });
    if (!row) return undefined;
    const record = { ...arrayRecord(row), lastWrite: Math.max(time, arrayRecord(row).lastWrite) };
    if (row.txn === t) {
      await this.q(this.pool, Q.setMeta, { meta: toJson(metaOf(record)), id: row.id });
      return { ...record, id: row.id };
    }
    // A transaction's first write to a committed array: a copy that points at it for unwritten blocks.
    const [copy] = await this.q<{ id: number }>(this.pool, Q.insertArray, { uri, path: pathInResource, t, ds: row.ds, owner: ownerOf(uri), base: row.id, meta: toJson(metaOf(record)) });
    return { ...record, id: copy!.id };
  }

  async deleteArray(uri: string, pathInResource: string, txn?: string): Promise<boolean> {
    return this.atomic(async (c) => {
      const [row] = await this.q<ArrayRow>(c, Q.array, { uri, path: pathInResource, t: txn ?? '' });
      if (!row) return false;
      await this.dropArrayAt(c, row, txn);
      return true;
    });
  }

  async readBlock(array: ArrayRecord, index: number): Promise<Uint8Array | undefined> {
    const [row] = await this.q<{ bytes: Buffer }>(this.pool, Q.blockOrBase, { id: array.id, idx: index });
    return row && bytesOf(row.bytes);
  }

  async writeBlocks(array: ArrayRecord, blocks: readonly ArrayBlock[]): Promise<void> {
    if (blocks.length === 0) return;
    await this.q(this.pool, Q.putBlocks, { id: array.id, idx: blocks.map((b) => b.index), bytes: blocks.map((b) => Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength)) });
  }

  begin(_txn: string): void {
    // Rows are staged as they are written; nothing to prepare.
  }

  async commit(txn: string): Promise<void> {
    if (!txn) throw new EtpError('INVALID_STATE', 'a transaction id is not empty');
    await this.atomic(async (c) => {
      for (const d of await this.q<DsRow>(c, Q.stagedDataspaces, { t: txn })) {
        await this.q(c, Q.dropCommittedDataspace, { path: d.path });
        await this.q(c, d.deleted ? Q.dropDataspace : Q.commitDataspace, { path: d.path, t: txn });
      }
      for (const sql of [Q.tombstonesOf, Q.dropReplacedRefs, Q.dropReplacedObjects, Q.dropMarkedPoints, Q.dropMarkedChannels, Q.dropMarkedObjects, Q.commitObjects, Q.commitRefs])
        await this.q(c, sql, { t: txn });
      for (const a of await this.q<ArrayRow>(c, Q.stagedArrays, { t: txn })) {
        if (a.base != null) {
          await this.q(c, Q.moveBlocks, { into: a.base, id: a.id });
          await this.q(c, Q.setMeta, { meta: a.meta, id: a.base });
          await this.q(c, Q.dropBlocks, { id: a.id });
          await this.q(c, Q.dropArray, { id: a.id });
          continue;
        }
        const [committed] = await this.q<{ id: number }>(c, Q.arrayAt, { uri: a.uri, path: a.path, t: '' });
        if (committed) {
          await this.q(c, Q.dropBlocks, { id: committed.id });
          await this.q(c, Q.dropArray, { id: committed.id });
        }
        await this.q(c, a.deleted ? Q.dropArray : Q.commitArray, { id: a.id });
      }
    });
  }

  async rollback(txn: string): Promise<void> {
    if (!txn) throw new EtpError('INVALID_STATE', 'a transaction id is not empty');
    await this.atomic(async (c) => {
      for (const a of await this.q<ArrayRow>(c, Q.stagedArrays, { t: txn })) {
        await this.q(c, Q.dropBlocks, { id: a.id });
        await this.q(c, Q.dropArray, { id: a.id });
      }
      for (const sql of [Q.dropStagedRefs, Q.dropStagedObjects, Q.dropStagedDataspaces]) await this.q(c, sql, { t: txn });
    });
  }

  async getChannel(uri: string): Promise<ChannelRecord | undefined> {
    const [r] = await this.q<ChannelRow>(this.pool, Q.channel, { uri });
    return r && channelRecord(r);
  }

  async getChannelById(id: number): Promise<ChannelRecord | undefined> {
    const [r] = await this.q<ChannelRow>(this.pool, Q.channelById, { id });
    return r && channelRecord(r);
  }

  async putChannel(record: Omit<ChannelRecord, 'id' | 'high'>): Promise<ChannelRecord> {
    const [r] = await this.q<ChannelRow>(this.pool, Q.putChannel, {
      uri: record.uri,
      ds: record.dataspace,
      uuid: record.uuid,
      meta: JSON.stringify(record.meta),
      created: record.created,
      lastWrite: record.lastWrite,
    });
    return channelRecord(r!);
  }

  async appendPoints(channelId: number, points: readonly ChannelPoint[], time: number): Promise<void> {
    await this.q(this.pool, Q.putPoints, { id: channelId, idx: points.map((p) => p.index), value: points.map((p) => p.value), time, last: points[points.length - 1]?.index ?? null });
  }

  async readPoints(channelId: number, range: PointRange, limit: number): Promise<ChannelPoint[]> {
    return this.q<ChannelPoint>(this.pool, Q.points, { id: channelId, after: range.after ?? -Infinity, from: range.from ?? -Infinity, to: range.to ?? Infinity, limit });
  }

  async replacePoints(channelId: number, from: number, to: number, points: readonly ChannelPoint[], time: number): Promise<void> {
    await this.atomic(async (c) => {
      await this.q(c, Q.dropPoints, { id: channelId, from, to });
      await this.q(c, Q.putPoints, { id: channelId, idx: points.map((p) => p.index), value: points.map((p) => p.value), time, last: points[points.length - 1]?.index ?? null });
    });
  }

  async truncatePoints(channelId: number, end: number, time: number): Promise<number> {
    const [r] = await this.q<{ n: number }>(this.pool, Q.truncate, { id: channelId, end, time });
    return r!.n;
  }

  async nthLast(channelId: number, n: number): Promise<number | undefined> {
    if (n < 1) return undefined;
    const [r] = await this.q<{ idx: number }>(this.pool, Q.nthLast, { id: channelId, skip: n - 1 });
    return r?.idx;
  }

  async channelExtent(channelId: number): Promise<ChannelExtent | undefined> {
    const [r] = await this.q<ChannelExtent>(this.pool, Q.extent, { id: channelId });
    return r && r.count > 0 ? r : undefined;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }

  /** Removes an array (inside a transaction: marks it removed for the transaction). */
  private async dropArrayAt(c: Runner, a: ArrayRow, txn: string | undefined): Promise<void> {
    if (a.txn === (txn ?? '')) {
      await this.q(c, Q.dropBlocks, { id: a.id });
      await this.q(c, Q.dropArray, { id: a.id });
    }
    if (txn) await this.q(c, Q.markArray, { uri: a.uri, path: a.path, t: txn, ds: a.ds, owner: ownerOf(a.uri) });
  }
}

/** A connection string without its password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
