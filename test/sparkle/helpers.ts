import { EtpSession, type SessionReport } from '../../src/session/index.js';
import { createSparkleCodec, type SparkleMessageMap, SPARKLE_OFFER } from '../../src/sparkle/index.js';

export const codec = createSparkleCodec();
export const PROTOCOLS = [SPARKLE_OFFER];

/** A Sparkle client and server session wired in memory (frames delivered in a microtask), opened. */
export async function sparklePair(
  size?: number,
): Promise<{ client: EtpSession<SparkleMessageMap>; server: EtpSession<SparkleMessageMap>; sent: { client: Uint8Array[]; server: Uint8Array[] }; reports: SessionReport[] }> {
  const sent = { client: [] as Uint8Array[], server: [] as Uint8Array[] };
  const reports: SessionReport[] = [];
  let c!: EtpSession<SparkleMessageMap>;
  let s!: EtpSession<SparkleMessageMap>;
  // `size`: both sides declare it as MaxWebSocketMessagePayloadSize (and accept it as their floor).
  const sized = size === undefined ? {} : { minMessageBytes: Math.min(size, 4096), capabilities: { MaxWebSocketMessagePayloadSize: size } };
  c = new EtpSession({ role: 'client', codec, protocols: PROTOCOLS, ...sized, send: (f) => (sent.client.push(f), queueMicrotask(() => s.receive(f))), onReport: (r) => reports.push(r) });
  s = new EtpSession({ role: 'server', codec, protocols: PROTOCOLS, ...sized, send: (f) => (sent.server.push(f), queueMicrotask(() => c.receive(f))), onReport: (r) => reports.push(r) });
  await c.start();
  return { client: c, server: s, sent, reports };
}

/** The items of a decoded frame list for one stream, in order. */
export function itemsSent(frames: Uint8Array[], streamId: number): unknown[] {
  const out: unknown[] = [];
  for (const f of frames) {
    const m = codec.decode(f);
    if (!/Sparkle\.(Streams|Update)$/.test(m.name)) continue;
    for (const s of (m.body as { streams: { streamId: number; data: { value: unknown }[] }[] }).streams) if (s.streamId === streamId) out.push(...s.data.map((d) => d.value));
  }
  return out;
}
