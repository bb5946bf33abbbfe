// The storage contract of the store kit: what a backend keeps and how it answers. The protocol
// handlers (dataspaces, objects, arrays, transactions, discovery) are written against it once;
// SqliteStoreStorage and MemoryStoreStorage implement it, and test/store/conformance.ts holds
// every implementation to the same rules. See docs/store.md, "The storage contract".

/** A value, or a promise of it: a synchronous backend (SQLite) returns values, a networked one promises. */
export type Awaitable<T> = T | Promise<T>;

/** A dataspace: `path` is '' for the default dataspace (`eml:///`). Times in microseconds since the epoch. */
export interface DataspaceRecord {
  path: string;
  created: number;
  lastWrite: number;
  /** The Dataspace's customData as the codec decoded it (DataValue records), kept as given. */
  customData: Record<string, unknown>;
}

/** A reference from one object to another, read from its XML or JSON. */
export interface ObjectReference {
  /** Lowercase UUID of the target. */
  uuid: string;
  /** The target's qualified type, e.g. `resqml20.obj_LocalDepth3dCrs`. */
  type: string;
}

/** What Discovery lists about an object: everything but its bytes. */
export interface ObjectSummary {
  dataspace: string;
  /** Lowercase UUID. */
  uuid: string;
  /** Qualified type: domain, two-digit version, type name (`resqml20.obj_Grid2dRepresentation`). */
  type: string;
  /** The object's title (Citation/Title), '' when it has none. */
  name: string;
  created: number;
  lastWrite: number;
  /** When the object itself last changed (the application's time, from its XML when given; else lastWrite). */
  lastChanged: number;
  active: boolean;
}

/** An object as kept: its summary, bytes, format and references. */
export interface ObjectRecord extends ObjectSummary {
  /** `xml` or `json`. */
  format: string;
  data: Uint8Array;
  references: readonly ObjectReference[];
}

/** A deleted object, remembered for GetDeletedResources. */
export interface Tombstone {
  dataspace: string;
  uuid: string;
  type: string;
  deleted: number;
}

/** The element types an array is kept in: AnyArray's transport types. */
export type ArrayElementType = 'arrayOfBoolean' | 'arrayOfInt' | 'arrayOfLong' | 'arrayOfFloat' | 'arrayOfDouble' | 'arrayOfString' | 'bytes';

/** An array's description; its elements live in blocks of {@link ARRAY_BLOCK_ELEMENTS}. */
export interface ArrayRecord {
  /** The backend's id of this array (of this transaction's copy, inside a transaction). */
  id: number;
  /** Canonical URI of the data object the array belongs to (its dataspace included). */
  uri: string;
  pathInResource: string;
  dataspace: string;
  dimensions: number[];
  preferredSubarrayDimensions: number[];
  transportType: ArrayElementType;
  logicalType: string;
  created: number;
  lastWrite: number;
  customData: Record<string, unknown>;
}

/** Elements per block: numbers are kept as little-endian bytes (at most 8 × 8192 = 64 KiB a block), strings as a JSON array. */
export const ARRAY_BLOCK_ELEMENTS = 8192;
/** Blocks the store writes in one call of {@link StoreStorage.writeBlocks} (≤ 1 MiB of elements). */
export const ARRAY_WRITE_BATCH = 16;

/** A block of an array: its index and its bytes. */
export interface ArrayBlock {
  index: number;
  bytes: Uint8Array;
}

/** How a channel's index values travel: `long` (times in microseconds, elapsed times) or `double` (depths). */
export type ChannelIndexType = 'long' | 'double';

/** What a channel's ChannelMetadataRecord says of it, read from its Channel data object when it is opened. */
export interface ChannelMeta {
  /** The channel's mnemonic. */
  name: string;
  /** ChannelDataKind (`double`, `long`, `string`, `DateTime`…). */
  dataKind: string;
  uom: string;
  /** ChannelIndexKind of its one index (`DateTime`, `MeasuredDepth`…). */
  indexKind: string;
  indexType: ChannelIndexType;
  indexUom: string;
  indexName: string;
  depthDatum: string;
  source: string;
}

/**
 * A channel the store keeps points of: a Channel data object (by its URI) opened by a producer.
 * Its id is the store's, the same on every process sharing the storage, and is the channelId of
 * ChannelDataLoad and ChannelSubscribe. Channel points are not transactional: a write is
 * committed when the call returns.
 */
