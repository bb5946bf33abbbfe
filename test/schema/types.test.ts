import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { generateTypes, OUTPUT } from '../../scripts/gen-types.mjs';
import { sampleChannelData } from '../helpers/samples.js';
import { createCodec, type DataValue, isMessage, type RequestSession } from '../../src/index.js';

describe('generated TypeScript types', () => {
  it('are what scripts/gen-types.mjs makes of schemas/ (run it after editing a schema)', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((generateTypes as () => string)());
  });

  it('type decoded bodies, longs as numbers or bigints', () => {
    const codec = createCodec();
    const m = codec.decode(codec.encode(sampleChannelData(2)));
    if (!isMessage(m, 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData')) throw new Error('not ChannelData');
    expectTypeOf(m.body.data[0]!.channelId).toEqualTypeOf<number>();
    expect(m.body.data[1]!.channelId).toBe(1);
    const big = createCodec({ longs: 'bigint' });
    const b = big.decode(big.encode(sampleChannelData(2)));
    if (!isMessage<'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', bigint>(b, 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData')) throw new Error('not ChannelData');
    expectTypeOf(b.body.data[0]!.channelId).toEqualTypeOf<bigint>();
    expect(b.body.data[1]!.channelId).toBe(1n);
    expect(isMessage(m, 'Energistics.Etp.v12.Protocol.Core.Ping')).toBe(false);
  });

  it('accept what the codec accepts', () => {
    const value: DataValue = { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: [1, 2] } } };
    const rs: Pick<RequestSession, 'clientInstanceId' | 'supportedFormats'> = { clientInstanceId: '00010203-0405-0607-0809-0a0b0c0d0e0f' };
    expectTypeOf(rs.supportedFormats).toEqualTypeOf<string[] | undefined>();
    expect(value.item).not.toBeNull();
  });
});
