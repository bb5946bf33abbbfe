import { readFileSync } from 'node:fs';
import type avsc from 'avsc';
import { expect, it } from 'vitest';
import { ETP12_BUILTIN_BUNDLES, SchemaRegistry } from '../../src/schema/index.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

const ours = new SchemaRegistry();
for (const b of ETP12_BUILTIN_BUNDLES) ours.add(b);
const ourNames = Object.keys(ours.types).filter((n) => n.includes('.'));

/** Everything of a type that reaches the wire: its canonical form plus every field default. */
function wireShape(t: avsc.Type): unknown {
  const defaults: unknown[] = [];
  const walk = (x: avsc.Type): void => {
    const fields = (x as unknown as { fields?: avsc.types.Field[] }).fields;
    for (const f of fields ?? []) defaults.push([x.name, f.name, JSON.stringify(f.defaultValue())]);
  };
  walk(t);
  return { canonical: JSON.stringify(t.schema()), defaults };
}

describeShared('built-in schemas are wire-identical to the official etp12.avpr', () => {
  const official = new SchemaRegistry().add(sharedPath('reference/etp12.avpr'));
  const raw = JSON.parse(readFileSync(sharedPath('reference/etp12.avpr'), 'utf8')) as { types: Record<string, unknown>[] };
  const rawByName = new Map(raw.types.map((t) => [`${t.namespace}.${t.name}`, t]));

  it('covers the header, the extension, protocols 0, 1 and 3 and the named datatypes', () => {
    expect(ourNames).toContain('Energistics.Etp.v12.Datatypes.MessageHeader');
    expect(ourNames).toContain('Energistics.Etp.v12.Datatypes.MessageHeaderExtension');
    expect(ourNames).toContain('Energistics.Etp.v12.Datatypes.Contact');
    const protocols = new Set(ours.messages().map((m) => m.protocol));
    expect([...protocols].sort()).toEqual([0, 1, 3]);
    const officialCount = official.messages().filter((m) => [0, 1, 3].includes(m.protocol)).length;
    expect(ours.messages().length).toBe(officialCount);
  });

  it('notices a swapped union branch and a changed default', () => {
    const mutate = (edit: (types: Record<string, unknown>[]) => void): SchemaRegistry => {
      const bundles = structuredClone(ETP12_BUILTIN_BUNDLES) as unknown as { types: Record<string, unknown>[] }[];
      edit(bundles[0]!.types);
      const r = new SchemaRegistry();
      for (const b of bundles) r.add(b as never);
      return r;
    };
    const field = (types: Record<string, unknown>[], type: string, name: string) =>
      (types.find((t) => t.name === type)!.fields as Record<string, unknown>[]).find((f) => f.name === name)!;
    const swapped = mutate((types) => {
      const f = field(types, 'IndexValue', 'item');
      f.type = [...(f.type as unknown[])].reverse();
    });
    const name = 'Energistics.Etp.v12.Datatypes.IndexValue';
    expect(wireShape(swapped.types[name]!)).not.toEqual(wireShape(official.types[name]!));
    const defaulted = mutate((types) => {
      field(types, 'Version', 'major').default = 1;
    });
    const version = 'Energistics.Etp.v12.Datatypes.Version';
    expect(wireShape(defaulted.types[version]!)).not.toEqual(wireShape(official.types[version]!));
  });

  it.each(ourNames)('%s has the official canonical form and defaults', (name) => {
    expect(wireShape(ours.types[name]!)).toEqual(wireShape(official.types[name]!));
  });

  it.each(ours.messages().map((m) => [m.name, m] as const))('%s carries the official message attributes', (name, m) => {
    const o = rawByName.get(name)!;
    expect({ protocol: String(m.protocol), messageType: String(m.messageType), senderRole: m.senderRole, multipartFlag: m.multipart }).toEqual({
      protocol: o.protocol,
      messageType: o.messageType,
      senderRole: o.senderRole,
      multipartFlag: o.multipartFlag,
    });
  });
});
