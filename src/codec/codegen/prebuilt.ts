import type { RecordType } from '../../schema/avro.js';
import { builtinRegistry } from '../../schema/builtin.js';
import type { LongMode } from '../../wire/long.js';
import type { ReadFn } from '../closures/reader.js';
import type { WriteFn } from '../closures/writer.js';
import { type CodeTable, type PrebuiltCode, RUNTIME } from './runtime.js';
import etp11 from './gen/prebuilt-etp11.gen.js';
import etp12 from './gen/prebuilt-etp12.gen.js';

// The built-in catalogs' encoders and decoders, generated ahead of time (npm run generate, into ./gen/):
// they run where eval is forbidden, and cost nothing to compile.

const MODULES: Record<'1.1' | '1.2', PrebuiltCode> = { '1.1': etp11, '1.2': etp12 };
const tables: Partial<Record<'1.1' | '1.2', CodeTable>> = {};

/**
 * The encoder and decoder written at build time for a message type of a built-in catalog (the
 * very type object of the shared built-in registry), for longs as numbers; undefined otherwise.
 */
export function prebuiltCode(t: RecordType, longs: LongMode): { write: WriteFn; read: ReadFn } | undefined {
  if (longs !== 'number') return undefined;
  const etp = t.name.startsWith('Energistics.Etp.v12.') ? '1.2' : t.name.startsWith('Energistics.') ? '1.1' : undefined;
  if (!etp || builtinRegistry(etp).types[t.name] !== t) return undefined;
  const table = (tables[etp] ??= MODULES[etp](RUNTIME));
  const write = table.write[t.name];
  const read = table.read[t.name];
  return write && read ? { write, read } : undefined;
}