export interface ChannelRecord {
  id: number;
  /** Canonical URI of the Channel data object. */
  uri: string;
  dataspace: string;
  /** Lowercase UUID of the Channel data object (deleting the object deletes the channel and its points). */
  uuid: string;
  meta: ChannelMeta;
  created: number;
  /** When its points last changed (microseconds). */
  lastWrite: number;
  /**
   * The highest index it has held since it was last truncated (undefined: none yet): a point
   * appended comes after it, so that what a subscriber was sent is never below a new point, even
   * when a ReplaceRange emptied the channel's end.
   */
  high?: number;
}

/** A point of a channel: its index (a long or a double, kept as a number) and its value as the store keeps it (see `channel-values.ts`). */
export interface ChannelPoint {
  index: number;
  value: string;
}

/** Which points of a channel to read: index after `after` (exclusive), from `from` and to `to` (inclusive); unset bounds are open. */
export interface PointRange {
  after?: number;
  from?: number;
  to?: number;
}

/** A channel's points at a glance. */
export interface ChannelExtent {
  start: number;
  end: number;
  count: number;
}

/** What GetResources asks of a dataspace's objects. */
export interface ObjectFilter {
  /** Qualified types or their type names alone (`obj_Grid2dRepresentation`); empty: all. */
  types?: readonly string[];
  /** Only objects written after this time (microseconds). */
  lastWriteAfter?: number;
  active?: boolean;
}

/**
 * Write locks of dataspaces kept where every process of a store sees them (a database several
 * processes share). A backend that has them offers them as `locks`; the server then checks them
 * beside its own, so that two writers on two processes conflict as they do on one.
 */
export interface SharedLocks {
  /**
   * Takes the write lock of `dataspace` for `txn` at `now` (milliseconds). Refused with the
   * holder's id while another transaction holds it and took it less than `timeoutMs` ago; taken
   * over from one that took it longer ago (its id in `expired`: roll it back).
   */
  acquire(dataspace: string, txn: string, now: number, timeoutMs: number): Awaitable<{ holder?: string; expired?: string }>;
  /** Who holds the lock of `dataspace`, and since when. */
  holder(dataspace: string): Awaitable<{ txn: string; since: number } | undefined>;
  /** True while `txn` holds the lock of every one of `dataspaces`. */
  holds(txn: string, dataspaces: readonly string[]): Awaitable<boolean>;
  /** Gives up every lock of `txn`. */
  release(txn: string): Awaitable<void>;
}

/**
 * A backend of the store. Every method takes an optional transaction id: with it, what it writes
 * is kept apart (staged) until {@link StoreStorage.commit}, and what it reads sees the
 * transaction's own writes over what is committed; without it, a write is committed when the
 * call returns and a read sees only what is committed. Objects are named by (dataspace, uuid):
 * putting one replaces the object with that uuid, whatever its type. URIs and times are the
 * caller's to make; the storage keeps them as given.
 */
export interface StoreStorage {
  /** Write locks shared with the other processes of the store, when the backend is shared (PostgreSQL). */
  readonly locks?: SharedLocks;
  /** True when what is committed survives the process (and a kill -9 of it). */
  readonly durable: boolean;

  getDataspaces(lastWriteAfter?: number, txn?: string): Awaitable<DataspaceRecord[]>;
  getDataspace(path: string, txn?: string): Awaitable<DataspaceRecord | undefined>;
  /** Creates or replaces a dataspace (its objects stay). */
  putDataspace(record: DataspaceRecord, txn?: string): Awaitable<void>;
  /** Deletes a dataspace with its objects (remembered as tombstones at `time`) and arrays; false when there was none. */
  deleteDataspace(path: string, time: number, txn?: string): Awaitable<boolean>;
  /** Moves a dataspace's lastWrite forward. */
  touchDataspace(path: string, time: number, txn?: string): Awaitable<void>;

  getObject(dataspace: string, uuid: string, txn?: string): Awaitable<ObjectRecord | undefined>;
  /** Creates or replaces an object with its references; true when it was created. A replaced object keeps its `created` time. */
  putObject(record: ObjectRecord, txn?: string): Awaitable<boolean>;
  /** {@link StoreStorage.putObject} of several objects, all or none (one database transaction); true for each that was created. */
  putObjects(records: readonly ObjectRecord[], txn?: string): Awaitable<boolean[]>;
  /** Deletes an object (a tombstone at `time`), the arrays under its URI and its channel; false when there was none. */
  deleteObject(dataspace: string, uuid: string, time: number, txn?: string): Awaitable<boolean>;
  /** A dataspace's objects matching the filter, without their bytes, in uuid order; at most `limit`. */
  listObjects(dataspace: string, filter: ObjectFilter, limit: number, txn?: string): Awaitable<ObjectSummary[]>;
  /** Objects of the dataspace whose references name `uuid`, at most `limit`. */
  sources(dataspace: string, uuid: string, limit: number, txn?: string): Awaitable<ObjectSummary[]>;
  /** What an object references (stored or not), at most `limit`. */
  targets(dataspace: string, uuid: string, limit: number, txn?: string): Awaitable<ObjectReference[]>;
  /** Objects per qualified type in a dataspace. */
  countTypes(dataspace: string, txn?: string): Awaitable<Map<string, number>>;
  /** The objects a transaction put (not those it deleted), at most `limit`. */
  stagedObjects(txn: string, limit: number): Awaitable<{ dataspace: string; uuid: string }[]>;
  /** Tombstones of a dataspace deleted after `after`, at most `limit`. */
  deleted(dataspace: string, after: number | undefined, limit: number): Awaitable<Tombstone[]>;

