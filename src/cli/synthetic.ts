import { v5 as uuidv5 } from 'uuid';
import { EtpErrorCodes } from '../errors.js';
import type { ChannelMetadataInput, ChannelMetadataRecord, ChannelStreamingChannelDataInput, GetResourcesInput, Resource } from '../schema/gen/etp12-types.gen.js';
import { type DataObjectUri, formatUri, parseUri } from '../schema/uri.js';
import type { EtpSession } from '../session/session.js';

// A synthetic ETP store and producer, shaped like what a real store sends: canonical ETP 1.2 URIs
// whose UUIDs derive from the objects' names (stable across runs), wells with wellbores, and
// drilling channels with their units. Used by `etp-codec serve` and the demo.

/** What the synthetic server offers: Discovery as store, ChannelStreaming as producer. */
export const SYNTHETIC_PROTOCOLS = [
  { protocol: 1, role: 'producer' },
  { protocol: 3, role: 'store' },
];

/** The dataspace the synthetic objects also appear in (besides the default dataspace). */
export const SYNTHETIC_DATASPACE = 'etp-codec/synthetic';

/** 2025-11-22T00:00:00Z in microseconds: the synthetic clock's start. */
export const T0_US = 1_763_769_600_000_000;

// The namespace of the synthetic objects' name-based (v5) UUIDs.
const NAMESPACE = '5b3f1c2e-8d4a-4f6b-9e21-0c7d3a9b6e48';

/** The stable UUID of a synthetic object, from its name. */
export function syntheticUuid(name: string): string {
  return uuidv5(name, NAMESPACE);
}

/** The canonical URI of a synthetic WITSML 2.0 object. */
export function syntheticUri(objectType: string, name: string, dataspace?: string): string {
  const u: DataObjectUri = { kind: 'dataObject', domain: 'witsml', domainVersion: '20', objectType, uuid: syntheticUuid(name) };
  if (dataspace !== undefined) u.dataspace = dataspace;
  return formatUri(u);
}

// name, uom: what a drilling rig streams.
export const CHANNELS: [string, string][] = [
  ['HKLD', 'kN'], // hookload
  ['ROP', 'm/h'], // rate of penetration
  ['SPPA', 'kPa'], // standpipe pressure
  ['TORQUE', 'kN.m'], // surface torque
];

/** A Discovery GetResources body: the resources one level under `uri`. */
export function getResourcesBody(uri = 'eml:///'): GetResourcesInput {
  return {
    context: { uri, depth: 1, dataObjectTypes: [], navigableEdges: 'Primary' },
    scope: 'self',
    countObjects: false,
    storeLastWriteFilter: null,
    activeStatusFilter: null,
    includeEdges: false,
  };
}

function resource(uri: string, name: string, i: number, targets: number | null): Resource {
  return {
    uri,
    alternateUris: [],
    name,
    sourceCount: null,
    targetCount: targets,
    lastChanged: T0_US + i,
    storeLastWrite: T0_US + i,
    storeCreated: T0_US,
    activeStatus: i % 7 === 0 ? 'Inactive' : 'Active',
    customData: {},
  };
}

