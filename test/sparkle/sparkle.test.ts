import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesSource } from '../../src/cli/types.js';
import { ROOT } from '../helpers/shared.js';
import type { EtpError } from '../../src/index.js';
import { createSparkleCodec, Credit, retryClass, serveSparkle, SparkleClient, type SparkleItem, type SparkleStatus, type SparkleStream, TransformRegistry } from '../../src/sparkle/index.js';
import { codec, itemsSent, sparklePair } from './helpers.js';

// Sparkle in memory: credit per stream, sendUpdates, Status scopes, KeyValue deletes, drops and
// close freeing both sides, and the bounds of both sides.

const int = (i: number) => ({ value: { item: { int: i } } });
const itemValue = (item: SparkleItem) => ('deleted' in item ? `-${item.key}` : (item.value.item as { int: number }).int);
const tick = () => new Promise((r) => setImmediate(r));

/** Reads `n` items of a stream. */
async function take(stream: SparkleStream, n: number): Promise<(number | string)[]> {
  const out: (number | string)[] = [];
  if (n === 0) return out;
  for await (const item of stream) {
    out.push(itemValue(item));
    if (out.length === n) break;
  }
  return out;
}

/** A transform that opens `streams` Value streams and pushes `snapshot` items on each; returns its producers. */
function counting(streams = 1, snapshot = 0, policy?: 'refuse' | 'drop-oldest' | 'fail') {
  const producers: import('../../src/sparkle/index.js').Producer[] = [];
  const transforms = new TransformRegistry().register('count', (r) => {
    for (let k = 0; k < streams; k++) {
      const p = r.open({ streamType: 'Value', metadata: { index: { item: { int: k } } }, ...(policy ? { policy } : {}) });
      p.push(Array.from({ length: snapshot }, (_, i) => int(i)));
      producers.push(p);
    }
  });
  return { transforms, producers };
}

