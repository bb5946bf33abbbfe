// Sink events acknowledged over a loopback WebSocket with 1, 16 and 256 in flight, against ETP's
// own request and answer (Ping → Pong) at the same depth on the same kind of connection. Each
// iteration publishes EVENTS events; ops/s count events.
import { connectSink, createSinkCodec, SINK_OFFER, SinkIngest, type SinkMessageMap } from '../src/sink/index.js';
import { connect, listen } from '../src/transport/index.js';
import type { SessionRow } from './session-cases.js';

const EVENTS = 1000;

export async function sinkRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const codec = createSinkCodec({ bytesView: true });
  const ingest = new SinkIngest({ onEvent: () => {} });
  const server = await listen<SinkMessageMap>({ codec, compression: [], instanceId: '5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a', protocols: [SINK_OFFER], setup: (s) => ingest.attach(s) });
  const { session } = await connect<SinkMessageMap>(server.url, { codec, compression: [], protocols: [SINK_OFFER] });
  let offset = 0;
  const data = Buffer.alloc(64, 7);
  const devices = await Promise.all(
    [1, 16, 256].map(async (depth, i) => {
      const device = connectSink(server.url, { clientInstanceId: `3c9e2a1b-7d4f-4a6e-8b2c-9d1e0f2a3b4${i}`, maxInFlight: depth });
      await device.publish({ eventTypeId: 1, schemaVersion: 1, key: 'warm', offset: offset++, timestamp: 0, data });
      return { depth, device };
    }),
  );
  const events = (device: (typeof devices)[number]['device']) => async () => {
    await Promise.all(Array.from({ length: EVENTS }, () => device.publish({ eventTypeId: 1, schemaVersion: 1, key: 'bench', offset: offset++, timestamp: 0, data })));
  };
  const pings = (depth: number) => async () => {
    let left = EVENTS;
    const worker = async () => {
      while (left-- > 0) await session.request(0, 8, { currentDateTime: 0 });
    };
    await Promise.all(Array.from({ length: depth }, worker));
  };
  const CASE = `Sink ${EVENTS.toLocaleString('en-US')} events acknowledged over a loopback WebSocket`;
  const rows: SessionRow[] = devices.map(({ depth, device }) => ({
    case: CASE,
    op: `events/s, ${depth} in flight`,
    ours: { name: `Sink Publish → Ack, ${depth} in flight`, times: EVENTS, fn: events(device) },
    baseline: { name: `ETP Ping → Pong, ${depth} in flight`, times: EVENTS, fn: pings(depth) },
  }));
  return {
    rows,
    cleanup: async () => {
      for (const { device } of devices) await device.close();
      session.close();
      await server.close();
    },
  };
}
