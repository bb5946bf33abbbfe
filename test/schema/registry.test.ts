import { describe, expect, it } from 'vitest';
import { createCodec, EtpError } from '../../src/index.js';
import { builtinRegistry, ETP12_BUILTIN_BUNDLES, SchemaRegistry } from '../../src/schema/index.js';

const builtin = () => {
  const r = new SchemaRegistry();
  for (const b of ETP12_BUILTIN_BUNDLES) r.add(b);
  return r;
};

/** A user's protocol file adding protocol 2000 on top of the built-in ETP 1.2 types. */
const custom = {
  namespace: 'Example.Sparkle',
  protocol: 'Sparkle',
  types: [
    {
      type: 'record',
      name: 'StreamRequest',
      namespace: 'Example.Sparkle',
      protocol: '2000',
      messageType: '1',
      senderRole: 'client',
      multipartFlag: false,
      fields: [
        { name: 'sources', type: { type: 'array', items: 'string' } },
        { name: 'credit', type: 'long', default: 0 },
        { name: 'parameters', type: { type: 'map', values: 'Energistics.Etp.v12.Datatypes.DataValue' }, default: {} },
      ],
    },
  ],
};

describe('SchemaRegistry', () => {
  it('dispatches by (protocol, messageType)', () => {
    const r = builtin();
    expect(r.lookup(0, 1).name).toBe('Energistics.Etp.v12.Protocol.Core.RequestSession');
    expect(r.lookup(1, 2).name).toBe('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData');
    expect(r.lookup(3, 4).multipart).toBe(true);
  });

  it('finds ProtocolException and Acknowledge under any protocol number', () => {
    const r = builtin();
    for (const p of [0, 1, 3, 4, 24, 2100, 99999]) {
      expect(r.lookup(p, 1000).name).toBe('Energistics.Etp.v12.Protocol.Core.ProtocolException');
      expect(r.lookup(p, 1001).name).toBe('Energistics.Etp.v12.Protocol.Core.Acknowledge');
    }
  });

  it('reports an unknown protocol and an unknown message type with their ETP codes', () => {
    const r = builtin();
    expect(() => r.lookup(100, 1)).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROTOCOL', etpCode: 4 }));
    expect(() => r.lookup(1, 99)).toThrow(expect.objectContaining({ code: 'UNKNOWN_MESSAGE_TYPE', etpCode: 3 }));
    expect(() => r.lookup(1, 99)).toThrow('message type 99 is not registered in protocol 1');
  });

  it('adds a custom protocol on top of the built-in types, and the codec uses it', () => {
    const codec = createCodec({ extend: [custom] });
    const bytes = codec.encode({
      header: { protocol: 2000, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 },
      body: { sources: ['well/1/depth'], parameters: { rate: { item: { double: 0.5 } } } },
    });
    const m = codec.decode(bytes);
    expect(m.name).toBe('Example.Sparkle.StreamRequest');
    expect(m.body).toEqual({ sources: ['well/1/depth'], credit: 0, parameters: { rate: { item: { double: 0.5 } } } });
    // The built-in protocols are still there.
    expect(codec.lookup({ protocol: 0, messageType: 1 }).name).toMatch(/RequestSession$/);
  });

  it('refuses two messages claiming the same protocol and type', () => {
    const clash = { types: [{ ...custom.types[0]!, name: 'Other' }] };
    expect(() => createCodec({ extend: [custom, clash] })).toThrow(/both claim protocol 2000 type 1/);
  });

  it('reports schemas that cannot load as INVALID_SCHEMA', () => {
    expect(() => new SchemaRegistry().add({ types: [{ type: 'record', name: 'X', fields: [{ name: 'a', type: 'Nope' }] }] })).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
    expect(() => new SchemaRegistry().add('/no/such/file.avpr')).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
    expect(() => new SchemaRegistry().add({ nope: 1 } as never)).toThrow(EtpError);
  });

  it('adds a bundle whole or not at all: a bad type or a clash leaves the registry as it was', () => {
    const r = new SchemaRegistry();
    const good = { type: 'record', namespace: 'X', name: 'A', protocol: '9', messageType: '1', fields: [{ name: 'a', type: 'int' }] };
    expect(() => r.add({ types: [good, { type: 'record', namespace: 'X', name: 'B', fields: [{ name: 'b', type: 'Nope' }] }] })).toThrow(/undefined type name: Nope/);
    expect(Object.keys(r.types)).toEqual([]);
    expect(r.messages()).toEqual([]);
    const clash = { ...good, name: 'C' };
    expect(() => r.add({ types: [good, clash] })).toThrow(/both claim protocol 9 type 1/);
    expect(Object.keys(r.types)).toEqual([]);
    r.add({ types: [good] });
    expect(r.message('X.A')?.protocol).toBe(9);
  });

  it('tells the ETP version from the registered header', () => {
    expect(builtin().etpVersion()).toBe('1.2');
    const v11 = new SchemaRegistry().add({
      types: [{ type: 'record', namespace: 'Energistics.Datatypes', name: 'MessageHeader', fields: [{ name: 'protocol', type: 'int' }] }],
    });
    expect(v11.etpVersion()).toBe('1.1');
  });

  it('shares the parsed catalog: codecs of one version use one sealed registry, and extend layers on it without parsing it again', () => {
    const a = createCodec();
    const b = createCodec({ maxItems: 10 });
    expect(a.registry).toBe(b.registry);
    expect(a.registry).toBe(builtinRegistry('1.2'));
    expect(createCodec({ etp: '1.1' }).registry).toBe(builtinRegistry('1.1'));
    expect(() => a.registry.add(custom)).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
    const extended = createCodec({ extend: [custom] });
    expect(extended.registry).not.toBe(a.registry);
    // The base types are the very same objects; the custom protocol is the layer's alone.
    const dv = 'Energistics.Etp.v12.Datatypes.DataValue';
    expect(extended.registry.types[dv]).toBe(a.registry.types[dv]);
    expect(extended.registry.messages().length).toBe(a.registry.messages().length + 1);
    expect(() => a.lookup({ protocol: 2000, messageType: 1 })).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROTOCOL' }));
  });
});
