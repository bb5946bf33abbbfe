import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesSource } from '../../src/cli/types.js';
import { ROOT } from '../helpers/shared.js';
import { admit, type AdmissionDecision, createSinkCodec, MemorySinkState, sinkBundle, MemoryStorage, SinkDevice, SinkIngest, type SinkHello } from '../../src/sink/index.js';
import type { EtpError } from '../../src/index.js';
import { faultyDialer, SERVER_ID, seeded } from './helpers.js';

const C1 = '00000000-0000-4000-8000-0000000000c1';
const event = (offset: number) => ({ eventTypeId: 7, schemaVersion: 1, key: 'pump-3', offset, timestamp: 1_763_769_600_000_000 + offset, data: Uint8Array.of(offset & 0xff) });
// No real waits, but a turn of the event loop, so that a device retrying at once cannot starve everything else.
const immediate = () => new Promise<void>((r) => setImmediate(r));

describe('Sink, built as a user builds a protocol', () => {
  it("its bundle moves to another protocol number (the same helper as Sparkle's, withProtocolNumber)", () => {
    expect(createSinkCodec({ protocol: 2077 }).registry.message('EtpCodec.Sink.Publish')!.protocol).toBe(2077);
    expect(() => sinkBundle(2100)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: 'a protocol number must be a non-negative integer other than 2100, got 2100' }));
  });

  it('its types are what `etp-codec types` makes of schemas/sink (npm run gen:types)', () => {
    expect(readFileSync(join(ROOT, 'src/sink/gen/types.gen.ts'), 'utf8')).toBe(typesSource({ files: [join(ROOT, 'schemas/sink/sink.avpr.json')], importFrom: '../../schema/index.js' }));
  });
});

describe('the admission table', () => {
  // Every combination of what each side remembers, against the seed's rule.
  const OTHER = '00000000-0000-4000-8000-0000000000ff';
  const cases: { remembered: string | undefined; known: boolean; expected: string }[] = [];
  for (const remembered of [undefined, SERVER_ID, OTHER]) {
    for (const known of [false, true]) {
      const expected = remembered === undefined ? 'HelloNewClient' : remembered === SERVER_ID && known ? 'Connected' : 'InstanceIdMismatch';
      cases.push({ remembered, known, expected });
    }
  }
  it.each(cases)('client remembers $remembered, server knows the client: $known → $expected', ({ remembered, known, expected }) => {
    const registry = new MemorySinkState();
    if (known) registry.remember(C1);
    const hello: SinkHello = { clientInstanceId: C1, serverInstanceId: remembered, protocolVersion: '1.0', applicationVersion: '1.0.0' };
    expect(admit(hello, { serverInstanceId: SERVER_ID, registry }).result).toBe(expected);
    // A Hello is remembered: the next connection with the id it got is Connected.
    if (expected === 'HelloNewClient') expect(admit({ ...hello, serverInstanceId: SERVER_ID }, { serverInstanceId: SERVER_ID, registry }).result).toBe('Connected');
  });

  it('the default state is bounded: past maxDevices the device remembered longest ago that never had an event delivered is forgotten', () => {
    const registry = new MemorySinkState({ maxDevices: 2 });
    for (const id of ['a', 'b', 'a', 'c']) registry.remember(id);
    expect(['a', 'b', 'c'].map((id) => registry.knows(id))).toEqual([false, true, true]);
  });

  it('checks versions first, then quarantine, then ids', () => {
    const registry = new MemorySinkState();
    registry.setQuarantine(C1, { machineReason: Uint8Array.of(4, 2), humanReason: 'too many bad events' });
    const hello: SinkHello = { clientInstanceId: C1, serverInstanceId: undefined, protocolVersion: '1.0', applicationVersion: '0.9.0' };
    const policy = { serverInstanceId: SERVER_ID, registry, applicationVersion: (v: string) => v >= '1.0.0' };
    expect(admit({ ...hello, protocolVersion: '2.0' }, policy).result).toBe('UnsupportedProtocolVersion');
    expect(admit(hello, policy).result).toBe('UnsupportedApplicationVersion');
    expect(admit({ ...hello, applicationVersion: '1.2.0' }, policy)).toEqual({ result: 'Quarantined', machineReason: Uint8Array.of(4, 2), humanReason: 'too many bad events' });
  });
});

