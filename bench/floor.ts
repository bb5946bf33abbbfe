// The floor of the codec's most common shapes: encoders and decoders written by hand for exactly
// one message each, ChannelData whose items have one long index and a double value (what a producer
// streams) and GetResourcesResponse (strings, nullable counts, longs), with no schema, no checks and no generality (longs to ±2^52: it doubles the zigzag in a float). What JavaScript itself allows for those
// bytes; the codec is measured against it in the same rounds (bench/run.ts). Its bytes and values
// are checked against the codec's (test/bench-floor.test.ts).
import type { AnyCodec, EtpMessage } from '../src/index.js';

/** One ChannelData item of the floor's shape. */
export interface FloorItem {
  channelId: number;
  indexes: { item: { long: number } }[];
  value: { item: { double: number } };
  valueAttributes: never[];
}

type Header = EtpMessage['header'];

/** The branch of `name` in the union field `item` of the record type a registry knows by `typeName`. */
function branchIndex(codec: AnyCodec, typeName: string, name: string): number {
  const t = codec.registry.type(typeName) as unknown as { fields: { name: string; type: { types: { typeName: string }[] } }[] } | undefined;
  const union = t?.fields.find((f) => f.name === 'item')?.type;
  const i = union?.types.findIndex((b) => b.typeName === name) ?? -1;
  if (i < 0) throw new Error(`no ${name} branch in ${typeName}.item`);
  return i;
}

/** A hand-written ChannelData encoder and decoder for one codec's schemas (for the union branch numbers). */
export function channelDataFloor(codec: AnyCodec): { encode(message: EtpMessage<{ data: FloorItem[] }>): Uint8Array; decode(frame: Uint8Array): { header: Header; body: { data: FloorItem[] } } } {
  const longBranch = branchIndex(codec, 'Energistics.Etp.v12.Datatypes.IndexValue', 'long') * 2;
  const doubleBranch = branchIndex(codec, 'Energistics.Etp.v12.Datatypes.DataValue', 'double') * 2;
  let buf = new Uint8Array(1 << 16);
  const f64 = new Float64Array(1);
  const f64b = new Uint8Array(f64.buffer);
  return {
    encode(message) {
      const data = message.body.data;
      if (buf.length < 64 + data.length * 32) buf = new Uint8Array(64 + data.length * 64);
      const b = buf;
      const h = message.header;
      let pos = writeHeader(b, h);
      if (data.length > 0) pos = writeVarint(b, pos, data.length);
      for (let k = 0; k < data.length; k++) {
        const item = data[k]!;
        pos = writeVarint(b, pos, item.channelId);
        b[pos++] = 2; // one index
        b[pos++] = longBranch;
        pos = writeVarint(b, pos, item.indexes[0]!.item.long);
        b[pos++] = 0;
        b[pos++] = doubleBranch;
        f64[0] = item.value.item.double;
        b[pos] = f64b[0]!;
        b[pos + 1] = f64b[1]!;
        b[pos + 2] = f64b[2]!;
        b[pos + 3] = f64b[3]!;
        b[pos + 4] = f64b[4]!;
        b[pos + 5] = f64b[5]!;
        b[pos + 6] = f64b[6]!;
        b[pos + 7] = f64b[7]!;
        pos += 8;
        b[pos++] = 0; // no valueAttributes
      }
      b[pos++] = 0;
      return copyOut(b, pos);
    },
    decode(frame) {
      const r = { at: 0 };
      const header = readHeader(frame, r);
      const data: FloorItem[] = [];
      for (let n = readVarint(frame, r); n !== 0; n = readVarint(frame, r)) {
        for (let i = 0; i < n; i++) {
          const channelId = readVarint(frame, r);
          r.at += 2; // one index, its long branch
          const index = readVarint(frame, r);
          let at = r.at + 2; // end of indexes, the double branch
          f64b[0] = frame[at]!;
          f64b[1] = frame[at + 1]!;
          f64b[2] = frame[at + 2]!;
          f64b[3] = frame[at + 3]!;
          f64b[4] = frame[at + 4]!;
          f64b[5] = frame[at + 5]!;
          f64b[6] = frame[at + 6]!;
          f64b[7] = frame[at + 7]!;
          at += 9; // the double, no valueAttributes
          r.at = at;
          data.push({ channelId, indexes: [{ item: { long: index } }], value: { item: { double: f64[0]! } }, valueAttributes: [] });
        }
      }
      return { header, body: { data } };
    },
  };
}

