import { EtpError } from '../errors.js';
import type { AnyLogicalArrayType } from '../schema/index.js';
import { ARRAY_BLOCK_ELEMENTS, ARRAY_WRITE_BATCH, type ArrayBlock, type ArrayElementType, type ArrayRecord, type StoreStorage } from './storage.js';

// Arrays as blocks: an AnyArray's values become fixed-width little-endian elements (strings: a
// JSON array per block), and a window (starts, counts) of an n-dimensional array is a series of
// runs along its last dimension, read or written a block at a time. Nothing holds more than a
// window and one block, whatever the array's size.

const NS = 'Energistics.Etp.v12.Datatypes.';
/** AnyArray's union branch of each element type. */
export const BRANCH: Record<ArrayElementType, string> = {
  arrayOfBoolean: `${NS}ArrayOfBoolean`,
  arrayOfInt: `${NS}ArrayOfInt`,
  arrayOfLong: `${NS}ArrayOfLong`,
  arrayOfFloat: `${NS}ArrayOfFloat`,
  arrayOfDouble: `${NS}ArrayOfDouble`,
  arrayOfString: `${NS}ArrayOfString`,
  bytes: 'bytes',
};
/** The logical type an array put whole gets (PutDataArrays has no field for it), from its transport type: a client declares an array of another logical type first. */
export const WHOLE_LOGICAL: Record<ArrayElementType, AnyLogicalArrayType> = {
  arrayOfBoolean: 'arrayOfBoolean',
  arrayOfInt: 'arrayOfInt32LE',
  arrayOfLong: 'arrayOfInt64LE',
  arrayOfFloat: 'arrayOfFloat32LE',
  arrayOfDouble: 'arrayOfDouble64LE',
  arrayOfString: 'arrayOfString',
  bytes: 'arrayOfUInt8',
};
const WIDTH: Record<ArrayElementType, number> = { arrayOfBoolean: 1, arrayOfInt: 4, arrayOfLong: 8, arrayOfFloat: 4, arrayOfDouble: 8, arrayOfString: 0, bytes: 1 };

/** Values of one element type: numbers (longs as number when safe, else bigint), booleans, strings, or bytes. */
export interface ArrayValues {
  type: ArrayElementType;
  values: ArrayLike<unknown>;
}

/** The element type and values of a decoded AnyArray (INVALID_ARGUMENT when it is none). */
export function fromAnyArray(data: unknown): ArrayValues {
  const item = (data as { item?: Record<string, unknown> } | undefined)?.item;
  if (item && typeof item === 'object') {
    for (const [type, branch] of Object.entries(BRANCH) as [ArrayElementType, string][]) {
      if (!(branch in item)) continue;
      const v = item[branch];
      if (type === 'bytes') return { type, values: v as Uint8Array };
      return { type, values: (v as { values: ArrayLike<unknown> }).values };
    }
  }
  throw new EtpError('INVALID_ARGUMENT', 'data is not an AnyArray');
}

/** An AnyArray of values. */
export function toAnyArray(v: ArrayValues): { item: Record<string, unknown> } {
  if (v.type === 'bytes') return { item: { bytes: v.values } };
  return { item: { [BRANCH[v.type]]: { values: v.values } } };
}

/** True when `type` is an AnyArray element type. */
export function isElementType(type: unknown): type is ArrayElementType {
  return typeof type === 'string' && type in WIDTH;
}

/** Encoded size of one element, for the message size of a window (strings: an estimate). */
export function elementBytes(type: ArrayElementType): number {
  return type === 'arrayOfString' ? 16 : type === 'arrayOfLong' ? 10 : type === 'arrayOfInt' ? 5 : Math.max(1, WIDTH[type]);
}

/** Elements of a shape (INVALID_ARGUMENT for a negative or non-integer dimension, or more than 2^53). */
export function elementCount(dimensions: readonly number[]): number {
  let n = 1;
  for (const d of dimensions) {
    if (!Number.isSafeInteger(d) || d < 0) throw new EtpError('INVALID_ARGUMENT', `dimension ${String(d)} is not a count`);
    n *= d;
  }
  if (!Number.isSafeInteger(n)) throw new EtpError('INVALID_ARGUMENT', `an array of ${dimensions.join(' × ')} elements is too large`);
  return n;
}

