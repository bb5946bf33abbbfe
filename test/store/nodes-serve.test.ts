import type { ChildProcess } from 'node:child_process';
import { v4 as uuidv4 } from 'uuid';
import { afterEach, expect } from 'vitest';
import { it } from 'vitest';
import { dataObjectRecord, StoreClient, type StoreChange } from '../../src/store/index.js';
import { freePort } from '../helpers/ports.js';
import { describePostgres, freshSchema, PG_URL } from '../helpers/postgres.js';
import { crsXml, DS, DS_URI, uriOf } from './fixtures.js';
import { spawnServe } from './helpers.js';

// Two `etp-codec serve --store postgres://…` processes on one database, as docs/scale.md runs N
// nodes: a producer on one node, a consumer on the other; then the producer's node is killed (-9).

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function serve(url: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const { child } = await spawnServe(['--port', String(port), '--store', url], children);
  return { child, port };
}

describePostgres('serve --store postgres:// on two nodes', () => {
  it('a consumer on node B sees every change a producer makes through node A once, in order; what A committed outlives kill -9 of A', async () => {
    const url = `${PG_URL}?schema=${freshSchema()}`;
    const [a, b] = [await serve(url), await serve(url)];
    const connect = (port: number) => StoreClient.connect(`ws://127.0.0.1:${port}/`, { capabilities: { MaxWebSocketMessagePayloadSize: 16_384 } });
    const producer = await connect(a.port);
    const consumer = await connect(b.port);
    (await producer.putDataspaces([DS])).orThrow();
    const sub = consumer.subscribe(DS_URI, { includeObjectData: true });
    await sub.ready;
    const objects = Array.from({ length: 100 }, (_, i) => {
      const uuid = uuidv4();
      return { uri: uriOf('obj_LocalDepth3dCrs', uuid), xml: crsXml(uuid, `crs ${i}`) };
    });
    await producer.transaction(DS, async () => {
      (await producer.putDataObjects(objects.slice(0, 50).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
    });
    (await producer.putDataObjects(objects.slice(50).map((o) => dataObjectRecord(o.uri, o.xml)))).orThrow();
    (await producer.deleteDataObjects([objects[0]!.uri])).orThrow();
    const seen: StoreChange[] = [];
    for await (const change of sub) {
      seen.push(change);
      if (seen.length === 101) break;
    }
    expect(seen.map((c) => (c.kind === 'changed' ? `${c.changeKind} ${c.dataObject.resource.uri}` : `${c.kind} ${(c as { uri: string }).uri}`))).toEqual([
      ...objects.map((o) => `insert ${o.uri}`),
      `deleted ${objects[0]!.uri}`,
    ]);
    const first = seen[1] as Extract<StoreChange, { kind: 'changed' }>;
    expect(new TextDecoder().decode(first.dataObject.data)).toBe(objects[1]!.xml);

    const gone = new Promise((r) => a.child.once('exit', r));
    a.child.kill('SIGKILL');
    await gone;
    const kept = await consumer.getDataObjects(objects.map((o) => o.uri));
    expect(kept.values.size).toBe(99);
    expect(kept.errors.get(objects[0]!.uri)?.code).toBe(11);
    consumer.close();
  });
});