/** The synthetic wells of a dataspace (undefined: the default one): `count` of them, two wellbores each. */
export function syntheticResources(count: number, dataspace?: string): Resource[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Synthetic well ${i}`;
    return resource(syntheticUri('Well', name, dataspace), name, i, 2);
  });
}

// The wells' UUIDs, computed once per store size: a request costs a lookup, not N hashes.
const wellIndexes = new Map<number, Map<string, number>>();
function wellIndex(wells: number): Map<string, number> {
  let index = wellIndexes.get(wells);
  if (!index) {
    index = new Map(Array.from({ length: wells }, (_, i) => [syntheticUuid(`Synthetic well ${i}`), i]));
    wellIndexes.set(wells, index);
  }
  return index;
}

/**
 * The answer of the synthetic store to GetResources: the wells under a dataspace, the wellbores
 * under a well, nothing under anything else; EINVALID_URI (9) for a string that is not an ETP 1.2
 * URI.
 */
export function answerGetResources(uri: string, wells: number): { resources: Resource[] } | { error: number; message: string } {
  let context: ReturnType<typeof parseUri>;
  try {
    context = parseUri(uri);
  } catch (err) {
    return { error: EtpErrorCodes.EINVALID_URI, message: (err as Error).message };
  }
  if (context.kind === 'dataspace') {
    const known = context.dataspace === undefined || context.dataspace === SYNTHETIC_DATASPACE;
    return { resources: known ? syntheticResources(wells, context.dataspace) : [] };
  }
  const index = context.objectType === 'Well' ? wellIndex(wells).get(context.uuid.toLowerCase()) : undefined;
  if (index === undefined) return { resources: [] };
  return {
    resources: ['ST00', 'ST01'].map((bore, b) => {
      const name = `Synthetic well ${index} ${bore}`;
      return resource(syntheticUri('Wellbore', name, context.dataspace), name, index + b, 1);
    }),
  };
}

/** ChannelMetadata of the streamed channels: time-indexed doubles with their units. */
export function channelMetadata(): ChannelMetadataInput {
  const channels: ChannelMetadataRecord[] = CHANNELS.map(([name, uom], id) => ({
    uri: syntheticUri('Channel', `Synthetic well 0 ST00 ${name}`),
    id,
    indexes: [
      {
        indexKind: 'DateTime',
        interval: { startIndex: { item: { long: T0_US } }, endIndex: { item: null }, uom: 'us', depthDatum: '' },
        direction: 'Increasing',
        name: 'TIME',
        uom: 'us',
        depthDatum: '',
        indexPropertyKindUri: '',
        filterable: true,
      },
    ],
    channelName: name,
    dataKind: 'typeDouble',
    uom,
    depthDatum: '',
    channelClassUri: '',
    status: 'Active',
    source: 'etp-codec serve',
    axisVectorLengths: [],
    attributeMetadata: [],
    customData: {},
  }));
  return { channels };
}

/** ChannelData with `rows` rows of every channel from row `from`, one row a second. */
export function syntheticChannelData(from: number, rows: number): ChannelStreamingChannelDataInput {
  const data: ChannelStreamingChannelDataInput['data'] = [];
  for (let r = from; r < from + rows; r++) {
    for (let id = 0; id < CHANNELS.length; id++) {
      data.push({ channelId: id, indexes: [{ item: { long: T0_US + r * 1_000_000 } }], value: { item: { double: 100 * (id + 1) + Math.sin(r / 5) * 10 } }, valueAttributes: [] });
    }
  }
  return { data };
}

/** Registers the synthetic store's handlers on a server session. */
export function serveSynthetic(session: EtpSession, options: { resources: number } & StreamOptions): void {
  session.on('Energistics.Etp.v12.Protocol.Discovery.GetResources', (ctx) => {
    const answer = answerGetResources(ctx.body.context.uri, options.resources);
    if ('error' in answer) ctx.replyError(answer.error, answer.message);
    else ctx.reply('Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse', answer);
  });
  const stream = new RowStream(options);
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', () => {
    session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', channelMetadata());
    // From a timer: a send that fails must not throw. Rows that do not fit the agreed size go in
    // smaller messages; any other failure (the session closed) stops the stream.
    const sendRows = (row: number, rows: number): boolean => {
      const sent = session.trySend('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', syntheticChannelData(row, rows));
      if (typeof sent === 'number') return true;
      if (sent.code !== 'MESSAGE_TOO_LARGE' || rows === 1) return false;
      const half = Math.ceil(rows / 2);
      return sendRows(row, half) && sendRows(row + half, rows - half);
    };
    stream.start(session, sendRows);
  });
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming', () => stream.stop());
}

/** How a synthetic producer paces its rows. */
export interface StreamOptions {
  rowsPerMessage?: number;
  intervalMs?: number;
  maxMessages?: number;
}

/**
 * One synthetic stream: a message of `rowsPerMessage` rows at once, then one every `intervalMs`,
 * until stopped, the session closes or `maxMessages` were sent. Restarting starts from row 0.
 */
export class RowStream {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: StreamOptions) {}

  /** `send` returns false when the rows could not be sent: the stream stops. */
  start(session: { readonly isOpen: boolean }, send: (row: number, rows: number) => boolean | undefined, rows = this.options.rowsPerMessage ?? 10): void {
    let row = 0;
    let sent = 0;
    const tick = (): void => {
      if (!session.isOpen || (this.options.maxMessages !== undefined && sent >= this.options.maxMessages)) {
        this.stop();
        return;
      }
      if (send(row, rows) === false) {
        this.stop();
        return;
      }
      row += rows;
      sent++;
    };
    this.stop();
    this.timer = setInterval(tick, this.options.intervalMs ?? 1000);
    tick();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
