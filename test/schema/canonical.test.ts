import { readFileSync } from 'node:fs';
import avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import type { AvroType } from '../../src/schema/avro.js';
import { BUILTIN_BUNDLES, ETP12_BUILTIN_BUNDLES, SchemaRegistry } from '../../src/schema/index.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

// Our schema parser (src/schema/avro.ts) is checked against avsc's: the official bundles are
// parsed by avsc, ours by this library, and everything of a type that reaches the wire (its
// Parsing Canonical Form and every field default) must agree.

/** The Parsing Canonical Form of one of our parsed types, as a JSON value. */
function canonical(t: AvroType, seen = new Set<string>()): unknown {
  switch (t.typeName) {
    case 'record':
    case 'error':
    case 'enum':
    case 'fixed':
      if (seen.has(t.name)) return t.name;
      seen.add(t.name);
      if (t.typeName === 'enum') return { name: t.name, type: 'enum', symbols: t.symbols };
      if (t.typeName === 'fixed') return { name: t.name, type: 'fixed', size: t.size };
      return { name: t.name, type: t.typeName, fields: t.fields.map((f) => ({ name: f.name, type: canonical(f.type, seen) })) };
    case 'array':
      return { type: 'array', items: canonical(t.itemsType, seen) };
    case 'map':
      return { type: 'map', values: canonical(t.valuesType, seen) };
    case 'union':
      return t.types.map((b) => canonical(b, seen));
    default:
      return t.typeName;
  }
}

const hex = (_k: string, v: unknown): unknown =>
  v instanceof Uint8Array || (v as { type?: string })?.type === 'Buffer' ? { $hex: Buffer.from(v instanceof Uint8Array ? v : (v as { data: number[] }).data).toString('hex') } : v;

/** Our type's wire shape: canonical form and the defaults of its fields. */
function ourShape(t: AvroType): unknown {
  const fields = t.typeName === 'record' ? t.fields : [];
  return { canonical: canonical(t), defaults: fields.map((f) => [t.name, f.name, JSON.stringify(f.default, hex)]) };
}

/** avsc's parse of the same: its canonical form and the defaults (nullable unions unwrapped, as this library holds them). */
function avscShape(t: avsc.Type): unknown {
  const fields = (t as unknown as { fields?: avsc.types.Field[] }).fields ?? [];
  return {
    canonical: t.schema(),
    defaults: fields.map((f) => {
      let d = f.defaultValue() as unknown;
      const ft = f.type as avsc.Type & { types?: avsc.Type[] };
      if (d !== null && d !== undefined && ft.types?.length === 2 && ft.types.some((b) => b.typeName === 'null')) d = Object.values(d as object)[0];
      return [t.name, f.name, JSON.stringify(d, hex)];
    }),
  };
}

/** An .avpr bundle parsed by avsc (wrapped unions, one registry). */
function avscParse(bundles: { types: unknown[]; namespace?: string }[]): Record<string, avsc.Type> {
  const registry: Record<string, avsc.Type> = {};
  for (const b of bundles) for (const t of b.types) avsc.Type.forSchema(t as avsc.Schema, { registry, namespace: b.namespace, wrapUnions: true });
  return registry;
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
  const raw = JSON.parse(readFileSync(sharedPath(file), 'utf8')) as { types: Record<string, unknown>[] };
  const official = new SchemaRegistry().add(sharedPath(file));
  const byAvsc = avscParse([raw]);
  const rawByName = new Map(raw.types.map((t) => [`${t.namespace}.${t.name}`, t]));

  it('has every type and message of the official bundle, and nothing else', () => {
    expect([...ourNames].sort()).toEqual(
      Object.keys(official.types)
        .filter((n) => n.includes('.'))
        .sort(),
    );
    expect(
      ours
        .messages()
        .map((m) => m.name)
        .sort(),
    ).toEqual(
      official
        .messages()
        .map((m) => m.name)
        .sort(),
    );
    expect([...new Set(ours.messages().map((m) => m.protocol))].sort((x, y) => x - y)).toEqual(protocols);
  });

  it.each(ourNames)('%s has the official canonical form and defaults (avsc parsing the official bundle)', (name) => {
    expect(ourShape(ours.types[name]!)).toEqual(avscShape(byAvsc[name]!));
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
  const byAvsc = avscParse([JSON.parse(readFileSync(sharedPath('reference/etp12.avpr'), 'utf8'))]);
  it('notices a swapped union branch and a changed default', () => {
    const mutate = (edit: (types: Record<string, unknown>[]) => void): SchemaRegistry => {
      const bundles = structuredClone(ETP12_BUILTIN_BUNDLES) as unknown as { types: Record<string, unknown>[] }[];
      edit(bundles[0]!.types);
      const r = new SchemaRegistry();
      for (const b of bundles) r.add(b as never);
      return r;
    };
    const field = (types: Record<string, unknown>[], type: string, name: string) => (types.find((t) => t.name === type)!.fields as Record<string, unknown>[]).find((f) => f.name === name)!;
    const swapped = mutate((types) => {
      const f = field(types, 'IndexValue', 'item');
      f.type = [...(f.type as unknown[])].reverse();
    });
    const name = 'Energistics.Etp.v12.Datatypes.IndexValue';
    expect(ourShape(swapped.types[name]!)).not.toEqual(avscShape(byAvsc[name]!));
    const defaulted = mutate((types) => {
      field(types, 'Version', 'major').default = 1;
    });
    const version = 'Energistics.Etp.v12.Datatypes.Version';
    expect(ourShape(defaulted.types[version]!)).not.toEqual(avscShape(byAvsc[version]!));
  });
});
