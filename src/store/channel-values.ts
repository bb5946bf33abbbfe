import { EtpError } from '../errors.js';
import type { ChannelIndexType, ChannelPoint } from './storage.js';

// How the store keeps a channel point: its index as a number, its DataValue as text. The common
// kinds take a letter and the value (`d12.5`, `l42`, `sGR`) — cheap both ways for the 100,000s of
// points a log holds; any other kind (arrays, bytes, sparse arrays) is `j` and a JSON form that
// keeps bytes, bigints and non-finite numbers.

/** A DataValue as the codec gives and takes it. */
export interface StoredValue {
  item: unknown;
}

/** An IndexValue as the codec gives and takes it. */
export interface StoredIndex {
  item: null | { long: number | bigint } | { double: number } | Record<string, unknown>;
}

const DOUBLE = 'double';

/** The text a value is kept as. */
export function keepValue(value: StoredValue): string {
  const item = value?.item;
  if (item === null || item === undefined) return 'n';
  if (typeof item !== 'object') throw new EtpError('INVALID_ARGUMENT', 'a point value is not a DataValue');
  const branch = item as Record<string, unknown>;
  if (typeof branch[DOUBLE] === 'number') return `d${branch[DOUBLE] as number}`;
  if (typeof branch.float === 'number') return `f${branch.float}`;
  if (typeof branch.long === 'number' || typeof branch.long === 'bigint') return `l${branch.long}`;
  if (typeof branch.int === 'number') return `i${branch.int}`;
  if (typeof branch.string === 'string') return `s${branch.string}`;
  if (typeof branch.boolean === 'boolean') return branch.boolean ? 'T' : 'F';
  return `j${JSON.stringify(item, replacer)}`;
}

/** The value kept as `text`. */
export function storedValueOf(text: string): StoredValue {
  const rest = text.slice(1);
  switch (text[0]) {
    case 'n':
      return { item: null };
    case 'd':
      return { item: { double: Number(rest) } };
    case 'f':
      return { item: { float: Number(rest) } };
    case 'l': {
      const n = Number(rest);
      return { item: { long: Number.isSafeInteger(n) ? n : BigInt(rest) } };
    }
    case 'i':
      return { item: { int: Number(rest) } };
    case 's':
      return { item: { string: rest } };
    case 'T':
      return { item: { boolean: true } };
    case 'F':
      return { item: { boolean: false } };
    default:
      return { item: JSON.parse(rest, reviver) as unknown };
  }
}

function replacer(this: Record<string, unknown>, key: string, given: unknown): unknown {
  // A Buffer has made itself `{ type: 'Buffer', data }` (its toJSON) before it gets here: take it as it was.
  const raw = this[key];
  const v = raw instanceof Uint8Array ? raw : given;
  if (typeof v === 'bigint') return { $big: v.toString() };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $num: String(v) };
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  return v;
}

function reviver(_key: string, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.$big === 'string') return BigInt(o.$big);
  if (typeof o.$num === 'string') return Number(o.$num);
  if (typeof o.$bytes === 'string') return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
  return v;
}

/** An index as the number it is kept as; INVALID_ARGUMENT when it is not of the channel's index type. */
export function indexNumber(index: StoredIndex | undefined, type: ChannelIndexType): number {
  const item = index?.item as Record<string, unknown> | null | undefined;
  if (item && type === 'long' && (typeof item.long === 'number' || typeof item.long === 'bigint')) {
    const n = Number(item.long);
    if (Number.isSafeInteger(n)) return n;
  }
  if (item && type === 'double' && typeof item.double === 'number' && Number.isFinite(item.double)) return item.double;
  // A depth sent as a long is still a depth.
  if (item && type === 'double' && typeof item.long === 'number') return item.long;
  throw new EtpError('INVALID_ARGUMENT', `an index is not a ${type === 'long' ? 'long (a time in microseconds or an elapsed time)' : 'finite double (a depth)'}: ${describe(item)}`);
}

/** The IndexValue of a kept index. */
export function indexValue(n: number | undefined, type: ChannelIndexType): StoredIndex {
  if (n === undefined) return { item: null };
  return type === 'long' ? { item: { long: n } } : { item: { double: n } };
}

/** A point as the codec's DataItem. */
export function dataItem(channelId: number, p: ChannelPoint, type: ChannelIndexType): { channelId: number; indexes: StoredIndex[]; value: StoredValue; valueAttributes: never[] } {
  return { channelId, indexes: [indexValue(p.index, type)], value: storedValueOf(p.value), valueAttributes: [] };
}

function describe(item: unknown): string {
  if (item === null || item === undefined) return 'null';
  return Object.keys(item as object)[0] ?? 'nothing';
}
