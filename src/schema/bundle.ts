import { EtpError } from '../errors.js';
import { readTextFile } from './bundle-file.js';

/** An ETP-style Avro protocol bundle (`.avpr`): named types in dependency order. */
export interface SchemaBundle {
  namespace?: string;
  protocol?: string;
  version?: string;
  types: AvroSchema[];
}

/** Any Avro schema in JSON form (a type name, an object, or a union array). */
export type AvroSchema = string | AvroSchema[] | { type: unknown; [key: string]: unknown };

/** A bundle object, or (on Node) the path of a `.avpr` file holding one. */
export type SchemaSource = SchemaBundle | string;

/** Reads a bundle from a file path (Node only), or checks the shape of a bundle object. */
export function readBundle(source: SchemaSource): SchemaBundle {
  let bundle: unknown = source;
  if (typeof source === 'string') {
    const text = readTextFile(source);
    try {
      bundle = JSON.parse(text);
    } catch (err) {
      throw new EtpError('INVALID_SCHEMA', `schema file ${source} is not json: ${(err as Error).message}`, { cause: err });
    }
  }
  if (!bundle || typeof bundle !== 'object' || !Array.isArray((bundle as SchemaBundle).types)) {
    throw new EtpError('INVALID_SCHEMA', 'a schema bundle must be an object with a "types" array');
  }
  return bundle as SchemaBundle;
}

/**
 * A copy of a one-protocol bundle whose messages are under protocol number `protocol` (a custom
 * protocol moved out of another's way). INVALID_OPTION for a negative number or 2100 (ETP's
 * private WitsmlSoap).
 */
export function withProtocolNumber(bundle: SchemaBundle, protocol: number): SchemaBundle {
  if (!Number.isInteger(protocol) || protocol < 0 || protocol === 2100) {
    throw new EtpError('INVALID_OPTION', `a protocol number must be a non-negative integer other than 2100, got ${String(protocol)}`);
  }
  return { ...bundle, types: bundle.types.map((t) => (typeof t === 'object' && !Array.isArray(t) && t.protocol !== undefined ? { ...t, protocol: String(protocol) } : t)) };
}
