import { v4 as uuidv4 } from 'uuid';
import { channelXml, dataObjectRecord, MemoryStoreStorage, STORE_OFFER, StoreClient, StoreServer } from '../store/index.js';
import { listen } from '../transport/index.js';
import { syntheticLog } from './connect-channels.js';

// The demo's channels: a producer loads a gamma-ray log into a store (ChannelDataLoad) while a
// consumer on another connection watches it from its first point (ChannelSubscribe): what was
// loaded before it subscribed, then the rest as it comes, each point once, in order.

type Print = (line: string) => void;

export async function channelDemo(print: Print): Promise<void> {
  const size = 16_384;
  const store = new StoreServer({ storage: new MemoryStoreStorage() });
  const server = await listen({ applicationName: 'etp-codec demo store', protocols: store.offer, capabilities: { MaxWebSocketMessagePayloadSize: size }, setup: (s) => store.attach(s) });
  const options = { protocols: [...STORE_OFFER], capabilities: { MaxWebSocketMessagePayloadSize: size } };
  const producer = await StoreClient.connect(server.url, { applicationName: 'etp-codec demo producer', ...options });
  const consumer = await StoreClient.connect(server.url, { applicationName: 'etp-codec demo consumer', ...options });
  try {
    const uuid = uuidv4();
    const uri = `eml:///dataspace('demo/logs')/witsml21.Channel(${uuid})`;
    (await producer.putDataspaces(['demo/logs'])).orThrow();
    (await producer.putDataObjects([dataObjectRecord(uri, channelXml({ uuid, mnemonic: 'GR', uom: 'gAPI' }))])).orThrow();
    const id = Number((await producer.openChannels([uri])).orThrow().get(uri)!.id);
    print(`== Channels: a gamma-ray log (GR, gAPI, by measured depth) in a store at ${server.url}, channel id ${id}`);
    const total = 20_000;
    const first = 5_000;
    await producer.appendPoints(syntheticLog(id, first));
    print(`  the producer loaded ${first} points (1000.0–${(1000 + (first - 1) / 10).toFixed(1)} m) before anyone watched`);
    (await consumer.getChannelMetadata([uri])).orThrow();
    const feed = consumer.channelEvents();
    (await consumer.subscribeChannels([{ channelId: id, from: 1000 }])).orThrow();
    let seen = 0;
    let last = -Infinity;
    let inOrder = true;
    let messages = 0;
    const watching = (async () => {
      for await (const e of feed) {
        if (e.kind !== 'data') continue;
        messages++;
        for (const p of e.points) {
          inOrder &&= p.index > last;
          last = p.index;
        }
        seen += e.points.length;
        if (seen >= total) return;
      }
    })();
    for (let from = first; from < total; from += 5_000) {
      await producer.appendPoints(syntheticLog(id, 5_000, from));
      print(`  the producer loaded up to ${(1000 + (from + 4_999) / 10).toFixed(1)} m; the consumer has read ${seen} points so far`);
    }
    await watching;
    print(`  the consumer, subscribed from 1000.0 m, read ${seen} points in ${messages} ChannelData messages: history then live, in order: ${inOrder}, last ${last.toFixed(1)} m`);
    const { points } = await consumer.getRanges([id], { start: 2500, end: 2500.3 });
    print(`  GetRanges 2500.0–2500.3 m: ${points.map((p) => `${p.index.toFixed(1)} m ${(p.value.item as { double: number }).double} gAPI`).join(', ')}`);
  } finally {
    producer.close('demo finished');
    consumer.close('demo finished');
    await server.close();
  }
}
