import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { typesSource } from '../../src/cli/types.js';
import {
  createCodec,
  type DataValue,
  type Etp11,
  type Etp12MessageMap,
  type GetResourcesResponse,
  isMessage,
  type Pong,
  type RequestSession,
  type RequestSessionInput,
  type Resource,
  type Utf8Text,
} from '../../src/index.js';
import { EtpSession, type HandlerContext } from '../../src/session/index.js';
import type { GetRigStatusResponse, RigActivity, RigStatusMessageMap } from '../../docs/examples/rig-status.js';
import { sampleChannelData } from '../helpers/samples.js';
import { ROOT } from '../helpers/shared.js';

// What these tests prove is mostly proven by `tsc` (npm test runs it over test/): every
// `@ts-expect-error` below must be an error, or the type check fails; every expectTypeOf must hold.

describe('generated TypeScript types', () => {
  it.each([
    ['1.2', 'src/schema/gen/etp12-types.gen.ts'],
    ['1.1', 'src/schema/gen/etp11-types.gen.ts'],
  ] as const)('ETP %s: the committed file is what `etp-codec types --builtin` makes of schemas/', (etp, file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(typesSource({ files: [], builtin: etp, importFrom: '../../wire/utf8-text.js' }));
  });

  it("encode by name takes the named message's protocol and type; an unknown name is UNKNOWN_MESSAGE_TYPE", () => {
    const codec = createCodec();
    const byName = codec.encode('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 5 }, { correlationId: 0, messageId: 2, messageFlags: 2 });
    expect(Buffer.from(byName).equals(codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { currentDateTime: 5 } }))).toBe(true);
    expect(() => codec.encode('Energistics.Etp.v12.Protocol.Core.Pingg' as never, {} as never, { correlationId: 0, messageId: 2, messageFlags: 2 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MESSAGE_TYPE', message: 'no message named Energistics.Etp.v12.Protocol.Core.Pingg' }),
    );
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

  it('decoded fields are optional only where the schema says null; inputs may leave out defaults and nulls', () => {
    // Decoded: every field is there (supportedFormats has a default, so the decoder fills it).
    expectTypeOf<RequestSession['supportedFormats']>().toEqualTypeOf<string[]>();
    expectTypeOf<Resource['sourceCount']>().toEqualTypeOf<number | null>();
    expectTypeOf<GetResourcesResponse['resources']>().toEqualTypeOf<Resource[]>();
    // Input: defaulted fields may be left out; longs may be bigints; strings may be utf-8 bytes made Utf8Text.
    expectTypeOf<RequestSessionInput['supportedFormats']>().toEqualTypeOf<(string | Utf8Text)[] | undefined>();
    expectTypeOf<RequestSessionInput['applicationName']>().toEqualTypeOf<string | Utf8Text>();
    // @ts-expect-error bytes that were not made Utf8Text (checked) are not text
    const notText: RequestSessionInput['applicationName'] = new Uint8Array(2);
    void notText;
    expectTypeOf<RequestSessionInput['currentDateTime']>().toEqualTypeOf<number | bigint>();
    const value: DataValue = { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values: [1, 2] } } };
    expect(value.item).not.toBeNull();
  });

  it('the message map says where each message goes, who sends it and what answers it', () => {
    type GetResources = Etp12MessageMap['Energistics.Etp.v12.Protocol.Discovery.GetResources'];
    expectTypeOf<GetResources['protocol']>().toEqualTypeOf<3>();
    expectTypeOf<GetResources['messageType']>().toEqualTypeOf<1>();
    expectTypeOf<GetResources['senderRole']>().toEqualTypeOf<'customer'>();
    expectTypeOf<GetResources['answers']>().toEqualTypeOf<'Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse'>();
    type GetFrame = Etp12MessageMap['Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame'];
    expectTypeOf<GetFrame['answers']>().toEqualTypeOf<'Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseHeader' | 'Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows'>();
    expectTypeOf<Etp12MessageMap['Energistics.Etp.v12.Protocol.Core.Ping']['answers']>().toEqualTypeOf<'Energistics.Etp.v12.Protocol.Core.Pong'>();
    expectTypeOf<Etp11.Etp11MessageMap['Energistics.Protocol.ChannelStreaming.ChannelDescribe']['answers']>().toEqualTypeOf<'Energistics.Protocol.ChannelStreaming.ChannelMetadata'>();
  });
});

/**
 * Calls that must compile and calls that must not. Never run: the session has no transport. The
 * type check (tsc over test/) is the test; the `it` below only makes sure the function exists.
 */
function typedCalls(session: EtpSession): void {
  // ---- session.send / request by name ----
  session.send('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 });
  // @ts-expect-error a misspelt field
  session.send('Energistics.Etp.v12.Protocol.Core.Ping', { currentDatetime: 1 });
  // @ts-expect-error a missing required field
  session.send('Energistics.Etp.v12.Protocol.Discovery.GetResources', { scope: 'self' });
  // @ts-expect-error no such message
  session.send('Energistics.Etp.v12.Protocol.Core.Pingg', { currentDateTime: 1 });
  const response = session.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', {
    context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' },
    scope: 'self',
  });
  expectTypeOf(response).resolves.toHaveProperty('body').toEqualTypeOf<GetResourcesResponse>();
  expectTypeOf(session.request('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 }))
    .resolves.toHaveProperty('body')
    .toEqualTypeOf<Pong>();
  // @ts-expect-error an enum value the schema does not have
  session.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Sideways' }, scope: 'self' });

  // ---- by (protocol, messageType) literals ----
  session.send(0, 8, { currentDateTime: 1 });
  // @ts-expect-error Ping's body at (0, 8)
  session.send(0, 8, { reason: 'x' });
  // Numbers only known at run time: the body is not checked.
  const protocol: number = 0;
  session.send(protocol, 8, { anything: true });

  // ---- handlers and replies ----
  session.on('Energistics.Etp.v12.Protocol.Discovery.GetResources', (ctx) => {
    expectTypeOf(ctx.body.context.uri).toEqualTypeOf<string>();
    ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [] });
    ctx.reply(4, { resources: [] });
    // @ts-expect-error the issue's example: a misspelt response field, by message type
    ctx.reply(4, { resourcez: [] });
    // @ts-expect-error a message that does not answer GetResources
    ctx.reply('Energistics.Etp.v12.Protocol.Core.Pong', { currentDateTime: 1 });
    // @ts-expect-error a resource without its required fields
    ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', { resources: [{ uri: 'eml:///' }] });
  });
  session.on('Energistics.Etp.v12.Protocol.Store.GetDataObjects', (ctx) => {
    // Per-item errors beside the successes, keyed like the request.
    ctx.reply('Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse', { dataObjects: {} }, { errors: { a: { message: 'no object', code: 11 } } });
    // @ts-expect-error an error without its code
    ctx.reply('Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse', { dataObjects: {} }, { errors: { a: { message: 'no object' } } });
    // @ts-expect-error a success of the wrong shape
    ctx.reply('Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse', { dataObjects: { a: { uri: 'eml:///' } } }, { errors: {} });
  });
  session.on(1, 2, (ctx) => {
    expectTypeOf(ctx.body.data[0]!.channelId).toEqualTypeOf<number>();
  });
  const handler = (ctx: HandlerContext<GetResourcesResponse>) => ctx.body.resources.length;
  expectTypeOf(handler).returns.toEqualTypeOf<number>();

  // ---- codec.encode ----
  const codec = createCodec();
  codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { currentDateTime: 1 } });
  // @ts-expect-error Ping's body is not CloseSession's
  codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { reason: '' } });
  codec.encode('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 }, { correlationId: 0, messageId: 2, messageFlags: 2 });
  // @ts-expect-error by name too
  codec.encode('Energistics.Etp.v12.Protocol.Core.Ping', { reason: '' }, { correlationId: 0, messageId: 2, messageFlags: 2 });

  // ---- ETP 1.1 ----
  const c11 = createCodec({ etp: '1.1' });
  const s11 = new EtpSession({ role: 'client', codec: c11, send: () => {} });
  s11.send('Energistics.Protocol.ChannelStreaming.Start', { maxMessageRate: 1000, maxDataItems: 10_000 });
  // @ts-expect-error an ETP 1.2 message on an ETP 1.1 session
  s11.send('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 });
  expectTypeOf(s11.request('Energistics.Protocol.Discovery.GetResources', { uri: 'eml://' }))
    .resolves.toHaveProperty('body')
    .toEqualTypeOf<Etp11.GetResourcesResponse>();

  // ---- a user's own protocol, through the map `etp-codec types` generated ----
  const rigCodec = createCodec<RigStatusMessageMap>({ extend: ['docs/examples/rig-status.avpr.json'] });
  const rigs = new EtpSession({ role: 'client', codec: rigCodec, send: () => {} });
  expectTypeOf(rigs.request('Example.RigStatus.GetRigStatus', { rigIds: [] }))
    .resolves.toHaveProperty('body')
    .toEqualTypeOf<GetRigStatusResponse>();
  // The built-in catalog is still there, typed.
  rigs.send('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 });
  // @ts-expect-error rigIds holds Uuid strings
  rigs.request('Example.RigStatus.GetRigStatus', { rigIds: [1] });
  rigs.on('Example.RigStatus.GetRigStatus', (ctx) => {
    expectTypeOf(ctx.body.rigIds).toEqualTypeOf<string[]>();
    // @ts-expect-error RigStatusChanged does not answer GetRigStatus
    ctx.reply('Example.RigStatus.RigStatusChanged', { status: { rigId: '', name: '', activity: 'Idle', time: 0 } });
    // @ts-expect-error 'Sleeping' is not a RigActivity
    ctx.reply('Example.RigStatus.GetRigStatusResponse', { rigs: { a: { rigId: '', name: '', activity: 'Sleeping', time: 0 } } });
    ctx.reply(2, { rigs: {} });
  });
  rigs.on(2001, 3, (ctx) => {
    expectTypeOf(ctx.body.status.activity).toEqualTypeOf<RigActivity>();
  });
}

describe('typed calls', () => {
  it('are checked by tsc (see typedCalls)', () => {
    expect(typedCalls).toBeTypeOf('function');
  });
});