describe('Sparkle, built as a user builds a protocol', () => {
  it('its types are what `etp-codec types` makes of schemas/sparkle (npm run gen:types)', () => {
    const file = join(ROOT, 'schemas/sparkle/sparkle.avpr.json');
    expect(readFileSync(join(ROOT, 'src/sparkle/gen/types.gen.ts'), 'utf8')).toBe(typesSource({ files: [file], importFrom: '../../schema/index.js' }));
  });

  it('its bundle moves to another protocol number, and the codec follows', () => {
    const moved = createSparkleCodec({ protocol: 2042 });
    expect(moved.registry.message('EtpCodec.Sparkle.StreamRequest')!.protocol).toBe(2042);
    expect(codec.registry.message('EtpCodec.Sparkle.StreamRequest')!.protocol).toBe(2000);
    expect(() => createSparkleCodec({ protocol: 2100 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect([...codec.registry.answersOf('EtpCodec.Sparkle.StreamRequest')].sort()).toEqual(['EtpCodec.Sparkle.Status', 'EtpCodec.Sparkle.Streams']);
  });
});

describe('Sparkle credit', () => {
  it('the server sends a stream no more than its credit; grants let more through, in order', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 10);
    serveSparkle(p.server, { transforms });
    const client = new SparkleClient(p.client, { autoGrant: false });
    const [stream] = await client.request({ sources: ['a'], transform: 'count', credit: 3 });
    await tick();
    expect(itemsSent(p.sent.server, stream!.streamId)).toEqual([int(0), int(1), int(2)].map((x) => x.value));
    expect(producers[0]!.backlog).toBe(7);
    stream!.grant(4);
    await tick();
    await tick();
    expect(itemsSent(p.sent.server, stream!.streamId)).toHaveLength(7);
    producers[0]!.push([int(10), int(11)]);
    await tick();
    expect(itemsSent(p.sent.server, stream!.streamId)).toHaveLength(7);
    expect(await take(stream!, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('each stream of a multi-stream answer gets the credit on its own', async () => {
    const p = await sparklePair();
    const { transforms } = counting(3, 5);
    serveSparkle(p.server, { transforms });
    const client = new SparkleClient(p.client, { autoGrant: false });
    const streams = await client.request({ sources: ['a', 'b', 'c'], transform: 'count', credit: 2 });
    expect(streams.map((s) => s.streamId)).toEqual([1, 2, 3]);
    expect(streams.map((s) => s.metadata.index)).toEqual([0, 1, 2].map((k) => ({ item: { int: k } })));
    for (const s of streams) expect(itemsSent(p.sent.server, s.streamId)).toHaveLength(2);
    streams[1]!.grant(3);
    await tick();
    await tick();
    expect(streams.map((s) => itemsSent(p.sent.server, s.streamId).length)).toEqual([2, 5, 2]);
  });

  it('0 is unlimited; reading tops the credit up to the window by itself', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 0);
    serveSparkle(p.server, { transforms });
    const unlimited = await new SparkleClient(p.client).request({ sources: ['a'], transform: 'count', credit: 0 });
    producers[0]!.push(Array.from({ length: 50 }, (_, i) => int(i)));
    await tick();
    expect(itemsSent(p.sent.server, unlimited[0]!.streamId)).toHaveLength(50);

    const q = await sparklePair();
    const second = counting(1, 0);
    serveSparkle(q.server, { transforms: second.transforms });
    const [windowed] = await new SparkleClient(q.client, { window: 10 }).request({ sources: ['a'], transform: 'count' });
    second.producers[0]!.push(Array.from({ length: 100 }, (_, i) => int(i)));
    // The consumer reads everything; credit follows as it reads, never more than the window ahead.
    const read = await take(windowed!, 100);
    expect(read).toEqual(Array.from({ length: 100 }, (_, i) => i));
    const controls = q.sent.client.map((f) => codec.decode(f)).filter((m) => m.name.endsWith('StreamControl'));
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.every((m) => (m.body as { request: number }).request <= 10)).toBe(true);
  });
});

describe('Sparkle answers', () => {
  it('sendUpdates false: exactly one Streams, complete and ended, and no Update', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 5);
    const server = serveSparkle(p.server, { transforms });
    const [stream] = await new SparkleClient(p.client).request({ sources: ['a'], transform: 'count', sendUpdates: false, credit: 0 });
    producers[0]!.push([int(99)]); // after the snapshot: nowhere to go
    await tick();
    const names = p.sent.server.slice(1).map((f) => codec.decode(f).name.split('.').pop());
    expect(names).toEqual(['Streams']);
    expect(await take(stream!, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(stream!.done).toBe(true);
    expect(server.size).toBe(0);
  });

  it('sendUpdates true: the snapshot in Streams, then Updates as data comes, then end', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 2);
    serveSparkle(p.server, { transforms });
    const [stream] = await new SparkleClient(p.client).request({ sources: ['a'], transform: 'count', credit: 0 });
    producers[0]!.push([int(2)]);
    producers[0]!.push([int(3)]);
    producers[0]!.end();
    const all: (number | string)[] = [];
    for await (const item of stream!) all.push(itemValue(item));
    expect(all).toEqual([0, 1, 2, 3]);
    const names = p.sent.server.slice(1).map((f) => codec.decode(f).name.split('.').pop());
    expect(names).toEqual(['Streams', 'Update']); // the two pushes of one turn share one Update
  });

  it('KeyValue: deletes come before the data of the same Update', async () => {
    const p = await sparklePair();
    let producer!: import('../../src/sparkle/index.js').Producer;
    serveSparkle(p.server, {
      transforms: new TransformRegistry().register('kv', (r) => {
        producer = r.open({ streamType: 'KeyValue' });
        producer.push([{ key: 'a', value: { item: { int: 1 } } }]);
      }),
    });
    const [stream] = await new SparkleClient(p.client).request({ sources: ['kv'], transform: 'kv', credit: 0 });
    expect(stream!.streamType).toBe('KeyValue');
    producer.push([{ key: 'b', value: { item: { int: 2 } } }]);
    producer.delete(['a']);
    expect(await take(stream!, 3)).toEqual([1, '-a', 2]);
  });

  it('answers out of order, each with its own request id', async () => {
    const p = await sparklePair();
    const gate: { open?: () => void } = {};
    serveSparkle(p.server, {
      transforms: new TransformRegistry()
        .register('slow', async (r) => {
          await new Promise<void>((resolve) => (gate.open = resolve));
          r.open({ streamType: 'Value' }).push([int(1)]);
        })
        .register('fast', (r) => void r.open({ streamType: 'Value' }).push([int(2)])),
    });
    const client = new SparkleClient(p.client);
    const slow = client.request({ sources: ['s'], transform: 'slow' });
    const fast = await client.request({ sources: ['f'], transform: 'fast' });
    expect(await take(fast[0]!, 1)).toEqual([2]);
    gate.open!();
    expect(await take((await slow)[0]!, 1)).toEqual([1]);
    const answers = p.sent.server.map((f) => codec.decode(f)).filter((m) => m.name.endsWith('Streams'));
    const requests = p.sent.client.map((f) => codec.decode(f)).filter((m) => m.name.endsWith('StreamRequest'));
    expect(answers.map((a) => a.header.correlationId)).toEqual([requests[1]!.header.messageId, requests[0]!.header.messageId]);
  });
});

