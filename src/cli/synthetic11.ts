import { EtpErrorCodes } from '../errors.js';
import type { Etp11 } from '../schema/index.js';
import type { EtpSession } from '../session/session.js';
import { CHANNELS, RowStream, type StreamOptions, syntheticUuid, T0_US } from './synthetic.js';

// The synthetic store and producer in ETP 1.1: WITSML 1.4.1.1 URIs (eml://witsml14/well(<uuid>)),
// Discovery answering with one GetResourcesResponse per resource, and ChannelStreaming 1.1
// (Start, ChannelDescribe → ChannelMetadata, ChannelStreamingStart → ChannelData).

const ROOT = 'eml://witsml14';
const CONTENT = 'application/x-witsml+xml;version=1.4.1.1;type=';

function wellUri(i: number): string {
  return `${ROOT}/well(${syntheticUuid(`well ${i}`)})`;
}

function resource(uri: string, name: string, type: string, uuid: string | null, children: number): Etp11.ResourceInput {
  return {
    uri,
    contentType: type === 'UriProtocol' ? '' : CONTENT + type,
    name,
    channelSubscribable: type === 'log',
    customData: {},
    resourceType: type === 'UriProtocol' ? 'UriProtocol' : 'DataObject',
    hasChildren: children,
    uuid,
    lastChanged: T0_US,
    objectNotifiable: false,
  };
}

/**
 * The resources one level under `uri`: the WITSML 1.4.1.1 root under `eml://`, wells under it, one
 * wellbore under each well, one log under each wellbore; an error (9) for what is not an eml:// URI.
 */
export function answerGetResources11(uri: string, wells: number): Etp11.ResourceInput[] | { error: number; message: string } {
  if (uri === 'eml://' || uri === 'eml:///') return [resource(ROOT, 'WITSML Store (1.4.1.1)', 'UriProtocol', null, wells)];
  if (uri === ROOT) return Array.from({ length: wells }, (_, i) => resource(wellUri(i), `well ${i}`, 'well', syntheticUuid(`well ${i}`), 1));
  const well = /^eml:\/\/witsml14\/well\(([0-9a-f-]{36})\)(\/wellbore\(([0-9a-f-]{36})\))?$/.exec(uri);
  if (well) {
    if (well[3] === undefined) return [resource(`${uri}/wellbore(${syntheticUuid(`wellbore of ${well[1]}`)})`, 'wellbore 1', 'wellbore', syntheticUuid(`wellbore of ${well[1]}`), 1)];
    return [resource(`${uri}/log(${syntheticUuid(`log of ${well[3]}`)})`, 'drilling log', 'log', syntheticUuid(`log of ${well[3]}`), 0)];
  }
  if (!uri.startsWith('eml://')) return { error: EtpErrorCodes.EINVALID_URI, message: `${JSON.stringify(uri)} is not an eml:// uri` };
  return [];
}

/** ETP 1.1 ChannelMetadata of the streamed channels, time-indexed doubles with their units. */
export function channelMetadata11(): Etp11.ChannelStreamingChannelMetadataInput {
  const log = `${wellUri(0)}/wellbore(${syntheticUuid('wellbore 0')})/log(${syntheticUuid('log 0')})`;
  return {
    channels: CHANNELS.map(([name, uom], id) => ({
      channelUri: `${log}/logCurveInfo(${name})`,
      channelId: id,
      indexes: [{ indexType: 'Time', uom: 's', depthDatum: null, direction: 'Increasing', mnemonic: 'TIME', description: 'time', uri: null, customData: {}, scale: 0, timeDatum: null }],
      channelName: name,
      dataType: 'double',
      uom,
      startIndex: T0_US,
      endIndex: null,
      description: name,
      status: 'Active',
      source: 'etp-codec serve',
      measureClass: '',
      uuid: syntheticUuid(`channel ${name}`),
      customData: {},
      domainObject: null,
    })),
  };
}

/** ETP 1.1 ChannelData: `rows` rows of the given channels from row `from`, one a second. */
export function channelData11(from: number, rows: number, channels: readonly number[]): Etp11.ChannelDataInput {
  const data: Etp11.DataItemInput[] = [];
  for (let r = from; r < from + rows; r++) {
    for (const id of channels) data.push({ indexes: [T0_US + r * 1_000_000], channelId: id, value: { item: { double: 100 * (id + 1) + Math.sin(r / 5) * 10 } }, valueAttributes: [] });
  }
  return { data };
}

/** Registers the synthetic ETP 1.1 store's handlers on a server session. */
export function serveSynthetic11(session: EtpSession<Etp11.Etp11MessageMap>, options: { resources: number } & StreamOptions): void {
  session.on('Energistics.Protocol.Discovery.GetResources', (ctx) => {
    const answer = answerGetResources11(ctx.body.uri, options.resources);
    if ('error' in answer) ctx.replyError(answer.error, answer.message);
    else
      ctx.replyEach(
        'Energistics.Protocol.Discovery.GetResourcesResponse',
        answer.map((r) => ({ resource: r })),
      );
  });
  // Start says how much the consumer takes; the producer keeps to at most maxDataItems per message.
  let maxItems = Infinity;
  session.on('Energistics.Protocol.ChannelStreaming.Start', (ctx) => {
    maxItems = ctx.body.maxDataItems > 0 ? ctx.body.maxDataItems : Infinity;
  });
  session.on('Energistics.Protocol.ChannelStreaming.ChannelDescribe', (ctx) => ctx.reply('Energistics.Protocol.ChannelStreaming.ChannelMetadata', channelMetadata11()));
  const stream = new RowStream(options);
  session.on('Energistics.Protocol.ChannelStreaming.ChannelStreamingStart', (ctx) => {
    const channels = ctx.body.channels.map((c) => Number(c.channelId)).filter((id) => id >= 0 && id < CHANNELS.length);
    const rows = Math.max(1, Math.min(options.rowsPerMessage ?? 10, Math.floor(maxItems / Math.max(1, channels.length))));
    // From a timer: a send that fails (the session closed) stops the stream instead of throwing.
    stream.start(session, (row, n) => typeof session.trySend('Energistics.Protocol.ChannelStreaming.ChannelData', channelData11(row, n, channels)) === 'number', rows);
  });
  session.on('Energistics.Protocol.ChannelStreaming.ChannelStreamingStop', () => stream.stop());
}