describe('a device and an ingest, in memory', () => {
  it('Hello on first contact stores the server id; the next connection is Connected; events are acknowledged once', async () => {
    const delivered: number[] = [];
    const ingest = new SinkIngest({ onEvent: ({ event: e }) => void delivered.push(e.offset) });
    const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(1) });
    const storage = new MemoryStorage();
    const results: string[] = [];
    const device = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d01', dial, storage, sleep: immediate, onAdmission: (a) => results.push(a.result) });
    await device.publish(event(1));
    expect(storage.load()).toBe(SERVER_ID);
    await device.close();
    const again = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d01', dial, storage, sleep: immediate, onAdmission: (a) => results.push(a.result) });
    await again.publish(event(2));
    await expect(again.publish(event(2))).resolves.toBeUndefined(); // a re-publish of a delivered identity is acknowledged, not delivered
    await again.close();
    expect(results).toEqual(['HelloNewClient', 'Connected']);
    expect(delivered).toEqual([1, 2]);
    expect(ingest.stats).toEqual({ delivered: 2, duplicates: 1, nacked: 0 });
  });

  it('a refusal reaches the device as a typed error with its reason, and the connection closes', async () => {
    const ingest = new SinkIngest({ onEvent: () => {}, admit: (): AdmissionDecision => ({ result: 'Quarantined', machineReason: Uint8Array.of(9), humanReason: 'under investigation' }) });
    const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(2) });
    const device = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d02', dial, sleep: immediate, backoffMs: [1], random: () => 0.5 });
    const p = device.publish(event(1));
    const closedBeforeAck = p.catch((e: EtpError) => e.code);
    // Quarantined: the device may retry later, so it keeps trying (with backoff) and the event waits.
    await turnsUntil(() => device.stats.waits.length > 2);
    await device.close();
    expect(await closedBeforeAck).toBe('SESSION_CLOSED');

    const mismatch = new SinkIngest({ onEvent: () => {} });
    const other = faultyDialer(mismatch, { cut: 0, delay: 0, random: seeded(3) });
    const stale = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d03', dial: other.dial, storage: new MemoryStorage('00000000-0000-4000-8000-0000000000ff'), sleep: immediate });
    const err = (await stale.publish(event(1)).catch((e: EtpError) => e)) as EtpError;
    expect(err.code).toBe('SINK_REFUSED');
    expect(err.detail).toMatchObject({ result: 'InstanceIdMismatch' });
    await expect(stale.publish(event(2))).rejects.toMatchObject({ code: 'SINK_REFUSED' });
    await stale.close();
  });

  it('a handler that throws is a Nack with machine code 1; an identity in flight is refused locally', async () => {
    const ingest = new SinkIngest({
      onEvent: ({ event: e }) => {
        if (e.offset === 13) throw new Error('unlucky');
      },
    });
    const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(4) });
    const device = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d04', dial, sleep: immediate });
    const nack = (await device.publish(event(13)).catch((e: EtpError) => e)) as EtpError;
    expect(nack.code).toBe('SINK_NACK');
    const detail = nack.detail as { machine: Uint8Array; human: string };
    expect([[...detail.machine], detail.human]).toEqual([[1], 'unlucky']);
    const first = device.publish(event(14));
    await expect(device.publish(event(14))).rejects.toMatchObject({ code: 'SINK_DUPLICATE' });
    await first;
    await device.close();
  });

  it('backoff: 50 ms, 1 s, 5 s, 30 s, then 60 s, each ± 10 %, reset only by an admission', async () => {
    const ingest = new SinkIngest({ onEvent: () => {} });
    let fail = 7;
    const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(5) });
    const flaky: typeof dial = (r) => (fail-- > 0 ? Promise.reject(new Error('no route')) : dial(r));
    const sessions: Awaited<ReturnType<typeof dial>>[] = [];
    const watched = new SinkDevice({
      clientInstanceId: '00000000-0000-4000-8000-000000000d07',
      dial: async (r) => {
        const s = await flaky(r);
        sessions.push(s);
        return s;
      },
      sleep: immediate,
      random: () => 1,
    });
    await watched.publish(event(1));
    expect(watched.stats.waits).toEqual([55, 1100, 5500, 33000, 66000, 66000, 66000]);
    // Admitted: the next loss starts the sequence again from 50 ms.
    sessions[0]!.transportClosed('cut');
    await watched.publish(event(2));
    expect(watched.stats.waits).toEqual([55, 1100, 5500, 33000, 66000, 66000, 66000, 55]);
    await watched.close();
    const low = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d06', dial: () => Promise.reject(new Error('x')), sleep: immediate, random: () => 0 });
    await turnsUntil(() => low.stats.waits.length >= 3);
    await low.close();
    expect(low.stats.waits.slice(0, 3)).toEqual([45, 900, 4500]);
  });
});