/** One Discovery Resource of the floor's shape: no alternate URIs, no custom data. */
export interface FloorResource {
  uri: string;
  alternateUris: never[];
  name: string;
  sourceCount: number | null;
  targetCount: number | null;
  lastChanged: number;
  storeLastWrite: number;
  storeCreated: number;
  activeStatus: 'Active' | 'Inactive';
  customData: Record<string, never>;
}

const { utf8Write, utf8Slice } = Buffer.prototype as unknown as {
  utf8Write: (this: Uint8Array, s: string, offset: number, length: number) => number;
  utf8Slice: (this: Uint8Array, start: number, end: number) => string;
};

/**
 * A hand-written GetResourcesResponse encoder and decoder: resources without alternate URIs or
 * custom data, strings transcoded by what JavaScript has (a loop for ASCII, Node's utf-8 writer
 * and reader otherwise; decoded without checking the utf-8 or anything else).
 */
export function resourcesFloor(codec: AnyCodec): {
  encode(message: EtpMessage<{ resources: FloorResource[] }>): Uint8Array;
  decode(frame: Uint8Array): { header: Header; body: { resources: FloorResource[] } };
} {
  const resource = codec.registry.type('Energistics.Etp.v12.Datatypes.Object.Resource') as unknown as { fields: { name: string; type: { types?: { typeName: string }[] } }[] };
  const intAt = (field: string): number => resource.fields.find((f) => f.name === field)!.type.types!.findIndex((b) => b.typeName === 'int');
  const sourceInt = intAt('sourceCount');
  const targetInt = intAt('targetCount');
  let buf = new Uint8Array(1 << 16);
  const writeString = (b: Uint8Array, pos: number, s: string): number => {
    const n = s.length;
    if (n < 64) {
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) break;
        b[pos + 1 + i] = c;
      }
      if (i === n) {
        b[pos] = n << 1;
        return pos + 1 + n;
      }
    }
    // Room for a 3-byte prefix (a string of this shape is under 2^20 bytes), the text, then the prefix moved up to it.
    const len = utf8Write.call(b, s, pos + 3, b.length - pos - 3);
    const head = writeVarint(b, pos, len) - pos;
    if (head !== 3) b.copyWithin(pos + head, pos + 3, pos + 3 + len);
    return pos + head + len;
  };
  const writeCount = (b: Uint8Array, pos: number, v: number | null, intBranch: number): number => {
    if (v === null) {
      b[pos] = (1 - intBranch) * 2;
      return pos + 1;
    }
    b[pos] = intBranch * 2;
    return writeVarint(b, pos + 1, v);
  };
  const readString = (frame: Uint8Array, r: { at: number }): string => {
    const n = readVarint(frame, r);
    const start = r.at;
    r.at = start + n;
    return utf8Slice.call(frame, start, start + n);
  };
  const readCount = (frame: Uint8Array, r: { at: number }, intBranch: number): number | null => (frame[r.at++]! >> 1 === intBranch ? readVarint(frame, r) : null);
  return {
    encode(message) {
      const list = message.body.resources;
      let size = 64;
      for (const x of list) size += 64 + 3 * (x.uri.length + x.name.length);
      if (buf.length < size) buf = new Uint8Array(size * 2);
      const b = buf;
      const h = message.header;
      let pos = writeHeader(b, h);
      if (list.length > 0) pos = writeVarint(b, pos, list.length);
      for (let k = 0; k < list.length; k++) {
        const x = list[k]!;
        pos = writeString(b, pos, x.uri);
        b[pos++] = 0; // no alternateUris
        pos = writeString(b, pos, x.name);
        pos = writeCount(b, pos, x.sourceCount, sourceInt);
        pos = writeCount(b, pos, x.targetCount, targetInt);
        pos = writeVarint(b, pos, x.lastChanged);
        pos = writeVarint(b, pos, x.storeLastWrite);
        pos = writeVarint(b, pos, x.storeCreated);
        b[pos++] = x.activeStatus === 'Active' ? 0 : 2;
        b[pos++] = 0; // no customData
      }
      b[pos++] = 0;
      return copyOut(b, pos);
    },
    decode(frame) {
      const r = { at: 0 };
      const header = readHeader(frame, r);
      const resources: FloorResource[] = [];
      for (let n = readVarint(frame, r); n !== 0; n = readVarint(frame, r)) {
        for (let i = 0; i < n; i++) {
          const uri = readString(frame, r);
          r.at++; // no alternateUris
          const name = readString(frame, r);
          const sourceCount = readCount(frame, r, sourceInt);
          const targetCount = readCount(frame, r, targetInt);
          const lastChanged = readVarint(frame, r);
          const storeLastWrite = readVarint(frame, r);
          const storeCreated = readVarint(frame, r);
          const activeStatus = frame[r.at++] === 0 ? 'Active' : 'Inactive';
          r.at++; // no customData
          resources.push({ uri, alternateUris: [], name, sourceCount, targetCount, lastChanged, storeLastWrite, storeCreated, activeStatus, customData: {} });
        }
      }
      return { header, body: { resources } };
    },
  };
}

