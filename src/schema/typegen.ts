import type { AvroSchema, SchemaBundle } from './bundle.js';
import { EtpError } from '../errors.js';
import { answeredBy } from './etp.js';

// TypeScript types from ETP-style Avro bundles: one interface per record in two shapes (as decoded,
// and as accepted by encode), a type per enum, and a message map that says, for every message,
// where it travels on the wire, who sends it, its bodies and which messages answer it. The
// built-in catalogs' types (src/schema/gen/etp12-types.gen.ts, etp11-types.gen.ts, by `npm run generate`) and `etp-codec types` for
// users' bundles both come from here.

/** What {@link generateTypes} makes. */
export interface TypegenOptions {
  /** Name of the generated message map interface, e.g. `MyProtocolMessages`. */
  mapName: string;
  /**
   * The built-in catalog the bundles build on: their types may refer to its types, and the
   * generated map extends its map. Without it the bundles stand alone.
   */
  base?: { etp: '1.1' | '1.2'; bundles: readonly SchemaBundle[]; importFrom: string };
  /** The first comment line: how the file was made. */
  madeBy: string;
  /** Without `base`: where `Utf8Text` (what string fields of inputs take, and decoded ones may be) is imported from. Default `etp-codec`. */
  textFrom?: string;
}

const PRIMITIVES: Record<string, string> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'L',
  float: 'number',
  double: 'number',
  string: 'string',
  bytes: 'Uint8Array',
};

type Named = { type: string; name: string; namespace?: string; [k: string]: unknown };
interface Entry {
  full: string;
  ns: string;
  schema: Named;
  /** A base catalog's type: referred to, never emitted. */
  base: boolean;
}