  getArray(uri: string, pathInResource: string, txn?: string): Awaitable<ArrayRecord | undefined>;
  /** Creates or replaces an array (every element unwritten: zero, false or ''); returns it with its id. */
  putArray(record: Omit<ArrayRecord, 'id'>, txn?: string): Awaitable<ArrayRecord>;
  /**
   * The array to write into: inside a transaction, the transaction's copy of a committed array
   * (made on first write; its blocks are copied only when written). Undefined when there is none.
   */
  arrayForWrite(uri: string, pathInResource: string, time: number, txn?: string): Awaitable<ArrayRecord | undefined>;
  /** Deletes an array; false when there was none. */
  deleteArray(uri: string, pathInResource: string, txn?: string): Awaitable<boolean>;
  /** A block's bytes as written (undefined when never written); a transaction's copy falls back to the committed blocks. */
  readBlock(array: ArrayRecord, index: number): Awaitable<Uint8Array | undefined>;
  /**
   * Writes blocks of one array together (the store hands at most {@link ARRAY_WRITE_BATCH} at a
   * time): in one database transaction where the backend has them.
   */
  writeBlocks(array: ArrayRecord, blocks: readonly ArrayBlock[]): Awaitable<void>;

  /** The channel of a Channel data object's URI, when it was opened. */
  getChannel(uri: string): Awaitable<ChannelRecord | undefined>;
  getChannelById(id: number): Awaitable<ChannelRecord | undefined>;
  /** Opens a channel: made with a new id, or (when its URI is kept) its metadata replaced, its id, points and `high` kept. */
  putChannel(record: Omit<ChannelRecord, 'id' | 'high'>): Awaitable<ChannelRecord>;
  /** Adds points (a point at an index already kept replaces it), all or none; moves lastWrite to `time` and `high` to the last point. */
  appendPoints(channelId: number, points: readonly ChannelPoint[], time: number): Awaitable<void>;
  /** Points in a range, in increasing index order, at most `limit`. */
  readPoints(channelId: number, range: PointRange, limit: number): Awaitable<ChannelPoint[]>;
  /** Replaces the points in [from, to] by `points` (each inside it), all or none; `high` moves up to the last of them, never down. */
  replacePoints(channelId: number, from: number, to: number, points: readonly ChannelPoint[], time: number): Awaitable<void>;
  /** Deletes the points after `end` (and brings `high` down to `end`); how many went. */
  truncatePoints(channelId: number, end: number, time: number): Awaitable<number>;
  /** The index of the `n`th point from the end (1: the last); undefined when it has fewer. */
  nthLast(channelId: number, n: number): Awaitable<number | undefined>;
  /** First and last index and count of a channel's points; undefined when it has none. */
  channelExtent(channelId: number): Awaitable<ChannelExtent | undefined>;

  /** Starts keeping writes apart under `txn`. */
  begin(txn: string): Awaitable<void>;
  /** Makes every write of `txn` committed, at once (all or nothing). */
  commit(txn: string): Awaitable<void>;
  /** Forgets every write of `txn`. */
  rollback(txn: string): Awaitable<void>;
  close(): Awaitable<void>;
}

/** True when an object passes a filter's types and active status (its time is filtered by the query). */
export function matches(s: ObjectSummary, filter: ObjectFilter): boolean {
  if (filter.active !== undefined && s.active !== filter.active) return false;
  if (filter.lastWriteAfter !== undefined && !(s.lastWrite > filter.lastWriteAfter)) return false;
  if (!filter.types || filter.types.length === 0) return true;
  const short = s.type.slice(s.type.indexOf('.') + 1);
  return filter.types.some((t) => t === s.type || t === short || (t.endsWith('.*') && s.type.startsWith(t.slice(0, -1))));
}
