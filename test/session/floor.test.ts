import { describe, expect, it } from 'vitest';
import type { AvroType } from '../../src/schema/avro-types.js';
import { branchName, isUuid, nullableIndex } from '../../src/schema/type-rules.js';
import { createCodec, EtpError, type MessageInfo } from '../../src/index.js';
import { EtpSession, MIN_MESSAGE_BYTES_FLOOR, SESSION_DEFAULTS, type SessionOptions, type SessionReport } from '../../src/session/index.js';
import { sinkBundle } from '../../src/sink/index.js';
import { sparkleBundle } from '../../src/sparkle/index.js';
import { codec as codec12, openClient, openServer, openSession, rawPeer, requestSession } from '../helpers/raw-peer.js';

const errorOf = (m: { body: unknown }) => (m.body as { error: { code: number; message: string } | null }).error;

// The smallest message size a peer may declare (minMessageBytes), and what holds at it: a peer
// below it is refused at the handshake; at it, every message of the catalog and of the custom
// protocols, sent by either role, either goes out in frames that fit or fails as documented
// (MESSAGE_TOO_LARGE to the caller, ProtocolException 17 to the peer for a reply), and nothing
// throws out of receive().

const FLOOR = SESSION_DEFAULTS.minMessageBytes;

describe('MaxWebSocketMessagePayloadSize below the floor', () => {
  for (const declared of [0, -1, 20, 600, FLOOR - 1]) {
    it(`a server refuses a client declaring ${declared} with ProtocolException 5 and closes`, () => {
      const peer = rawPeer('server');
      peer.deliver({ protocol: 0, messageType: 1, messageId: 2 }, requestSession([{ protocol: 3, role: 'store' }], { MaxWebSocketMessagePayloadSize: { item: { long: declared } } }));
      expect(errorOf(peer.last())).toMatchObject({ code: 5, message: `the client's MaxWebSocketMessagePayloadSize ${declared} is below this endpoint's minimum of ${FLOOR} bytes` });
      expect(peer.last().header.correlationId).toBe(2);
      expect(peer.session.isClosed).toBe(true);
    });

    it(`a client refuses an OpenSession declaring ${declared}: ProtocolException 5 to the server, INVALID_CAPABILITY to the caller`, async () => {
      const peer = rawPeer('client');
      const opened = peer.session.start();
      peer.deliver({ protocol: 0, messageType: 2, correlationId: 2, messageId: 1 }, openSession(undefined, { MaxWebSocketMessagePayloadSize: { item: { int: declared } } }));
      await expect(opened).rejects.toMatchObject({ code: 'INVALID_CAPABILITY', etpCode: 5 });
      expect(errorOf(peer.last())).toMatchObject({ code: 5 });
      expect(peer.last().header.correlationId).toBe(1);
      expect(peer.session.isClosed).toBe(true);
    });
  }

  it('the floor itself is accepted, and a session may lower it to MIN_MESSAGE_BYTES_FLOOR but not below', async () => {
    const peer = openServer({}, { MaxWebSocketMessagePayloadSize: { item: { long: FLOOR } } });
    expect(peer.session.negotiated?.maxMessageBytes).toBe(FLOOR);
    const low = openServer({ minMessageBytes: MIN_MESSAGE_BYTES_FLOOR }, { MaxWebSocketMessagePayloadSize: { item: { long: MIN_MESSAGE_BYTES_FLOOR } } });
    expect(low.session.negotiated?.maxMessageBytes).toBe(MIN_MESSAGE_BYTES_FLOOR);
    expect(() => rawPeer('server', { minMessageBytes: MIN_MESSAGE_BYTES_FLOOR - 1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    // Its own size below its floor is a mistake of the application's.
    expect(() => rawPeer('server', { capabilities: { MaxWebSocketMessagePayloadSize: FLOOR - 1 } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    await expect(openClient({}, { MaxWebSocketMessagePayloadSize: { item: { long: FLOOR } } })).resolves.toBeDefined();
  });
});

/**
 * A large value of a type: long strings and bytes, arrays and maps of several items, the last
 * branch of unions (the widest), down to a depth; enums and uuids stay valid.
 */
function large(t: AvroType, depth = 0): unknown {
  const deep = depth > 4;
  switch (t.typeName) {
    case 'null':
      return null;
    case 'boolean':
      return true;
    case 'int':
      return 2 ** 30;
    case 'long':
      return 2 ** 50;
    case 'float':
    case 'double':
      return 1.5;
    case 'string':
      return 's'.repeat(deep ? 8 : 300);
    case 'bytes':
      return new Uint8Array(deep ? 8 : 300).fill(7);
    case 'fixed':
      return isUuid(t) ? '00000000-0000-4000-8000-000000000001' : new Uint8Array(t.size);
    case 'enum':
      return t.symbols[0];
    case 'array':
      return deep ? [] : Array.from({ length: 12 }, () => large(t.itemsType, depth + 1));
    case 'map':
      return deep ? {} : Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, large(t.valuesType, depth + 1)]));
    case 'union': {
      const branches = t.types;
      if (deep && branches.some((b) => b.typeName === 'null')) return null;
      const branch = branches[branches.length - 1]!;
      const value = large(branch, depth + 1);
      return nullableIndex(t) >= 0 ? value : { [branchName(branch)]: value };
    }
    case 'record':
    case 'error':
      return Object.fromEntries(t.fields.map((f) => [f.name, large(f.type, depth + 1)]));
    default:
      throw new Error(`no large value for ${(t as AvroType).typeName}`);
  }
}

const codec = createCodec({ extend: [sparkleBundle(), sinkBundle()], bytesView: true, maxMessageBytes: FLOOR, maxDecompressedBytes: FLOOR });
const messages = codec.registry.messages().filter((m) => !(m.protocol === 0 && (m.messageType === 1 || m.messageType === 2)));

interface Side {
  session: EtpSession;
  /** Frames this side sent once the session was open. */
  frames: Uint8Array[];
  reports: SessionReport[];
  /** What receive() threw, if anything ever did. */
  thrown: unknown[];
}

/** A client and a server over memory, each declaring exactly `size`, both agreeing protocol `protocol`. */
async function pairAt(size: number, protocol: number): Promise<{ client: Side; server: Side }> {
  const sides: Record<'client' | 'server', Side> = {} as never;
  const make = (role: 'client' | 'server'): Side => {
    const side: Side = { session: undefined as never, frames: [], reports: [], thrown: [] };
    const options: SessionOptions = {
      role,
      codec,
      compression: [],
      minMessageBytes: Math.min(size, FLOOR),
      capabilities: { MaxWebSocketMessagePayloadSize: size },
      protocols: [{ protocol: protocol === 0 ? 3 : protocol, role: 'store' }],
      onReport: (r) => side.reports.push(r),
      send: (f) => {
        if (side.session?.isOpen) side.frames.push(f);
        const other = sides[role === 'client' ? 'server' : 'client'];
        queueMicrotask(() => {
          try {
            other.session.receive(f);
          } catch (err) {
            other.thrown.push(err);
          }
        });
      },
    };
    side.session = new EtpSession(options);
    return side;
  };
  sides.client = make('client');
  sides.server = make('server');
  await sides.client.session.start();
  return sides;
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
};

/** Every frame fits the agreed size; nothing threw out of receive(). */
function heldTheLine(p: { client: Side; server: Side }, size: number): void {
  for (const side of [p.client, p.server]) {
    expect(side.thrown).toEqual([]);
    expect(Math.max(0, ...side.frames.map((f) => f.length))).toBeLessThanOrEqual(size);
  }
}

for (const size of [FLOOR, MIN_MESSAGE_BYTES_FLOOR]) {
  describe(`every message of the catalog and of Sparkle and Sink at a negotiated size of ${size} bytes`, () => {
    it('covers the catalog and the custom protocols', () => {
      expect(messages.length).toBeGreaterThanOrEqual(136 + 6 + 4);
      expect(messages.some((m) => m.protocol === 2000)).toBe(true);
      expect(messages.some((m) => m.protocol === 2010)).toBe(true);
    });

    for (const role of ['client', 'server'] as const) {
      it(`sent by the ${role}: each goes out in frames that fit, or send() throws MESSAGE_TOO_LARGE having sent nothing`, async () => {
        const outcomes = { sent: 0, refused: 0 };
        for (const m of messages) {
          const p = await pairAt(size, m.protocol);
          const from = p[role];
          const before = from.frames.length;
          try {
            from.session.send(m.protocol, m.messageType, large(m.type as AvroType));
            outcomes.sent++;
          } catch (err) {
            expect(err, m.name).toBeInstanceOf(EtpError);
            expect((err as EtpError).code, m.name).toBe('MESSAGE_TOO_LARGE');
            expect(from.frames.length, m.name).toBe(before);
            outcomes.refused++;
          }
          await settle();
          heldTheLine(p, size);
        }
        // Both outcomes happen: multipart messages split, the others are refused.
        expect(outcomes.sent).toBeGreaterThan(10);
        expect(outcomes.refused).toBeGreaterThan(10);
      });

      it(`replied by the ${role}'s handler: each answer goes out in frames that fit, or the peer gets ProtocolException 17`, async () => {
        let exceptions = 0;
        for (const m of messages.filter((x) => x.protocol !== 0)) {
          const p = await pairAt(size, m.protocol);
          const answering = p[role];
          const asking = p[role === 'client' ? 'server' : 'client'];
          // Any message of the protocol asks; the smallest value of its type, so that it fits.
          const ask = codec.registry.messages().find((x) => x.protocol === m.protocol && x.messageType !== m.messageType && x.messageType < 1000) ?? m;
          answering.session.on(ask.protocol, ask.messageType, (ctx) => ctx.reply(m.messageType, large(m.type as AvroType)));
          const id = asking.session.send(ask.protocol, ask.messageType, small(ask));
          await settle();
          heldTheLine(p, size);
          const answers = answering.frames.map((f) => codec.decode(f)).filter((d) => d.header.correlationId === id);
          expect(answers.length, m.name).toBeGreaterThan(0);
          const refused = answers.filter((d) => d.header.messageType === 1000);
          if (refused.length) {
            expect(
              refused.map((d) => errorOf(d)?.code),
              m.name,
            ).toEqual([17]);
            exceptions++;
          } else
            expect(
              answers.every((d) => d.header.messageType === m.messageType),
              m.name,
            ).toBe(true);
        }
        expect(exceptions).toBeGreaterThan(10);
      });
    }
  });
}

/** The smallest value of a message's type (what fits any size allowed). */
function small(m: MessageInfo): unknown {
  const smallest = (t: AvroType): unknown => {
    switch (t.typeName) {
      case 'string':
        return '';
      case 'bytes':
        return new Uint8Array(0);
      case 'array':
        return [];
      case 'map':
        return {};
      case 'union':
        return nullableIndex(t) >= 0 ? null : { [branchName(t.types[0]!)]: smallest(t.types[0]!) };
      case 'record':
      case 'error':
        return Object.fromEntries(t.fields.map((f) => [f.name, smallest(f.type)]));
      default:
        return large(t, 99);
    }
  };
  return smallest(m.type as AvroType);
}

it('the wire codec of the raw peers is the built-in one (a sanity check of the helpers)', () => {
  expect(codec12.options.etp).toBe('1.2');
});
