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
const unescape = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

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

function readXml(text: string): ObjectIdentity {
  const tag = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;
  const stack: Open[] = [];
  const out: ObjectIdentity = { root: '', uuid: undefined, schemaVersion: undefined, title: '', changed: undefined, references: [], arrays: [] };
  const seen = new Set<string>();
  let textStart = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    const [all, close, name, attrs, selfClose] = m;
    if (name === undefined) {
      textStart = m.index + all.length;
      continue;
    }
    if (!close) {
      if (stack.length === 0) {
        if (out.root) throw new EtpError('INVALID_OBJECT', 'the xml has more than one root element');
        out.root = name;
        for (const [, k, v1, v2] of attrs!.matchAll(/\s+(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
          if (k === 'uuid') out.uuid = unescape(v1 ?? v2 ?? '').trim();
          else if (k === 'schemaVersion') out.schemaVersion = unescape(v1 ?? v2 ?? '').trim();
        }
      }
      if (!selfClose) stack.push({ name, kids: Object.create(null) as Record<string, string>, refs: [] });
      textStart = m.index + all.length;
      continue;
    }
    const open = stack.pop();
    if (!open || open.name !== name) throw new EtpError('INVALID_OBJECT', `the xml closes ${name} where ${open?.name ?? 'nothing'} is open`);
    const value = unescape(text.slice(textStart, m.index)).trim();
    const parent = stack[stack.length - 1];
    if (parent && Object.keys(open.kids).length === 0) parent.kids[name] = value;
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
    textStart = m.index + all.length;
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
  };
  const seen = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 64) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
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
