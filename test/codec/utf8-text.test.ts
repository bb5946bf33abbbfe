import { describe, expect, it } from 'vitest';
import { createCodec, type EtpMessage, Utf8Text } from '../../src/index.js';
import { syntheticResources } from '../../src/cli/synthetic.js';
import { textOf } from '../../src/wire/index.js';

// Text that arrives as utf-8 bytes (a store keeping its URIs as bytes) is sent as it is: the same
// frame as the string would make, checked once when made, in generated code and in closures.

const header = { protocol: 3, messageType: 4, correlationId: 1, messageId: 2, messageFlags: 2 };
const asText = (s: string) => Utf8Text.of(Buffer.from(s, 'utf8'));

describe('Utf8Text in string fields', () => {
  for (const codegen of ['auto', 'closures'] as const) {
    const codec = createCodec({ codegen });
    it(`writes the same frame as the strings would (${codegen}): fields, arrays of strings, map values, union branches`, () => {
      const plain = syntheticResources(20).map((r, i) => ({ ...r, name: `${r.name} — Ørsted 井 ${i}`, alternateUris: [`${r.uri}/alt`], customData: { note: { item: { string: `é${i}` } } } }));
      const texts = plain.map((r, i) => ({
        ...r,
        uri: asText(r.uri),
        name: Utf8Text.from(r.name),
        alternateUris: [asText(r.alternateUris[0]!)],
        customData: { note: { item: { string: asText(`é${i}`) } } },
      }));
      const a = codec.encode({ header, body: { resources: plain } } as EtpMessage);
      const b = codec.encode({ header, body: { resources: texts } } as EtpMessage);
      expect(Buffer.compare(a, b)).toBe(0);
      // Decoded, they are plain strings again; the JSON form shows the text.
      expect((codec.decode(b).body as { resources: { name: string }[] }).resources[3]!.name).toBe(plain[3]!.name);
      expect(JSON.stringify(codec.toJSON({ header, body: { resources: texts.slice(0, 1) } } as EtpMessage))).toBe(
        JSON.stringify(codec.toJSON({ header, body: { resources: plain.slice(0, 1) } } as EtpMessage)),
      );
    });

    it(`a value that is neither a string nor Utf8Text is still refused with its path (${codegen})`, () => {
      const r = syntheticResources(2);
      expect(() => codec.encode({ header, body: { resources: [r[0], { ...r[1], name: new Uint8Array([0x61]) }] } } as EtpMessage)).toThrow(
        expect.objectContaining({ code: 'INVALID_VALUE', message: expect.stringContaining('body.resources[1].name') }),
      );
    });
  }

  it('is checked once, when made: invalid utf-8, a lone surrogate and a non-Uint8Array are refused', () => {
    expect(() => Utf8Text.of(new Uint8Array([0x61, 0xff]))).toThrow(expect.objectContaining({ code: 'INVALID_VALUE', message: 'the bytes are not valid utf-8' }));
    expect(() => Utf8Text.of('text' as never)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(() => Utf8Text.from('\ud800')).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    const t = Utf8Text.of(Buffer.from('Ørsted', 'utf8'));
    expect([t.toString(), JSON.stringify({ t }), String(t)]).toEqual(['Ørsted', '{"t":"Ørsted"}', 'Ørsted']);
    expect([...Utf8Text.from('Ø').bytes]).toEqual([0xc3, 0x98]);
    // From untyped JavaScript the constructor would skip the check: it refuses anything but of() and from().
    const Ctor = Utf8Text as unknown as new (bytes: Uint8Array) => Utf8Text;
    expect(() => new Ctor(new Uint8Array([0xff]))).toThrow(expect.objectContaining({ code: 'INVALID_VALUE', message: expect.stringContaining('Utf8Text.of') }));
    expect([textOf('a'), textOf(Utf8Text.from('b')), textOf(5)]).toEqual(['a', 'b', undefined]);
  });
});
