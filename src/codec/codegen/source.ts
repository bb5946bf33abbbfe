import type { AvroType, RecordType, UnionType } from '../../schema/avro.js';
import { branchKeys, branchName, floatArrayMethod, isPrototypeKey, isUuid, minBytes, nullableIndex } from '../../schema/type-rules.js';

// Source code of specialised encoders and decoders, one function per record type, as text: run
// at load time with `new Function` (bundles loaded at run time) or written into a module at build
// time (the built-in catalogs: `npm run generate`, into ./gen/), so that the built-ins need no eval.
//
// Encoders keep the writer's buffer and position in locals and check for room once per value of
// bounded size (numbers, booleans, enums, union indexes); strings, bytes and other records go
// through calls. They carry no error paths: a value they refuse is encoded again by the closure
// encoder, which names the path (see Codec). Decoders read each field into an object literal,
// so every decoded record of a type has one shape.

/** What generated source expects in scope (the names are the parameters of its wrapper). */
export const RUNTIME_NAMES = ['invalid', 'writeLong', 'onlyKey', 'F64', 'B64', 'F32', 'B32', 'mapRead', 'mapWrite', 'enumRead', 'unknownField', 'writeText'] as const;

/** The generated source of a set of root types: functions `W<i>`/`R<i>` and a table of them by full name. */
export interface GeneratedSource {
  /** Statements defining the functions and ending in `return { write: {...}, read: {...} };`. */
  body: string;
  /** The record types it covers, in the order of the table. */
  records: RecordType[];
}

/** Generates encoders and decoders for every record reachable from `roots` (decoders read longs as numbers, or as bigints). */
export function generateSource(roots: readonly AvroType[], longs: 'number' | 'bigint'): GeneratedSource {
  return new Generator(longs).run(roots);
}

class Generator {
  private readonly ids = new Map<RecordType, number>();
  private readonly records: RecordType[] = [];
  private readonly consts: string[] = [];
  private readonly helpers: string[] = [];
  private tmp = 0;

  constructor(private readonly longs: 'number' | 'bigint') {}

  run(roots: readonly AvroType[]): GeneratedSource {
    for (const r of roots) this.collect(r, new Set());
    const fns = this.records.map((t, i) => `${this.writer(t, i)}\n${this.reader(t, i)}`);
    // One entry a line: the built-in catalogs' tables are read in their generated files too.
    const table = (prefix: string): string => `{\n${this.records.map((t, i) => `  ${JSON.stringify(t.name)}: ${prefix}${i},`).join('\n')}\n}`;
    const body = `${this.consts.join('\n')}\n${fns.join('\n')}\n${this.helpers.join('\n')}\nreturn { write: ${table('W')}, read: ${table('R')} };`;
    return { body, records: this.records };
  }

  private collect(t: AvroType, seen: Set<AvroType>): void {
    if (seen.has(t)) return;
    seen.add(t);
    switch (t.typeName) {
      case 'record':
      case 'error':
        if (!this.ids.has(t)) {
          this.ids.set(t, this.records.length);
          this.records.push(t);
        }
        for (const f of t.fields) this.collect(f.type, seen);
        return;
      case 'array':
        this.collect(t.itemsType, seen);
        return;
      case 'map':
        this.collect(t.valuesType, seen);
        return;
      case 'union':
        for (const b of t.types) this.collect(b, seen);
        return;
      default:
        return;
    }
  }

  private name(): string {
    return `t${this.tmp++}`;
  }

  private readonly constNames = new Map<string, string>();

  /** A module-level constant holding `value`, named; one per distinct value. Literals stay inline. */
  private constant(value: unknown): string {
    const json = literal(value);
    if (value === null || typeof value === 'boolean' || typeof value === 'number') return json;
    let name = this.constNames.get(json);
    if (!name) {
      name = `K${this.consts.length}`;
      this.consts.push(`const ${name} = ${json};`);
      this.constNames.set(json, name);
    }
    return name;
  }

