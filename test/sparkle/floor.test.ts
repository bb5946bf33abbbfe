import { describe, expect, it } from 'vitest';
import { SparkleStore, sparkleTransforms } from '../../src/cli/sparkle-synthetic.js';
import { MIN_MESSAGE_BYTES_FLOOR, SESSION_DEFAULTS } from '../../src/session/index.js';
import { EtpSession } from '../../src/session/index.js';
import { type Producer, serveSparkle, SPARKLE_OFFER, SparkleClient, type SparkleItem, type SparkleMessageMap, type SparkleStream, TransformRegistry } from '../../src/sparkle/index.js';
import { codec, sparklePair } from './helpers.js';

// Sparkle at the smallest sizes a peer may declare: snapshot and update entries split to fit;
// an item that cannot fit alone fails its request or stream, and leaves nothing behind.

const text = (i: number) => ({ key: `k${i}`, value: { item: { string: `value ${i} `.padEnd(60, '.') } } });
const tick = () => new Promise((r) => setImmediate(r));

async function take(stream: SparkleStream, n: number): Promise<SparkleItem[]> {
  const out: SparkleItem[] = [];
  for await (const item of stream) {
    out.push(item);
    if (out.length === n) break;
  }
  return out;
}

/** A transform opening one KeyValue stream with `snapshot` items; its producer is kept. */
function oneStream(snapshot: number, item = text) {
  const producers: Producer[] = [];
  const transforms = new TransformRegistry().register('t', (r) => {
    const p = r.open({ streamType: 'KeyValue', metadata: { note: { item: { string: 'm'.repeat(100) } } } });
    p.push(Array.from({ length: snapshot }, (_, i) => item(i)));
    producers.push(p);
  });
  return { transforms, producers };
}

for (const size of [SESSION_DEFAULTS.minMessageBytes, MIN_MESSAGE_BYTES_FLOOR]) {
  describe(`Sparkle at a negotiated size of ${size} bytes`, () => {
    it('a snapshot of 2000 items and an update of 3000 reach the client whole and in order, every frame within the size', async () => {
      const p = await sparklePair(size);
      const { transforms, producers } = oneStream(2000);
      serveSparkle(p.server, { transforms });
      const [stream] = await new SparkleClient(p.client).request({ sources: ['a'], transform: 't', credit: 0 });
      producers[0]!.push(Array.from({ length: 3000 }, (_, i) => text(2000 + i)));
      const items = await take(stream!, 5000);
      expect(items.map((i) => ('key' in i ? i.key : undefined))).toEqual(Array.from({ length: 5000 }, (_, i) => `k${i}`));
      expect(stream!.metadata.note).toEqual({ item: { string: 'm'.repeat(100) } });
      // The first frame is OpenSession, sent before the size was agreed.
      expect(Math.max(...p.sent.server.slice(1).map((f) => f.length))).toBeLessThanOrEqual(size);
      expect(p.sent.server.filter((f) => codec.decode(f).name.endsWith('Streams')).length).toBeGreaterThan(1);
    });

    it('a snapshot with an item too large for any message is answered Status 750, and no stream is left behind', async () => {
      const p = await sparklePair(size);
      const { transforms, producers } = oneStream(3, (i) => (i === 1 ? { key: 'big', value: { item: { string: 'x'.repeat(size * 2) } } } : text(i)));
      const server = serveSparkle(p.server, { transforms });
      await expect(new SparkleClient(p.client).request({ sources: ['a'], transform: 't' })).rejects.toMatchObject({ code: 'SPARKLE_STATUS', detail: expect.objectContaining({ code: 750 }) });
      expect(server.size).toBe(0);
      expect(producers[0]!.closed).toBe(true);
      // Pushing into it afterwards sends nothing.
      const before = p.sent.server.length;
      expect(producers[0]!.push([text(9)])).toBe(0);
      await tick();
      expect(p.sent.server.length).toBe(before);
    });

    it('an update with an item too large fails its stream with Status 750; another stream goes on', async () => {
      const p = await sparklePair(size);
      const producers: Producer[] = [];
      const transforms = new TransformRegistry().register('two', (r) => {
        for (let k = 0; k < 2; k++) producers.push(r.open({ streamType: 'KeyValue' }));
      });
      const server = serveSparkle(p.server, { transforms });
      const [a, b] = await new SparkleClient(p.client).request({ sources: ['a'], transform: 'two', credit: 0 });
      producers[0]!.push([text(0), { key: 'big', value: { item: { string: 'x'.repeat(size * 2) } } }]);
      producers[1]!.push([text(1)]);
      await expect(take(a!, 2)).rejects.toMatchObject({ code: 'SPARKLE_STATUS', detail: expect.objectContaining({ code: 750 }) });
      expect((await take(b!, 1)).map((i) => ('key' in i ? i.key : ''))).toEqual(['k1']);
      expect(server.size).toBe(1);
      // The first frame is OpenSession, sent before the size was agreed.
      expect(Math.max(...p.sent.server.slice(1).map((f) => f.length))).toBeLessThanOrEqual(size);
    });
  });
}

describe('Sparkle handshake and parameters', () => {
  it('a client asking for Sparkle at ETP 1.2 instead of 1.0 is refused with ProtocolException 2 saying the versions offered', async () => {
    const server: EtpSession<SparkleMessageMap> = new EtpSession({ role: 'server', codec, protocols: [SPARKLE_OFFER], send: (f) => queueMicrotask(() => client.receive(f)) });
    const client: EtpSession<SparkleMessageMap> = new EtpSession({ role: 'client', codec, protocols: [{ protocol: 2000, role: 'producer' }], send: (f) => queueMicrotask(() => server.receive(f)) });
    await expect(client.start()).rejects.toMatchObject({ message: expect.stringContaining('2000/producer 1.2: offered at version 1.0 only') });
    const right = await sparklePair();
    expect(right.client.negotiated?.protocols[0]?.version).toEqual(SPARKLE_OFFER.version);
  });

  it('a transform parameter of the wrong type, or unknown, is Status 603', async () => {
    const store = new SparkleStore();
    const p = await sparklePair();
    serveSparkle(p.server, { transforms: sparkleTransforms(store) });
    const client = new SparkleClient(p.client);
    const source = [...store.columns.keys()][0]!;
    await expect(client.request({ sources: [source], transform: 'raw', params: { last: { item: { string: 'abc' } } } })).rejects.toMatchObject({
      detail: expect.objectContaining({ code: 603, description: 'parameter "last" must be a number, got string' }),
    });
    await expect(client.request({ sources: [source], transform: 'window', params: { fn: { item: { int: 3 } } } })).rejects.toMatchObject({ detail: expect.objectContaining({ code: 603 }) });
    await expect(client.request({ sources: [source], transform: 'raw', params: { lst: { item: { int: 3 } } } })).rejects.toMatchObject({
      detail: expect.objectContaining({ code: 603, description: expect.stringContaining('unknown parameter "lst"') }),
    });
    const [ok] = await client.request({ sources: [source], transform: 'raw', params: { last: { item: { long: 5 } } }, sendUpdates: false });
    expect(ok).toBeDefined();
  });
});
