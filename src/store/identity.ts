import { EtpError } from '../errors.js';
import type { ObjectReference } from './storage.js';

// What a store reads from a data object's bytes: its identity (uuid, type, schema version, title)
// and its references to other objects, which become Discovery's edges. Energistics XML names a
// reference by an element holding a ContentType (`application/x-resqml+xml;version=2.0;type=obj_X`)
// or a QualifiedType (`resqml22.X`) beside a UUID (or Uuid); JSON by objects with the same keys.
// A scanner of tags rather than a DOM: the store needs a handful of values, and a hostile document
// costs one linear pass.

/** What the bytes say about an object. */
export interface ObjectIdentity {
  /** The root element's local name (`obj_Grid2dRepresentation`, `Well`); '' for JSON without one. */
  root: string;
  uuid: string | undefined;
  schemaVersion: string | undefined;
  /** Citation/Title (or the first Title), '' when none. */
  title: string;
  /** Citation/LastUpdate or Creation, as microseconds since the epoch. */
  changed: number | undefined;
  references: ObjectReference[];
  /** Arrays the object's values live in: an element holding a PathInHdfFile (or PathInExternalFile) beside a reference to the object that holds the file. */
  arrays: { uuid: string; type: string; pathInResource: string }[];
  /** The text of the root's child elements that hold only text (a Channel's Mnemonic, DataKind, Uom), the first of each name. */
  fields: Record<string, string>;
  /** The same of the root's first Index child (a Channel's index: IndexKind, Uom, Direction, Mnemonic). */
  index: Record<string, string> | undefined;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** `application/x-resqml+xml;version=2.0;type=obj_X` or `resqml20.obj_X` → `resqml20.obj_X` (undefined when neither). */
export function qualifiedType(text: string): string | undefined {
  const t = text.trim();
  const q = /^([a-z]+[0-9]{2})\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(t);
  if (q) return `${q[1]}.${q[2]}`;
  const m = /^application\/(?:x-)?([a-z]+)\+(?:xml|json);\s*version=([0-9]+)\.([0-9]+)(?:\.[0-9]+)*;\s*type=(?:[a-z]+[0-9]*\.)?([A-Za-z_][A-Za-z0-9_]*)$/i.exec(t);
  if (m) return `${m[1]!.toLowerCase()}${m[2]}${m[3]}.${m[4]}`;
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => (e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : codePoint(e)));
/** A numeric character reference's character; the reference as written when it names none. */
const codePoint = (e: string): string => {
  const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : `&${e};`;
};

/** Reads an object's identity and references; INVALID_OBJECT when the bytes are not UTF-8 XML (or JSON) with a root element. */
export function readIdentity(data: Uint8Array, format: string): ObjectIdentity {
  let text: string;
  try {
    text = decoder.decode(data);
  } catch {
    throw new EtpError('INVALID_OBJECT', 'the object is not utf-8');
  }
  return format === 'json' ? readJson(text) : readXml(text);
}

interface Open {
  name: string;
  /** Text of its leaf child elements, by local name (only the few a reference needs). */
  kids: Record<string, string>;
  /** References among its children (an Hdf5Dataset's HdfProxy). */
  refs: ObjectReference[];
}

/** Where the markup that starts at `at` ends (the index after it), for comments, CDATA, processing instructions and declarations; -1 when it is not one. */
function skipMarkup(text: string, at: number): number {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ] as const) {
    if (!text.startsWith(open, at)) continue;
    const end = text.indexOf(close, at + open.length);
    if (end < 0) throw new EtpError('INVALID_OBJECT', `the xml ends inside ${open}`);
    return end + close.length;
  }
  return -1;
}

/** The index of the `>` that ends the tag starting at `at` (a `>` inside a quoted attribute value does not). */
function tagEnd(text: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
    else if (ch === '<') break;
  }
  throw new EtpError('INVALID_OBJECT', `a tag at ${at} does not end`);
}

const NAME_CHAR = /[\w.:-]/;

/** The attributes of a tag's text (after its name), by local name: one pass, no backtracking. */
function attributes(tag: string, from: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = from;
  const n = tag.length;
  for (;;) {
    while (i < n && /\s/.test(tag[i]!)) i++;
    const start = i;
    while (i < n && NAME_CHAR.test(tag[i]!)) i++;
    if (i === start) return out;
    const name = tag.slice(start, i);
    while (i < n && /\s/.test(tag[i]!)) i++;
    if (tag[i] !== '=') return out;
    i++;
    while (i < n && /\s/.test(tag[i]!)) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return out;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) return out;
    out.set(name.slice(name.lastIndexOf(':') + 1), unescapeXml(tag.slice(i + 1, end)).trim());
    i = end + 1;
  }
}

/**
 * One pass over the document, each character looked at a bounded number of times: markup is
 * skipped with indexOf, a tag's end found by a scan that respects quotes, attributes read without
 * regular expressions that could backtrack (hostile XML costs time in proportion to its length).
 */
