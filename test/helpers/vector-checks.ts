import { expect } from 'vitest';
import type { AnyCodec } from '../../src/index.js';
import { byteExact, type Vector } from './shared.js';

/** Decoding the vector's hex gives its message, in the interchange JSON form. */
export function checkDecode(codec: AnyCodec, v: Vector): void {
  const decoded = codec.decode(Buffer.from(v.hex, 'hex'));
  expect(decoded.name).toBe(v.schema);
  const json = codec.toJSON(decoded);
  expect(json.header).toEqual(v.message.header);
  expect(json.extension).toEqual(v.message.extension);
  expect(json.body).toEqual(v.message.body);
}

/** Encoding the vector's message gives its hex (or, where bytes may differ, decodes back to it). */
export function checkEncode(codec: AnyCodec, v: Vector): void {
  const bytes = codec.encode(codec.fromJSON(v.message));
  if (byteExact(v)) {
    expect(Buffer.from(bytes).toString('hex')).toBe(v.hex);
  } else {
    const json = codec.toJSON(codec.decode(bytes));
    expect(json.header).toEqual(v.message.header);
    expect(json.extension).toEqual(v.message.extension);
    expect(json.body).toEqual(v.message.body);
  }
}