/** Checks a window against an array's shape; returns its element count. */
export function checkWindow(dims: readonly number[], starts: readonly number[], counts: readonly number[]): number {
  if (starts.length !== dims.length || counts.length !== dims.length) {
    throw new EtpError('INVALID_ARGUMENT', `a window of ${starts.length} starts and ${counts.length} counts on an array of ${dims.length} dimensions`);
  }
  for (let i = 0; i < dims.length; i++) {
    const s = starts[i]!;
    const c = counts[i]!;
    if (!Number.isSafeInteger(s) || !Number.isSafeInteger(c) || s < 0 || c < 0 || s + c > dims[i]!) {
      throw new EtpError('INVALID_ARGUMENT', `window [${s}, ${s + c}) is outside dimension ${i} of size ${dims[i]}`);
    }
  }
  return elementCount(counts);
}

/** The runs of a window along the last dimension, in order: [linear offset in the array, length]. */
function* runs(dims: readonly number[], starts: readonly number[], counts: readonly number[]): Generator<[number, number]> {
  const n = dims.length;
  if (n === 0) {
    yield [0, 1];
    return;
  }
  if (counts.some((c) => c === 0)) return;
  const at = starts.slice(0, n - 1).map(() => 0);
  const strides = dims.map((_, i) => dims.slice(i + 1).reduce((a, b) => a * b, 1));
  for (;;) {
    let offset = starts[n - 1]!;
    for (let i = 0; i < n - 1; i++) offset += (starts[i]! + at[i]!) * strides[i]!;
    yield [offset, counts[n - 1]!];
    let i = n - 2;
    while (i >= 0 && ++at[i]! === counts[i]!) at[i--] = 0;
    if (i < 0) return;
  }
}

/** A block of `type` with every element unwritten. */
function emptyBlock(type: ArrayElementType): Uint8Array {
  return type === 'arrayOfString' ? new TextEncoder().encode(JSON.stringify(new Array<string>(ARRAY_BLOCK_ELEMENTS).fill(''))) : new Uint8Array(ARRAY_BLOCK_ELEMENTS * WIDTH[type]);
}

/** True on a little-endian machine, where a typed array over a block reads its elements as kept. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** One block open for reading or writing: numbers in a DataView (ints, floats and doubles also in a typed array), strings as an array. */
class OpenBlock {
  private view: DataView | undefined;
  private typed: Int32Array | Float32Array | Float64Array | undefined;
  private strings: string[] | undefined;
  dirty = false;
  constructor(
    readonly index: number,
    private readonly type: ArrayElementType,
    bytes: Uint8Array,
    writing: boolean,
  ) {
    if (type === 'arrayOfString') this.strings = JSON.parse(new TextDecoder().decode(bytes)) as string[];
    else {
      // A block read from the backend may be a view into its memory: written to, it is copied
      // first; read, it is used in place when its elements are aligned.
      const own = writing || bytes.byteOffset % WIDTH[type] !== 0 ? new Uint8Array(bytes) : bytes;
      const { buffer, byteOffset } = own;
      const count = own.byteLength / WIDTH[type];
      this.view = new DataView(buffer, byteOffset, own.byteLength);
      if (LITTLE_ENDIAN) {
        if (type === 'arrayOfDouble') this.typed = new Float64Array(buffer, byteOffset, count);
        else if (type === 'arrayOfFloat') this.typed = new Float32Array(buffer, byteOffset, count);
        else if (type === 'arrayOfInt') this.typed = new Int32Array(buffer, byteOffset, count);
      }
    }
  }

  /** Elements [from, to) of the block into out[k…] (a typed array of the block's own kind: one copy). */
  readRun(out: unknown[] | Float64Array | Float32Array, k: number, from: number, to: number): void {
    const t = this.typed;
    if (t && out instanceof t.constructor) (out as Float64Array | Float32Array).set(t.subarray(from, to), k);
    else if (t) for (let i = from; i < to; i++) out[k++] = t[i]!;
    else for (let i = from; i < to; i++) out[k++] = this.get(i);
  }

  /** values[k…] into elements [from, to) of the block. */
  writeRun(values: ArrayLike<unknown>, k: number, from: number, to: number): void {
    this.dirty = true;
    const t = this.typed;
    if (t && values instanceof t.constructor) t.set((values as Float64Array | Float32Array | Int32Array).subarray(k, k + to - from), from);
    else if (t) for (let i = from; i < to; i++) t[i] = Number(values[k++]);
    else for (let i = from; i < to; i++) this.set(i, values[k++]);
  }

  get(i: number): unknown {
    const v = this.view!;
    switch (this.type) {
      case 'arrayOfString':
        return this.strings![i] ?? '';
      case 'arrayOfBoolean':
        return v.getUint8(i) !== 0;
      case 'bytes':
        return v.getUint8(i);
      case 'arrayOfInt':
        return v.getInt32(i * 4, true);
      case 'arrayOfFloat':
        return v.getFloat32(i * 4, true);
      case 'arrayOfDouble':
        return v.getFloat64(i * 8, true);
      case 'arrayOfLong': {
        const b = v.getBigInt64(i * 8, true);
        const n = Number(b);
        return Number.isSafeInteger(n) ? n : b;
      }
    }
  }

