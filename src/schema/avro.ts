import { EtpError } from '../errors.js';
import { isUuidString, uuidFromBytes } from '../wire/uuid-bytes.js';
import type { AvroType, Field, PrimitiveName, RecordType, UnionType } from './avro-types.js';
import { branchName, getOwn, isPrototypeKey, isUuid, nullableIndex, setOwn } from './type-rules.js';

// Avro schemas in JSON form parsed into plain objects: what the codec compiles, the JSON form
// walks and the session splits. No code is generated here (unlike avsc's Type.forSchema, which
// calls `new Function` for every record and so cannot run under a Content-Security-Policy that
// forbids eval), and nothing depends on Node.

export type { AvroType, ArrayType, EnumType, Field, FixedType, MapType, PrimitiveName, RecordType, UnionType } from './avro-types.js';

const PRIMITIVES = new Set<string>(['null', 'boolean', 'int', 'long', 'float', 'double', 'string', 'bytes']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Named types by full name; a layered registry's object inherits its base's (Object.create). */
export type TypeTable = Record<string, AvroType>;

/**
 * Parses one schema in the namespace `namespace`, registering the named types it defines in
 * `types` (references resolve against it; a recursive record may name itself). Throws
 * INVALID_SCHEMA with the reason.
 */
export function parseSchema(schema: unknown, types: TypeTable, namespace?: string): AvroType {
  return new Parser(types).parse(schema, namespace ?? '');
}

class Parser {
  constructor(private readonly types: TypeTable) {}

  parse(s: unknown, ns: string): AvroType {
    if (typeof s === 'string') return this.reference(s, ns);
    if (Array.isArray(s)) return this.union(s, ns);
    if (s === null || typeof s !== 'object') throw bad(`a schema must be a name, an object or an array, got ${JSON.stringify(s)}`);
    const o = s as Record<string, unknown>;
    const type = o.type;
    switch (type) {
      case 'record':
      case 'error':
        return this.record(o, type, ns);
      case 'enum': {
        const name = this.define(o, ns);
        const symbols = o.symbols;
        if (!Array.isArray(symbols) || symbols.some((x) => typeof x !== 'string' || !NAME.test(x))) throw bad(`enum ${name} needs an array of symbol names`);
        if (new Set(symbols).size !== symbols.length) throw bad(`enum ${name} repeats a symbol`);
        return this.register({ typeName: 'enum', name, symbols: symbols as string[] });
      }
      case 'fixed': {
        const name = this.define(o, ns);
        if (!Number.isSafeInteger(o.size) || (o.size as number) < 0) throw bad(`fixed ${name} needs a non-negative integer size`);
        return this.register({ typeName: 'fixed', name, size: o.size as number });
      }
      case 'array':
        return { typeName: 'array', itemsType: this.parse(o.items, ns) };
      case 'map':
        return { typeName: 'map', valuesType: this.parse(o.values, ns) };
      default:
        // { "type": "string" }, { "type": "Some.Named" } or { "type": [union] }.
        if (typeof type === 'string' || Array.isArray(type) || (typeof type === 'object' && type !== null)) return this.parse(type, ns);
        throw bad(`unknown type ${JSON.stringify(type)}`);
    }
  }

  private reference(name: string, ns: string): AvroType {
    if (PRIMITIVES.has(name)) return { typeName: name as PrimitiveName };
    const full = name.includes('.') || !ns ? name : `${ns}.${name}`;
    const t = lookup(this.types, full) ?? lookup(this.types, name);
    if (!t) throw bad(`undefined type name: ${name}`);
    return t;
  }

  /** The full name a named type's schema declares (checked, not yet taken). */
  private define(o: Record<string, unknown>, ns: string): string {
    const name = o.name;
    if (typeof name !== 'string') throw bad(`a ${String(o.type)} needs a name`);
    const own = typeof o.namespace === 'string' ? o.namespace : ns;
    const full = name.includes('.') || !own ? name : `${own}.${name}`;
    if (!full.split('.').every((part) => NAME.test(part))) throw bad(`invalid type name ${full}`);
    if (PRIMITIVES.has(full)) throw bad(`${full} is a primitive type and cannot be redefined`);
    if (lookup(this.types, full)) throw bad(`duplicate type name: ${full}`);
    return full;
  }

  private register<T extends AvroType>(t: T): T {
    setOwn(this.types, t.name!, t);
    return t;
  }

  private record(o: Record<string, unknown>, typeName: 'record' | 'error', ns: string): RecordType {
    const name = this.define(o, ns);
    const inner = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
    if (!Array.isArray(o.fields)) throw bad(`record ${name} needs a fields array`);
    const fields: Field[] = [];
    // Registered before its fields are parsed, so that a field may refer to the record itself.
    const t: RecordType = this.register({ typeName, name, fields });
    for (const f of o.fields as unknown[]) {
      if (f === null || typeof f !== 'object') throw bad(`record ${name} has a field that is not an object`);
      const fo = f as Record<string, unknown>;
      if (typeof fo.name !== 'string' || !NAME.test(fo.name)) throw bad(`record ${name} has a field with an invalid name ${JSON.stringify(fo.name)}`);
      if (fields.some((x) => x.name === fo.name)) throw bad(`record ${name} repeats field ${fo.name}`);
      const type = this.parse(fo.type, inner);
      let dflt: unknown;
      if ('default' in fo) {
        try {
          dflt = defaultValue(type, fo.default);
        } catch (err) {
          throw bad(`invalid default of ${name}.${fo.name}: ${(err as Error).message}`);
        }
      }
      fields.push({ name: fo.name, type, default: dflt });
    }
    return t;
  }

  private union(branches: unknown[], ns: string): UnionType {
    const types = branches.map((b) => this.parse(b, ns));
    const keys = new Set<string>();
    for (const t of types) {
      if (t.typeName === 'union') throw bad('a union cannot contain a union');
      const key = branchName(t);
      if (keys.has(key)) throw bad(`a union repeats the branch ${key}`);
      keys.add(key);
    }
    return { typeName: 'union', types };
  }
}

/**
 * A schema default converted to the in-memory form, or an Error saying why it does not fit.
 * (Avro: a union's default is of its first branch; bytes and fixed are strings of code points 0-255.)
 */
function defaultValue(t: AvroType, v: unknown): unknown {
  const fail = (what: string): never => {
    throw new Error(`${JSON.stringify(v)} is not ${what}`);
  };
  switch (t.typeName) {
    case 'null':
      return v === null ? null : fail('null');
    case 'boolean':
      return typeof v === 'boolean' ? v : fail('a boolean');
    case 'int':
      return Number.isInteger(v) && (v as number) >= -2147483648 && (v as number) <= 2147483647 ? v : fail('an int');
    case 'long':
      return Number.isSafeInteger(v) ? v : fail('a long');
    case 'float':
    case 'double':
      return typeof v === 'number' ? v : fail(`a ${t.typeName}`);
    case 'string':
      return typeof v === 'string' ? v : fail('a string');
    case 'bytes':
    case 'fixed': {
      if (typeof v !== 'string') return fail(t.typeName);
      if (t.typeName === 'fixed' && v.length !== t.size) return fail(`${t.size} bytes`);
      const bytes = new Uint8Array(v.length);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c > 0xff) return fail(t.typeName);
        bytes[i] = c;
      }
      if (isUuid(t)) {
        const s = uuidFromBytes(bytes, 0);
        return isUuidString(s) ? s : fail('a uuid');
      }
      return bytes;
    }
    case 'enum':
      return typeof v === 'string' && t.symbols.includes(v) ? v : fail(`a ${t.name} symbol`);
    case 'array':
      return Array.isArray(v) ? v.map((x) => defaultValue(t.itemsType, x)) : fail('an array');
    case 'map': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail('a map');
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) setOwn(out, k, defaultValue(t.valuesType, x));
      return out;
    }
    case 'record':
    case 'error': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(`a ${t.name} record`);
      const out: Record<string, unknown> = {};
      for (const f of t.fields) {
        const x = getOwn(v, f.name);
        if (x === undefined && f.default === undefined) return fail(`a ${t.name} record (no ${f.name})`);
        setOwn(out, f.name, x === undefined ? f.default : defaultValue(f.type, x));
      }
      return out;
    }
    case 'union': {
      const first = t.types[0]!;
      const inner = defaultValue(first, v);
      if (inner === null || nullableIndex(t) >= 0) return inner;
      return { [branchName(first)]: inner };
    }
  }
}

/** The named type `name` of a table or the tables it layers on (a type named `__proto__` too, never a prototype). */
function lookup(types: TypeTable, name: string): AvroType | undefined {
  if (!isPrototypeKey(name)) return types[name];
  for (let o: object | null = types; o; o = Object.getPrototypeOf(o)) if (Object.hasOwn(o, name)) return (o as TypeTable)[name];
  return undefined;
}

function bad(message: string): EtpError {
  return new EtpError('INVALID_SCHEMA', message);
}
