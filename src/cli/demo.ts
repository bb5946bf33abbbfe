import { createCodec } from '../codec/codec.js';
import type { Negotiated } from '../session/handshake.js';
import { connect, listen } from '../transport/index.js';
import type { MessageHeader } from '../wire/header.js';
import { DEFAULT_CAPABILITIES } from '../session/capabilities.js';
import { requestSessionBody } from '../session/handshake.js';
import { toHex } from '../wire/bytes.js';
import { MessageFlags } from '../wire/flags.js';
import { storeDemo } from './store-demo.js';
import { channelDemo } from './channel-demo.js';
import { channelMetadata, getResourcesBody, SYNTHETIC_PROTOCOLS, serveSynthetic, syntheticChannelData, T0_US } from './synthetic.js';

type Print = (line: string) => void;

/** Encodes and decodes a few real ETP 1.2 messages, printing each with its size and hex. */
function codecShowcase(print: Print): void {
  const codec = createCodec();
  const header = (protocol: number, messageType: number) => ({ protocol, messageType, correlationId: 0, messageId: 2, messageFlags: MessageFlags.FinalPart });
  const client = {
    applicationName: 'etp-codec demo',
    applicationVersion: '0.1.0',
    instanceId: '6f1c5a52-8a1e-4f6b-9d43-2b1e0c7a9f10',
    protocols: SYNTHETIC_PROTOCOLS,
    dataObjects: ['witsml20.*'],
    compression: ['gzip'],
    capabilities: DEFAULT_CAPABILITIES,
  };
  for (const [title, message] of [
    ['RequestSession', { header: header(0, 1), body: requestSessionBody(client, T0_US) }],
    ['ChannelMetadata', { header: header(1, 1), body: channelMetadata() }],
    ['ChannelData, 250 rows × 4', { header: header(1, 2), body: syntheticChannelData(0, 250) }],
  ] as const) {
    const bytes = codec.encode(message);
    const same = JSON.stringify(codec.toJSON(codec.decode(bytes))) === JSON.stringify(codec.toJSON(message));
    const hex = toHex(bytes);
    print(`  ${title.padEnd(24)} ${String(bytes.length).padStart(6)} bytes  ${hex.slice(0, 48)}${hex.length > 48 ? '…' : ''}  round trip ${same ? 'identical' : 'DIFFERS'}`);
  }
}

/** Folds runs of one message kind (multipart parts, streamed data) into one log line. */
class TrafficLog {
  private run: { key: string; first: string; count: number; bytes: number; max: number } | undefined;
  constructor(private readonly print: Print) {}

  add(direction: 'in' | 'out', h: MessageHeader, name: string, bytes: number): void {
    const arrow = direction === 'out' ? 'client →' : 'client ←';
    const short = name.replace('Energistics.Etp.v12.Protocol.', '');
    const key = `${arrow} ${short} ${h.correlationId}`;
    const line = `${arrow} ${short.padEnd(42)} id ${String(h.messageId).padStart(4)}  corr ${String(h.correlationId).padStart(4)}  flags 0x${h.messageFlags.toString(16).padStart(2, '0')}  ${bytes} B`;
    if (this.run && this.run.key === key) {
      this.run.count++;
      this.run.bytes += bytes;
      this.run.max = Math.max(this.run.max, bytes);
      return;
    }
    this.flush();
    this.run = { key, first: line, count: 1, bytes, max: bytes };
  }

  flush(): void {
    if (!this.run) return;
    this.print(this.run.first);
    if (this.run.count > 1) this.print(`         … and ${this.run.count - 1} more like it: ${this.run.count} messages, ${this.run.bytes} B in all, the largest ${this.run.max} B`);
    this.run = undefined;
  }
}

function describe(n: Negotiated): string[] {
  return [
    `  session id          ${n.sessionId}`,
    `  protocols           ${n.protocols.map((p) => `${p.protocol} (server ${p.role}, v${p.version.major}.${p.version.minor})`).join(', ')}`,
    `  compression         ${n.compression || 'none'}`,
    `  max message bytes   ${n.maxMessageBytes} (the smaller of both sides' MaxWebSocketMessagePayloadSize)`,
    `  peer                ${n.peerApplication} (${n.peerInstanceId})`,
  ];
}

/**
 * The main job: a server and a client on 127.0.0.1 open a session, stream ChannelData, run a
 * Discovery GetResources whose 10,000 resources (a common MaxResponseCount of stores) come back
 * as a multipart response split to fit a small negotiated message size, within the session's
 * default bounds, ping, and close, with a log of the client's traffic.
 */
export async function runDemo(print: Print): Promise<void> {
  print('== codec: encode and decode real ETP 1.2 messages');
  codecShowcase(print);

  const resources = 10_000;
  const server = await listen({
    applicationName: 'etp-codec demo server',
    protocols: SYNTHETIC_PROTOCOLS,
    capabilities: { MaxWebSocketMessagePayloadSize: 1_000_000 },
    setup: (s) => serveSynthetic(s, { resources, rowsPerMessage: 25, intervalMs: 20, maxMessages: 5 }),
  });
  print('');
  print(`== server listening on ${server.url}`);
  try {
    await clientSide(server.url, resources, print);
  } finally {
    await server.close();
  }
  print('');
  await storeDemo(print);
  print('');
  await channelDemo(print);
  print('== done');
}

async function clientSide(url: string, resources: number, print: Print): Promise<void> {
  const log = new TrafficLog(print);
  const { session, negotiated } = await connect(url, {
    applicationName: 'etp-codec demo client',
    protocols: SYNTHETIC_PROTOCOLS,
    capabilities: { MaxWebSocketMessagePayloadSize: 32_768 },
    onTraffic: (dir, h, name, bytes) => log.add(dir, h, name, bytes),
  });
  log.flush();
  print('== negotiated');
  for (const line of describe(negotiated)) print(line);

  print('== ChannelStreaming: StartStreaming, then 5 ChannelData messages');
  let items = 0;
  const streamed = new Promise<void>((resolve) => {
    let messages = 0;
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', (ctx) => {
      print(`  channels: ${ctx.body.channels.map((c) => `${c.id}=${c.channelName}`).join(', ')}`);
    });
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
      items += ctx.body.data.length;
      if (++messages === 5) resolve();
    });
  });
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', {});
  await streamed;
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming', {});
  log.flush();
  print(`  received ${items} data items`);

  print(`== Discovery: GetResources, ${resources} resources in a multipart response`);
  const started = Date.now();
  const response = await session.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', getResourcesBody());
  log.flush();
  print(`  ${response.body.resources.length} resources in ${response.count} parts, each within ${negotiated.maxMessageBytes} bytes, merged in ${Date.now() - started} ms`);

  print('== Core: Ping');
  const rtt = await session.ping();
  log.flush();
  print(`  round trip ${rtt} ms`);

  print('== Core: CloseSession');
  session.close('demo finished');
  log.flush();
}