/** Writes the five header fields at 0; returns the position after them. */
function writeHeader(b: Uint8Array, h: Header): number {
  let pos = writeVarint(b, 0, h.protocol);
  pos = writeVarint(b, pos, h.messageType);
  pos = writeVarint(b, pos, h.correlationId);
  pos = writeVarint(b, pos, h.messageId);
  return writeVarint(b, pos, h.messageFlags);
}

/** Reads the five header fields from `r.at`. */
function readHeader(frame: Uint8Array, r: { at: number }): Header {
  return { protocol: readVarint(frame, r), messageType: readVarint(frame, r), correlationId: readVarint(frame, r), messageId: readVarint(frame, r), messageFlags: readVarint(frame, r) };
}

/** The frame's bytes copied out once, from Node's pool as the codec's own copy is (a fresh ArrayBuffer would cost more than the encoding). */
function copyOut(b: Uint8Array, size: number): Uint8Array {
  const out = Buffer.allocUnsafe(size);
  out.set(b.subarray(0, size));
  return out;
}

/** Writes `v` (an integer within ±2^52) as a zigzag varint at `pos`; returns the position after it. */
function writeVarint(b: Uint8Array, pos: number, v: number): number {
  if (v >= -0x40000000 && v < 0x40000000) {
    let z = (v << 1) ^ (v >> 31);
    while (z > 127) {
      b[pos++] = (z & 0x7f) | 0x80;
      z >>>= 7;
    }
    b[pos++] = z;
    return pos;
  }
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  // The low 28 bits as four bytes with integer operations, then what is left (under 2^25).
  const lo = z % 0x10000000;
  b[pos++] = (lo & 0x7f) | 0x80;
  b[pos++] = ((lo >>> 7) & 0x7f) | 0x80;
  b[pos++] = ((lo >>> 14) & 0x7f) | 0x80;
  b[pos++] = ((lo >>> 21) & 0x7f) | 0x80;
  z = (z - lo) / 0x10000000;
  while (z > 127) {
    b[pos++] = (z & 0x7f) | 0x80;
    z >>>= 7;
  }
  b[pos++] = z;
  return pos;
}

/** Reads a zigzag varint at `r.at` (within ±2^52) and moves past it. */
function readVarint(b: Uint8Array, r: { at: number }): number {
  let at = r.at;
  let c = b[at++]!;
  if (c < 0x80) {
    r.at = at;
    return (c >>> 1) ^ -(c & 1);
  }
  let u = c & 0x7f;
  let mul = 128;
  do {
    c = b[at++]!;
    u += (c & 0x7f) * mul;
    mul *= 128;
  } while (c & 0x80);
  r.at = at;
  return u % 2 ? -(u + 1) / 2 : u / 2;
}

/** A warm buffer and `set`: the least that turning `bytes` into a frame of its own can cost (one memcpy). */
export function warmCopy(size: number): (bytes: Uint8Array) => Uint8Array {
  const warm = new Uint8Array(size);
  return (bytes) => {
    warm.set(bytes);
    return warm;
  };
}
