import pg from 'pg';
import { EtpError } from '../errors.js';
import type { ChangeFeed, StoreChangeEvent } from './changes.js';
import { redact } from './postgres-storage.js';

// Changes carried between the store processes that share one PostgreSQL database: each process
// publishes what it committed with NOTIFY on one channel and hears every process's changes (its
// own included, so that all hear them in the same order) with LISTEN. PostgreSQL delivers a
// channel's notifications in commit order; a payload holds at most 8,000 bytes, so a large batch
// goes as several.

/** Options of {@link PostgresChangeFeed.open}. */
export interface PostgresChangeFeedOptions {
  /** The channel (one per store: the same for every process of it). Default 'etp_store_changes'. */
  channel?: string;
  /** Told when a NOTIFY fails or the LISTEN connection is lost (the subscriptions are then ended: changes may have been missed). */
  onError?: (err: EtpError) => void;
  /** Waits between attempts to listen again after the connection is lost. Default 1,000 ms. */
  retryMs?: number;
}

/** Bytes of one NOTIFY payload at most (PostgreSQL's limit is 8,000). */
const PAYLOAD_BYTES = 7_000;

/** A {@link ChangeFeed} over PostgreSQL's LISTEN/NOTIFY. */
export class PostgresChangeFeed implements ChangeFeed {
  readonly listening = true;
  private readonly listeners = new Set<(events: readonly StoreChangeEvent[]) => void>();
  private listener: pg.Client | undefined;
  private sender: pg.Client | undefined;
  private tail: Promise<void> = Promise.resolve();
  private closed = false;
  private retry: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly options: PostgresChangeFeedOptions,
  ) {}

  /** Connects (one connection listens, one notifies) and resolves once it listens. */
  static async open(connectionString: string, options: PostgresChangeFeedOptions = {}): Promise<PostgresChangeFeed> {
    const channel = options.channel ?? 'etp_store_changes';
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new EtpError('INVALID_OPTION', `channel must be a lowercase sql name, got ${JSON.stringify(channel)}`);
    const feed = new PostgresChangeFeed(connectionString, channel, options);
    try {
      await feed.listen_();
      feed.sender = await feed.connect();
    } catch (err) {
      await feed.close();
      throw new EtpError('CONNECTION_FAILED', `cannot listen for store changes in ${redact(connectionString)}: ${(err as Error).message}`, { cause: err });
    }
    return feed;
  }

  private async connect(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: this.url });
    c.on('error', (err) => this.lost(c, err));
    c.on('end', () => this.lost(c, new Error('the connection ended')));
    await c.connect();
    return c;
  }

  private async listen_(): Promise<void> {
    const c = await this.connect();
    c.on('notification', (n) => {
      if (n.channel !== this.channel || n.payload === undefined) return;
      let events: StoreChangeEvent[];
      try {
        events = JSON.parse(n.payload) as StoreChangeEvent[];
      } catch {
        return; // not ours
      }
      this.deliver(events);
    });
    await c.query(`LISTEN ${this.channel}`);
    this.listener = c;
  }

  /** A connection went away: every subscription ends (changes may have been missed), and the feed listens again. */
  private lost(c: pg.Client, err: Error): void {
    if (this.closed || (c !== this.listener && c !== this.sender)) return;
    if (c === this.listener) this.listener = undefined;
    if (c === this.sender) this.sender = undefined;
    c.removeAllListeners('end');
    void c.end().catch(() => {});
    this.options.onError?.(new EtpError('CONNECTION_FAILED', `the store's change feed lost its connection: ${err.message}`, { cause: err }));
    this.deliver([
      {
        kind: 'reset',
        dataspace: '*',
        uuid: '',
        type: '',
        time: 0,
        created: false,
        active: false,
        activeChanged: false,
        reason: 'the store lost its change feed: changes may have been missed; subscribe again',
      },
    ]);
    this.again();
  }

  private again(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      const work = async (): Promise<void> => {
        if (!this.listener) await this.listen_();
        if (!this.sender) this.sender = await this.connect();
      };
      work().catch(() => this.again());
    }, this.options.retryMs ?? 1_000);
    this.retry.unref?.();
  }

  private deliver(events: readonly StoreChangeEvent[]): void {
    for (const l of [...this.listeners]) {
      try {
        l(events);
      } catch {
        // One session's trouble is not the writer's, nor the other sessions'.
      }
    }
  }

  publish(events: readonly StoreChangeEvent[]): void {
    if (events.length === 0 || this.closed) return;
    // In order, one NOTIFY after another on one connection, in payloads that fit.
    const payloads: string[] = [];
    let batch: StoreChangeEvent[] = [];
    let size = 2;
    for (const e of events) {
      const n = JSON.stringify(e).length + 1;
      if (batch.length > 0 && size + n > PAYLOAD_BYTES) {
        payloads.push(JSON.stringify(batch));
        batch = [];
        size = 2;
      }
      batch.push(e);
      size += n;
    }
    payloads.push(JSON.stringify(batch));
    this.tail = this.tail.then(async () => {
      for (const p of payloads) {
        try {
          if (!this.sender) throw new Error('not connected');
          await this.sender.query('SELECT pg_notify($1, $2)', [this.channel, p]);
        } catch (err) {
          this.options.onError?.(new EtpError('CONNECTION_FAILED', `a change was not sent to the other store processes: ${(err as Error).message}`, { cause: err }));
        }
      }
    });
  }

  listen(listener: (events: readonly StoreChangeEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Resolves once every change published so far has been handed to PostgreSQL. */
  flushed(): Promise<void> {
    return this.tail;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.tail.catch(() => {});
    for (const c of [this.listener, this.sender]) {
      c?.removeAllListeners('end');
      await c?.end().catch(() => {});
    }
    this.listener = this.sender = undefined;
  }
}
