import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { admit, identityOf, MEMORY_IDENTITY_BYTES, MemorySinkState, REGISTRY_FULL, type SinkHello, type SinkState, type SinkStateLimits, SqliteSinkState } from '../../src/sink/index.js';

// One conformance suite for every SinkState: what the ingest relies on, run against the memory
// edition and the SQLite one alike; then what only the durable one promises (reopening).

const dir = mkdtempSync(join(tmpdir(), 'etp-codec-sink-state-'));
let files = 0;
const editions: [string, (limits?: SinkStateLimits) => SinkState][] = [
  ['MemorySinkState', (limits) => new MemorySinkState(limits)],
  ['SqliteSinkState', (limits) => new SqliteSinkState(join(dir, `state-${files++}.sqlite`), limits)],
];

const SERVER = '5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a';
const device = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const hello = (id: string, serverInstanceId?: string): SinkHello => ({ clientInstanceId: id, serverInstanceId, protocolVersion: '1.0', applicationVersion: '1' });
const event = (offset: number | bigint, key = 'k') => ({ eventTypeId: 1, key, offset });

describe.each(editions)('%s', (_name, make) => {
  it('remembers devices; past maxDevices forgets the oldest that never had events delivered, never one that did', () => {
    const s = make({ maxDevices: 3 });
    for (const i of [1, 2, 3]) expect(s.remember(device(i))).toBe(true);
    s.deliver(identityOf(device(1), event(0)), device(1)); // 1 had an event delivered
    expect(s.remember(device(4))).toBe(true); // forgets 2, the oldest without events
    expect([1, 2, 3, 4].map((i) => s.knows(device(i)))).toEqual([true, false, true, true]);
    expect(s.size.devices).toBe(3);
    s.close();
  });

  it('full of devices that had events delivered: a newcomer is Quarantined (REGISTRY_FULL, retried), nobody is forgotten', () => {
    const s = make({ maxDevices: 2 });
    for (const i of [1, 2]) {
      expect(admit(hello(device(i)), { serverInstanceId: SERVER, registry: s }).result).toBe('HelloNewClient');
      s.deliver(identityOf(device(i), event(0)), device(i));
    }
    expect(admit(hello(device(3)), { serverInstanceId: SERVER, registry: s })).toMatchObject({ result: 'Quarantined', machineReason: REGISTRY_FULL });
    expect(admit(hello(device(1), SERVER), { serverInstanceId: SERVER, registry: s }).result).toBe('Connected');
    s.close();
  });

  it('a flood of fresh ids never costs a device that had events delivered its admission', () => {
    // The memory edition takes the whole flood; the file a smaller one of the same shape.
    const [max, flood] = _name === 'MemorySinkState' ? [100_000, 100_500] : [1000, 1500];
    const s = make({ maxDevices: max });
    const real = '3c9e2a1b-7d4f-4a6e-8b2c-9d1e0f2a3b4c';
    expect(admit(hello(real), { serverInstanceId: SERVER, registry: s }).result).toBe('HelloNewClient');
    s.deliver(identityOf(real, event(1)), real);
    for (let i = 0; i < flood; i++) admit(hello(device(i + 1)), { serverInstanceId: SERVER, registry: s });
    expect(admit(hello(real, SERVER), { serverInstanceId: SERVER, registry: s }).result).toBe('Connected');
    expect(s.size.devices).toBe(max);
    s.close();
  });

  it('remembers delivered identities, the oldest forgotten past maxRemembered', () => {
    const s = make({ maxRemembered: 2000 });
    for (let i = 0; i < 5000; i++) s.deliver(identityOf(device(1), event(i)), device(1));
    expect(s.delivered(identityOf(device(1), event(4999)))).toBe(true);
    expect(s.delivered(identityOf(device(1), event(0)))).toBe(false);
    // The file trims every 1024 deliveries: at most that many past the bound.
    expect(s.size.delivered).toBeGreaterThanOrEqual(2000);
    expect(s.size.delivered).toBeLessThanOrEqual(2000 + 1024);
    s.close();
  });

  it('deliver(work) is all or nothing: work that throws leaves no identity recorded', () => {
    const s = make();
    const id = identityOf(device(1), event(7));
    expect(() =>
      s.deliver(id, device(1), () => {
        throw new Error('handler failed');
      }),
    ).toThrow('handler failed');
    expect(s.delivered(id)).toBe(false);
    let ran = 0;
    s.deliver(id, device(1), () => void ran++);
    expect([ran, s.delivered(id)]).toEqual([1, true]);
    s.close();
  });

  it('quarantines and releases devices', () => {
    const s = make();
    s.setQuarantine(device(5), { machineReason: Uint8Array.of(4, 2), humanReason: 'too many bad events' });
    expect(s.quarantined(device(5))).toEqual({ machineReason: Uint8Array.of(4, 2), humanReason: 'too many bad events' });
    s.setQuarantine(device(5), undefined);
    expect(s.quarantined(device(5))).toBeUndefined();
    s.close();
  });

  it('identities of long keys and of offsets beyond 2^53 have one size and stay distinct', () => {
    const a = identityOf(device(1), event(2n ** 60n, 'x'.repeat(1_000_000)));
    const b = identityOf(device(1), event(2n ** 60n + 1n, 'x'.repeat(1_000_000)));
    expect([a.length, b.length]).toEqual([43, 43]);
    expect(a).not.toBe(b);
    expect(identityOf(device(1), event(5))).toBe(identityOf(device(1), event(5n)));
  });
});

describe('SqliteSinkState across a reopening', () => {
  it('keeps devices, delivered identities and quarantine', () => {
    const path = join(dir, 'reopen.sqlite');
    const s = new SqliteSinkState(path);
    s.remember(device(1));
    s.deliver(identityOf(device(1), event(3)), device(1));
    s.setQuarantine(device(2), { machineReason: Uint8Array.of(9), humanReason: 'wait' });
    s.close();
    const again = new SqliteSinkState(path);
    expect(again.knows(device(1))).toBe(true);
    expect(again.delivered(identityOf(device(1), event(3)))).toBe(true);
    expect(again.quarantined(device(2))?.humanReason).toBe('wait');
    expect(again.size.devices).toBe(1);
    again.close();
  });
});

describe('MemorySinkState in bytes', () => {
  it(`a remembered identity costs at most MEMORY_IDENTITY_BYTES (${MEMORY_IDENTITY_BYTES}) of heap, whatever the key`, () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const n = 100_000;
    const s = new MemorySinkState({ maxRemembered: n });
    // Identities made before measuring: what is measured is what the state keeps of them.
    const ids = Array.from({ length: n }, (_, i) => identityOf(device(1), event(i, 'k'.repeat(1000))));
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const id of ids) s.deliver(id, device(1));
    ids.length = 0;
    gc();
    const perIdentity = (process.memoryUsage().heapUsed - before) / n;
    expect(perIdentity).toBeLessThanOrEqual(MEMORY_IDENTITY_BYTES);
    // The state holds them: the measure is not of an empty set.
    expect(s.size.delivered).toBe(n);
  });
});
