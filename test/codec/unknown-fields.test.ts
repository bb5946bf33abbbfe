import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

// From untyped JavaScript, a key a record does not have is an error that names it and the field it
// most likely meant, never dropped (a misspelt defaulted field used to go out with its default:
// `{countObject: true}` as countObjects false). Both code paths: generated code and closures.

const GET = 'Energistics.Etp.v12.Protocol.Discovery.GetResources';
const header = { correlationId: 0, messageId: 2, messageFlags: 2 };
const context = { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' };

describe.each(['auto', 'closures'] as const)('unknown fields (codegen %s)', (codegen) => {
  const codec = createCodec({ codegen });
  const encode = (name: string, body: unknown) => codec.encode(name as never, body as never, header);

  it('a misspelt defaulted field is refused, naming it and the field meant', () => {
    expect(thrown(() => encode(GET, { context, scope: 'self', countObject: true }))).toMatchObject({
      code: 'INVALID_VALUE',
      message: expect.stringMatching(/^body: has no field countObject \(did you mean countObjects\?\): the record's fields are context, scope, countObjects/),
    });
  });

  it('a misspelt required field says it is unknown, not only that the field is missing', () => {
    expect(thrown(() => encode(GET, { contxt: context, scope: 'self' })).message).toMatch(/^body: has no field contxt \(did you mean context\?\)/);
  });

  it('inside nested records and arrays, with the path; a key matching only by case is suggested too', () => {
    const data = [{ channelId: 1, indexes: [], value: { item: null }, valueAttributes: [], ChannelID: 2 }];
    expect(thrown(() => encode('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', { data })).message).toMatch(/^body\.data\[0\]: has no field ChannelID \(did you mean channelId\?\)/);
  });

  it('a key with nothing near is refused without a guess; a field given as undefined is a field left out', () => {
    expect(thrown(() => encode(GET, { context, scope: 'self', xyzzy: 1 })).message).toMatch(/^body: has no field xyzzy: the record's fields/);
    expect(() => encode(GET, { context, scope: 'self', countObjects: undefined })).not.toThrow();
  });
});

describe('the header', () => {
  it('a header without one of its five fields names it', () => {
    const codec = createCodec();
    const e = thrown(() => codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2 }, body: { currentDateTime: 1 } } as never));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', message: 'message.header.messageFlags must be a number, got undefined' });
  });
});

describe('the JSON form (fromJSON, etp-codec encode)', () => {
  const codec = createCodec();
  const header = { protocol: 3, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 };

  it('leaves out what encode lets you leave out: fields with a default and fields that may be null', () => {
    // Resource: alternateUris, sourceCount, customData… have defaults; GetDataspaces.storeLastWriteFilter is [null, long] without one.
    const json = {
      header: { protocol: 3, messageType: 4, correlationId: 1, messageId: 2, messageFlags: 2 },
      body: { resources: [{ uri: 'eml:///', name: 'root', lastChanged: 1, storeLastWrite: 1, storeCreated: 1, activeStatus: 'Active' }] },
    };
    expect(codec.decode(codec.encode(codec.fromJSON(json))).body).toMatchObject({ resources: [{ uri: 'eml:///', sourceCount: null, alternateUris: [] }] });
    const get = codec.fromJSON({ header: { protocol: 24, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 }, body: {} });
    expect(get.body).toEqual({ storeLastWriteFilter: null });
    expect(() => codec.encode(get)).not.toThrow();
  });

  it('refuses a key the record does not have, with its path and the field meant', () => {
    expect(thrown(() => codec.fromJSON({ header, body: { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' }, scope: 'self', countObject: true } }))).toMatchObject({
      code: 'INVALID_JSON',
      message: expect.stringMatching(/^body: has no field countObject \(did you mean countObjects\?\)/),
    });
  });
});
