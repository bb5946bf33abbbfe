import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCodec, type EtpMessage, type Etp12MessageMap, isMessage, type Resource, Utf8Text } from '../../src/index.js';
import { EtpSession } from '../../src/session/index.js';
import { syntheticResources } from '../../src/cli/synthetic.js';

// A codec with strings: 'utf8' decodes every string field as a view of its utf-8 bytes in the frame
// (Utf8Text), transcoded and checked only when read: what it reads is what a plain codec reads, and
// what it encodes again is the frame it came from.

const header = { protocol: 3, messageType: 4, correlationId: 1, messageId: 2, messageFlags: 2 };
const MODES = ['auto', 'closures'] as const;

/** Resources with every kind of string field: plain, arrays of strings, map values, union branches, nullable. */
function resources(names: readonly string[]) {
  return syntheticResources(names.length).map((r, i) => ({
    ...r,
    name: names[i]!,
    alternateUris: [`${r.uri}/alt`, names[i]!],
    customData: { note: { item: { string: names[i]! } }, n: { item: { int: i } } },
  }));
}

/** Every Utf8Text in `v` replaced by its text (what a plain codec would have decoded). */
function asStrings(v: unknown): unknown {
  if (v instanceof Utf8Text) return v.toString();
  if (Array.isArray(v)) return v.map(asStrings);
  if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asStrings(x)]));
  return v;
}

