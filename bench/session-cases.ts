// Session cases of npm run bench: overhead per message, reassembly linearity, blob joining, and
// ChannelData streaming over a loopback WebSocket.
import WebSocket, { WebSocketServer } from 'ws';
import { sampleChannelData } from '../test/helpers/samples.js';
import { getResourcesBody } from '../src/cli/synthetic.js';
import { type AnyCodec, createCodec, type DecodedMessage, type ResourceInput } from '../src/index.js';
import { Assembly, EtpSession } from '../src/session/index.js';
import { connect, listen } from '../src/transport/index.js';

import type { BenchRow, Contender } from '../src/cli/bench-harness.js';

export type { Contender };
export type SessionRow = BenchRow;

const noTimers = { setInterval: () => 0, clearInterval: () => {} };
const PROTOCOLS = [
  { protocol: 1, role: 'producer' },
  { protocol: 3, role: 'store' },
];

/** Two sessions delivering to each other synchronously, opened. */
async function linkedPair(onData: () => void): Promise<{ client: EtpSession; server: EtpSession }> {
  let client!: EtpSession;
  let server!: EtpSession;
  client = new EtpSession({ role: 'client', protocols: PROTOCOLS, compression: [], timers: noTimers, send: (f) => server.receive(f) });
  server = new EtpSession({ role: 'server', protocols: PROTOCOLS, compression: [], timers: noTimers, send: (f) => client.receive(f) });
  server.on(1, 2, onData);
  await client.start();
  return { client, server };
}

function resourcesFrames(codec: AnyCodec, parts: number, requestId: number): Uint8Array[] {
  const perPart: ResourceInput[] = Array.from({ length: 20 }, (_, i) => ({
    uri: `eml:///witsml20.Well(${i})`,
    alternateUris: [],
    name: `well ${i}`,
    sourceCount: null,
    targetCount: null,
    lastChanged: 1,
    storeLastWrite: 1,
    storeCreated: 1,
    activeStatus: 'Active',
    customData: {},
  }));
  return Array.from({ length: parts }, (_, k) =>
    codec.encode({ header: { protocol: 3, messageType: 4, correlationId: requestId, messageId: 3 + 2 * k, messageFlags: k === parts - 1 ? 2 : 0 }, body: { resources: perPart } }),
  );
}

/**
 * The session's own work, no socket: overhead per message, reassembly, blob joining. Run in a
 * phase of their own, before the loopback cases exist: those keep servers, stores and channels
 * alive, and a 1000-part message then pays for major collections of that heap (0.04× instead of
 * 0.09× in one measure), which is the bench's heap, not the session's work.
 */
export async function sessionCpuRows(): Promise<SessionRow[]> {
  const codec = createCodec();
  const message = sampleChannelData(100);

  // 1. Overhead per message: session send → receive → handler vs codec encode + decode.
  const pair = await linkedPair(() => {});
  const overhead: SessionRow = {
    case: 'session overhead (ChannelData 100 items)',
    op: 'send+receive',
    ours: { name: 'session send → receive → handler', times: 1, fn: () => pair.client.send(1, 2, message.body) },
    baseline: { name: 'codec encode + decode', times: 1, fn: () => codec.decode(codec.encode(message)) },
    target: 0.97,
    note: 'overhead ≤ 3 %',
  };

  // 2. Reassembly: a response of 1000 parts vs 100 parts of the same size, through receive(). One
  // codec for every session (building a codec parses the schemas: not what is measured here).
  const sessionCodec = createCodec({ bytesView: true });
  // Each iteration does the same work (1000 parts' worth: 10 × 100 or 1 × 1000), so that timer
  // and garbage-collection noise weigh the same on both sides.
  const reassembly = (parts: number): Contender => {
    let client!: EtpSession;
    const frames = resourcesFrames(codec, parts, 4);
    const repeat = 1000 / parts;
    const once = () => {
      client = new EtpSession({ role: 'client', codec: sessionCodec, protocols: PROTOCOLS, timers: noTimers, idPolicy: 'report', send: () => {} });
      // Open by hand: a RequestSession goes out as id 2, the OpenSession answers it.
      void client.start();
      client.receive(codec.encode({ header: { protocol: 0, messageType: 2, correlationId: 2, messageId: 1, messageFlags: 2 }, body: openSessionBody }));
      void client.request(3, 1, getResources);
      for (const f of frames) client.receive(f);
    };
    return {
      name: `reassemble ${parts} parts`,
      times: repeat,
      fn: () => {
        for (let i = 0; i < repeat; i++) once();
      },
    };
  };
  const linear: SessionRow = {
    case: 'multipart reassembly',
    op: '1000 vs 100 parts',
    ours: reassembly(1000),
    baseline: reassembly(100),
    target: 1 / 10.5,
    note: '1000 parts ≤ 10.5× the time of 100',
  };

  // 3. Blob reassembly: 64 decoded Chunk messages of 16 KiB joined, vs Buffer.concat of the chunks.
  const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(16_384, i));
  const blobId = '00000000-0000-4000-8000-000000000001';
  const chunkMessages = chunks.map(
    (data, i) =>
      ({
        header: { protocol: 4, messageType: 8, correlationId: 2, messageId: 1 + 2 * i, messageFlags: i === 63 ? 2 : 0 },
        name: 'Energistics.Etp.v12.Protocol.Store.Chunk',
        body: { blobId, data, final: i === 63 },
      }) as DecodedMessage,
  );
  const chunkType = codec.lookup({ protocol: 0, messageType: 1001 }).type as never;
  const blob: SessionRow = {
    case: 'blob reassembly (64 × 16 KiB chunks)',
    op: 'join',
    ours: {
      name: 'Assembly of Chunk messages',
      times: 1,
      fn: () => {
        const a = new Assembly('merge', 4, 0);
        for (const m of chunkMessages) a.add(m, chunkType, 0);
        return a.blobs.get(blobId);
      },
    },
    baseline: { name: 'Buffer.concat of the chunks', times: 1, fn: () => Buffer.concat(chunks) },
    target: 0.8,
  };
  return [overhead, linear, blob];
}

