import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prebuiltCode } from '../../src/codec/prebuilt.js';
import { createCodec, SchemaRegistry } from '../../src/index.js';
import { BUILTIN_BUNDLES, builtinRegistry } from '../../src/schema/builtin.js';
import { catalogModule } from '../../scripts/generate-codecs.js';
import { ROOT } from '../helpers/shared.js';
import { sampleChannelData } from '../helpers/samples.js';

describe('the encoders and decoders generated at build time', () => {
  it.each(['1.2', '1.1'] as const)('for ETP %s are what the generator writes today (npm run gen:codecs)', (etp) => {
    const file = join(ROOT, `src/codec/prebuilt-etp${etp.replace('.', '')}.ts`);
    expect(readFileSync(file, 'utf8')).toBe(catalogModule(etp));
  });

  it.each(['1.2', '1.1'] as const)('cover every message of the built-in ETP %s catalog, for longs as numbers only', (etp) => {
    for (const m of builtinRegistry(etp).messages()) {
      expect(prebuiltCode(m.type, 'number'), m.name).toBeDefined();
      expect(prebuiltCode(m.type, 'bigint')).toBeUndefined();
    }
  });

  it('are used only for the very types of the shared built-in registry, not for a copy of the same schemas', () => {
    const copy = new SchemaRegistry();
    for (const b of BUILTIN_BUNDLES['1.2']) copy.add(b);
    const m = copy.message('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData')!;
    expect(prebuiltCode(m.type, 'number')).toBeUndefined();
    // A codec of that copy generates its own code, and writes the same bytes.
    const sample = sampleChannelData(10);
    const own = createCodec({ schemas: BUILTIN_BUNDLES['1.2'] as never });
    expect(own.encode(sample as never)).toEqual(createCodec().encode(sample as never));
    const cd = 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData';
    expect([createCodec().codeOf(cd), own.codeOf(cd), createCodec({ longs: 'bigint' }).codeOf(cd), createCodec({ codegen: 'closures' }).codeOf(cd)]).toEqual(['prebuilt', 'generated', 'generated', 'closures']);
    expect(() => own.codeOf('No.Such')).toThrow(expect.objectContaining({ code: 'UNKNOWN_MESSAGE_TYPE' }));
  });
});
