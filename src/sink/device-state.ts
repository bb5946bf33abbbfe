import Database from 'better-sqlite3';
import type { DeviceStorage, Outbox } from './device.js';
import type { PublishInput } from './gen/types.gen.js';

// A device's durable state: its outbox of unacknowledged events and the server instance id of its
// last good connection, in one SQLite file. An event is in the file before `publish` sends it and
// leaves it when it is answered, so a device killed at any moment publishes again, on its next
// run, everything it had not had acknowledged.

/**
 * The outbox and storage of a device in a SQLite file (WAL; `synchronous` NORMAL: it survives the
 * death of the process). Give both to the device: `{ outbox: state.outbox, storage: state.storage }`.
 */
export class SqliteDeviceState {
  readonly db: import('better-sqlite3').Database; // an import type: a consumer without esModuleInterop reads it too
  readonly outbox: Outbox;
  readonly storage: DeviceStorage;

  constructor(path: string) {
    const db = (this.db = new Database(path));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`
      CREATE TABLE IF NOT EXISTS sink_outbox (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, event_type INTEGER NOT NULL, schema_version INTEGER NOT NULL, key TEXT NOT NULL, offset TEXT NOT NULL, timestamp TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS sink_device (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    const q = {
      has: db.prepare('SELECT 1 FROM sink_outbox WHERE id = ?'),
      add: db.prepare('INSERT OR IGNORE INTO sink_outbox (id, event_type, schema_version, key, offset, timestamp, data) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM sink_outbox WHERE id = ?'),
      all: db.prepare('SELECT id, event_type, schema_version, key, offset, timestamp, data FROM sink_outbox ORDER BY seq'),
      count: db.prepare('SELECT COUNT(*) AS n FROM sink_outbox'),
      load: db.prepare("SELECT value FROM sink_device WHERE name = 'serverInstanceId'"),
      save: db.prepare("INSERT OR REPLACE INTO sink_device (name, value) VALUES ('serverInstanceId', ?)"),
    };
    let size = (q.count.get() as { n: number }).n;
    this.outbox = {
      has: (id) => q.has.get(id) !== undefined,
      add: (id, e) => {
        if (q.add.run(id, e.eventTypeId, e.schemaVersion, e.key, String(e.offset), String(e.timestamp), Buffer.from(e.data)).changes) size++;
      },
      remove: (id) => {
        if (q.remove.run(id).changes) size--;
      },
      entries: () =>
        (q.all.all() as { id: string; event_type: number; schema_version: number; key: string; offset: string; timestamp: string; data: Buffer }[]).map((r) => [
          r.id,
          { eventTypeId: r.event_type, schemaVersion: r.schema_version, key: r.key, offset: exact(r.offset), timestamp: exact(r.timestamp), data: new Uint8Array(r.data) } satisfies PublishInput,
        ]),
      get size() {
        return size;
      },
    };
    this.storage = {
      load: () => (q.load.get() as { value: string } | undefined)?.value,
      save: (id) => void q.save.run(id),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** A long as it was published: a number when exact, else a bigint. */
function exact(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}
