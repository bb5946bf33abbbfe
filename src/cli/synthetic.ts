import type { EtpSession } from '../session/session.js';

// A synthetic ETP store and producer: a resource tree for Discovery and channels for
// ChannelStreaming. Used by `etp-codec serve` and the demo.

/** What the synthetic server offers: Discovery as store, ChannelStreaming as producer. */
export const SYNTHETIC_PROTOCOLS = [
  { protocol: 1, role: 'producer' },
  { protocol: 3, role: 'store' },
];

const CHANNELS = ['HKLD', 'ROP', 'SPPA', 'TORQUE'];
const T0_US = 1_763_769_600_000_000;

/** A Discovery GetResources body: the resources one level under `uri`. */
export function getResourcesBody(uri = 'eml:///') {
  return {
    context: { uri, depth: 1, dataObjectTypes: [], navigableEdges: 'Primary' },
    scope: 'self',
    countObjects: false,
    storeLastWriteFilter: null,
    activeStatusFilter: null,
    includeEdges: false,
  };
}

/** The synthetic resources under a context uri: `count` wells. */
export function syntheticResources(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    uri: `eml:///witsml20.Well(${String(i).padStart(6, '0')})`,
    alternateUris: [],
    name: `Synthetic well ${i}`,
    sourceCount: null,
    targetCount: 2,
    lastChanged: T0_US + i,
    storeLastWrite: T0_US + i,
    storeCreated: T0_US,
    activeStatus: i % 7 === 0 ? 'Inactive' : 'Active',
    customData: {},
  }));
}

function channelMetadata() {
  return {
    channels: CHANNELS.map((name, id) => ({
      uri: `eml:///witsml20.Channel(${name})`,
      id,
      indexes: [{ indexKind: 'DateTime', interval: { startIndex: { item: null }, endIndex: { item: null }, uom: 'us', depthDatum: '' }, direction: 'Increasing', name: 'time', uom: 'us', depthDatum: '', indexPropertyKindUri: '', filterable: true }],
      channelName: name,
      dataKind: 'typeDouble',
      uom: 'unitless',
      depthDatum: '',
      channelClassUri: '',
      status: 'Active',
      source: 'etp-codec synthetic',
      axisVectorLengths: [],
      attributeMetadata: [],
      customData: {},
    })),
  };
}

/** ChannelData with `rows` rows of every channel from row `from`. */
export function syntheticChannelData(from: number, rows: number) {
  const data = [];
  for (let r = from; r < from + rows; r++) {
    for (let id = 0; id < CHANNELS.length; id++) {
      data.push({ channelId: id, indexes: [{ item: { long: T0_US + r * 1_000_000 } }], value: { item: { double: 100 * (id + 1) + Math.sin(r / 5) * 10 } }, valueAttributes: [] });
    }
  }
  return { data };
}

/** Registers the synthetic store's handlers on a server session. */
export function serveSynthetic(session: EtpSession, options: { resources: number; rowsPerMessage?: number; intervalMs?: number; maxMessages?: number }): void {
  session.on('Energistics.Etp.v12.Protocol.Discovery.GetResources', (ctx) => {
    ctx.reply(4, { resources: syntheticResources(options.resources) });
  });
  let timer: NodeJS.Timeout | undefined;
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', () => {
    session.send(1, 1, channelMetadata());
    let row = 0;
    let sent = 0;
    const rows = options.rowsPerMessage ?? 10;
    const tick = (): void => {
      if (!session.isOpen || (options.maxMessages !== undefined && sent >= options.maxMessages)) {
        clearInterval(timer);
        return;
      }
      session.send(1, 2, syntheticChannelData(row, rows));
      row += rows;
      sent++;
    };
    clearInterval(timer);
    timer = setInterval(tick, options.intervalMs ?? 1000);
    tick();
  });
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming', () => clearInterval(timer));
}
