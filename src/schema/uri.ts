import { EtpError } from '../errors.js';

/**
 * ETP 1.2 canonical URIs, the two forms a store names things by:
 * - a dataspace: `eml:///` (the default dataspace) or `eml:///dataspace('name')`;
 * - a data object: `eml:///[dataspace('name')/]<domain><version>.<Type>(<uuid>)`, or with an
 *   object version `…(uuid=<uuid>,version='<version>')`.
 * A quote inside a dataspace name or version is doubled (`''`). Domains are lowercase letters
 * followed by their two-digit version (`witsml20`, `resqml20`, `eml21`, `prodml22`).
 */
export type EtpUri = DataspaceUri | DataObjectUri;

export interface DataspaceUri {
  kind: 'dataspace';
  /** The dataspace name; undefined for the default dataspace (`eml:///`). */
  dataspace?: string;
}

export interface DataObjectUri {
  kind: 'dataObject';
  dataspace?: string;
  /** Lowercase letters: `witsml`, `resqml`, `eml`, `prodml`. */
  domain: string;
  /** Two digits, e.g. `20` for witsml20. */
  domainVersion: string;
  /** The object's type name, e.g. `Well`. */
  objectType: string;
  /** The object's UUID, lowercase or uppercase hex in 8-4-4-4-12 form. */
  uuid: string;
  /** The object version, when the URI names one. */
  version?: string;
}

const QUOTED = "'((?:[^']|'')*)'";
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const DATASPACE = new RegExp(`^eml:///(?:dataspace\\(${QUOTED}\\))?$`);
const DATA_OBJECT = new RegExp(`^eml:///(?:dataspace\\(${QUOTED}\\)/)?([a-z]+)([1-9][0-9])\\.([A-Za-z_][A-Za-z0-9_]*)\\((?:(${UUID})|uuid=(${UUID}),version=${QUOTED})\\)$`);

const unquote = (s: string | undefined): string | undefined => s?.replaceAll("''", "'");
const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Parses a canonical ETP 1.2 URI; INVALID_URI (ETP 9) when it is neither form. */
export function parseUri(uri: string): EtpUri {
  if (typeof uri !== 'string') throw new EtpError('INVALID_URI', `uri must be a string, got ${typeof uri}`);
  let m = DATASPACE.exec(uri);
  if (m) return m[1] === undefined ? { kind: 'dataspace' } : { kind: 'dataspace', dataspace: unquote(m[1]) };
  m = DATA_OBJECT.exec(uri);
  if (m) {
    const [, dataspace, domain, domainVersion, objectType, uuid, uuid2, version] = m;
    const out: DataObjectUri = { kind: 'dataObject', domain: domain!, domainVersion: domainVersion!, objectType: objectType!, uuid: (uuid ?? uuid2)! };
    if (dataspace !== undefined) out.dataspace = unquote(dataspace);
    if (version !== undefined) out.version = unquote(version);
    return out;
  }
  throw new EtpError('INVALID_URI', `${JSON.stringify(uri.slice(0, 200))} is not an etp 1.2 uri: ${whyNot(uri)}`);
}

/** True when the string is a canonical ETP 1.2 dataspace or data object URI. */
export function isEtpUri(uri: string): boolean {
  return typeof uri === 'string' && (DATASPACE.test(uri) || DATA_OBJECT.test(uri));
}

/** Formats the canonical URI of a dataspace or data object (INVALID_URI when a part is malformed). */
export function formatUri(u: EtpUri): string {
  const space = u.dataspace === undefined ? '' : `dataspace(${quote(u.dataspace)})`;
  if (u.kind === 'dataspace') return `eml:///${space}`;
  const id = u.version === undefined ? u.uuid : `uuid=${u.uuid},version=${quote(u.version)}`;
  const uri = `eml:///${space ? `${space}/` : ''}${u.domain}${u.domainVersion}.${u.objectType}(${id})`;
  parseUri(uri); // every part checked by the one grammar
  return uri;
}

/** The first rule a non-URI breaks, for the error message. */
function whyNot(uri: string): string {
  if (!uri.startsWith('eml:///')) return "it does not start with 'eml:///'";
  const rest = uri.slice(7).replace(/^dataspace\('(?:[^']|'')*'\)\/?/, '');
  if (rest === '') return 'its dataspace is malformed';
  const object = /^([a-z]+[1-9][0-9])\.([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$/.exec(rest);
  if (!object) return 'it names no <domain><version>.<Type>(<uuid>)';
  return `${JSON.stringify(object[3]!.slice(0, 60))} is not a uuid (or uuid=…,version='…')`;
}