  set(i: number, value: unknown): void {
    this.dirty = true;
    const v = this.view!;
    switch (this.type) {
      case 'arrayOfString':
        this.strings![i] = String(value);
        return;
      case 'arrayOfBoolean':
        v.setUint8(i, value ? 1 : 0);
        return;
      case 'bytes':
        v.setUint8(i, Number(value));
        return;
      case 'arrayOfInt':
        v.setInt32(i * 4, Number(value), true);
        return;
      case 'arrayOfFloat':
        v.setFloat32(i * 4, Number(value), true);
        return;
      case 'arrayOfDouble':
        v.setFloat64(i * 8, Number(value), true);
        return;
      case 'arrayOfLong':
        v.setBigInt64(i * 8, BigInt(value as number | bigint), true);
        return;
    }
  }

  bytes(): Uint8Array {
    return this.strings ? new TextEncoder().encode(JSON.stringify(this.strings)) : new Uint8Array(this.view!.buffer, this.view!.byteOffset, this.view!.byteLength);
  }
}

/**
 * Reads or writes a window of an array a block at a time. When writing, a block the window covers
 * whole is not read first.
 */
async function walk(
  storage: StoreStorage,
  array: ArrayRecord,
  starts: readonly number[],
  counts: readonly number[],
  writing: boolean,
  visit: (block: OpenBlock, from: number, to: number, k: number) => void,
): Promise<void> {
  const total = elementCount(array.dimensions);
  let open: OpenBlock | undefined;
  // Written blocks wait to go to the storage together, at most ARRAY_WRITE_BATCH (1 MiB) of them.
  let pending: ArrayBlock[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const blocks = pending;
    pending = [];
    await storage.writeBlocks(array, blocks);
  };
  const close = async (): Promise<void> => {
    if (open?.dirty) pending.push({ index: open.index, bytes: open.bytes() });
    if (pending.length >= ARRAY_WRITE_BATCH) await flush();
  };
  let k = 0;
  for (const [offset, length] of runs(array.dimensions, starts, counts)) {
    for (let e = offset; e < offset + length; ) {
      const index = Math.floor(e / ARRAY_BLOCK_ELEMENTS);
      if (open?.index !== index) {
        await close();
        const first = index * ARRAY_BLOCK_ELEMENTS;
        const whole = writing && e === first && offset + length >= Math.min(first + ARRAY_BLOCK_ELEMENTS, total);
        const kept = whole ? undefined : await storage.readBlock(array, index);
        open = new OpenBlock(index, array.transportType, kept ?? emptyBlock(array.transportType), writing);
      }
      const end = Math.min(offset + length, (index + 1) * ARRAY_BLOCK_ELEMENTS);
      const base = index * ARRAY_BLOCK_ELEMENTS;
      visit(open, e - base, end - base, k);
      k += end - e;
      e = end;
    }
  }
  await close();
  await flush();
}

/** Writes values (row-major over the window) into an array; INVALID_ARGUMENT when their type or count is not the window's. */
export async function writeWindow(storage: StoreStorage, array: ArrayRecord, starts: readonly number[], counts: readonly number[], data: ArrayValues): Promise<void> {
  const n = checkWindow(array.dimensions, starts, counts);
  if (data.type !== array.transportType) throw new EtpError('INVALID_ARGUMENT', `${data.type} values for an array of ${array.transportType}`);
  if (data.values.length !== n) throw new EtpError('INVALID_ARGUMENT', `${data.values.length} values for a window of ${n} elements`);
  const values = data.values;
  await walk(storage, array, starts, counts, true, (block, from, to, k) => block.writeRun(values, k, from, to));
}

/**
 * Reads a window of an array (row-major): doubles as a Float64Array and floats as a Float32Array
 * (which encode copies as bytes), bytes as a Uint8Array, other types as an array.
 */
export async function readWindow(storage: StoreStorage, array: ArrayRecord, starts: readonly number[], counts: readonly number[]): Promise<ArrayValues> {
  const n = checkWindow(array.dimensions, starts, counts);
  const type = array.transportType;
  const out = type === 'bytes' ? new Uint8Array(n) : type === 'arrayOfDouble' ? new Float64Array(n) : type === 'arrayOfFloat' ? new Float32Array(n) : new Array<unknown>(n);
  await walk(storage, array, starts, counts, false, (block, from, to, k) => block.readRun(out as unknown[], k, from, to));
  return { type, values: out };
}
