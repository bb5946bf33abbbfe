import { EtpError } from '../errors.js';
import { parseUri } from '../schema/index.js';
import { readIdentity } from './identity.js';
import { objectUri } from './objects.js';
import { indexValue } from './channel-values.js';
import type { StoreContext } from './context.js';
import type { ChannelExtent, ChannelMeta, ChannelRecord } from './storage.js';

// A channel's description: read from its Channel data object (WITSML 2.1: Mnemonic, DataKind,
// Uom, Index/IndexKind, Index/Uom, Index/Direction, Index/Mnemonic) when a producer opens it or a
// consumer asks for it, kept with the channel, and sent as ETP's ChannelMetadataRecord.

/** Characters a channel's description field may hold (a Mnemonic, a unit): what a store keeps per open channel stays small. */
export const MAX_CHANNEL_FIELD = 256;

const DATA_KINDS = ['DateTime', 'ElapsedTime', 'MeasuredDepth', 'PassIndexedDepth', 'TrueVerticalDepth', 'typeBoolean', 'typeInt', 'typeLong', 'typeFloat', 'typeDouble', 'typeString', 'typeBytes'];
const INDEX_KINDS = ['DateTime', 'ElapsedTime', 'MeasuredDepth', 'TrueVerticalDepth', 'PassIndexedDepth', 'Pressure', 'Temperature', 'Scalar'];

/** WITSML's spelling (`measured depth`, `double`) to ETP's enum symbol (`MeasuredDepth`, `typeDouble`). */
function symbolOf(text: string, symbols: readonly string[], what: string): string {
  const key = text.replace(/[\s_-]/g, '').toLowerCase();
  const found = symbols.find((s) => s.toLowerCase() === key || s.toLowerCase() === `type${key}`);
  if (!found) throw new EtpError('INVALID_OBJECT', `the channel's ${what} ${JSON.stringify(text.slice(0, 64))} is not one of ${symbols.join(', ')}`);
  return found;
}

/** The channel a Channel data object describes. */
export async function channelFromObject(c: StoreContext, uri: string): Promise<Omit<ChannelRecord, 'id'>> {
  const u = parseUri(uri);
  if (u.kind !== 'dataObject' || u.objectType !== 'Channel') throw new EtpError('INVALID_ARGUMENT', `${uri} is not the URI of a Channel data object`);
  const dataspace = u.dataspace ?? '';
  const uuid = u.uuid.toLowerCase();
  const o = await c.storage.getObject(dataspace, uuid);
  if (!o || o.type !== `${u.domain}${u.domainVersion}.Channel`) throw new EtpError('NOT_FOUND', `no channel ${uri}: put its Channel data object first`);
  const id = readIdentity(o.data, o.format);
  const f = id.fields;
  const x = id.index;
  if (!x) throw new EtpError('INVALID_OBJECT', `the channel ${uri} has no Index`);
  const field = (v: string | undefined, name: string): string => {
    if ((v ?? '').length > MAX_CHANNEL_FIELD) throw new EtpError('INVALID_OBJECT', `the channel's ${name} is longer than ${MAX_CHANNEL_FIELD} characters`);
    return v ?? '';
  };
  const indexKind = symbolOf(x.IndexKind ?? '', INDEX_KINDS, 'IndexKind');
  if (indexKind === 'PassIndexedDepth') throw new EtpError('NOT_SUPPORTED', 'this store does not keep channels indexed by pass indexed depth');
  const direction = (x.Direction ?? 'increasing').toLowerCase();
  if (direction !== 'increasing') throw new EtpError('NOT_SUPPORTED', `this store keeps channels whose index increases; ${uri} is ${direction.slice(0, 32)}`);
  const meta: ChannelMeta = {
    name: field(f.Mnemonic ?? id.title, 'Mnemonic'),
    dataKind: symbolOf(f.DataKind ?? 'double', DATA_KINDS, 'DataKind'),
    uom: field(f.Uom, 'Uom'),
    indexKind,
    indexType: indexKind === 'DateTime' || indexKind === 'ElapsedTime' ? 'long' : 'double',
    indexUom: field(x.Uom, 'Index/Uom'),
    indexName: field(x.Mnemonic, 'Index/Mnemonic'),
    depthDatum: field(x.DatumRef ?? x.DepthDatum, 'Index/DatumRef'),
    source: field(f.Source, 'Source'),
  };
  const now = c.now();
  return { uri: objectUri(o), dataspace, uuid, meta, created: now, lastWrite: now };
}

/** The channel of a URI: kept, or made from its Channel data object. */
export async function channelOf(c: StoreContext, uri: string): Promise<ChannelRecord> {
  const made = await channelFromObject(c, uri);
  return (await c.storage.getChannel(made.uri)) ?? (await c.storage.putChannel(made));
}

/** ETP's ChannelMetadataRecord of a channel, with its points' extent as the index interval. */
export function metadataRecord(ch: ChannelRecord, extent: ChannelExtent | undefined): Record<string, unknown> {
  const m = ch.meta;
  return {
    uri: ch.uri,
    id: ch.id,
    indexes: [
      {
        indexKind: m.indexKind,
        interval: { startIndex: indexValue(extent?.start, m.indexType), endIndex: indexValue(extent?.end, m.indexType), uom: m.indexUom, depthDatum: m.depthDatum },
        direction: 'Increasing',
        name: m.indexName,
        uom: m.indexUom,
        depthDatum: m.depthDatum,
        indexPropertyKindUri: '',
        filterable: true,
      },
    ],
    channelName: m.name,
    dataKind: m.dataKind,
    uom: m.uom,
    depthDatum: m.depthDatum,
    channelClassUri: '',
    status: 'Active',
    source: m.source,
    axisVectorLengths: [],
    attributeMetadata: [],
    customData: {},
  };
}
