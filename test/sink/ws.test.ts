import { afterEach, describe, expect, it } from 'vitest';
import { connectSink, createSinkCodec, MemoryStorage, SINK_OFFER, SinkIngest, type SinkMessageMap } from '../../src/sink/index.js';
import { connect, type EtpServer, listen } from '../../src/transport/index.js';

// Sink over real WebSockets on 127.0.0.1: admission in the handshake, Publish → Ack, a refusal,
// nothing accepted before admission, and a device that comes back after its connections are cut.

const codec = createSinkCodec();
const SERVER_ID = '5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a';
const DEVICE = '3c9e2a1b-7d4f-4a6e-8b2c-9d1e0f2a3b4c';
let server: EtpServer<SinkMessageMap> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ingestServer(ingest: SinkIngest) {
  server = await listen<SinkMessageMap>({ codec, instanceId: SERVER_ID, protocols: [SINK_OFFER], keepaliveMs: 60_000, setup: (s) => ingest.attach(s) });
  return server;
}

const event = (offset: number) => ({ eventTypeId: 3, schemaVersion: 2, key: 'meter', offset, timestamp: 0, data: Uint8Array.of(offset) });

describe('Sink over a real WebSocket', () => {
  it('admits a new device (Hello), acknowledges its events, and survives its connections being cut', async () => {
    const delivered: number[] = [];
    const srv = await ingestServer(new SinkIngest({ onEvent: ({ device, event: e }) => void (expect(device).toBe(DEVICE), delivered.push(e.offset)) }));
    const storage = new MemoryStorage();
    const admissions: string[] = [];
    const device = connectSink(srv.url, { clientInstanceId: DEVICE, storage, onAdmission: (a) => admissions.push(a.result), backoffMs: [5] });
    for (let i = 0; i < 50; i++) await device.publish(event(i));
    expect(storage.load()).toBe(SERVER_ID);
    // Cut every connection from the server side, then publish more: the device reconnects (Connected).
    for (const s of srv.sessions) s.transportClosed('cut');
    for (const c of [...srv.sessions]) c.close('cut');
    const more = await Promise.all(Array.from({ length: 50 }, (_, i) => device.publish(event(50 + i))));
    expect(more).toHaveLength(50);
    await device.close();
    expect(admissions.slice(0, 2)).toEqual(['HelloNewClient', 'Connected']);
    expect(delivered).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('refuses a device the server does not know under its remembered id: SINK_REFUSED, InstanceIdMismatch, connection closed', async () => {
    const srv = await ingestServer(new SinkIngest({ onEvent: () => {} }));
    const device = connectSink(srv.url, { clientInstanceId: DEVICE, storage: new MemoryStorage('00000000-0000-4000-8000-0000000000ff') });
    await expect(device.publish(event(1))).rejects.toMatchObject({ code: 'SINK_REFUSED', detail: { result: 'InstanceIdMismatch' } });
    await device.close();
    expect(srv.sessions.size).toBe(0);
  });

  it('accepts nothing before admission: a Publish racing the Admission is Nacked with machine code 2', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const srv = await ingestServer(new SinkIngest({ onEvent: () => {}, admit: async () => (await gate, { result: 'HelloNewClient' }) }));
    const { session } = await connect<SinkMessageMap>(srv.url, { codec, instanceId: DEVICE, protocols: [SINK_OFFER] });
    const r = await session.request('EtpCodec.Sink.Publish', event(1));
    expect(r.message.name).toBe('EtpCodec.Sink.Nack');
    expect([...(r.body as { machine: Uint8Array }).machine]).toEqual([2]);
    release();
    session.close('done');
  });
});
