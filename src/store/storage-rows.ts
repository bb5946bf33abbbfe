import { parseUri } from '../schema/index.js';
import type { ArrayRecord, ChannelRecord, DataspaceRecord, ObjectSummary } from './storage.js';

// The rows the SQL backends (SQLite, PostgreSQL) keep, and the records they make of them: one
// mapping for both, whatever the database calls a boolean.

/** A data object's row, without its bytes unless read. */
export interface ObjectRow {
  ds: string;
  uuid: string;
  type: string;
  name: string;
  created: number;
  last_write: number;
  last_changed: number;
  /** 1/0 in SQLite, a boolean in PostgreSQL. */
  active: number | boolean;
  format?: string;
  data?: Uint8Array;
  refs?: string;
}

/** An array's row: its description is JSON in `meta`. */
export interface ArrayRow {
  id: number;
  uri: string;
  path: string;
  ds: string;
  txn: string;
  base: number | null;
  meta: string;
  deleted?: number | boolean;
}

/** A dataspace's row. */
export interface DsRow {
  path: string;
  txn: string;
  created: number;
  last_write: number;
  custom: string;
  deleted: number | boolean;
}

export const summary = (r: ObjectRow): ObjectSummary => ({
  dataspace: r.ds,
  uuid: r.uuid,
  type: r.type,
  name: r.name,
  created: r.created,
  lastWrite: r.last_write,
  lastChanged: r.last_changed,
  active: r.active === 1 || r.active === true,
});

export const dataspace = (r: DsRow): DataspaceRecord => ({ path: r.path, created: r.created, lastWrite: r.last_write, customData: fromJson(r.custom) });

export type ArrayMeta = Omit<ArrayRecord, 'id' | 'uri' | 'pathInResource' | 'dataspace'>;

/** What an array row's `meta` holds. */
export const metaOf = (r: Omit<ArrayRecord, 'id'>): ArrayMeta => ({
  dimensions: r.dimensions,
  preferredSubarrayDimensions: r.preferredSubarrayDimensions,
  transportType: r.transportType,
  logicalType: r.logicalType,
  created: r.created,
  lastWrite: r.lastWrite,
  customData: r.customData,
});

export const arrayRecord = (row: ArrayRow): ArrayRecord => ({ id: row.id, uri: row.uri, pathInResource: row.path, dataspace: row.ds, ...fromJson<ArrayMeta>(row.meta) });

/** The lowercase uuid of the object an array URI names ('' for a dataspace URI). */
export function ownerOf(uri: string): string {
  const u = parseUri(uri);
  return u.kind === 'dataObject' ? u.uuid.toLowerCase() : '';
}

/** JSON that keeps Uint8Array and bigint values of customData (DataValue bytes, longs). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
    if (typeof v === 'bigint') return { $bigint: v.toString() };
    return v;
  });
}
export function fromJson<T>(text: string): T {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.$bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
      if (typeof o.$bigint === 'string' && Object.keys(o).length === 1) return BigInt(o.$bigint);
    }
    return v;
  }) as T;
}

/** A channels row, in either database. */
export interface ChannelRow {
  id: number;
  uri: string;
  ds: string;
  uuid: string;
  meta: string;
  created: number;
  last_write: number;
  high: number | null;
}

export const channelRecord = (r: ChannelRow): ChannelRecord => ({
  id: r.id,
  uri: r.uri,
  dataspace: r.ds,
  uuid: r.uuid,
  meta: JSON.parse(r.meta) as ChannelRecord['meta'],
  created: r.created,
  lastWrite: r.last_write,
  ...(r.high !== null ? { high: r.high } : {}),
});