  // ---- encoders -------------------------------------------------------------------------------

  private writer(t: RecordType, i: number): string {
    this.tmp = 0;
    // `given` counts the fields the value holds; a value with more own keys than that holds a key
    // the schema does not have, refused rather than dropped (unknownField names it).
    const lines = [`function W${i}(w, v) {`, `  if (v === null || typeof v !== 'object') throw invalid(${JSON.stringify(`a ${t.name} record`)}, v);`, '  let buf = w.buf, pos = w.pos, x, given = 0;'];
    for (const f of t.fields) {
      const get = `x = ${ownRead('v', f.name)};`;
      const fill = f.default !== undefined ? ` if (x === undefined) x = ${this.constant(f.default)}; else given++;` : ' if (x !== undefined) given++;';
      lines.push(`  ${get}${fill}`);
      lines.push(...this.write(f.type, 'x', '  '));
    }
    lines.push(`  for (const k in v) if (--given < 0) { unknownField(v, ${this.constant(t.fields.map((f) => f.name))}); break; }`);
    lines.push('  w.pos = pos;', '}');
    return lines.join('\n');
  }

  /** Makes room for `n` bytes at `pos` (buf and pos stay live in locals). */
  private room(n: number, ind: string): string {
    return `${ind}if (pos + ${n} > buf.length) { w.pos = pos; w.ensure(${n}); buf = w.buf; }`;
  }

  /** Hands the position to the writer for a call, and takes it back after. */
  private call(expr: string, ind: string): string {
    return `${ind}w.pos = pos; ${expr}; buf = w.buf; pos = w.pos;`;
  }

  /** A varint of a non-negative int held in `n` (at most 5 bytes; room already made). */
  private varint(n: string, ind: string): string {
    return `${ind}while (${n} > 0x7f) { buf[pos++] = (${n} & 0x7f) | 0x80; ${n} >>>= 7; } buf[pos++] = ${n};`;
  }

