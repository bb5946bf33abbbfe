import { describe, expect, it, vi } from 'vitest';
import type { MessageHeader } from '../../src/wire/header.js';

// A frame travels with the header it was encoded with (issue 20): sending reads no header back
// from the bytes it made (not for compression, not to mark the last part, not for onTraffic),
// and receiving reads each frame's header once. Every header function of the wire is counted.
const calls = vi.hoisted(() => ({ peekHeader: 0, readHeader: 0, headerLength: 0, setFlags: 0 }));
vi.mock('../../src/wire/header.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/wire/header.js')>();
  return {
    ...real,
    peekHeader: (...a: Parameters<typeof real.peekHeader>) => (calls.peekHeader++, real.peekHeader(...a)),
    readHeader: (...a: Parameters<typeof real.readHeader>) => (calls.readHeader++, real.readHeader(...a)),
    headerLength: (...a: Parameters<typeof real.headerLength>) => (calls.headerLength++, real.headerLength(...a)),
    setFlags: (...a: Parameters<typeof real.setFlags>) => (calls.setFlags++, real.setFlags(...a)),
  };
});

const { linkedSessions } = await import('../../src/session/index.js');

const STORE = [{ protocol: 3, role: 'store' }];
const GET = 'Energistics.Etp.v12.Protocol.Discovery.GetResources';
const RESPONSE = 'Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse';
const query = { context: { uri: 'eml:///', depth: 1, navigableEdges: 'Primary' as const }, scope: 'self' as const };
const resource = (i: number) => ({
  uri: `eml:///dataspace('field')/witsml20.Well(${'0'.repeat(8)}-0000-0000-0000-${String(i).padStart(12, '0')})`,
  name: `well ${i}`,
  lastChanged: 1,
  storeLastWrite: 1,
  storeCreated: 1,
  activeStatus: 'Active' as const,
  alternateUris: [],
  customData: {},
});

function reset(): void {
  for (const k of Object.keys(calls) as (keyof typeof calls)[]) calls[k] = 0;
}

describe('sending reads no header back; receiving reads each once', () => {
  it.each([
    ['whole, uncompressed', 3, {}],
    ['whole, compressed', 40, {}],
    ['multipart, each part compressed', 400, {}],
    ['multipart with per-item errors', 400, { errors: { a: { code: 11, message: 'not found' } } }],
  ])('%s', async (_, n, options) => {
    const out: { header: MessageHeader; name: string; bytes: number }[] = [];
    const small = { MaxWebSocketMessagePayloadSize: 8192 };
    const { client, server } = linkedSessions({
      client: { protocols: STORE, capabilities: small },
      server: { protocols: STORE, capabilities: small, compressAbove: 1000, onTraffic: (dir, header, name, bytes) => dir === 'out' && out.push({ header, name, bytes }) },
    });
    let sending: typeof calls | undefined;
    server.on(GET, (ctx) => {
      out.length = 0;
      reset();
      ctx.reply(RESPONSE, { resources: Array.from({ length: n }, (_, i) => resource(i)) }, options);
      sending = { ...calls };
      reset();
    });
    await client.start();
    const answer = await client.request(GET, query);
    expect(answer.body?.resources).toHaveLength(n);
    // The sender: no header read, parsed or patched from bytes.
    expect(sending).toEqual({ peekHeader: 0, readHeader: 0, headerLength: 0, setFlags: 0 });
    // The receiver: one header read per frame.
    expect(calls).toEqual({ peekHeader: 0, readHeader: out.length, headerLength: 0, setFlags: 0 });
    // onTraffic was told each frame's header as sent: the last one FIN, compressed ones 0x08.
    expect(out.at(-1)!.header.messageFlags & 0x02).toBe(0x02);
    for (const f of out.slice(0, -1)) expect(f.header.messageFlags & 0x02).toBe(0);
    const compressed = out.filter((f) => f.header.messageFlags & 0x08);
    if (n >= 40) expect(compressed.length).toBeGreaterThan(0);
    else expect(compressed).toEqual([]);
    if (n >= 400) expect(out.length).toBeGreaterThan(1);
    expect(new Set(out.map((f) => f.header.correlationId))).toEqual(new Set([out[0]!.header.correlationId]));
  });
});
