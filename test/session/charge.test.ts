import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import type { AvroType } from '../../src/schema/avro-types.js';
import { createCodec } from '../../src/index.js';
import { partCost } from '../../src/session/index.js';
import { arbitraryOf } from '../helpers/arbitrary.js';
import { codec11, openClient11, rawPeer, requestSession } from '../helpers/raw-peer.js';

// What a session charges for a decoded part (partCost) must cover what the part really holds in
// the heap: measured here across every message of the ETP 1.2 and 1.1 catalogs, on bodies drawn from its
// schemas, decoded as a session decodes them (bytes as views where the codec allows them).

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * The heap and the ArrayBuffers (where bytes live) in use once garbage is collected. V8 frees the
 * memory of dead ArrayBuffers on a background thread after a collection: the reading is the lowest
 * of several collections, each after a turn of the event loop.
 */
async function used(): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
    const m = process.memoryUsage();
    least = Math.min(least, m.heapUsed + m.arrayBuffers);
  }
  return least;
}

/** What `fn` leaves allocated. */
async function heapOf(fn: () => unknown): Promise<{ bytes: number; kept: unknown }> {
  const before = await used();
  const kept = fn();
  return { bytes: (await used()) - before, kept };
}

it.each(['1.2', '1.1'] as const)(
  'every message type of the ETP %s catalog: the heap its decoded values hold is within what the session charges',
  async (etp) => {
    const codec = createCodec({ etp, bytesView: true, maxItems: 1_000_000 });
    const over: string[] = [];
    let measured = 0;
    for (const m of codec.registry.messages()) {
      const bodies = fc.sample(arbitraryOf(m.type as AvroType, 'number', 6), { numRuns: 40, seed: m.protocol * 1000 + m.messageType });
      const frames = bodies.map((body, i) => codec.encode({ header: { protocol: m.protocol, messageType: m.messageType, correlationId: 0, messageId: 2 * i + 2, messageFlags: 2 }, body }));
      // Each decoded from a buffer of its own, as a whole WebSocket message is.
      const copies: Uint8Array[] = [];
      for (let k = 0; k < 30; k++) for (const f of frames) copies.push(Uint8Array.from(f));
      let charged = 0;
      const control = { bytes: 0, items: 0, large: 0 };
      // Once first, so that the code compiled for these shapes is not counted as what they hold.
      for (const f of copies) codec.decode(f);
      const { bytes, kept } = await heapOf(() =>
        copies.map((f) => {
          const d = codec.decode(f, control);
          charged += partCost(control.bytes, control.items, control.large);
          return d;
        }),
      );
      // The frames themselves were allocated before: what grew is what the decoded values hold.
      if (bytes > charged) over.push(`${m.name}: heap ${bytes} > charged ${charged}`);
      measured += (kept as unknown[]).length;
    }
    expect(over).toEqual([]);
    expect(measured).toBe(codec.registry.messages().length * 40 * 30);
  },
  240_000,
);

it('parts whose frames are small views of large read buffers do not keep those buffers alive beyond their charge', async () => {
  // 2,000 parts of a multipart PutDataObjects, each a view of a 64 KiB buffer of its own (a socket
  // read), each carrying a DataObject with 1 byte of data: views of the buffers would hold 128 MB.
  const codec = createCodec();
  const store = () => {
    const peer = rawPeer('server', { maxParts: 100_000, protocols: [{ protocol: 4, role: 'store' }] });
    peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession([{ protocol: 4, role: 'store' }]));
    expect(peer.session.isOpen).toBe(true);
    return peer;
  };
  const feed = (peer: ReturnType<typeof store>) => {
    for (let i = 0; i < 2000; i++) {
      const id = 4 + 2 * i;
      const frame = codec.encode({
        header: { protocol: 4, messageType: 2, correlationId: i === 0 ? 0 : 4, messageId: id, messageFlags: 0 },
        body: {
          dataObjects: {
            [`k${i}`]: {
              resource: { uri: `eml:///witsml20.Well(${i})`, name: 'w', lastChanged: 0, storeLastWrite: 0, storeCreated: 0, activeStatus: 'Active', alternateUris: [], customData: {} },
              format: 'xml',
              data: Uint8Array.of(i & 0xff),
            },
          },
          pruneContainedObjects: false,
        },
      });
      const read = new Uint8Array(65_536);
      read.set(frame, 1000);
      // Only what the session keeps of it stays allocated.
      peer.session.receive(read.subarray(1000, 1000 + frame.length));
    }
  };
  // Once on another session, so that the code compiled for these shapes is not counted.
  feed(store());
  const peer = store();
  const { bytes } = await heapOf(() => feed(peer));
  const charged = peer.session.held.multipartBytes;
  expect(peer.session.held.multipart).toBe(1);
  expect(charged).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(charged);
});

it('ETP 1.1: two 6.2 MB ChannelData parts without FinalPart are charged what they would hold: the first is past maxMultipartBytes, refused with 18, and nothing stays', async () => {
  const peer = await openClient11();
  // About 6.2 MB of DataItems: a channel id, one index, a double each.
  const data = Array.from({ length: 400_000 }, (_, i) => ({ channelId: i % 50, indexes: [1_000_000 + i], value: { item: { double: i + 0.5 } }, valueAttributes: [] }));
  const frames = [0, 1].map((k) => codec11.encode({ header: { protocol: 1, messageType: 3, correlationId: k === 0 ? 0 : 7, messageId: 7 + 2 * k, messageFlags: 0x01 }, body: { data } }));
  expect(frames[0]!.length).toBeGreaterThan(6_000_000);
  const { bytes } = await heapOf(() => {
    for (const f of frames) peer.session.receive(f);
  });
  expect(peer.session.held.multipart).toBe(0);
  expect(peer.session.held.multipartBytes).toBe(0);
  expect(peer.last().body).toMatchObject({ errorCode: 18 });
  // What stays is the session's own bookkeeping, not the parts (each would hold ≈ 50 MB decoded).
  expect(bytes).toBeLessThan(4_000_000);
}, 60_000);
