import type { RecordType } from '../../schema/avro.js';
import { FLOAT_SCRATCH } from '../../wire/floats.js';
import type { LongMode } from '../../wire/long.js';
import { enumRead, mapRead, type ReadFn } from '../closures/reader.js';
import { invalid, mapWrite, onlyKey, unknownField, type WriteFn, writeLong, writeText } from '../closures/writer.js';
import { generateSource, RUNTIME_NAMES } from './source.js';

// Where a codec's generated encoders and decoders come from: written at build time for the
// built-in catalog (no eval), or generated at load time with `new Function` for other bundles.

/** Encoders and decoders of record types, by full name. */
export interface CodeTable {
  write: Record<string, WriteFn>;
  read: Record<string, ReadFn>;
}

/** What generated code finds in scope, in the order of RUNTIME_NAMES. */
export const RUNTIME: Record<(typeof RUNTIME_NAMES)[number], unknown> = {
  invalid,
  writeLong,
  onlyKey,
  unknownField,
  ...FLOAT_SCRATCH,
  mapRead,
  mapWrite,
  enumRead,
  writeText,
};

/** A module written at build time: the catalog's code, given the runtime. */
export type PrebuiltCode = (runtime: typeof RUNTIME) => CodeTable;

// Code generated at load time, per message type and long mode, shared by every codec.
const loaded = new WeakMap<RecordType, Partial<Record<LongMode, CodeTable>>>();

/** The encoder and decoder of a message type generated with `new Function` (the caller checked that eval is allowed). */
export function loadTimeCode(t: RecordType, longs: LongMode): { write: WriteFn; read: ReadFn } {
  let byMode = loaded.get(t);
  if (!byMode) loaded.set(t, (byMode = {}));
  let table = byMode[longs];
  if (!table) {
    const { body } = generateSource([t], longs);
    table = new Function(...RUNTIME_NAMES, body)(...RUNTIME_NAMES.map((n) => RUNTIME[n])) as CodeTable;
    byMode[longs] = table;
  }
  return { write: table.write[t.name]!, read: table.read[t.name]! };
}
