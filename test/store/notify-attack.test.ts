import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataObjectRecord, StoreClient } from '../../src/store/index.js';
import { codec, FIN, requestSession } from '../helpers/raw-peer.js';
import { RawWs } from '../helpers/raw-ws.js';
import { crsXml, DS, DS_URI, uriOf } from './fixtures.js';
import { cappedStore } from './helpers.js';

// A subscriber that stops reading, against `serve --store` in its own process with a capped heap:
// the store does not buffer notifications for it without bound — it is ended — and a bystander is
// served throughout.

const RSS_MB = 512;
let server: ChildProcess;
let url = '';
let peakRssMb: () => number;

beforeAll(async () => {
  ({ server, url, peakRssMb } = await cappedStore());
});
afterAll(() => server?.kill('SIGKILL'));

it('a subscriber that stops reading while 40 MB of objects and 10,000 more changes are put is ended, not buffered; the producer and a bystander are served', async () => {
  const producer = await StoreClient.connect(url);
  const bystander = await StoreClient.connect(url);
  (await producer.putDataspaces([DS])).orThrow();
  // The attacker subscribes with the objects' bytes, then stops reading its socket.
  const attacker = await RawWs.open(Number(new URL(url).port));
  attacker.send(codec.encode({ header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN }, body: requestSession([{ protocol: 5, role: 'store' }]) }));
  await attacker.until(() => attacker.messages().length >= 1);
  const requestUuid = uuidv4();
  const subscribe = {
    request: { s: { context: { uri: DS_URI, depth: 1, dataObjectTypes: [], navigableEdges: 'Primary' as const }, scope: 'self' as const, requestUuid, includeObjectData: true, format: 'xml' } },
  };
  attacker.send(codec.encode({ header: { protocol: 5, messageType: 6, correlationId: 0, messageId: 4, messageFlags: FIN }, body: subscribe }));
  await attacker.until(() => attacker.messages().length >= 2);
  expect(codec.decode(attacker.messages()[1]!).name).toMatch(/SubscribeNotificationsResponse$/);
  attacker.socket.pause();
  // 40 MB of large objects fill what the server may hold for the attacker's socket; then 10,000
  // small ones are more changes than one subscription may have waiting (maxNotificationBytes).
  const pad = randomBytes(150_000).toString('base64'); // incompressible: the session may gzip
  const put = async (n: number, padding: string): Promise<void> => {
    const objects = Array.from({ length: n }, (_, i) => {
      const uuid = uuidv4();
      const xml = crsXml(uuid, `crs ${i}`);
      return dataObjectRecord(uriOf('obj_LocalDepth3dCrs', uuid), padding ? xml.replace('</resqml2:obj_LocalDepth3dCrs>', `<!--${padding}--></resqml2:obj_LocalDepth3dCrs>`) : xml);
    });
    (await producer.putDataObjects(objects)).orThrow();
  };
  for (let round = 0; round < 20; round++) await put(10, pad);
  for (let round = 0; round < 20; round++) await put(500, '');
  // The bystander reads and writes as usual, and the server is alive within its memory.
  const mine = uriOf('obj_LocalDepth3dCrs', uuidv4());
  (await bystander.putDataObjects([dataObjectRecord(mine, crsXml(mine.slice(-37, -1)))])).orThrow();
  expect((await bystander.getDataObjects([mine])).ok).toBe(true);
  expect(server.exitCode).toBeNull();
  expect(peakRssMb()).toBeLessThan(RSS_MB);
  // The attacker reads again: what the server held for it, and then either the end of its
  // subscription or the end of its connection (what it left unread passed --max-outgoing-bytes).
  attacker.socket.resume();
  const ended = (): boolean => attacker.closed || attacker.messages().some((m) => codec.decode(m).name.endsWith('SubscriptionEnded'));
  await attacker.until(ended, 30_000);
  const end = attacker
    .messages()
    .map((m) => codec.decode(m))
    .find((m) => m.name.endsWith('SubscriptionEnded'));
  if (end) expect((end.body as { reason: string }).reason).toMatch(/did not keep up: more than 1048576 bytes of notifications waited/);
  else expect(attacker.closed).toBe(true);
  console.info(`slow subscriber: ${end ? `SubscriptionEnded after ${attacker.messages().length} messages` : 'connection closed'}, server peak RSS ${Math.round(peakRssMb())} MB`);
  // Far fewer than the 10,200 changes reached it.
  expect(attacker.messages().length).toBeLessThan(9_000);
  attacker.destroy();
  producer.close();
  bystander.close();
});
