import Database from 'better-sqlite3';
import { EtpError } from '../errors.js';
import { type QuarantineEntry, type SinkState, type SinkStateLimits, stateLimits } from './state.js';

// The durable Sink state: one SQLite file (better-sqlite3, synchronous, WAL). What the ingest
// acknowledged is committed before the Ack goes out, so it survives a kill -9 of the process.

/** Options of {@link SqliteSinkState}. */
export interface SqliteSinkStateOptions extends SinkStateLimits {
  /**
   * SQLite's `synchronous`: 'normal' (default) survives the death of the process, not of the
   * machine; 'full' also a power cut, at the cost of an fsync per event.
   */
  synchronous?: 'normal' | 'full';
}

/** How many deliveries between two trims of the delivered identities. */
const TRIM_EVERY = 1024;

/**
 * A {@link SinkState} in a SQLite file: devices, quarantine and delivered identities, each
 * bounded like the memory edition. `db` is the better-sqlite3 database, for a handler that does
 * its own work in the transaction of {@link SinkState.deliver} (exactly-once delivery).
 */
export class SqliteSinkState implements SinkState {
  readonly durable = true;
  readonly db: import('better-sqlite3').Database; // an import type: a consumer without esModuleInterop reads it too
  private readonly limits: Required<SinkStateLimits>;
  private readonly q: Record<string, Database.Statement>;
  private devices: number;
  private sinceTrim = 0;
  private readonly deliverTx: (identity: string, device: string, work?: () => void) => void;

  constructor(path: string, options: SqliteSinkStateOptions = {}) {
    const { synchronous = 'normal', ...limits } = options;
    if (synchronous !== 'normal' && synchronous !== 'full') throw new EtpError('INVALID_OPTION', `synchronous must be 'normal' or 'full', got ${String(synchronous)}`);
    this.limits = stateLimits(limits);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sink_devices (id TEXT PRIMARY KEY, confirmed INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS sink_devices_unconfirmed ON sink_devices (confirmed, seq);
      CREATE TABLE IF NOT EXISTS sink_quarantine (id TEXT PRIMARY KEY, machine BLOB NOT NULL, human TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sink_delivered (seq INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE);
    `);
    this.q = {
      knows: this.db.prepare('SELECT 1 FROM sink_devices WHERE id = ?'),
      add: this.db.prepare('INSERT INTO sink_devices (id, confirmed, seq) VALUES (?, 0, (SELECT IFNULL(MAX(seq), 0) + 1 FROM sink_devices))'),
      forget: this.db.prepare('DELETE FROM sink_devices WHERE id = (SELECT id FROM sink_devices WHERE confirmed = 0 ORDER BY seq LIMIT 1)'),
      confirm: this.db.prepare('UPDATE sink_devices SET confirmed = 1 WHERE id = ? AND confirmed = 0'),
      count: this.db.prepare('SELECT COUNT(*) AS n FROM sink_devices'),
      quarantined: this.db.prepare('SELECT machine, human FROM sink_quarantine WHERE id = ?'),
      quarantine: this.db.prepare('INSERT OR REPLACE INTO sink_quarantine (id, machine, human) VALUES (?, ?, ?)'),
      release: this.db.prepare('DELETE FROM sink_quarantine WHERE id = ?'),
      delivered: this.db.prepare('SELECT 1 FROM sink_delivered WHERE identity = ?'),
      record: this.db.prepare('INSERT INTO sink_delivered (identity) VALUES (?)'),
      identities: this.db.prepare('SELECT COUNT(*) AS n FROM sink_delivered'),
      trim: this.db.prepare('DELETE FROM sink_delivered WHERE seq <= (SELECT MAX(seq) FROM sink_delivered) - ?'),
    };
    this.devices = (this.q.count!.get() as { n: number }).n;
    this.deliverTx = this.db.transaction((identity: string, device: string, work?: () => void) => {
      work?.();
      this.q.record!.run(identity);
      this.q.confirm!.run(device);
    });
  }

  get size(): { devices: number; delivered: number } {
    return { devices: this.devices, delivered: (this.q.identities!.get() as { n: number }).n };
  }

  knows(id: string): boolean {
    return this.q.knows!.get(id) !== undefined;
  }

  remember(id: string): boolean {
    if (this.knows(id)) return true;
    if (this.devices >= this.limits.maxDevices) {
      // Forget the oldest device that never had an event delivered; none: no room.
      if (this.q.forget!.run().changes === 0) return false;
      this.devices--;
    }
    this.q.add!.run(id);
    this.devices++;
    return true;
  }

  quarantined(id: string): QuarantineEntry | undefined {
    const row = this.q.quarantined!.get(id) as { machine: Buffer; human: string } | undefined;
    return row ? { machineReason: new Uint8Array(row.machine), humanReason: row.human } : undefined;
  }

  setQuarantine(id: string, entry: QuarantineEntry | undefined): void {
    if (entry) this.q.quarantine!.run(id, Buffer.from(entry.machineReason), entry.humanReason);
    else this.q.release!.run(id);
  }

  delivered(identity: string): boolean {
    return this.q.delivered!.get(identity) !== undefined;
  }

  deliver(identity: string, device: string, work?: () => void): void {
    this.deliverTx(identity, device, work);
    if (++this.sinceTrim >= TRIM_EVERY) {
      this.sinceTrim = 0;
      this.q.trim!.run(this.limits.maxRemembered);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
