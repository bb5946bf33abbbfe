import type { AnyCodec } from '../codec/index.js';
import type { Etp11 } from '../schema/index.js';
import type { EtpSession } from '../session/session.js';
import { listen } from '../transport/index.js';
import { EtpError } from '../errors.js';
import { type Args, COMMANDS } from './args.js';
import { SESSION_CODEC_MAX_ITEMS } from '../session/index.js';
import { createCodec } from '../codec/index.js';
import { mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SINK_OFFER, sinkBundle, type SinkEvent, SinkIngest, type SinkMessageMap, SqliteSinkState } from '../sink/index.js';
import { SPARKLE_OFFER, SPARKLE_PROTOCOL, sparkleBundle, type SparkleMessageMap } from '../sparkle/index.js';
import { serveSparkleSynthetic, SparkleStore } from './sparkle-synthetic.js';
import { SYNTHETIC_PROTOCOLS, serveSynthetic } from './synthetic.js';
import { serveSynthetic11 } from './synthetic11.js';
import { PostgresChangeFeed, PostgresStoreStorage, SqliteStoreStorage, StoreServer } from '../store/index.js';
import { redact } from '../store/postgres-storage.js';
import { seedWells, SEED_DATASPACE } from './store-seed.js';

/** `etp-codec serve`: the synthetic store, ETP 1.2 or 1.1, until SIGINT or SIGTERM. */
export async function serve(args: Args): Promise<number> {
  if (args.strings['--store'] !== undefined) return serveStore(args);
  const option = (name: string): number => args.numbers[name] ?? (COMMANDS.serve!.options[name]!.default as number);
  const resources = option('--resources');
  const etp = (args.strings['--etp'] ?? '1.2') as '1.1' | '1.2';
  const size = option('--max-message-bytes');
  // ETP 1.2 serves Sparkle beside Discovery and ChannelStreaming: its codec is the catalog plus Sparkle.
  const store = etp === '1.2' ? new SparkleStore().start(option('--sparkle-interval-ms')) : undefined;
  // ETP 1.2 also ingests Sink events: the codec is the catalog plus Sparkle and Sink.
  const codec = store ? createCodec({ extend: [sparkleBundle(), sinkBundle()], bytesView: true, maxMessageBytes: size, maxDecompressedBytes: size, maxItems: SESSION_CODEC_MAX_ITEMS }) : undefined;
  const ingest = store ? sinkIngest(args) : undefined;
  const server = await listen<unknown>({
    etp,
    ...(codec ? { codec: codec as AnyCodec } : {}),
    port: option('--port'),
    host: args.strings['--host'] ?? (COMMANDS.serve!.options['--host']!.default as string),
    applicationName: 'etp-codec serve',
    protocols: store ? [...SYNTHETIC_PROTOCOLS, SPARKLE_OFFER, SINK_OFFER] : SYNTHETIC_PROTOCOLS,
    // A stable server instance id: Sink devices that connected before are Connected again.
    instanceId: args.strings['--instance-id'] ?? (COMMANDS.serve!.options['--instance-id']!.default as string),
    capabilities: { MaxWebSocketMessagePayloadSize: size },
    ...transportBounds(option),
    setup: (session) => {
      if (etp === '1.1') serveSynthetic11(session as EtpSession<Etp11.Etp11MessageMap>, { resources });
      else serveSynthetic(session as EtpSession, { resources });
      if (store) serveSparkleSynthetic(session as EtpSession<SparkleMessageMap>, store);
      ingest?.attach(session as EtpSession<SinkMessageMap>);
      session.opened.then(
        (n) =>
          process.stdout.write(
            `session ${n.sessionId} opened by ${n.peerApplication}: protocols ${n.protocols.map((p) => p.protocol).join(', ')}, compression ${n.compression || 'none'}, max message ${n.maxMessageBytes} bytes\n`,
          ),
        (err) => process.stdout.write(`session refused: ${(err as Error).message}\n`),
      );
    },
    onClose: (reason) => process.stdout.write(`session closed: ${reason}\n`),
  });
  const subprotocol = etp === '1.1' ? 'energistics-tp' : 'etp12.energistics.org';
  const sparkle = store ? `, Sparkle ${SPARKLE_PROTOCOL} producer (transforms raw, window), Sink ${SINK_OFFER.protocol} ingest` : '';
  process.stdout.write(`etp-codec serve: ETP ${etp} on ${server.url} (subprotocol ${subprotocol}); ChannelStreaming producer, Discovery store with ${resources} resources${sparkle}; Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  store?.stop();
  ingest?.state.close();
  return 0;
}

/**
 * serve's Sink ingest. With `--state DIR`: devices and delivered identities in DIR/sink.sqlite,
 * and every event recorded in its table `serve_events` in the transaction that records its
 * identity (exactly once across kill -9). `--sink-log FILE`: a JSON line per delivery.
 */
function sinkIngest(args: Args): SinkIngest {
  const dir = args.strings['--state'];
  const logPath = args.strings['--sink-log'];
  const log = logPath ? openSync(logPath, 'a') : undefined;
  let events = 0;
  const delivered = ({ device, event }: SinkEvent): void => {
    if (log !== undefined) {
      const offset = typeof event.offset === 'bigint' ? String(event.offset) : event.offset;
      writeSync(log, `${JSON.stringify({ device, eventTypeId: event.eventTypeId, key: event.key, offset })}\n`);
    }
    if (++events % 1000 === 0) process.stdout.write(`sink: ${events} events delivered\n`);
  };
  if (!dir) return new SinkIngest({ onEvent: delivered });
  mkdirSync(dir, { recursive: true });
  const state = new SqliteSinkState(join(dir, 'sink.sqlite'));
  state.db.exec('CREATE TABLE IF NOT EXISTS serve_events (device TEXT NOT NULL, event_type INTEGER NOT NULL, key TEXT NOT NULL, offset TEXT NOT NULL, data BLOB NOT NULL)');
  const record = state.db.prepare('INSERT INTO serve_events (device, event_type, key, offset, data) VALUES (?, ?, ?, ?, ?)');
  return new SinkIngest({
    state,
    onEventInTransaction: (e) => {
      record.run(e.device, e.event.eventTypeId, e.event.key, String(e.event.offset), Buffer.from(e.event.data));
      delivered(e);
    },
  });
}

/** `serve --store PATH`: the store kit on a SQLite file (or `:memory:`), empty unless seeded. */
async function serveStore(args: Args): Promise<number> {
  const option = (name: string): number => args.numbers[name] ?? (COMMANDS.serve!.options[name]!.default as number);
  const text = (name: string): string => args.strings[name] ?? (COMMANDS.serve!.options[name]!.default as string);
  const path = args.strings['--store']!;
  const profile = text('--profile');
  if (profile !== 'etp' && profile !== 'rddms') throw new EtpError('INVALID_OPTION', `--profile is etp or rddms, got ${profile}`);
  const seed = args.strings['--seed'];
  if (seed !== undefined && seed !== 'wells') throw new EtpError('INVALID_OPTION', `--seed knows only wells, got ${seed}`);
  // postgres://…: several serve processes on one database, their changes carried by LISTEN/NOTIFY.
  // A `schema` query parameter keeps a store in its own schema (and notification channel) of the database.
  const shared = /^postgres(ql)?:\/\//.test(path);
  let url = path;
  let schema = 'public';
  if (shared) {
    const u = new URL(path);
    schema = u.searchParams.get('schema') ?? 'public';
    u.searchParams.delete('schema');
    url = u.href;
  }
  const storage = shared ? await PostgresStoreStorage.open(url, { schema }) : new SqliteStoreStorage(path);
  const changes = shared ? await PostgresChangeFeed.open(url, { channel: `etp_store_${schema}`, onError: (err) => process.stdout.write(`change feed: ${err.message}\n`) }) : undefined;
  const store = new StoreServer({ storage, profile, changes });
  if (seed) {
    const n = await seedWells(storage, option('--resources'));
    process.stdout.write(n > 0 ? `seeded ${n} objects into dataspace ${SEED_DATASPACE}\n` : `dataspace ${SEED_DATASPACE} is there already: not seeded again\n`);
  }
  const size = option('--max-message-bytes');
  // Arrays of doubles and floats arrive as typed arrays, which the store copies into its blocks whole.
  const codec = createCodec({ floatArrays: 'typed', bytesView: true, maxMessageBytes: size, maxDecompressedBytes: size, maxItems: SESSION_CODEC_MAX_ITEMS });
  const server = await listen({
    port: option('--port'),
    host: text('--host'),
    applicationName: 'etp-codec serve',
    codec: codec as AnyCodec,
    protocols: store.offer,
    dataObjects: text('--data-objects')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    capabilities: { MaxWebSocketMessagePayloadSize: size },
    ...transportBounds(option),
    setup: (session) => {
      store.attach(session as EtpSession);
      session.opened.then(
        (n) => process.stdout.write(`session ${n.sessionId} opened by ${n.peerApplication}: protocols ${n.protocols.map((p) => p.protocol).join(', ')}, max message ${n.maxMessageBytes} bytes\n`),
        (err) => process.stdout.write(`session refused: ${(err as Error).message}\n`),
      );
    },
    onClose: (reason) => process.stdout.write(`session closed: ${reason}\n`),
  });
  const where = shared ? `on PostgreSQL ${redact(path)}` : path === ':memory:' ? 'in memory' : path;
  process.stdout.write(`etp-codec serve: ETP 1.2 store on ${server.url} (subprotocol etp12.energistics.org), ${where}, profile ${profile}; Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await changes?.close();
  await storage.close();
  return 0;
}

/** The transport's bounds from serve's options (both kinds of server share them). */
function transportBounds(option: (name: string) => number) {
  return {
    maxSessions: option('--max-sessions'),
    maxOutgoingBytes: option('--max-outgoing-bytes'),
    idleTimeoutMs: option('--idle-timeout-ms'),
    upgradeTimeoutMs: option('--upgrade-timeout-ms'),
    maxFragments: option('--max-fragments'),
    maxBufferedBytes: option('--max-buffered-bytes'),
  };
}