describe('Sparkle Status', () => {
  it('request scope: an unknown transform is 602, do not retry; a transform may answer with its own code', async () => {
    const p = await sparklePair();
    serveSparkle(p.server, {
      transforms: new TransformRegistry().register('picky', () => {
        throw Object.assign(new Error('x'), {});
      }),
    });
    const client = new SparkleClient(p.client);
    const err = (await client.request({ sources: ['a'], transform: 'nope' }).catch((e: EtpError) => e)) as EtpError;
    expect(err.code).toBe('SPARKLE_STATUS');
    expect(err.detail).toMatchObject({ code: 602, scope: 'request', retry: 'do-not-retry' } satisfies Partial<SparkleStatus>);
    expect(err.message).toMatch(/^sparkle status 602 \(request\): transform "nope" is not supported \(picky\)$/);
    await expect(client.request({ sources: ['a'], transform: 'picky' })).rejects.toMatchObject({ detail: { code: 750, retry: 're-request' } });
    expect(retryClass(601)).toBe('do-not-retry');
    expect(retryClass(613)).toBe('do-not-retry');
    expect(retryClass(607)).toBe('unknown');
  });

  it('stream scope fails that stream only; session scope fails every stream and reaches onSessionStatus', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(2, 1);
    const server = serveSparkle(p.server, { transforms });
    const seen: SparkleStatus[] = [];
    const client = new SparkleClient(p.client, { onSessionStatus: (s) => seen.push(s) });
    const [a, b] = await client.request({ sources: ['a', 'b'], transform: 'count' });
    producers[0]!.fail(750, 'source went away');
    const failed = await take(a!, 2).catch((e: EtpError) => e);
    expect(failed).toMatchObject({ code: 'SPARKLE_STATUS', detail: { code: 750, scope: 'stream', streamId: a!.streamId, retry: 're-request' } });
    expect(server.size).toBe(1);
    server.sessionStatus(800, 'token expired');
    await expect(take(b!, 2)).rejects.toMatchObject({ detail: { code: 800, scope: 'session', retry: 'reconnect' } });
    expect(seen).toEqual([{ code: 800, description: 'token expired', scope: 'session', retry: 'reconnect' }]);
  });
});

