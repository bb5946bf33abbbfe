import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { SqliteStoreStorage, StoreServer } from '../../src/store/index.js';
import { listen, type EtpServer } from '../../src/transport/index.js';
import { ROOT } from '../helpers/shared.js';
import { after } from './consumer/after.js';
import { before } from './consumer/before.js';

let server: EtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Lines of code: neither blank nor a comment. */
const loc = (file: string): number =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('//')).length;

async function run(customer: typeof after, wells: { uri: string; xml: string }[], depths: Float64Array): Promise<unknown> {
  const store = new StoreServer({ storage: new SqliteStoreStorage(':memory:') });
  server = await listen({ port: 0, host: '127.0.0.1', protocols: store.offer, capabilities: { MaxWebSocketMessagePayloadSize: 16_384 }, setup: (s) => store.attach(s) });
  try {
    return await customer(server.url, wells, depths);
  } catch (err) {
    if (process.env.DEBUG_CONSUMER) console.error(err);
    return err;
  } finally {
    await server.close();
    server = undefined;
  }
}

const well = (i: number, pad = ''): { uri: string; xml: string } => {
  const uuid = randomUUID();
  return {
    uri: `eml:///dataspace('demo')/witsml21.Well(${uuid})`,
    xml: `<Well xmlns="http://www.energistics.org/energyml/data/witsmlv2" uuid="${uuid}" schemaVersion="2.1"><Citation xmlns="http://www.energistics.org/energyml/data/commonv2"><Title>well ${i}</Title></Citation>${pad}</Well>`,
  };
};

it('a customer on StoreClient does what one written on the session API does (200 objects, a 100,000-value array, a transaction, 16 KiB messages) in a fifth of the lines, and also what it does not: an object larger than a message', async () => {
  const wells = Array.from({ length: 200 }, (_, i) => well(i));
  const depths = Float64Array.from({ length: 100_000 }, (_, i) => i / 3);
  const a = (await run(after, wells, depths)) as Awaited<ReturnType<typeof after>>;
  const b = (await run(before, wells, depths)) as Awaited<ReturnType<typeof before>>;
  expect(a.names).toEqual(wells.map((_, i) => `well ${i}`));
  expect(a.missing).toBe(1);
  expect(a.depths).toEqual(depths);
  expect(b).toEqual(a);

  const large = wells.map((w, i) => (i === 3 ? well(3, `<!--${'x'.repeat(40_000)}-->`) : w));
  expect(((await run(after, large, depths)) as Awaited<ReturnType<typeof after>>).names).toEqual(a.names);
  expect(await run(before, large, depths)).toMatchObject({ code: 'MESSAGE_TOO_LARGE' });

  const [lines, was] = [loc('test/store/consumer/after.ts'), loc('test/store/consumer/before.ts')];
  expect(lines * 5).toBeLessThanOrEqual(was);
  console.info(`consumer: ${was} lines on the session API, ${lines} on StoreClient`);
});
