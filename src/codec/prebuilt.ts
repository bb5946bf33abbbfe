import type { RecordType } from '../schema/avro.js';
import type { LongMode } from '../wire/long.js';
import type { ReadFn } from './compile-reader.js';
import type { WriteFn } from './compile-writer.js';

/** The encoder and decoder written at build time for a built-in message type, if it is one. */
export function prebuiltCode(_t: RecordType, _longs: LongMode): { write: WriteFn; read: ReadFn } | undefined {
  return undefined;
}