describe('Sparkle resources', () => {
  it('StreamDrop frees the stream on both sides and tells its transform; closing the session frees all', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(3, 4);
    const server = serveSparkle(p.server, { transforms });
    const client = new SparkleClient(p.client, { autoGrant: false });
    const reasons: string[] = [];
    const streams = await client.request({ sources: ['a'], transform: 'count', credit: 1 });
    producers.forEach((pr) => pr.onClose((r) => reasons.push(r)));
    expect([server.size, server.backlog, client.size]).toEqual([3, 9, 3]);
    streams[0]!.drop();
    await tick();
    expect([server.size, server.backlog, client.size]).toEqual([2, 6, 2]);
    expect(producers[0]!.push([int(5)])).toBe(0);
    p.client.close('bye');
    await tick();
    expect([server.size, server.backlog, client.size]).toEqual([0, 0, 0]);
    expect(reasons).toEqual(['dropped by the client', 'session closed: peer closed the session: bye', 'session closed: peer closed the session: bye']);
    await expect(take(streams[1]!, 5)).rejects.toMatchObject({ code: 'SESSION_CLOSED' });
  });

  it('a backlog never passes maxBacklog: refuse takes what fits, drop-oldest keeps the newest, fail ends the stream with 750', async () => {
    for (const [policy, expected] of [
      ['refuse', { taken: 3, backlog: 4 }],
      ['drop-oldest', { taken: 6, backlog: 4 }],
      ['fail', { taken: 0, backlog: 0 }],
    ] as const) {
      const p = await sparklePair();
      const { transforms, producers } = counting(1, 2, policy);
      const server = serveSparkle(p.server, { transforms, maxBacklog: 4 });
      const [stream] = await new SparkleClient(p.client, { autoGrant: false }).request({ sources: ['a'], transform: 'count', credit: 1 });
      // One item went with Streams; one waits. Six more do not fit in the 3 places left.
      expect(producers[0]!.backlog).toBe(1);
      expect(producers[0]!.push(Array.from({ length: 6 }, (_, i) => int(10 + i)))).toBe(expected.taken);
      expect({ taken: expected.taken, backlog: producers[0]!.backlog }).toEqual(expected);
      expect(server.backlog).toBeLessThanOrEqual(4);
      if (policy === 'drop-oldest') {
        stream!.grant(10);
        expect(await take(stream!, 5)).toEqual([0, 12, 13, 14, 15]);
      }
      if (policy === 'fail') await expect(take(stream!, 3)).rejects.toMatchObject({ detail: { code: 750, scope: 'stream' } });
    }
    const c = new Credit<number>(0, { maxItems: 2, maxBytes: Infinity }, 'refuse');
    expect([c.offer([1, 2, 3]), c.backlog, c.available]).toEqual([2, 2, Infinity]);
  });

  it('a client holds at most maxQueued unread items of an unlimited stream, then drops it', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 0);
    const server = serveSparkle(p.server, { transforms });
    const [stream] = await new SparkleClient(p.client, { maxQueued: 10 }).request({ sources: ['a'], transform: 'count', credit: 0 });
    producers[0]!.push(Array.from({ length: 11 }, (_, i) => int(i)));
    await tick();
    await tick();
    expect(stream!.done).toBe(true);
    await expect(take(stream!, 20)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(server.size).toBe(0); // the drop reached the server
  });

  it('refuses what no stream can keep: negative credit (606), drop-oldest on a KeyValue stream, more streams than maxStreams (750)', async () => {
    const p = await sparklePair();
    serveSparkle(p.server, {
      maxStreams: 2,
      transforms: new TransformRegistry()
        .register('kv', (r) => void r.open({ streamType: 'KeyValue', policy: 'drop-oldest' }))
        .register('three', (r) => {
          for (let i = 0; i < 3; i++) r.open({ streamType: 'Value' });
        }),
    });
    const client = new SparkleClient(p.client);
    await expect(client.request({ sources: ['a'], transform: 'three', credit: -1 })).rejects.toMatchObject({ detail: { code: 606 } });
    await expect(client.request({ sources: ['a'], transform: 'kv' })).rejects.toMatchObject({
      detail: { code: 750, description: 'a KeyValue stream cannot drop its oldest items: its keys would be lost' },
    });
    await expect(client.request({ sources: ['a'], transform: 'three' })).rejects.toMatchObject({ detail: { code: 750, description: 'this session holds its maximum of 2 streams' } });
  });

  it('answers at most maxStreams requests at once: a flood of requests to a slow transform costs the server a bounded count', async () => {
    const p = await sparklePair();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    serveSparkle(p.server, { maxStreams: 2, transforms: new TransformRegistry().register('slow', async (r) => void (await gate, r.open({ streamType: 'Value' }))) });
    const client = new SparkleClient(p.client);
    const first = [client.request({ sources: ['a'], transform: 'slow' }), client.request({ sources: ['a'], transform: 'slow' })];
    await expect(client.request({ sources: ['a'], transform: 'slow' })).rejects.toMatchObject({ detail: { code: 750, description: '2 requests of this session are still being answered' } });
    release();
    expect((await Promise.all(first)).map((s) => s.length)).toEqual([1, 1]);
  });

  it('one client and one server per session (a session has one handler per message type); the window is per request', async () => {
    const p = await sparklePair();
    const { transforms, producers } = counting(1, 0);
    serveSparkle(p.server, { transforms });
    expect(() => serveSparkle(p.server, { transforms })).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
    const client = new SparkleClient(p.client, { window: 100 });
    expect(() => new SparkleClient(p.client)).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
    const [stream] = await client.request({ sources: ['a'], transform: 'count', window: 4 });
    expect(stream!.window).toBe(4);
    producers[0]!.push(Array.from({ length: 20 }, (_, i) => int(i)));
    await tick();
    expect(stream!.received).toBe(4);
  });
});