  /** Statements writing value `x` of type `t` (checked first). */
  private write(t: AvroType, x: string, ind: string): string[] {
    switch (t.typeName) {
      case 'null':
        return [`${ind}if (${x} !== null && ${x} !== undefined) throw invalid('null', ${x});`];
      case 'boolean':
        return [`${ind}if (typeof ${x} !== 'boolean') throw invalid('a boolean', ${x});`, this.room(1, ind), `${ind}buf[pos++] = ${x} ? 1 : 0;`];
      case 'int': {
        const n = this.name();
        return [
          `${ind}if (typeof ${x} !== 'number' || (${x} | 0) !== ${x}) throw invalid('an int', ${x});`,
          this.room(5, ind),
          `${ind}let ${n} = ((${x} << 1) ^ (${x} >> 31)) >>> 0;`,
          this.varint(n, ind),
        ];
      }
      case 'long': {
        const n = this.name();
        return [
          `${ind}if (typeof ${x} === 'number' && ${x} >= -0x40000000 && ${x} < 0x40000000 && (${x} | 0) === ${x}) {`,
          this.room(5, `${ind}  `),
          `${ind}  let ${n} = ((${x} << 1) ^ (${x} >> 31)) >>> 0;`,
          this.varint(n, `${ind}  `),
          `${ind}} else {`,
          this.call(`writeLong(w, ${x})`, `${ind}  `),
          `${ind}}`,
        ];
      }
      case 'float':
        return [
          `${ind}if (typeof ${x} !== 'number') throw invalid('a float', ${x});`,
          this.room(4, ind),
          `${ind}F32[0] = ${x}; buf[pos] = B32[0]; buf[pos + 1] = B32[1]; buf[pos + 2] = B32[2]; buf[pos + 3] = B32[3]; pos += 4;`,
        ];
      case 'double':
        return [
          `${ind}if (typeof ${x} !== 'number') throw invalid('a double', ${x});`,
          this.room(8, ind),
          `${ind}F64[0] = ${x}; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;`,
        ];
      case 'string':
        // A string is transcoded; utf-8 text made beforehand (Utf8Text) is copied as it is (writeText).
        return [this.call(`typeof ${x} === 'string' ? w.string(${x}) : writeText(w, ${x})`, ind)];
      case 'bytes':
        return [`${ind}if (!(${x} instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', ${x});`, this.call(`w.bytes(${x})`, ind)];
      case 'fixed':
        if (isUuid(t)) {
          return [
            `${ind}if (typeof ${x} === 'string') { ${this.call(`w.uuid(${x})`, '')} } else if (${x} instanceof Uint8Array && ${x}.length === 16) { ${this.call(`w.fixed(${x})`, '')} } else throw invalid('a uuid string', ${x});`,
          ];
        }
        return [`${ind}if (!(${x} instanceof Uint8Array) || ${x}.length !== ${t.size}) throw invalid('${t.size} bytes (a Uint8Array)', ${x});`, this.call(`w.fixed(${x})`, ind)];
      case 'enum': {
        const n = this.name();
        const cases = t.symbols.map((s, i) => `case ${JSON.stringify(s)}: ${n} = ${i * 2}; break;`).join(' ');
        return [`${ind}let ${n};`, `${ind}switch (${x}) { ${cases} default: throw invalid(${JSON.stringify(`a ${t.name} symbol`)}, ${x}); }`, this.room(5, ind), this.varint(n, ind)];
      }
      case 'array': {
        const bulk = floatArrayMethod(t.itemsType);
        if (bulk) {
          // Doubles and floats go through the writer in one call (a typed array of the item's own
          // type is copied as bytes); a refused item is reported as the per-item loop would.
          const bad = this.name();
          return [
            `${ind}if (!Array.isArray(${x}) && !(${x} instanceof ${bulk.typed})) throw invalid('an array', ${x});`,
            `${ind}w.pos = pos; const ${bad} = w.${bulk.method}(${x}); buf = w.buf; pos = w.pos;`,
            `${ind}if (${bad} >= 0) throw invalid(${JSON.stringify(`a ${t.itemsType.typeName}`)}, ${x}[${bad}]);`,
          ];
        }
        const n = this.name();
        const c = this.name();
        const k = this.name();
        const item = this.name();
        return [
          `${ind}if (!Array.isArray(${x})) throw invalid('an array', ${x});`,
          `${ind}const ${n} = ${x}.length;`,
          `${ind}if (${n} > 0) {`,
          this.room(5, `${ind}  `),
          `${ind}  let ${c} = ${n} * 2;`,
          `${ind}  if (${c} < 0x80000000) { ${this.varint(c, '').trim()} } else { ${this.call(`w.long(${n})`, '')} }`,
          `${ind}  for (let ${k} = 0; ${k} < ${n}; ${k}++) {`,
          `${ind}    const ${item} = ${x}[${k}];`,
          ...this.write(t.itemsType, item, `${ind}    `),
          `${ind}  }`,
          `${ind}}`,
          this.room(1, ind),
          `${ind}buf[pos++] = 0;`,
        ];
      }
      case 'map':
        return [this.call(`mapWrite(w, ${x}, ${this.valueWriter(t.valuesType)})`, ind)];
      case 'union':
        return this.writeUnion(t, x, ind);
      case 'record':
      case 'error':
        return [this.call(`W${this.ids.get(t)}(w, ${x})`, ind)];
    }
  }

  /** A function expression writing one value of `t` (for map values). */
  private valueWriter(t: AvroType): string {
    if (t.typeName === 'record' || t.typeName === 'error') return `W${this.ids.get(t)}`;
    const lines = ['(w, x) => {', '  let buf = w.buf, pos = w.pos;', ...this.write(t, 'x', '  '), '  w.pos = pos;', '}'];
    return lines.join('\n');
  }

