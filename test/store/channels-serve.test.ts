import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v4 as uuidv4 } from 'uuid';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { channelXml, dataObjectRecord, StoreClient, type ChannelPointItem } from '../../src/store/index.js';
import { freePort } from '../helpers/ports.js';
import { describePostgres, freshSchema, PG_URL } from '../helpers/postgres.js';
import { DS } from './fixtures.js';
import { spawnServe } from './helpers.js';

// Channels through `etp-codec serve --store` over real sockets on 127.0.0.1: a producer loads a
// log while a consumer subscribed from index 0 watches it; on one SQLite node (then kill -9 and a
// restart: what appendPoints said was handled is kept), and on two nodes sharing PostgreSQL with
// the producer on one and the consumer on the other.

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
const dir = mkdtempSync(join(tmpdir(), 'etp-channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(store: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const { child } = await spawnServe(['--port', String(port), '--store', store], children);
  return { child, port };
}
const connect = (port: number) => StoreClient.connect(`ws://127.0.0.1:${port}/`, { capabilities: { MaxWebSocketMessagePayloadSize: 65_536 } });
const TOTAL = 100_000;
const log = (channelId: number, from: number, n: number): ChannelPointItem[] =>
  Array.from({ length: n }, (_, i) => ({ channelId, index: (from + i) / 10, value: { item: { double: Math.sin(from + i) } } }));

/** Puts a Channel object through `producer` and opens it; its URI and id. */
async function channel(producer: StoreClient): Promise<{ uri: string; id: number }> {
  (await producer.putDataspaces([DS])).orThrow();
  const uuid = uuidv4();
  const uri = `eml:///dataspace('${DS}')/witsml21.Channel(${uuid})`;
  (await producer.putDataObjects([dataObjectRecord(uri, channelXml({ uuid, mnemonic: 'GR', uom: 'gAPI' }))])).orThrow();
  return { uri, id: Number((await producer.openChannels([uri])).orThrow().get(uri)!.id) };
}

/** Loads TOTAL points in 50 calls while `consumer` reads from index 0; what the consumer saw. */
async function loadWhileWatching(producer: StoreClient, consumer: StoreClient, uri: string, id: number): Promise<ChannelPointItem[]> {
  await producer.appendPoints(log(id, 0, 20_000)); // history before the subscription
  (await consumer.getChannelMetadata([uri])).orThrow();
  const feed = consumer.channelEvents();
  (await consumer.subscribeChannels([{ channelId: id, from: 0 }])).orThrow();
  const seen: ChannelPointItem[] = [];
  const watching = (async () => {
    for await (const e of feed) {
      if (e.kind !== 'data') throw new Error(`unexpected ${e.kind}`);
      seen.push(...e.points);
      if (seen.length >= TOTAL) return;
    }
  })();
  for (let from = 20_000; from < TOTAL; from += 4000) await producer.appendPoints(log(id, from, 4000));
  await watching;
  return seen;
}

const inOrderOnce = (seen: ChannelPointItem[], id: number): boolean =>
  seen.length === TOTAL && seen.every((p, i) => p.channelId === id && p.index === i / 10 && (p.value.item as { double: number }).double === Math.sin(i));

describe('channels through serve --store on one SQLite node over 127.0.0.1', () => {
  it('a consumer from index 0 sees 100,000 points once, in order, across the seam; after kill -9 and a restart every point is kept', async () => {
    const file = join(dir, 'channels.sqlite');
    const node = await serve(file);
    const producer = await connect(node.port);
    const consumer = await connect(node.port);
    const { uri, id } = await channel(producer);
    const seen = await loadWhileWatching(producer, consumer, uri, id);
    expect(inOrderOnce(seen, id)).toBe(true);
    const gone = new Promise((r) => node.child.once('exit', r));
    node.child.kill('SIGKILL');
    await gone;
    const again = await serve(file);
    const reader = await connect(again.port);
    const meta = (await reader.getChannelMetadata([uri])).orThrow().get(uri)!;
    expect(Number(meta.id)).toBe(id);
    expect(meta.indexes[0]!.interval.endIndex.item).toEqual({ double: (TOTAL - 1) / 10 });
    const { points } = await reader.getRanges([id], { start: 9999.5 });
    expect(points.map((p) => p.index)).toEqual(log(id, 99_995, 5).map((p) => p.index));
    for (const c of [producer, consumer, reader]) c.close();
  }, 120_000);
});

describePostgres('channels through serve --store postgres:// on two nodes', () => {
  it('a producer on node A loads 100,000 points while a consumer on node B watches from index 0: each once, in order', async () => {
    const url = `${PG_URL}?schema=${freshSchema()}`;
    const [a, b] = [await serve(url), await serve(url)];
    const producer = await connect(a.port);
    const consumer = await connect(b.port);
    const { uri, id } = await channel(producer);
    const seen = await loadWhileWatching(producer, consumer, uri, id);
    expect(inOrderOnce(seen, id)).toBe(true);
    // A truncation through A reaches B's subscriber.
    (await producer.truncateChannels([{ channelId: id, newEnd: 9000 }])).orThrow();
    const next = await consumer.channelEvents()[Symbol.asyncIterator]().next();
    expect(next.value).toMatchObject({ kind: 'truncated', channels: [{ channelId: id, newEnd: 9000 }] });
    for (const c of [producer, consumer]) c.close();
  }, 120_000);
});
