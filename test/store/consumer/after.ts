// The same customer as before.ts, with StoreClient. test/store/consumer.test.ts runs both and counts their lines.
import { randomUUID } from 'node:crypto';
import { dataObjectRecord, StoreClient } from '../../../src/store/index.js';

export async function after(url: string, wells: { uri: string; xml: string }[], depths: Float64Array): Promise<{ names: string[]; missing: number; depths: Float64Array }> {
  const client = await StoreClient.connect(url, { capabilities: { MaxWebSocketMessagePayloadSize: 16_384 } });
  (await client.putDataspaces(['demo'])).orThrow();
  await client.transaction('demo', async () => {
    (await client.putDataObjects(wells.map((w) => dataObjectRecord(w.uri, w.xml)))).orThrow();
    await client.putArray(wells[0]!.uri, '/depths', depths, { dimensions: [1000, depths.length / 1000] });
  });
  const got = await client.getDataObjects([...wells.map((w) => w.uri), `eml:///dataspace('demo')/witsml21.Well(${randomUUID()})`]);
  const names = [...got.values.values()].map((o) => o.resource.name);
  const missing = [...got.errors.values()].filter((e) => e.code === 11).length;
  const back = await client.getArray(wells[0]!.uri, '/depths');
  client.close();
  return { names, missing, depths: back.values as Float64Array };
}