/** Every string in `v` other than map keys: all must be Utf8Text in a lazily decoded message. */
function strings(v: unknown, out: unknown[] = []): unknown[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Utf8Text)) for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe("strings: 'utf8'", () => {
  for (const codegen of MODES) {
    const plain = createCodec({ codegen });
    const lazy = createCodec({ codegen, strings: 'utf8' });

    it(`decodes every string field as Utf8Text whose text is what a plain codec decodes, and encodes it back to the same frame (${codegen})`, () => {
      fc.assert(
        fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 8 }), (names) => {
          const frame = plain.encode({ header, body: { resources: resources(names) } } as EtpMessage);
          const eager = plain.decode(frame);
          const m = lazy.decode(frame);
          const r = (m.body as { resources: Record<string, unknown>[] }).resources[0]!;
          expect(r.uri).toBeInstanceOf(Utf8Text);
          expect((r.alternateUris as unknown[])[1]).toBeInstanceOf(Utf8Text);
          expect(((r.customData as Record<string, { item: { string: unknown } }>).note!.item.string as Utf8Text).toString()).toBe(names[0]);
          // Map keys, enums and Uuids stay strings; no other string is left.
          expect(Object.keys(r.customData as object)).toEqual(['note', 'n']);
          expect(typeof r.activeStatus).toBe('string');
          expect(strings(m.body)).toEqual((m.body as { resources: { activeStatus: string }[] }).resources.map((x) => x.activeStatus));
          expect(asStrings(m.body)).toEqual(eager.body);
          expect(lazy.toJSON(m)).toEqual(plain.toJSON(eager));
          expect(Buffer.compare(lazy.encode(m), frame)).toBe(0);
          expect(Buffer.compare(plain.encode(m), frame)).toBe(0);
        }),
        { numRuns: 60 },
      );
    });

    it(`leaves invalid utf-8 to the first read, which throws INVALID_DATA with its offset; a plain codec refuses the frame (${codegen})`, () => {
      const two = syntheticResources(2).map((r, i) => ({ ...r, name: ['aaaa', 'ok'][i]! }));
      const frame = plain.encode({ header, body: { resources: two } } as EtpMessage);
      const at = Buffer.from(frame).indexOf('aaaa');
      frame[at + 1] = 0xff;
      expect(() => plain.decode(frame)).toThrow(expect.objectContaining({ code: 'INVALID_DATA', message: expect.stringContaining('not valid utf-8') }));
      const m = lazy.decode(frame);
      const [bad, good] = (m.body as { resources: { name: Utf8Text }[] }).resources;
      expect(good!.name.toString()).toBe('ok');
      const error = expect.objectContaining({ code: 'INVALID_DATA', message: `text of 4 bytes at offset ${at} of its frame is not valid utf-8` });
      expect(() => bad!.name.toString()).toThrow(error);
      expect(() => bad!.name.bytes).toThrow(error);
      expect(() => JSON.stringify(bad!.name)).toThrow(error);
      expect(() => lazy.encode(m)).toThrow(expect.objectContaining({ code: 'INVALID_DATA' }));
      expect(bad!.name.byteLength).toBe(4);
      // console.log shows the text, not the frame it views, and does not throw on bad bytes.
      expect([inspect(good!.name), inspect(bad!.name)]).toEqual(['Utf8Text "ok"', 'Utf8Text <4 bytes, not utf-8>']);
    });
  }

  it('gives text as views of the frame, made once: bytes without a copy, the same string every read', () => {
    const lazy = createCodec({ strings: 'utf8' });
    const frame = lazy.encode({ header, body: { resources: resources(['Ørsted 井']) } } as EtpMessage);
    const name = (lazy.decode(frame).body as { resources: { name: Utf8Text }[] }).resources[0]!.name;
    expect(name.bytes.buffer).toBe(frame.buffer);
    expect(Buffer.from(name.bytes).toString('utf8')).toBe('Ørsted 井');
    expect(name.bytes).toBe(name.bytes);
    expect(`${name}`).toBe('Ørsted 井');
    expect(name.byteLength).toBe(Buffer.byteLength('Ørsted 井'));
    // Text that holds U+FFFD itself is valid.
    const f2 = lazy.encode({ header, body: { resources: resources(['a\ufffdb']) } } as EtpMessage);
    expect(String((lazy.decode(f2).body as { resources: { name: Utf8Text }[] }).resources[0]!.name)).toBe('a\ufffdb');
  });

  it('is typed with Etp12MessageMap<number, "array", Utf8Text>, and fromJSON gives Utf8Text too', () => {
    const lazy = createCodec<Etp12MessageMap<number, 'array', Utf8Text>>({ strings: 'utf8' });
    const name = 'Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse';
    const m = lazy.decode(lazy.encode(name, { resources: resources(['x']) }, { correlationId: 1, messageId: 2, messageFlags: 2 }));
    if (!isMessage<typeof name, number, 'array', Utf8Text>(m, name)) throw new Error('not GetResourcesResponse');
    expectTypeOf(m.body.resources[0]!.uri).toEqualTypeOf<Utf8Text>();
    expectTypeOf(m.body.resources[0]!.activeStatus).toEqualTypeOf<'Active' | 'Inactive'>();
    expectTypeOf<Resource['uri']>().toEqualTypeOf<string>();
    expectTypeOf<Resource<number, 'array', Utf8Text>['uri']>().toEqualTypeOf<Utf8Text>();
    expect(m.body.resources[0]!.name.toString()).toBe('x');
    const back = lazy.fromJSON(JSON.parse(JSON.stringify(lazy.toJSON(m))));
    expect((back.body as { resources: { name: unknown }[] }).resources[0]!.name).toBeInstanceOf(Utf8Text);
    expect(() => lazy.fromJSON({ ...lazy.toJSON(m), body: { resources: [{ ...resources(['x'])[0], name: '\ud800' }] } } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_JSON', message: expect.stringContaining('well-formed text') }),
    );
  });

  it('is refused by sessions (they read their messages’ strings), and an unknown mode is refused', () => {
    expect(() => createCodec({ strings: 'lazy' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining("strings must be 'string' or 'utf8'") }));
    const session = (codec: ReturnType<typeof createCodec>) => new EtpSession({ role: 'client', codec } as never);
    expect(() => session(createCodec({ strings: 'utf8' }))).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining("strings: 'utf8'") }));
    expect(() => session(createCodec({ reuseFrames: true }))).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('reuseFrames') }));
    expect(() => session(createCodec({ strings: 'string' }))).not.toThrow();
  });
});
