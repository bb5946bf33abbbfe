// Writes the generated encoders and decoders of the built-in catalogs into src/codec/, so that
// codecs of the built-in catalogs need no `new Function` (a Content-Security-Policy may forbid
// it). Run after changing the schemas or the generator: npm run gen:codecs (a test checks).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prebuiltModule } from '../src/codec/codegen.js';
import { builtinRegistry } from '../src/schema/builtin.js';

export function catalogModule(etp: '1.1' | '1.2'): string {
  const registry = builtinRegistry(etp);
  return prebuiltModule(registry.messages().map((m) => m.type), `every message of the built-in ETP ${etp} catalog`);
}

if (process.argv.includes('--write')) {
  for (const etp of ['1.2', '1.1'] as const) {
    const file = join(import.meta.dirname, `../src/codec/prebuilt-etp${etp.replace('.', '')}.ts`);
    writeFileSync(file, catalogModule(etp));
    console.log(file);
  }
}
