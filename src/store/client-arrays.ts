import { EtpError } from '../errors.js';
import type { AnyArrayType, AnyLogicalArrayType } from '../schema/index.js';
import { BRANCH, elementCount } from './arrays.js';
export { WHOLE_LOGICAL } from './arrays.js';

// A store client's arrays: which transport and logical type a JavaScript array goes as, the
// windows an n-dimensional array is split into so that each fits one message, and the typed array
// a read fills. A window here is always contiguous in row-major order (ones on the leading axes, a
// run on one axis, whole trailing axes), so it is a subarray of the flat values, never a copy.

/** The values `putArray` takes: a typed array, or an array of numbers (doubles), bigints (longs), booleans or strings. */
export type ArrayInput =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | BigInt64Array
  | readonly number[]
  | readonly bigint[]
  | readonly boolean[]
  | readonly string[];

/** The values `getArray` gives: the typed array of the array's logical type (Float64Array for doubles, BigInt64Array for longs, …), or booleans or strings. */
export type ArrayOutput = Float64Array | Float32Array | Int32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | BigInt64Array | boolean[] | string[];

/** How an array goes on the wire. */
export interface ArrayKind {
  transport: AnyArrayType;
  logical: AnyLogicalArrayType;
}

/** The transport and logical type of `values`; INVALID_VALUE for anything else (a mixed or empty plain array is taken by its first element; empty: doubles). */
export function kindOf(values: ArrayInput): ArrayKind {
  if (values instanceof Float64Array) return { transport: 'arrayOfDouble', logical: 'arrayOfDouble64LE' };
  if (values instanceof Float32Array) return { transport: 'arrayOfFloat', logical: 'arrayOfFloat32LE' };
  if (values instanceof Int32Array) return { transport: 'arrayOfInt', logical: 'arrayOfInt32LE' };
  if (values instanceof Int16Array) return { transport: 'arrayOfInt', logical: 'arrayOfInt16LE' };
  if (values instanceof Uint16Array) return { transport: 'arrayOfInt', logical: 'arrayOfUInt16LE' };
  if (values instanceof Int8Array) return { transport: 'bytes', logical: 'arrayOfInt8' };
  if (values instanceof Uint8Array) return { transport: 'bytes', logical: 'arrayOfUInt8' };
  if (values instanceof BigInt64Array) return { transport: 'arrayOfLong', logical: 'arrayOfInt64LE' };
  if (Array.isArray(values)) {
    const first = values[0];
    if (first === undefined || typeof first === 'number') return { transport: 'arrayOfDouble', logical: 'arrayOfDouble64LE' };
    if (typeof first === 'bigint') return { transport: 'arrayOfLong', logical: 'arrayOfInt64LE' };
    if (typeof first === 'boolean') return { transport: 'arrayOfBoolean', logical: 'arrayOfBoolean' };
    if (typeof first === 'string') return { transport: 'arrayOfString', logical: 'arrayOfString' };
  }
  throw new EtpError('INVALID_VALUE', 'array values are a typed array or an array of numbers, bigints, booleans or strings');
}

/** Bytes one element takes on the wire at most (strings: the longest given, or 64 when reading). */
export function wireWidth(transport: AnyArrayType, values?: ArrayLike<unknown>): number {
  switch (transport) {
    case 'arrayOfDouble':
    case 'arrayOfLong':
      return transport === 'arrayOfLong' ? 10 : 8;
    case 'arrayOfFloat':
      return 4;
    case 'arrayOfInt':
      return 5;
    case 'arrayOfBoolean':
    case 'bytes':
      return 1;
    case 'arrayOfString': {
      if (!values) return 64;
      let longest = 0;
      for (let i = 0; i < values.length; i++) longest = Math.max(longest, Buffer.byteLength(values[i] as string));
      return longest + 5;
    }
  }
}

/** Bytes of memory one element of this kind takes once read (booleans and strings: a slot of a plain array, strings' text counted as 16). */
export function memoryWidth(kind: ArrayKind): number {
  switch (kind.transport) {
    case 'arrayOfDouble':
    case 'arrayOfLong':
    case 'arrayOfBoolean':
      return 8;
    case 'arrayOfFloat':
      return 4;
    case 'arrayOfInt':
      return kind.logical.includes('16') ? 2 : 4;
    case 'bytes':
      return 1;
    case 'arrayOfString':
      return 24;
  }
}

