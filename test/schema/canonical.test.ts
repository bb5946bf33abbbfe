import { readFileSync } from 'node:fs';
import type avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { BUILTIN_BUNDLES, ETP12_BUILTIN_BUNDLES, SchemaRegistry } from '../../src/schema/index.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

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

const CATALOGS = [
  { etp: '1.2', file: 'reference/etp12.avpr', types: 212, messages: 138, protocols: [0, 1, 2, 3, 4, 5, 6, 7, 9, 13, 14, 16, 18, 21, 22, 24, 25, 2100] },
  { etp: '1.1', file: 'reference/etp11.avpr', types: 85, messages: 54, protocols: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
] as const;

describe.each(CATALOGS)('the built-in ETP $etp catalog', ({ etp, types, messages }) => {
  it(`holds ${messages} messages and every named type`, () => {
    const r = new SchemaRegistry();
    for (const b of BUILTIN_BUNDLES[etp]) r.add(b);
    expect(r.messages().length).toBe(messages);
    expect(Object.keys(r.types).filter((n) => n.includes('.')).length).toBe(types);
  });
});

describeShared.each(CATALOGS)('the built-in ETP $etp catalog is wire-identical to the official bundle', ({ etp, file, protocols }) => {
  const ours = new SchemaRegistry();
  for (const b of BUILTIN_BUNDLES[etp]) ours.add(b);
  const ourNames = Object.keys(ours.types).filter((n) => n.includes('.'));
  const official = new SchemaRegistry().add(sharedPath(file));
  const raw = JSON.parse(readFileSync(sharedPath(file), 'utf8')) as { types: Record<string, unknown>[] };
  const rawByName = new Map(raw.types.map((t) => [`${t.namespace}.${t.name}`, t]));

  it('has every type and message of the official bundle, and nothing else', () => {
    expect([...ourNames].sort()).toEqual(Object.keys(official.types).filter((n) => n.includes('.')).sort());
    expect(ours.messages().map((m) => m.name).sort()).toEqual(official.messages().map((m) => m.name).sort());
    expect([...new Set(ours.messages().map((m) => m.protocol))].sort((x, y) => x - y)).toEqual(protocols);
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
      multipartFlag: o.multipartFlag ?? false,
    });
  });
});

describeShared('the canonical-form check', () => {
  const official = new SchemaRegistry().add(sharedPath('reference/etp12.avpr'));
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
});