function readXml(text: string): ObjectIdentity {
  const stack: Open[] = [];
  const out: ObjectIdentity = {
    root: '',
    uuid: undefined,
    schemaVersion: undefined,
    title: '',
    changed: undefined,
    references: [],
    arrays: [],
    fields: Object.create(null) as Record<string, string>,
    index: undefined,
  };
  const seen = new Set<string>();
  let textStart = 0;
  let at = text.indexOf('<');
  while (at >= 0) {
    const skipped = skipMarkup(text, at);
    if (skipped >= 0) {
      textStart = skipped;
      at = text.indexOf('<', skipped);
      continue;
    }
    const end = tagEnd(text, at);
    const tag = text.slice(at + 1, end);
    const close = tag.startsWith('/');
    const selfClose = !close && tag.endsWith('/');
    let nameEnd = close ? 1 : 0;
    while (nameEnd < tag.length && NAME_CHAR.test(tag[nameEnd]!)) nameEnd++;
    const qualified = tag.slice(close ? 1 : 0, nameEnd);
    if (!qualified) throw new EtpError('INVALID_OBJECT', `a tag at ${at} has no name`);
    const name = qualified.slice(qualified.lastIndexOf(':') + 1);
    const next = end + 1;
    if (!close) {
      if (stack.length === 0) {
        if (out.root) throw new EtpError('INVALID_OBJECT', 'the xml has more than one root element');
        out.root = name;
        const attrs = attributes(selfClose ? tag.slice(0, -1) : tag, nameEnd);
        out.uuid = attrs.get('uuid');
        out.schemaVersion = attrs.get('schemaVersion');
      }
      if (!selfClose) stack.push({ name, kids: Object.create(null) as Record<string, string>, refs: [] });
      textStart = next;
      at = text.indexOf('<', next);
      continue;
    }
    const open = stack.pop();
    if (!open || open.name !== name) throw new EtpError('INVALID_OBJECT', `the xml closes ${name} where ${open?.name ?? 'nothing'} is open`);
    const value = unescapeXml(text.slice(textStart, at)).trim();
    const parent = stack[stack.length - 1];
    const leaf = Object.keys(open.kids).length === 0;
    if (parent && leaf) parent.kids[name] = value;
    if (stack.length === 1) {
      if (leaf && !(name in out.fields)) out.fields[name] = value;
      if (name === 'Index' && !out.index) out.index = { ...open.kids };
    }
    if (name === 'Title' && !out.title && parent?.name === 'Citation' && stack.length === 2) out.title = value;
    if ((name === 'LastUpdate' || (name === 'Creation' && out.changed === undefined)) && parent?.name === 'Citation') {
      const t = Date.parse(value);
      if (Number.isFinite(t)) out.changed = t * 1000;
    }
    const ref = referenceOf(open.kids);
    if (ref && stack.length > 0) {
      parent?.refs.push(ref);
      if (!seen.has(ref.uuid)) {
        seen.add(ref.uuid);
        out.references.push(ref);
      }
    }
    const path = open.kids.PathInHdfFile ?? open.kids.PathInExternalFile;
    if (path !== undefined && open.refs.length > 0) out.arrays.push({ uuid: open.refs[0]!.uuid, type: open.refs[0]!.type, pathInResource: path });
    textStart = next;
    at = text.indexOf('<', next);
  }
  if (!out.root) throw new EtpError('INVALID_OBJECT', 'the object has no xml root element');
  if (stack.length > 0) throw new EtpError('INVALID_OBJECT', `the xml ends inside ${stack[stack.length - 1]!.name}`);
  return out;
}

/** A reference when an element's children name a type and a uuid. */
function referenceOf(kids: Record<string, string>): ObjectReference | undefined {
  const uuid = kids.UUID ?? kids.Uuid;
  const typeText = kids.ContentType ?? kids.QualifiedType;
  if (uuid === undefined || typeText === undefined || !UUID.test(uuid)) return undefined;
  const type = qualifiedType(typeText);
  return type ? { uuid: uuid.toLowerCase(), type } : undefined;
}

function readJson(text: string): ObjectIdentity {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    throw new EtpError('INVALID_OBJECT', 'the object is not json');
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new EtpError('INVALID_OBJECT', 'the json object is not an object');
  const r = root as Record<string, unknown>;
  const citation = (r.Citation ?? {}) as Record<string, unknown>;
  const out: ObjectIdentity = {
    root: typeof r.$type === 'string' ? r.$type.slice(r.$type.lastIndexOf('.') + 1) : '',
    uuid: typeof r.Uuid === 'string' ? r.Uuid : typeof r.uuid === 'string' ? r.uuid : undefined,
    schemaVersion: typeof r.SchemaVersion === 'string' ? r.SchemaVersion : typeof r.schemaVersion === 'string' ? r.schemaVersion : undefined,
    title: typeof citation.Title === 'string' ? citation.Title : '',
    changed: undefined,
    references: [],
    arrays: [],
    fields: textOf(r),
    index: undefined,
  };
  const index = Array.isArray(r.Index) ? r.Index[0] : r.Index;
  if (index && typeof index === 'object') out.index = textOf(index as Record<string, unknown>);
  const seen = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 64) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (depth > 0) {
      const kids: Record<string, string> = {};
      for (const k of ['UUID', 'Uuid', 'ContentType', 'QualifiedType']) if (typeof o[k] === 'string') kids[k] = o[k] as string;
      const ref = referenceOf(kids);
      if (ref && !seen.has(ref.uuid)) {
        seen.add(ref.uuid);
        out.references.push(ref);
      }
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  visit(r, 0);
  return out;
}

/** An object's members that are strings or numbers, as text. */
function textOf(o: Record<string, unknown>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}