/** The generated TypeScript source for the named types and messages of `bundles`. */
export function generateTypes(bundles: readonly SchemaBundle[], options: TypegenOptions): string {
  const entries = new Map<string, Entry>();
  const collect = (s: AvroSchema, ns: string, base: boolean): void => {
    if (typeof s === 'string') return;
    if (Array.isArray(s)) {
      for (const b of s) collect(b, ns, base);
      return;
    }
    const t = s as Named & { fields?: { type: AvroSchema }[]; items?: AvroSchema; values?: AvroSchema };
    if (t.type === 'record' || t.type === 'error' || t.type === 'enum' || t.type === 'fixed') {
      const own = t.name.includes('.') ? t.name.slice(0, t.name.lastIndexOf('.')) : (t.namespace ?? ns);
      const full = t.name.includes('.') ? t.name : `${own}.${t.name}`;
      entries.set(full, { full, ns: own, schema: t, base });
      for (const f of t.fields ?? []) collect(f.type, own, base);
      return;
    }
    if (t.type === 'array') collect(t.items!, ns, base);
    else if (t.type === 'map') collect(t.values!, ns, base);
    else if (typeof t.type !== 'string') collect(t.type as AvroSchema, ns, base);
  };
  for (const b of options.base?.bundles ?? []) for (const s of b.types) collect(s, b.namespace ?? '', true);
  for (const b of bundles) for (const s of b.types) collect(s, b.namespace ?? '', false);

  const resolve = (name: string, ns: string): Entry => {
    const e = entries.get(name) ?? entries.get(`${ns}.${name}`);
    if (!e) throw new EtpError('INVALID_SCHEMA', `type ${name} is not defined (namespace ${ns || 'none'})`);
    return e;
  };

  // TypeScript names: the short name, or namespace tail + name where two types share it. A base
  // catalog's types are named as it names them, behind its import.
  const tsNames = new Map<string, string>();
  for (const group of [true, false]) {
    const list = [...entries.values()].filter((e) => e.base === group);
    const count = new Map<string, number>();
    for (const e of list) count.set(e.schema.name, (count.get(e.schema.name) ?? 0) + 1);
    for (const e of list) {
      const short = e.full.slice(e.full.lastIndexOf('.') + 1);
      const name = (count.get(e.schema.name) ?? 0) > 1 ? e.ns.split('.').pop()! + short : short;
      tsNames.set(e.full, group && options.base ? `${ALIAS[options.base.etp]}.${name}` : name);
    }
  }
  const isUuid = (e: Entry): boolean => e.schema.type === 'fixed' && e.schema.name === 'Uuid' && e.schema.size === 16;

  // Which named types hold a long (they take the long type L), and which need a second, input
  // shape (a long, an array of doubles or floats — encode also takes a Float64Array or
  // Float32Array — a default or a nullable field anywhere inside).
  const fixpoint = (leaf: (p: string) => boolean, own: (e: Entry, recur: (s: AvroSchema, ns: string) => boolean) => boolean): Set<string> => {
    const yes = new Set<string>();
    let changed = true;
    while (changed) {
      changed = false;
      for (const e of entries.values()) {
        if (yes.has(e.full)) continue;
        const recur = (s: AvroSchema, ns: string): boolean => walkAny(s, ns, leaf, (ref) => yes.has(resolve(ref, ns).full));
        if (own(e, recur)) {
          yes.add(e.full);
          changed = true;
        }
      }
    }
    return yes;
  };
  const fieldsOf = (e: Entry): { name: string; type: AvroSchema; default?: unknown }[] => (e.schema.fields as never) ?? [];
  const withLong = fixpoint(
    (x) => x === 'long',
    (e, recur) => fieldsOf(e).some((f) => recur(f.type, e.ns)),
  );
  // Which hold an array of doubles or floats (they take F, how decode gives those arrays).
  const withFloats = fixpoint(
    (x) => x === 'array of double' || x === 'array of float',
    (e, recur) => fieldsOf(e).some((f) => recur(f.type, e.ns)),
  );
  // Which hold a string (they take S, how decode gives strings).
  const withText = fixpoint(
    (x) => x === 'string',
    (e, recur) => fieldsOf(e).some((f) => recur(f.type, e.ns)),
  );
  const params = (e: Entry): string[] => [...(withLong.has(e.full) ? ['L'] : []), ...(withFloats.has(e.full) ? ['F'] : []), ...(withText.has(e.full) ? ['S'] : [])];
  const needsInput = fixpoint(
    (x) => x === 'long' || x === 'string' || x === 'array of double' || x === 'array of float',
    (e, recur) => fieldsOf(e).some((f) => f.default !== undefined || nullable(f.type) || recur(f.type, e.ns)),
  );

  const ref = (e: Entry, input: boolean): string => {
    if (isUuid(e)) return e.base && options.base ? `${ALIAS[options.base.etp]}.Uuid` : 'Uuid';
    const name = tsNames.get(e.full)!;
    if (input) return needsInput.has(e.full) ? `${name}Input` : name;
    const p = params(e);
    return p.length ? `${name}<${p.join(', ')}>` : name;
  };
  const ts = (s: AvroSchema, ns: string, input: boolean): string => {
    if (typeof s === 'string') {
      if (s === 'long') return input ? 'number | bigint' : 'L';
      if (s === 'string') return input ? 'string | Utf8Text' : 'S';
      if (PRIMITIVES[s]) return PRIMITIVES[s]!;
      return ref(resolve(s, ns), input);
    }
    if (Array.isArray(s)) {
      const nonNull = s.filter((b) => b !== 'null');
      if (s.length === 2 && nonNull.length === 1) return `${paren(ts(nonNull[0]!, ns, input))} | null`;
      return s.map((b) => (b === 'null' ? 'null' : `{ ${JSON.stringify(branchKey(b, ns))}: ${ts(b, ns, input)} }`)).join(' | ');
    }
    const t = s as Named & { items?: AvroSchema; values?: AvroSchema };
    switch (t.type) {
      case 'array': {
        const typed = typeof t.items === 'string' ? TYPED_ITEMS[t.items] : undefined;
        if (!typed) return `Array<${ts(t.items!, ns, input)}>`;
        return input ? `Array<number> | ${typed}` : `F extends 'typed' ? ${typed} : Array<number>`;
      }
      case 'map':
        return `Record<string, ${ts(t.values!, ns, input)}>`;
      case 'record':
      case 'error':
      case 'enum':
      case 'fixed':
        return ref(resolve(t.name, t.namespace ?? ns), input);
      default:
        return ts(t.type as AvroSchema, ns, input);
    }
  };
  const branchKey = (s: AvroSchema, ns: string): string => {
    if (typeof s === 'string') return PRIMITIVES[s] ? s : resolve(s, ns).full;
    if (Array.isArray(s)) throw new EtpError('INVALID_SCHEMA', 'a union cannot hold a union');
    const t = s as Named;
    if (t.type === 'record' || t.type === 'error' || t.type === 'enum' || t.type === 'fixed') return resolve(t.name, t.namespace ?? ns).full;
    return t.type;
  };

  const out: string[] = [
    `// ${options.madeBy}: do not edit by hand.`,
    '// Each record has two shapes: `Name<L>` as the codec decodes it (every field present; `L` is the',
    "// type of longs, number or bigint with createCodec({ longs: 'bigint' })), and `NameInput`, what",
    '// encode and send accept (fields with a schema default or a null branch may be left out, longs',
    '// may be numbers or bigints, strings may be Utf8Text: utf-8 bytes sent as they are). `NameInput` is',
    '// `Name` where the two are the same. `F` is how arrays of',
    "// doubles and floats decode: number[] ('array'), or Float64Array and Float32Array with",
    "// createCodec({ floatArrays: 'typed' }); encode takes either. `S` is how strings decode: string,",
    "// or Utf8Text (utf-8 bytes in the frame, made text when read) with createCodec({ strings: 'utf8' }).",
    '',
  ];
  // The imports go in once the types are made (Utf8Text only when an input takes a string).
  const importsAt = out.length;
  if (!options.base) out.push('/** A Uuid (fixed 16) as its lowercase 8-4-4-4-12 string. */', 'export type Uuid = string;', '');

  const own = [...entries.values()].filter((e) => !e.base);
  for (const e of own) {
    if (isUuid(e)) continue;
    const t = e.schema;
    const name = tsNames.get(e.full)!;
    const meta = t.messageType !== undefined ? ` Protocol ${String(t.protocol)}, message type ${String(t.messageType)}${t.multipartFlag ? ', multipart' : ''}.` : '';
    out.push(`/** ${e.full}.${meta} */`);
    if (t.type === 'enum') {
      out.push(`export type ${name} = ${(t.symbols as string[]).map((x) => JSON.stringify(x)).join(' | ')};`, '');
      continue;
    }
    if (t.type === 'fixed') {
      out.push(`export type ${name} = Uint8Array;`, '');
      continue;
    }
    const declared = params(e).map((p) => PARAMS[p as keyof typeof PARAMS]);
    const param = declared.length ? `<${declared.join(', ')}>` : '';
    out.push(`export interface ${name}${param} {`);
    for (const f of fieldsOf(e)) out.push(`  ${f.name}: ${ts(f.type, e.ns, false)};`);
    out.push('}');
    if (needsInput.has(e.full)) {
      out.push(`/** ${e.full}, as encode accepts it. */`);
      out.push(`export interface ${name}Input {`);
      for (const f of fieldsOf(e)) out.push(`  ${f.name}${f.default !== undefined || nullable(f.type) ? '?' : ''}: ${ts(f.type, e.ns, true)};`);
      out.push('}');
    }
    out.push('');
  }

  const messages = own.filter((e) => e.schema.messageType !== undefined);
  const catalog = [...entries.values()].filter((e) => e.schema.messageType !== undefined);
  const sameProtocol = (a: Entry, b: Entry): boolean => String(a.schema.protocol) === String(b.schema.protocol);
  const base = options.base ? ` extends ${ALIAS[options.base.etp]}.${BASE_MAP[options.base.etp]}<L, F, S>` : '';
  out.push('/**');
  out.push(' * Every message by full schema name: its protocol and message type, the role that sends it, whether');
  out.push(' * it may come in parts, its body as decoded and as accepted, and the messages that answer it.');
  out.push(' */');
  out.push(`export interface ${options.mapName}<${Object.values(PARAMS).join(', ')}>${base} {`);
  for (const e of messages) {
    const t = e.schema;
    const declared = Array.isArray(t.answers) ? (t.answers as unknown[]).map(String) : undefined;
    const answers = answeredBy(
      e.full,
      catalog.filter((c) => sameProtocol(c, e)).map((c) => c.full),
      declared,
    );
    const fields = [
      `protocol: ${Number(t.protocol)}`,
      `messageType: ${Number(t.messageType)}`,
      `senderRole: ${JSON.stringify(String(t.senderRole ?? '*'))}`,
      `multipart: ${t.multipartFlag === true}`,
      `body: ${ref(e, false)}`,
      `input: ${ref(e, true)}`,
      `answers: ${answers.length ? answers.map((a) => JSON.stringify(a)).join(' | ') : 'never'}`,
    ];
    out.push(`  ${JSON.stringify(e.full)}: { ${fields.join('; ')} };`);
  }
  out.push('}');
  out.push('');
  const imports: string[] = [];
  // Utf8Text: what string fields of inputs also take, and what S may be.
  if (options.base) imports.push(`import type { ${ALIAS[options.base.etp]}, Utf8Text } from ${JSON.stringify(options.base.importFrom)};`, '');
  else imports.push(`import type { Utf8Text } from ${JSON.stringify(options.textFrom ?? 'etp-codec')};`, '');
  out.splice(importsAt, 0, ...imports);
  return out.join('\n');
}