/**
 * Publishes `events` through an ingest whose handlers wait until released (a turn at a time), and
 * returns the most handlers that ran at once; every event is delivered in the end (the device
 * sends again what was Nacked 3).
 */
async function mostAtOnce(options: { maxProcessing?: number; maxProcessingBytes?: number }, events: ReturnType<typeof event>[], seed: number, clientInstanceId: string): Promise<number> {
  const releases: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const ingest = new SinkIngest({
    ...options,
    onEvent: () => {
      most = Math.max(most, ++running);
      return new Promise<void>((r) => releases.push(() => (running--, r())));
    },
  });
  const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(seed) });
  const device = new SinkDevice({ clientInstanceId, dial, sleep: immediate });
  const all = Promise.all(events.map((e) => device.publish(e)));
  while (ingest.stats.delivered < events.length) {
    await new Promise((r) => setImmediate(r));
    releases.splice(0).forEach((r) => r());
  }
  await all;
  await device.close();
  return most;
}

describe('a bounded ingest', () => {
  it('runs at most maxProcessing handlers at once; one more is Nacked 3 and sent again later by the device', async () => {
    expect(
      await mostAtOnce(
        { maxProcessing: 2 },
        [1, 2, 3, 4].map((i) => event(i)),
        9,
        '00000000-0000-4000-8000-000000000d09',
      ),
    ).toBe(2);
  });

  it('holds at most maxProcessingBytes of events in handlers; one more is Nacked 3 and sent again later', async () => {
    // Events of 10,000 bytes of data: two fit in 25,000 bytes, the third waits.
    const events = [1, 2, 3, 4, 5].map((i) => ({ ...event(i), data: new Uint8Array(10_000) }));
    expect(await mostAtOnce({ maxProcessingBytes: 25_000 }, events, 11, '00000000-0000-4000-8000-000000000d0a')).toBe(2);
  });
});

describe('delivery over a faulty link', () => {
  it('10,000 events through cuts and delays: the application sees each exactly once, and the device holds an Ack for each', async () => {
    const seen = new Map<number, number>();
    const ingest = new SinkIngest({ onEvent: ({ event: e }) => void seen.set(e.offset, (seen.get(e.offset) ?? 0) + 1) });
    const random = seeded(42);
    const link = faultyDialer(ingest, { cut: 0.002, delay: 0.05, random });
    const device = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000f17', dial: link.dial, sleep: immediate, maxInFlight: 64, random });
    const N = 10_000;
    const acks = await Promise.allSettled(Array.from({ length: N }, (_, i) => device.publish(event(i))));
    await device.close();
    expect(acks.filter((a) => a.status === 'fulfilled')).toHaveLength(N);
    expect(seen.size).toBe(N);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(device.stats.acked).toBe(N);
    expect(device.outbox.size).toBe(0);
    // The faults happened: many cuts, so many re-publishes, some of them after a lost Ack.
    expect(link.stats.cuts).toBeGreaterThan(20);
    expect(device.stats.resent).toBeGreaterThan(0);
    expect(device.stats.connections).toBeGreaterThan(link.stats.cuts / 2);
    console.log(
      `sink fault test: ${N} events, ${link.stats.frames} frames, ${link.stats.cuts} cuts, ${link.stats.delayed} delayed, ${device.stats.resent} re-published, ${ingest.stats.duplicates} acknowledged again without delivery`,
    );
  }, 120_000);
});

describe('the ingest remembers delivered events within its bound', () => {
  it('forgets the oldest past maxRemembered: a re-publish of a forgotten one is delivered again, of a remembered one not', async () => {
    const seen: number[] = [];
    const ingest = new SinkIngest({ maxRemembered: 3, onEvent: ({ event: e }) => void seen.push(e.offset) });
    const { dial } = faultyDialer(ingest, { cut: 0, delay: 0, random: seeded(11) });
    const device = new SinkDevice({ clientInstanceId: '00000000-0000-4000-8000-000000000d11', dial, sleep: immediate });
    for (const i of [1, 2, 3, 4]) await device.publish(event(i)); // 1 is forgotten
    for (const i of [4, 1]) await device.publish(event(i));
    await device.close();
    expect(seen).toEqual([1, 2, 3, 4, 1]);
    expect(ingest.stats.duplicates).toBe(1);
  });
});

/** Waits turns of the event loop (not time: the devices' sleep is injected) until `done`; fails when it never comes. */
async function turnsUntil(done: () => boolean, turns = 10_000): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setImmediate(r));
  expect(done()).toBe(true);
}