/** One window: where it starts and how many it holds on each axis, and where it lies in the flat values. */
export interface ArrayWindow {
  starts: number[];
  counts: number[];
  offset: number;
  length: number;
}

/** Contiguous windows of at most `perMessage` elements (at least one) that cover an array of `dimensions` in row-major order. */
export function* windows(dimensions: readonly number[], perMessage: number): Generator<ArrayWindow> {
  const total = elementCount(dimensions);
  if (total === 0) return;
  const n = dimensions.length;
  // The first axis whose trailing block fits: windows run along it, whole on the axes after it.
  let axis = n - 1;
  let inner = 1;
  while (axis > 0 && inner * dimensions[axis]! <= perMessage) inner *= dimensions[axis--]!;
  const step = Math.max(1, Math.min(dimensions[axis]!, Math.floor(perMessage / inner)));
  const index = new Array<number>(n).fill(0);
  for (let offset = 0; offset < total; ) {
    const count = Math.min(step, dimensions[axis]! - index[axis]!);
    const counts = dimensions.map((d, i) => (i < axis ? 1 : i === axis ? count : d));
    yield { starts: [...index], counts, offset, length: count * inner };
    offset += count * inner;
    // Advance: along the axis, carrying into the leading axes.
    index[axis]! += count;
    for (let i = axis; i > 0 && index[i]! >= dimensions[i]!; i--) {
      index[i] = 0;
      index[i - 1]! += 1;
    }
  }
}

/** An AnyArray of `values` (a window of them), as encode takes it. */
export function anyArray(transport: AnyArrayType, values: ArrayInput | ArrayOutput): { item: Record<string, unknown> } {
  if (transport === 'bytes') {
    const v = values as Uint8Array | Int8Array;
    return { item: { bytes: v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength) } };
  }
  // Doubles and floats go as their typed arrays; other typed arrays as plain arrays of their numbers.
  const plain = transport === 'arrayOfDouble' || transport === 'arrayOfFloat' || Array.isArray(values) ? values : Array.from(values as ArrayLike<number | bigint>);
  return { item: { [BRANCH[transport]]: { values: plain } } };
}

/** The typed array (or plain array) a read of `count` elements of this kind fills. */
export function allocate(kind: ArrayKind, count: number): ArrayOutput {
  switch (kind.transport) {
    case 'arrayOfDouble':
      return new Float64Array(count);
    case 'arrayOfFloat':
      return new Float32Array(count);
    case 'arrayOfLong':
      return new BigInt64Array(count);
    case 'arrayOfInt':
      return kind.logical === 'arrayOfInt16LE' || kind.logical === 'arrayOfInt16BE'
        ? new Int16Array(count)
        : kind.logical === 'arrayOfUInt16LE' || kind.logical === 'arrayOfUInt16BE'
          ? new Uint16Array(count)
          : new Int32Array(count);
    case 'bytes':
      return kind.logical === 'arrayOfInt8' ? new Int8Array(count) : new Uint8Array(count);
    case 'arrayOfBoolean':
      return new Array<boolean>(count).fill(false);
    case 'arrayOfString':
      return new Array<string>(count).fill('');
  }
}

/** Copies a decoded AnyArray's values into `out` at `offset`; INVALID_DATA when they are not of its kind or not `length` long. */
export function fill(out: ArrayOutput, offset: number, length: number, kind: ArrayKind, data: unknown): void {
  const item = (data as { item?: Record<string, unknown> } | undefined)?.item ?? {};
  const branch = BRANCH[kind.transport];
  if (!(branch in item)) throw new EtpError('INVALID_DATA', `the store sent ${Object.keys(item)[0] ?? 'nothing'} for an array of ${kind.transport}`);
  const v = kind.transport === 'bytes' ? (item[branch] as Uint8Array) : (item[branch] as { values: ArrayLike<unknown> }).values;
  if (v.length !== length) throw new EtpError('INVALID_DATA', `the store sent ${v.length} values for a window of ${length}`);
  if (out instanceof BigInt64Array) {
    for (let i = 0; i < length; i++) out[offset + i] = BigInt(v[i] as number | bigint);
  } else if (Array.isArray(out)) {
    for (let i = 0; i < length; i++) out[offset + i] = v[i] as never;
  } else if (ArrayBuffer.isView(v) && kind.transport === 'bytes') {
    (out as Uint8Array).set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), offset);
  } else {
    (out as Float64Array).set(v as ArrayLike<number>, offset);
  }
}