/** The type parameters of decoded shapes: longs, arrays of doubles and floats, strings. */
const PARAMS = {
  L: 'L extends number | bigint = number',
  F: "F extends 'array' | 'typed' = 'array'",
  S: 'S extends string | Utf8Text = string',
} as const;

/** How each built-in catalog is imported into a user's generated file, and its map's name. */
const ALIAS = { '1.1': 'Etp11', '1.2': 'Etp12' } as const;
const BASE_MAP = { '1.1': 'Etp11MessageMap', '1.2': 'Etp12MessageMap' } as const;

function paren(t: string): string {
  return t.includes('|') ? `(${t})` : t;
}

function nullable(s: AvroSchema): boolean {
  return Array.isArray(s) && s.includes('null');
}

/** Arrays of doubles and floats: encode also takes them as this typed array (copied as bytes), and decode gives one with `floatArrays: 'typed'`. */
const TYPED_ITEMS: Record<string, string> = { double: 'Float64Array', float: 'Float32Array' };

/** True when `leaf` holds for a primitive, or `named` for a reference, anywhere in `s`. */
function walkAny(s: AvroSchema, ns: string, leaf: (p: string) => boolean, named: (name: string) => boolean): boolean {
  if (typeof s === 'string') return PRIMITIVES[s] ? leaf(s) : named(s);
  if (Array.isArray(s)) return s.some((b) => walkAny(b, ns, leaf, named));
  const t = s as Named & { items?: AvroSchema; values?: AvroSchema };
  switch (t.type) {
    case 'array':
      return (typeof t.items === 'string' && leaf(`array of ${t.items}`)) || walkAny(t.items!, ns, leaf, named);
    case 'map':
      return walkAny(t.values!, ns, leaf, named);
    case 'record':
    case 'error':
    case 'enum':
    case 'fixed':
      return named(t.name.includes('.') ? t.name : `${t.namespace ?? ns}.${t.name}`);
    default:
      return walkAny(t.type as AvroSchema, ns, leaf, named);
  }
}
