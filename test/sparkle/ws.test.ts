import { afterEach, describe, expect, it } from 'vitest';
import { SparkleStore, sparkleTransforms } from '../../src/cli/sparkle-synthetic.js';
import type { EtpError } from '../../src/index.js';
import {
  createSparkleCodec,
  type Producer,
  serveSparkle,
  SPARKLE_OFFER,
  SparkleClient,
  type SparkleItem,
  type SparkleMessageMap,
  type SparkleServer,
  type SparkleStream,
  TransformRegistry,
} from '../../src/sparkle/index.js';
import { connect, type EtpServer, listen } from '../../src/transport/index.js';

// Sparkle over real WebSockets on 127.0.0.1, both ends this library: answers out of order, a
// multi-stream answer with independent credit, sendUpdates false and true, a Status of each scope,
// and a client that reads slowly while the server's memory stays bounded.

const codec = createSparkleCodec();
const PROTOCOLS = [SPARKLE_OFFER];
let server: EtpServer<SparkleMessageMap> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(transforms: TransformRegistry, maxBacklog?: number): Promise<{ url: string; servers: SparkleServer[] }> {
  const servers: SparkleServer[] = [];
  server = await listen<SparkleMessageMap>({ codec, protocols: PROTOCOLS, setup: (s) => servers.push(serveSparkle(s, { transforms, ...(maxBacklog ? { maxBacklog } : {}) })) });
  return { url: server.url, servers };
}

async function client(url: string, options?: ConstructorParameters<typeof SparkleClient>[1]) {
  const { session } = await connect<SparkleMessageMap>(url, { codec, protocols: PROTOCOLS });
  return { session, sparkle: new SparkleClient(session, options) };
}

const num = (item: SparkleItem) => ('deleted' in item ? NaN : ((item.value.item as { double?: number; int?: number }).double ?? (item.value.item as { int: number }).int));

async function take(stream: SparkleStream, n: number): Promise<SparkleItem[]> {
  const out: SparkleItem[] = [];
  for await (const item of stream) {
    out.push(item);
    if (out.length === n) break;
  }
  return out;
}

describe('Sparkle over a real WebSocket', () => {
  it('answers two requests out of order, and a multi-stream answer with independent credit', async () => {
    let release!: () => void;
    const slowGate = new Promise<void>((r) => (release = r));
    const producers: Producer[] = [];
    const { url } = await serve(
      new TransformRegistry()
        .register('slow', async (r) => {
          await slowGate;
          r.open({ streamType: 'Value' }).push([{ value: { item: { int: 1 } } }]);
        })
        .register('pair', (r) => {
          for (let k = 0; k < 2; k++) {
            const p = r.open({ streamType: 'Value' });
            p.push(Array.from({ length: 20 }, (_, i) => ({ value: { item: { int: i } } })));
            producers.push(p);
          }
        }),
    );
    const { session, sparkle } = await client(url, { autoGrant: false });
    const slow = sparkle.request({ sources: ['s'], transform: 'slow' });
    const [a, b] = await sparkle.request({ sources: ['x', 'y'], transform: 'pair', credit: 5 });
    // Each stream got its own credit of 5.
    expect([a!.received, b!.received]).toEqual([5, 5]);
    b!.grant(10);
    expect((await take(b!, 15)).map(num)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(a!.received).toBe(5);
    expect(producers.map((p) => p.backlog)).toEqual([15, 5]);
    release();
    expect((await take((await slow)[0]!, 1)).map(num)).toEqual([1]);
    session.close('done');
  });

  it('sendUpdates false is one snapshot; true goes on with live rows (the synthetic store)', async () => {
    const store = new SparkleStore();
    const { url } = await serve(sparkleTransforms(store));
    const { session, sparkle } = await client(url);
    const [snapshot] = await sparkle.request({ sources: ['rig1/drilling/HKLD'], transform: 'raw', params: { last: { item: { int: 30 } } }, sendUpdates: false, credit: 0 });
    const all: SparkleItem[] = [];
    for await (const item of snapshot!) all.push(item);
    expect(all).toHaveLength(30);
    const [live] = await sparkle.request({ sources: ['rig1/drilling/HKLD'], transform: 'window', params: { window: { item: { int: 10 } }, last: { item: { int: 2 } } } });
    const first = await take(live!, 2);
    for (let i = 0; i < 10; i++) store.tick(); // ten live rows complete one more window
    const [next] = await take(live!, 1);
    expect([...first, next!].map((x) => x.key)).toEqual(['2025-11-22T00:59:40.000Z', '2025-11-22T00:59:50.000Z', '2025-11-22T01:00:00.000Z']);
    session.close('done');
  });

  it('a Status of each scope: request (do not retry), stream (re-request), session (relocate)', async () => {
    const store = new SparkleStore();
    const transforms = sparkleTransforms(store).register('fragile', (r) => {
      const a = r.open({ streamType: 'Value' });
      r.open({ streamType: 'Value' }).push([{ value: { item: { int: 1 } } }]);
      setImmediate(() => a.fail(750, 'the source went away'));
    });
    const { url, servers } = await serve(transforms);
    const { session, sparkle } = await client(url);
    const bad = (await sparkle.request({ sources: ['rig1/drilling/NOPE'], transform: 'raw' }).catch((e: EtpError) => e)) as EtpError;
    expect(bad.detail).toMatchObject({ code: 601, scope: 'request', retry: 'do-not-retry' });
    const [dying, other] = await sparkle.request({ sources: ['x'], transform: 'fragile' });
    await expect(take(dying!, 1)).rejects.toMatchObject({ detail: { code: 750, scope: 'stream', streamId: dying!.streamId, retry: 're-request' } });
    expect(servers[0]!.size).toBe(1);
    // A request-scoped Status nobody waits for (StreamControl sent, not requested) fails nothing.
    session.send('EtpCodec.Sparkle.StreamControl', { streamId: 999, request: 1 });
    expect((await take(other!, 1)).map(num)).toEqual([1]);
    servers[0]!.sessionStatus(801, 'move to ws://elsewhere');
    await expect(take(other!, 100)).rejects.toMatchObject({ detail: { code: 801, scope: 'session', retry: 'relocate' } });
    session.close('done');
  });

  it('a client that reads slowly: the server sends within the credit and holds at most maxBacklog per stream', async () => {
    let producer!: Producer;
    const { url, servers } = await serve(
      new TransformRegistry().register('flood', (r) => {
        producer = r.open({ streamType: 'Value' });
      }),
      1000,
    );
    const { session, sparkle } = await client(url, { window: 50 });
    const [stream] = await sparkle.request({ sources: ['f'], transform: 'flood' });
    // The producer pushes far more than the reader takes; drop-oldest keeps the newest 1000.
    for (let i = 0; i < 100_000; i += 1000) producer.push(Array.from({ length: 1000 }, (_, k) => ({ value: { item: { int: i + k } } })));
    expect(servers[0]!.backlog).toBeLessThanOrEqual(1000);
    const read = await take(stream!, 120);
    expect(stream!.received).toBeLessThanOrEqual(120 + 50);
    expect(servers[0]!.backlog).toBeLessThanOrEqual(1000);
    // What was read is increasing: in order, nothing repeated.
    const values = read.map(num);
    expect(values.every((v, i) => i === 0 || v > values[i - 1]!)).toBe(true);
    session.close('done');
  });
});
