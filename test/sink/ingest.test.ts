import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecodedMessage } from '../../src/index.js';
import { EtpSession } from '../../src/session/index.js';
import { Writer, writeHeader } from '../../src/wire/index.js';
import {
  type Admission,
  createSinkCodec,
  type PublishInput,
  Sink,
  SINK_OFFER,
  SINK_SERVER_INSTANCE_ID,
  type SinkEvent,
  SinkIngest,
  type SinkIngestOptions,
  type SinkMessageMap,
  SqliteSinkState,
} from '../../src/sink/index.js';

// The ingest as an independent Sink client meets it: one Ack or Nack for every Publish, whatever
// its body; ids compared as UUIDs; what a peer controls capped; exactly-once delivery in the
// state's transaction.

const codec = createSinkCodec();
const wide = createSinkCodec({ longs: 'bigint' });
const SERVER = '5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a';
const DEVICE = '3c9e2a1b-7d4f-4a6e-8b2c-9d1e0f2a3b4c';
const tick = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

/** A device session opened on `ingest` and its Admission; `publish` sends raw frames from id 1000 up and returns the server's answer. */
async function device(ingest: SinkIngest, remembered?: string) {
  const answers: DecodedMessage[] = [];
  let client!: EtpSession<SinkMessageMap>;
  const server: EtpSession<SinkMessageMap> = new EtpSession({
    role: 'server',
    codec,
    instanceId: SERVER,
    protocols: [SINK_OFFER],
    send: (f) => (answers.push(codec.decode(f)), queueMicrotask(() => client.receive(f))),
  });
  ingest.attach(server);
  let admitted!: (a: Admission) => void;
  const admission = new Promise<Admission>((r) => (admitted = r));
  client = new EtpSession({
    role: 'client',
    codec,
    instanceId: DEVICE,
    protocols: [SINK_OFFER],
    endpointCapabilities: remembered === undefined ? {} : { [SINK_SERVER_INSTANCE_ID]: { item: { string: remembered } } },
    send: (f) => queueMicrotask(() => server.receive(f)),
  });
  client.on(Sink.Admission, (ctx) => admitted(ctx.body));
  await client.start();
  const result = await admission;
  let id = 1000;
  const publish = async (frame: (messageId: number) => Uint8Array): Promise<DecodedMessage> => {
    const messageId = (id += 2);
    server.receive(frame(messageId));
    await tick();
    return answers.find((a) => a.header.correlationId === messageId)!;
  };
  return { admission: result, server, publish };
}

const publishFrame = (body: PublishInput) => (messageId: number) => wide.encode({ header: { protocol: 2010, messageType: 2, correlationId: 0, messageId, messageFlags: 2 }, body });
const event = (offset: number | bigint, key = 'k'): PublishInput => ({ eventTypeId: 1, schemaVersion: 1, key, offset, timestamp: 1, data: Uint8Array.of(1) });
const ingestOf = (options: Partial<SinkIngestOptions> = {}, seen: SinkEvent[] = []) => new SinkIngest({ onEvent: (e) => void seen.push(e), ...options });

describe('a Sink ingest, as an independent client meets it', () => {
  it('a remembered server id in upper case is the same id: Connected', async () => {
    const ingest = ingestOf();
    expect((await device(ingest)).admission.result).toBe('HelloNewClient');
    expect((await device(ingest, SERVER.toUpperCase())).admission.result).toBe('Connected');
  });

  it('a Publish whose body cannot be decoded gets Nack 4 (malformed), not a ProtocolException', async () => {
    const { publish } = await device(ingestOf());
    const cut = await publish((id) => publishFrame(event(1))(id).subarray(0, 12));
    expect(cut.name).toBe(Sink.Nack);
    expect((cut.body as { machine: Uint8Array }).machine[0]).toBe(4);
    // A Publish header, then a body of bytes that are no Publish (a varint that never ends).
    const garbage = await publish((id) => {
      const w = new Writer();
      writeHeader(w, { protocol: 2010, messageType: 2, correlationId: 0, messageId: id, messageFlags: 2 });
      return Buffer.concat([w.copy(), Buffer.alloc(11, 0xff)]);
    });
    expect([garbage.name, (garbage.body as { machine: Uint8Array }).machine[0]]).toEqual([Sink.Nack, 4]);
  });

  it('a Publish whose offset is above 2^53 is decoded exactly, delivered and acknowledged', async () => {
    const seen: SinkEvent[] = [];
    const { publish } = await device(ingestOf({}, seen));
    const answer = await publish(publishFrame(event(2n ** 60n + 7n)));
    expect(answer.name).toBe(Sink.Ack);
    expect(seen.map((e) => e.event.offset)).toEqual([2n ** 60n + 7n]);
    // A re-publish of the same identity: acknowledged, not delivered again.
    expect((await publish(publishFrame(event(2n ** 60n + 7n)))).name).toBe(Sink.Ack);
    expect(seen).toHaveLength(1);
  });

  it('a key longer than maxKeyBytes is Nack 4; a SinkServerInstanceId of 1 MB is refused without being echoed', async () => {
    const { publish } = await device(ingestOf({ maxKeyBytes: 100 }));
    const long = await publish(publishFrame(event(1, 'k'.repeat(101))));
    expect([long.name, (long.body as { machine: Uint8Array }).machine[0]]).toEqual([Sink.Nack, 4]);
    expect((await publish(publishFrame(event(1, 'k'.repeat(100))))).name).toBe(Sink.Ack);
    const huge = await device(ingestOf(), 'x'.repeat(1_000_000));
    expect(huge.admission.result).toBe('InstanceIdMismatch');
    expect(huge.admission.humanReason.length).toBeLessThan(200);
  });

  it('with onEventInTransaction on a SQLite state, what the handler writes and the identity commit together', async () => {
    const state = new SqliteSinkState(join(mkdtempSync(join(tmpdir(), 'etp-codec-ingest-')), 'sink.sqlite'));
    state.db.exec('CREATE TABLE app (offset TEXT)');
    const insert = state.db.prepare('INSERT INTO app (offset) VALUES (?)');
    let fail = true;
    const ingest = new SinkIngest({
      state,
      onEventInTransaction: ({ event: e }) => {
        insert.run(String(e.offset));
        if (fail) throw new Error('the application failed');
      },
    });
    const { publish } = await device(ingest);
    const refused = await publish(publishFrame(event(5)));
    expect([refused.name, (refused.body as { machine: Uint8Array }).machine[0]]).toEqual([Sink.Nack, 1]);
    expect(state.db.prepare('SELECT COUNT(*) AS n FROM app').get()).toEqual({ n: 0 });
    fail = false;
    expect((await publish(publishFrame(event(5)))).name).toBe(Sink.Ack);
    expect((await publish(publishFrame(event(5)))).name).toBe(Sink.Ack);
    expect(state.db.prepare('SELECT offset FROM app').all()).toEqual([{ offset: '5' }]);
    expect(ingest.stats).toMatchObject({ delivered: 1, duplicates: 1, nacked: 1 });
    state.close();
  });

  it('takes exactly one of onEvent and onEventInTransaction', () => {
    expect(() => new SinkIngest({})).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => new SinkIngest({ onEvent: () => {}, onEventInTransaction: () => {} })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
