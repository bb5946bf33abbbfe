import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prebuiltCode } from '../../src/codec/codegen/prebuilt.js';
import { createCodec, SchemaRegistry } from '../../src/index.js';
import { BUILTIN_BUNDLES, builtinRegistry } from '../../src/schema/builtin.js';
import { catalogModule } from '../../scripts/generate.js';
import { arbitraryOf } from '../helpers/arbitrary.js';
import { ROOT } from '../helpers/shared.js';
import { sampleChannelData } from '../helpers/samples.js';

describe('the encoders and decoders generated at build time', () => {
  // Generated encoders fill defaults from constants written into the code: every default of
  // both catalogs, at any depth, must give the bytes the closures give (bytes defaults included).
  it.each(['1.2', '1.1'] as const)('fill every field default of ETP %s as the closures do', (etp) => {
    const generated = createCodec({ etp });
    const closures = createCodec({ etp, codegen: 'closures' });
    for (const m of builtinRegistry(etp).messages()) {
      expect(generated.codeOf(m.name)).toBe('prebuilt');
      const header = { protocol: m.protocol, messageType: m.messageType, correlationId: 0, messageId: 2, messageFlags: 2 };
      fc.assert(
        fc.property(arbitraryOf(m.type, 'number', 3, true), (body) => {
          expect(generated.encode({ header, body } as never)).toEqual(closures.encode({ header, body } as never));
        }),
        { numRuns: 30 },
      );
    }
  });

  it('fill a bytes default with bytes (DataObject.data, left out when the object comes in chunks)', () => {
    const body = {
      dataObjects: {
        '1': {
          resource: { uri: 'eml:///', alternateUris: [], name: 'n', sourceCount: null, targetCount: null, lastChanged: 0, storeLastWrite: 0, storeCreated: 0, activeStatus: 'Active', customData: {} },
          format: 'xml',
          blobId: '00000000-0000-4000-8000-000000000001',
        },
      },
    };
    const frame = createCodec().encode('Energistics.Etp.v12.Protocol.Store.PutDataObjects', body as never, { correlationId: 0, messageId: 2, messageFlags: 2 });
    const back = createCodec().decode(frame).body as { dataObjects: Record<string, { data: Uint8Array }> };
    expect(back.dataObjects['1']!.data.length).toBe(0);
  });

  it.each(['1.2', '1.1'] as const)('for ETP %s are what the generator writes today (npm run generate)', (etp) => {
    const file = join(ROOT, `src/codec/codegen/gen/prebuilt-etp${etp.replace('.', '')}.gen.ts`);
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
    expect([createCodec().codeOf(cd), own.codeOf(cd), createCodec({ longs: 'bigint' }).codeOf(cd), createCodec({ codegen: 'closures' }).codeOf(cd)]).toEqual([
      'prebuilt',
      'generated',
      'generated',
      'closures',
    ]);
    expect(() => own.codeOf('No.Such')).toThrow(expect.objectContaining({ code: 'UNKNOWN_MESSAGE_TYPE' }));
  });
});
