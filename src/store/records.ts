import { EtpError } from '../errors.js';
import { type ActiveStatusKind, type DataObjectInput, type DataspaceInput, type DataValueInput, formatUri, parseUri } from '../schema/index.js';
import { readIdentity } from './identity.js';

// Builders for the records a store's customer writes: a DataObject from a URI and its bytes, a
// Dataspace from a URI or a path, with every time filled, so no field is written by hand.

/** Microseconds since the epoch, ETP's time. */
export const nowMicros = (): number => Date.now() * 1000;

/** Options of {@link dataObjectRecord}. */
export interface DataObjectRecordOptions {
  /** Resource name; default the object's Citation/Title read from its bytes ('' when it has none). */
  name?: string;
  /** 'xml' (default) or 'json'. */
  format?: string;
  /** Resource.lastChanged in microseconds; default the object's Citation/LastUpdate or Creation, else `now`. */
  lastChanged?: number;
  /** Default 'Active'. */
  activeStatus?: ActiveStatusKind;
  customData?: Record<string, DataValueInput>;
  /** The clock, in microseconds since the epoch (default Date.now() × 1000). */
  now?: () => number;
}

const encoder = new TextEncoder();

/**
 * A DataObject record for PutDataObjects from the object's URI and its bytes (a string is taken as
 * UTF-8): the name and change time read from the bytes, the store times set to now (a store sets
 * its own). INVALID_URI when `uri` names no data object; the bytes are not checked beyond their
 * title, the store does that.
 */
export function dataObjectRecord(uri: string, data: string | Uint8Array, options: DataObjectRecordOptions = {}): DataObjectInput & { resource: { uri: string; name: string } } {
  if (typeof uri !== 'string' || parseUri(uri).kind !== 'dataObject') throw new EtpError('INVALID_URI', `${String(uri)} is not a data object uri`);
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  if (!(bytes instanceof Uint8Array)) throw new EtpError('INVALID_VALUE', 'data is a string or a Uint8Array');
  const format = options.format ?? 'xml';
  const now = (options.now ?? nowMicros)();
  let title = '';
  let changed: number | undefined;
  if (options.name === undefined || options.lastChanged === undefined) {
    try {
      const id = readIdentity(bytes, format);
      title = id.title;
      changed = id.changed;
    } catch {
      // Not readable here: the store will say so for this item.
    }
  }
  return {
    resource: {
      uri,
      name: options.name ?? title,
      lastChanged: options.lastChanged ?? changed ?? now,
      storeLastWrite: now,
      storeCreated: now,
      activeStatus: options.activeStatus ?? 'Active',
      ...(options.customData ? { customData: options.customData } : {}),
    },
    format,
    blobId: null,
    data: bytes,
  };
}

/** A Dataspace record for PutDataspaces from `eml:///dataspace('a/b')` or the path `a/b`, times set to now. */
export function dataspaceRecord(uriOrPath: string, options: { customData?: Record<string, DataValueInput>; now?: () => number } = {}): DataspaceInput & { uri: string } {
  if (typeof uriOrPath !== 'string') throw new EtpError('INVALID_VALUE', 'a dataspace is named by its uri or path');
  const uri = uriOrPath.startsWith('eml:') ? uriOrPath : formatUri({ kind: 'dataspace', dataspace: uriOrPath });
  const u = parseUri(uri);
  if (u.kind !== 'dataspace') throw new EtpError('INVALID_URI', `${uri} is not a dataspace uri`);
  const now = (options.now ?? nowMicros)();
  return { uri, path: u.dataspace ?? '', storeLastWrite: now, storeCreated: now, customData: options.customData ?? {} };
}

/** What {@link channelXml} writes into a WITSML 2.1 Channel. */
export interface ChannelXmlOptions {
  uuid: string;
  /** The channel's name (Mnemonic and Citation/Title). */
  mnemonic: string;
  /** WITSML's ChannelDataKind: 'double' (default), 'long', 'string', 'boolean'… */
  dataKind?: string;
  uom?: string;
  /** WITSML's ChannelIndexKind: 'measured depth' (default), 'date time', 'elapsed time', 'true vertical depth'… */
  indexKind?: string;
  /** Default 'm' for depths, 'us' for times. */
  indexUom?: string;
  /** Default 'MD' for depths, 'TIME' for times. */
  indexMnemonic?: string;
}

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal WITSML 2.1 Channel data object (what a store reads a channel's description from), for
 * a producer that has none of its own: put it with PutDataObjects at `eml:///…/witsml21.Channel(uuid)`,
 * then open the channel.
 */
export function channelXml(options: ChannelXmlOptions): string {
  const time = /date|elapsed/i.test(options.indexKind ?? '');
  const t = (s: string | undefined, d: string): string => xmlText(s ?? d);
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<Channel xmlns="http://www.energistics.org/energyml/data/witsmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" uuid="${t(options.uuid, '')}" schemaVersion="2.1">` +
    `<eml:Citation><eml:Title>${t(options.mnemonic, '')}</eml:Title><eml:Originator>etp-codec</eml:Originator><eml:Creation>2026-01-01T00:00:00Z</eml:Creation><eml:Format>etp-codec</eml:Format></eml:Citation>` +
    `<Mnemonic>${t(options.mnemonic, '')}</Mnemonic><DataKind>${t(options.dataKind, 'double')}</DataKind><Uom>${t(options.uom, 'unitless')}</Uom><GrowingStatus>active</GrowingStatus>` +
    `<Index><IndexKind>${t(options.indexKind, 'measured depth')}</IndexKind><Uom>${t(options.indexUom, time ? 'us' : 'm')}</Uom><Direction>increasing</Direction><Mnemonic>${t(options.indexMnemonic, time ? 'TIME' : 'MD')}</Mnemonic></Index>` +
    `</Channel>`
  );
}
