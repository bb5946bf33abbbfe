import { describe, expect, it } from 'vitest';
import { parseSchema, type TypeTable } from '../../src/schema/avro.js';
import { thrown } from '../helpers/errors.js';

// The schema parser the codec runs on (no avsc at run time: avsc generates code with new Function,
// which a Content-Security-Policy forbids). canonical.test.ts checks it against avsc on every type
// of both catalogs; these are the refusals.

const parse = (schema: unknown, types: TypeTable = {}) => parseSchema(schema, types, 'Ns');

describe('parseSchema', () => {
  it('resolves names in the enclosing namespace, full names as given, and lets a record refer to itself', () => {
    const types: TypeTable = {};
    const node = parse(
      {
        type: 'record',
        name: 'Node',
        fields: [
          { name: 'next', type: ['null', 'Node'] },
          { name: 'id', type: 'Other.Id' },
        ],
      },
      Object.assign(types, { 'Other.Id': { typeName: 'fixed', name: 'Other.Id', size: 4 } }),
    );
    expect(node.name).toBe('Ns.Node');
    expect(types['Ns.Node']).toBe(node);
    const f = node.typeName === 'record' ? node.fields : [];
    expect(f[0]!.type).toEqual({ typeName: 'union', types: [{ typeName: 'null' }, node] });
    expect(f[1]!.type.name).toBe('Other.Id');
  });

  it('converts defaults to the in-memory form: bytes as Uint8Array, Uuid as a string, unions by their first branch', () => {
    const t = parse({
      type: 'record',
      name: 'D',
      fields: [
        { name: 'b', type: 'bytes', default: '\u00ff\u0001' },
        { name: 'u', type: { type: 'fixed', name: 'Uuid', size: 16 }, default: '\u0000'.repeat(16) },
        { name: 'n', type: ['null', 'int'], default: null },
        { name: 'w', type: ['int', 'string', 'null'], default: 3 },
        { name: 'm', type: { type: 'map', values: 'long' }, default: { a: 1 } },
      ],
    });
    const d = Object.fromEntries((t.typeName === 'record' ? t.fields : []).map((f) => [f.name, f.default]));
    expect(d).toEqual({ b: new Uint8Array([255, 1]), u: '00000000-0000-0000-0000-000000000000', n: null, w: { int: 3 }, m: { a: 1 } });
  });

  it.each([
    [{ type: 'record', name: 'X', fields: [{ name: 'a', type: 'Nope' }] }, /undefined type name: Nope/],
    [
      {
        type: 'record',
        name: 'X',
        fields: [
          { name: 'a', type: 'int' },
          { name: 'a', type: 'int' },
        ],
      },
      /repeats field a/,
    ],
    [{ type: 'record', name: '1X', fields: [] }, /invalid type name Ns.1X/],
    [{ type: 'record', name: 'X' }, /needs a fields array/],
    [{ type: 'enum', name: 'E', symbols: ['A', 'A'] }, /repeats a symbol/],
    [{ type: 'enum', name: 'E', symbols: ['a-b'] }, /array of symbol names/],
    [{ type: 'fixed', name: 'F', size: -1 }, /non-negative integer size/],
    [['int', 'int'], /repeats the branch int/],
    [['null', ['int']], /cannot contain a union/],
    [{ type: 'record', name: 'X', fields: [{ name: 'a', type: 'int', default: 'x' }] }, /invalid default of Ns.X.a/],
    [{ type: 'record', name: 'X', fields: [{ name: 'a', type: 'int', default: 2 ** 31 }] }, /invalid default/],
    [{ type: 'record', name: 'X', fields: [{ name: 'a', type: ['null', 'int'], default: 1 }] }, /invalid default/],
    [{ type: 'record', name: 'X', fields: [{ name: 'a', type: { type: 'fixed', name: 'F', size: 2 }, default: 'abc' }] }, /invalid default/],
    [{ type: 'wat' }, /undefined type name: wat/],
    [{ type: 5 }, /unknown type 5/],
    [42, /a schema must be a name/],
    [{ type: 'record', name: 'int', namespace: '', fields: [] }, /primitive type/],
  ])('refuses %j as INVALID_SCHEMA', (schema, message) => {
    const e = thrown(() => parse(schema));
    expect(e.code).toBe('INVALID_SCHEMA');
    expect(e.message).toMatch(message);
  });

  it('refuses a name defined twice, in one table or in the base a layered table inherits', () => {
    const base: TypeTable = {};
    parse({ type: 'fixed', name: 'F', size: 1 }, base);
    expect(thrown(() => parse({ type: 'fixed', name: 'F', size: 1 }, base)).message).toMatch(/duplicate type name: Ns.F/);
    expect(thrown(() => parse({ type: 'fixed', name: 'F', size: 2 }, Object.create(base))).message).toMatch(/duplicate type name/);
  });
});
