import { expect, it } from 'vitest';
import { serveSynthetic } from '../../src/cli/synthetic.js';
import { createCodec } from '../../src/index.js';
import { EtpSession, SESSION_DEFAULTS, type SessionReport } from '../../src/session/index.js';

// serve's ChannelStreaming producer sends from a timer: at the smallest size a peer may declare,
// rows that do not fit one ChannelData go in several, and nothing throws out of the timer.

it('at the floor size, 200 rows a message go out as several ChannelData that fit, every row once, in order', async () => {
  const size = SESSION_DEFAULTS.minMessageBytes;
  const codec = createCodec();
  const frames: Uint8Array[] = [];
  const reports: SessionReport[] = [];
  const caps = { capabilities: { MaxWebSocketMessagePayloadSize: size } };
  const protocols = [{ protocol: 1, role: 'producer' }];
  let client!: EtpSession;
  const server: EtpSession = new EtpSession({ role: 'server', protocols, ...caps, onReport: (r) => reports.push(r), send: (f) => (frames.push(f), queueMicrotask(() => client.receive(f))) });
  client = new EtpSession({ role: 'client', protocols, ...caps, send: (f) => queueMicrotask(() => server.receive(f)) });
  serveSynthetic(server, { resources: 1, rowsPerMessage: 200, intervalMs: 60_000, maxMessages: 1 });
  const indexes: number[] = [];
  client.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
    for (const d of ctx.body.data) if (d.channelId === 0) indexes.push(Number((d.indexes[0]!.item as { long: number }).long));
  });
  client.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', () => {});
  await client.start();
  client.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', {});
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  server.close();
  const data = frames
    .slice(1)
    .map((f) => codec.decode(f))
    .filter((m) => m.name.endsWith('ChannelData'));
  expect(data.length).toBeGreaterThan(1);
  expect(Math.max(...frames.slice(1).map((f) => f.length))).toBeLessThanOrEqual(size);
  expect(indexes).toHaveLength(200);
  expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  expect(new Set(indexes).size).toBe(200);
  expect(reports.filter((r) => r.kind === 'send-failed').length).toBeGreaterThan(0);
});