  private writeUnion(t: UnionType, x: string, ind: string): string[] {
    const nullAt = nullableIndex(t);
    if (nullAt >= 0) {
      const valueAt = 1 - nullAt;
      return [
        `${ind}if (${x} === null || ${x} === undefined) {`,
        this.room(1, `${ind}  `),
        `${ind}  buf[pos++] = ${nullAt * 2};`,
        `${ind}} else {`,
        this.room(1, `${ind}  `),
        `${ind}  buf[pos++] = ${valueAt * 2};`,
        ...this.write(t.types[valueAt]!, x, `${ind}  `),
        `${ind}}`,
      ];
    }
    // Wrapped: { branchName: value }, probed in the order of the schema's branch keys.
    const names = t.types.map(branchName);
    const expected = this.constant(`a {branch: value} object with one of ${names.join(', ')}`);
    const nullIndex = t.types.findIndex((b) => b.typeName === 'null');
    const y = this.name();
    const lines = [
      `${ind}if (${x} === null || ${x} === undefined) {`,
      nullIndex < 0 ? `${ind}  throw invalid(${expected}, ${x});` : `${this.room(1, `${ind}  `)}\n${ind}  buf[pos++] = ${nullIndex * 2};`,
      `${ind}} else {`,
      `${ind}  if (typeof ${x} !== 'object') throw invalid(${expected}, ${x});`,
      `${ind}  let ${y};`,
    ];
    let first = true;
    for (const { key, index } of branchKeys(t)) {
      const k = JSON.stringify(key);
      lines.push(`${ind}  ${first ? '' : 'else '}if ((${y} = ${ownRead(x, key)}) !== undefined) {`);
      first = false;
      lines.push(`${ind}    onlyKey(${x}, ${k}, ${expected});`, this.room(1, `${ind}    `), `${ind}    buf[pos++] = ${index * 2};`);
      lines.push(...this.write(t.types[index]!, y, `${ind}    `));
      lines.push(`${ind}  }`);
    }
    lines.push(`${ind}  else throw invalid(${expected}, ${x});`, `${ind}}`);
    return lines;
  }

  // ---- decoders -------------------------------------------------------------------------------

  private reader(t: RecordType, i: number): string {
    const props = t.fields.map((f) => `${propertyKey(f.name)}: ${this.read(f.type)}`);
    return `function R${i}(r) { return { ${props.join(', ')} }; }`;
  }

  private readonly helperNames = new Map<string, string>();

  /** A module-level helper function `name(r)` with this body, one per distinct body; returns its name. */
  private helper(prefix: string, body: string): string {
    let name = this.helperNames.get(body);
    if (!name) {
      name = `${prefix}${this.helpers.length}`;
      this.helpers.push(`function ${name}(r) { ${body} }`);
      this.helperNames.set(body, name);
    }
    return name;
  }

  /**
   * A union branch index of `count` branches: a one-byte index in range is read in place (its
   * zig-zag form is even and below 2 × count); anything else goes through r.branch(), which checks.
   */
  private branch(count: number): string {
    if (count > 64) return `r.branch(${count})`;
    return `(r.buf[r.pos] < ${2 * count} && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(${count}))`;
  }

