import { expect, it } from 'vitest';
import { serveSparkle, SparkleClient, TransformRegistry } from '../../src/sparkle/index.js';
import { sparklePair } from './helpers.js';
it('smoke', async () => {
  const p = await sparklePair();
  const transforms = new TransformRegistry().register('count', (r) => {
    const s = r.open({ streamType: 'Value', metadata: { name: { item: { string: 'n' } } } });
    s.push(Array.from({ length: 5 }, (_, i) => ({ value: { item: { int: i } } })));
    let i = 5;
    const t = setInterval(() => { s.push([{ value: { item: { int: i++ } } }]); if (i === 20) s.end(); }, 1);
    s.onClose(() => clearInterval(t));
  });
  const server = serveSparkle(p.server, { transforms });
  const client = new SparkleClient(p.client, { window: 4 });
  const [stream] = await client.request({ sources: ['a/b'], transform: 'count' });
  const got: unknown[] = [];
  for await (const item of stream!) got.push(item);
  expect(got.map((g) => (g as { value: { item: { int: number } } }).value.item.int)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(server.size).toBe(0);
});