/** ChannelData streaming over a loopback WebSocket, against raw ws uncorked and corked per burst. */
export async function sessionRows(): Promise<{ rows: SessionRow[]; cleanup: () => Promise<void> }> {
  const codec = createCodec();
  // 4. Streaming over a loopback WebSocket: ChannelData of 10 items.
  const small = sampleChannelData(10);
  const smallFrame = codec.encode(small);
  const BATCH = 200;
  let received = 0;
  let wake: (() => void) | undefined;
  const server = await listen({ protocols: PROTOCOLS, compression: [], setup: (s) => s.on(1, 2, () => void (++received === BATCH && wake?.())) });
  const { session } = await connect(server.url, { protocols: PROTOCOLS, compression: [] });
  let rawReceived = 0;
  let rawWake: (() => void) | undefined;
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  wss.on('connection', (ws) => ws.on('message', () => void (++rawReceived === BATCH && rawWake?.())));
  await new Promise((r) => wss.once('listening', r));
  const raw = new WebSocket(`ws://127.0.0.1:${(wss.address() as { port: number }).port}/`, { perMessageDeflate: false });
  await new Promise((r) => raw.once('open', r));
  const streaming: SessionRow = {
    case: 'ChannelData 10 items over a loopback WebSocket',
    op: 'messages/s',
    ours: {
      name: 'session.send → ws → session handler',
      times: BATCH,
      fn: () =>
        new Promise<void>((resolve) => {
          received = 0;
          wake = resolve;
          for (let i = 0; i < BATCH; i++) session.send(1, 2, small.body);
        }),
    },
    baseline: {
      name: 'ws sending pre-encoded frames (uncorked)',
      times: BATCH,
      fn: () =>
        new Promise<void>((resolve) => {
          rawReceived = 0;
          rawWake = resolve;
          for (let i = 0; i < BATCH; i++) raw.send(smallFrame, { binary: true });
        }),
    },
    target: 1.5,
  };
  // The same bursts from raw ws with its TCP socket corked for each: every frame of a burst in one write.
  const tcp = (raw as unknown as { _socket: { cork(): void; uncork(): void } })._socket;
  const streamingCorked: SessionRow = {
    case: 'ChannelData 10 items over a loopback WebSocket',
    op: 'messages/s, against corked ws',
    ours: streaming.ours,
    baseline: {
      name: 'ws sending pre-encoded frames, corked per burst',
      times: BATCH,
      fn: () =>
        new Promise<void>((resolve) => {
          rawReceived = 0;
          rawWake = resolve;
          tcp.cork();
          for (let i = 0; i < BATCH; i++) raw.send(smallFrame, { binary: true });
          tcp.uncork();
        }),
    },
    target: 0.85,
  };
  return {
    rows: [streaming, streamingCorked],
    cleanup: async () => {
      session.close();
      raw.close();
      await server.close();
      await new Promise((r) => wss.close(r));
    },
  };
}

const openSessionBody = {
  applicationName: 'bench',
  applicationVersion: '1',
  serverInstanceId: '00000000-0000-4000-8000-000000000002',
  supportedProtocols: [{ protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: {} }],
  supportedDataObjects: [],
  supportedCompression: '',
  currentDateTime: 0,
  earliestRetainedChangeTime: 0,
  sessionId: '00000000-0000-4000-8000-000000000003',
  endpointCapabilities: {},
};
const getResources = getResourcesBody();
