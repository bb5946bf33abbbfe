// Sparkle streaming over a loopback WebSocket, with credit windows of 1, 100 and unlimited, against
// ChannelStreaming's ChannelData carrying the same items (doubles, 100 per message) on the same kind
// of connection. Each iteration delivers ITEMS items to the consumer; ops/s count items.
import { listen, connect } from '../src/transport/index.js';
import { createSparkleCodec, serveSparkle, SparkleClient, SPARKLE_PROTOCOL, type SparkleMessageMap, TransformRegistry } from '../src/sparkle/index.js';
import type { SessionRow } from './session-cases.js';

const ITEMS = 2000;

export async function sparkleRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const codec = createSparkleCodec({ bytesView: true });
  const transforms = new TransformRegistry().register('bench', (r) => {
    const p = r.open({ streamType: 'Value' });
    p.push(Array.from({ length: ITEMS }, (_, i) => ({ value: { item: { double: i * 0.5 } } })));
    p.end();
  });
  const perMessage = 100;
  const channelData = {
    data: Array.from({ length: perMessage }, (_, i) => ({ channelId: 0, indexes: [], value: { item: { double: i * 0.5 } }, valueAttributes: [] })),
  };
  const server = await listen<SparkleMessageMap>({
    codec,
    compression: [],
    protocols: [
      { protocol: SPARKLE_PROTOCOL, role: 'producer' },
      { protocol: 1, role: 'producer' },
    ],
    setup: (s) => {
      serveSparkle(s, { transforms, maxBacklog: ITEMS });
      // The baseline: StartStreaming sends ITEMS items as ChannelData of 100.
      s.on('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', () => {
        for (let i = 0; i < ITEMS / perMessage; i++) s.send('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', channelData);
      });
    },
  });
  const { session } = await connect<SparkleMessageMap>(server.url, {
    codec,
    compression: [],
    protocols: [
      { protocol: SPARKLE_PROTOCOL, role: 'producer' },
      { protocol: 1, role: 'producer' },
    ],
  });
  let counted = 0;
  let wake: (() => void) | undefined;
  session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
    counted += ctx.body.data.length;
    if (counted >= ITEMS) wake?.();
  });
  const client = new SparkleClient(session, { maxQueued: ITEMS * 2 });
  const sparkle = (window: number, credit?: number) => async () => {
    const [stream] = await client.request({ sources: ['bench'], transform: 'bench', window, ...(credit === undefined ? {} : { credit }) });
    let n = 0;
    for await (const _ of stream!) n++;
    if (n !== ITEMS) throw new Error(`got ${n} items`);
  };
  const baseline = {
    name: 'ChannelStreaming ChannelData (100 items a message)',
    times: ITEMS,
    fn: () =>
      new Promise<void>((resolve) => {
        counted = 0;
        wake = resolve;
        session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', {});
      }),
  };
  const CASE = `Sparkle ${ITEMS.toLocaleString('en-US')} items over a loopback WebSocket`;
  const rows: SessionRow[] = [
    { case: CASE, op: 'items/s, credit window 1', ours: { name: 'Sparkle, window 1 (a grant per item)', times: ITEMS, fn: sparkle(1) }, baseline },
    { case: CASE, op: 'items/s, credit window 100', ours: { name: 'Sparkle, window 100', times: ITEMS, fn: sparkle(100) }, baseline },
    { case: CASE, op: 'items/s, unlimited credit', ours: { name: 'Sparkle, unlimited credit', times: ITEMS, fn: sparkle(1000, 0) }, baseline },
  ];
  return {
    rows,
    cleanup: async () => {
      session.close();
      await server.close();
    },
  };
}
