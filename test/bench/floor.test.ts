import { describe, expect, it } from 'vitest';
import { channelDataFloor, type FloorItem, type FloorResource, resourcesFloor, warmCopy } from '../../bench/floor.js';
import { builtinShapes } from '../../src/cli/bench.js';
import { createCodec, type EtpMessage } from '../../src/index.js';

// The benchmark's floor is only a floor if it does the codec's work: the same bytes out, the same
// values back. Checked on the bench's own ChannelData shapes and on edge values.

const codec = createCodec();
const floor = channelDataFloor(codec);
const shapes = builtinShapes().filter((s) => s.name.startsWith('ChannelData')) as unknown as { name: string; message: EtpMessage<{ data: FloorItem[] }> }[];

describe('the hand-written ChannelData floor', () => {
  it.each(shapes.map((s) => [s.name, s.message] as const))('%s: the codec’s bytes, and the codec’s values back', (_, message) => {
    const bytes = floor.encode(message);
    expect(Buffer.from(bytes).equals(Buffer.from(codec.encode(message)))).toBe(true);
    expect(floor.decode(bytes)).toEqual({ header: message.header, body: codec.decode(bytes).body });
  });

  it('edge values: negative and large longs (to ±2^52: the floor doubles the zigzag in a float), ids past 2^31, NaN-free doubles of every sign, no items', () => {
    const item = (channelId: number, long: number, double: number): FloorItem => ({ channelId, indexes: [{ item: { long } }], value: { item: { double } }, valueAttributes: [] });
    for (const data of [[], [item(0, 0, 0), item(2 ** 40, -(2 ** 52), -1.5), item(63, 2 ** 52 - 1, Number.MAX_VALUE), item(64, -64, -0)]]) {
      const message = { header: { protocol: 1, messageType: 2, correlationId: 2 ** 35, messageId: 2 ** 31 + 1, messageFlags: 2 }, body: { data } };
      const bytes = floor.encode(message);
      expect(Buffer.from(bytes).equals(Buffer.from(codec.encode(message)))).toBe(true);
      const decoded = codec.decode(bytes);
      expect(floor.decode(bytes)).toEqual({ header: decoded.header, body: decoded.body });
    }
  });

  it('warmCopy copies into one buffer it keeps', () => {
    const copy = warmCopy(4);
    const a = copy(Uint8Array.of(1, 2, 3, 4));
    expect([...a]).toEqual([1, 2, 3, 4]);
    expect(copy(Uint8Array.of(5, 6, 7, 8))).toBe(a);
    expect([...a]).toEqual([5, 6, 7, 8]);
  });
});

describe('the hand-written GetResourcesResponse floor', () => {
  const resources = resourcesFloor(codec);
  const shape = builtinShapes().find((s) => s.name.startsWith('GetResourcesResponse'))!.message as unknown as EtpMessage<{ resources: FloorResource[] }>;
  const one = (over: Partial<FloorResource>): FloorResource => ({ ...shape.body.resources[0]!, ...over });

  it('the bench’s 1000 resources, and edge values: non-ASCII and long strings, null and large counts, negative and large longs, no resources', () => {
    const bodies = [
      shape.body,
      { resources: [] },
      {
        resources: [
          one({ name: 'puits Ørsted — 井 😀', uri: `eml:///witsml20.Well(${'x'.repeat(5000)})`, sourceCount: null, targetCount: null, activeStatus: 'Active' }),
          one({ name: '', sourceCount: 2 ** 31 - 1, targetCount: -(2 ** 31), lastChanged: -(2 ** 52), storeLastWrite: 2 ** 52 - 1, storeCreated: 0, activeStatus: 'Inactive' }),
          one({ name: 'é'.repeat(63), uri: 'a'.repeat(63) }),
        ],
      },
    ];
    for (const body of bodies) {
      const message = { header: shape.header, body } as EtpMessage<{ resources: FloorResource[] }>;
      const bytes = resources.encode(message);
      expect(Buffer.from(bytes).equals(Buffer.from(codec.encode(message)))).toBe(true);
      const decoded = codec.decode(bytes);
      expect(resources.decode(bytes)).toEqual({ header: decoded.header, body: decoded.body });
    }
  });
});