  /** An expression reading one value of `t` from reader `r`. */
  private read(t: AvroType): string {
    switch (t.typeName) {
      case 'null':
        return 'null';
      case 'boolean':
        return 'r.boolean()';
      case 'int':
        return 'r.int()';
      case 'long':
        return this.longs === 'bigint' ? 'r.longBig()' : 'r.long()';
      case 'float':
        return 'r.float()';
      case 'double':
        return 'r.double()';
      case 'string':
        return 'r.text()';
      case 'bytes':
        return 'r.bytes()';
      case 'fixed':
        return isUuid(t) ? 'r.uuid()' : `r.fixed(${t.size})`;
      case 'enum': {
        const symbols = this.constant(t.symbols);
        if (t.symbols.length > 64) return `enumRead(r, ${symbols}, ${JSON.stringify(t.name)})`;
        // A one-byte index in range is read in place, as union branches are.
        return `(r.buf[r.pos] < ${2 * t.symbols.length} && !(r.buf[r.pos] & 1) ? ${symbols}[r.buf[r.pos++] >> 1] : enumRead(r, ${symbols}, ${JSON.stringify(t.name)}))`;
      }
      case 'array': {
        // The count is checked against the bytes left before the array is allocated.
        const min = minBytes(t.itemsType);
        const item = this.read(t.itemsType);
        const bulk = floatArrayMethod(t.itemsType);
        if (bulk) {
          // A block of doubles or floats is read in one call, its bytes checked once; with
          // floatArrays: 'typed' the whole array is one typed array.
          return `${this.helper('A', `if (r.typedFloats) return r.floatArray(${bulk.typed}); if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(${min}, 'array'); if (n === 0) return []; const out = new Array(n); r.${bulk.method}(out, 0, n); while ((n = r.block(${min}, 'array')) !== 0) { const at = out.length; out.length = at + n; r.${bulk.method}(out, at, n); } return out;`)}(r)`;
        }
        // A zero byte (the end of the array) is read in place; any other count goes through block().
        return `${this.helper('A', `if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(${min}, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = ${item}; if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(${min}, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(${item}); } return out;`)}(r)`;
      }
      case 'map':
        // An empty map (one zero byte) is read in place.
        return `(r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, ${1 + minBytes(t.valuesType)}, ${this.helper('V', `return ${this.read(t.valuesType)};`)}))`;
      case 'record':
      case 'error':
        return `R${this.ids.get(t)}(r)`;
      case 'union': {
        const nullAt = nullableIndex(t);
        if (nullAt >= 0) return `(${this.branch(2)} === ${nullAt} ? null : ${this.read(t.types[1 - nullAt]!)})`;
        const arms = t.types.map((b, i) => `case ${i}: return ${b.typeName === 'null' ? 'null' : `{ ${propertyKey(branchName(b))}: ${this.read(b)} }`};`);
        return `${this.helper('U', `switch (${this.branch(t.types.length)}) { ${arms.join(' ')} } return null;`)}(r)`;
      }
    }
  }
}

/**
 * A TypeScript module holding the generated code of `roots` (longs as numbers), for the built-in
 * catalogs: written by `npm run generate` into src/codec/gen/, so that they need no `new Function` at run time.
 */
export function prebuiltModule(roots: readonly AvroType[], what: string): string {
  const { body } = generateSource(roots, 'number');
  return [
    `// Generated: the encoders and decoders of ${what}, written by \`npm run generate\` (scripts/generate.ts): do not edit.`,
    '// @ts-nocheck',
    "import type { PrebuiltCode } from '../runtime.js';",
    '',
    'const code: PrebuiltCode = (runtime) => {',
    `  const { ${RUNTIME_NAMES.join(', ')} } = runtime;`,
    body,
    '};',
    'export default code;',
    '',
  ].join('\n');
}

/** JavaScript source for a default value: JSON, but bytes (bytes and fixed defaults) as Uint8Arrays. */
function literal(v: unknown): string {
  if (v instanceof Uint8Array) return `new Uint8Array([${v.join(',')}])`;
  if (Array.isArray(v)) return `[${v.map(literal).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${literal(x)}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** Source reading own property `key` of `obj` (a missing `__proto__` reads as undefined). */
function ownRead(obj: string, key: string): string {
  const k = JSON.stringify(key);
  return isPrototypeKey(key) ? `(Object.hasOwn(${obj}, ${k}) ? ${obj}[${k}] : undefined)` : `${obj}[${k}]`;
}

/** Source of an object literal's key that defines own property `key` (computed for `__proto__`, which a plain key would make the prototype). */
function propertyKey(key: string): string {
  return isPrototypeKey(key) ? `[${JSON.stringify(key)}]` : JSON.stringify(key);
}
