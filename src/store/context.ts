import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import { activityRecord, templateRecord, ACTIVITY_TEMPLATE_UUID } from './activity.js';
import { coalesce, LocalChangeFeed, type ChangeFeed, type StoreChangeEvent } from './changes.js';
import type { ObjectSummary, StoreStorage } from './storage.js';
import { v4 as uuidv4 } from 'uuid';

// What every protocol handler of the store kit shares, one per StoreServer: the storage, the
// options and their defaults, the clock, the change feed, and the transactions with the write
// locks they hold (in this process, and through the storage's shared locks across processes).

/** Options of {@link StoreServer}. */
export interface StoreServerOptions {
  storage: StoreStorage;
  /**
   * 'etp' (default) follows the specification; 'rddms' behaves as open-etp-server does where it
   * differs (PutDataspaces on an existing dataspace fails with 5, references checked at commit, an
   * obj_Activity per write commit, arrays deleted with their object). See docs/store.md.
   */
  profile?: 'etp' | 'rddms';
  /** Qualified types or families (`resqml20.*`) accepted by PutDataObjects; empty: every type. Default empty. */
  acceptTypes?: readonly string[];
  /** Resources (or deleted resources, edges) one Discovery answer holds; more gets ERESPONSECOUNT_EXCEEDED 30 after the first this many. Default 10,000. */
  maxResponseCount?: number;
  /** Bytes of objects or array values one answer holds (read into memory to be sent); items beyond get 17. Default 64 MiB. */
  maxResponseBytes?: number;
  /** Largest array a client may declare, in bytes of its elements (arrays are kept in blocks, never whole in memory). Default 16 GiB. */
  maxArrayBytes?: number;
  /**
   * How long a write transaction may hold its dataspaces against other writers: once past it, the
   * next writer that wants one of them rolls it back and goes on (its session's commit then answers
   * successful: false). Nothing happens to it while nobody else wants its dataspaces. Default 600,000 (10 minutes).
   */
  transactionTimeoutMs?: number;
  /** Requests of one session waiting for the one being handled (each is answered in arrival order); one more gets 12. Default 256. */
  maxQueuedRequests?: number;
  /** Bytes (estimated from their bodies) of the requests of one session waiting for their turn; one more gets 12. Default 64 MiB. */
  maxQueuedBytes?: number;
  /** The clock, in milliseconds since the epoch (times sent are microseconds). Default Date.now. */
  now?: () => number;
  /** What carries committed changes to the sessions' subscriptions. Default a LocalChangeFeed (this process). */
  changes?: ChangeFeed;
  /** StoreNotification subscriptions one session may hold; one more gets 12. Default 100. */
  maxSubscriptions?: number;
  /** Bytes of changes waiting to be sent to one subscription (each counted as QUEUED_CHANGE_BYTES and two bytes a character of its object's name); past it the subscription is ended with SubscriptionEnded. Default 1 MiB. */
  maxNotificationBytes?: number;
  /** Changes one transaction keeps to notify at its commit; past it, the commit ends the subscriptions on its dataspaces instead. Default 10,000. */
  maxStagedChanges?: number;
  /** Channels one session may hold open for ChannelDataLoad; one more gets 12. Default 1,000. */
  maxOpenChannels?: number;
  /** Channels one session may subscribe to (ChannelSubscribe); one more gets 12. Default 1,000. */
  maxChannelSubscriptions?: number;
  /** Bytes of one channel point's value as kept (two a character of its kept text); a larger point is refused with 17. Default 8 KiB. */
  maxPointBytes?: number;
}

/** The defaults of {@link StoreServerOptions}. */
export const STORE_DEFAULTS = {
  maxResponseCount: 10_000,
  maxResponseBytes: 64 * 1024 * 1024,
  maxArrayBytes: 16 * 1024 ** 3,
  maxQueuedRequests: 256,
  maxQueuedBytes: 64 * 1024 * 1024,
  transactionTimeoutMs: 600_000,
  maxSubscriptions: 100,
  maxNotificationBytes: 1024 * 1024,
  maxStagedChanges: 10_000,
  maxOpenChannels: 1000,
  maxChannelSubscriptions: 1000,
  maxPointBytes: 8192,
} as const;

/** A session's open transaction. */
export interface OpenTransaction {
  id: string;
  readOnly: boolean;
  /** Dataspace paths it holds ('' is the default dataspace). */
  dataspaces: Set<string>;
  /** The session that opened it. */
  session: object;
  /** When it started (the store's clock, milliseconds). */
  started: number;
  /** The changes it made, notified at its commit (at most maxStagedChanges). */
  changes: StoreChangeEvent[];
  /** Dataspaces it changed more objects of than it keeps changes of. */
  overflowed: Set<string>;
}

/** What every protocol's handlers share: the storage, the options, the clock and the transactions. */
export class StoreContext {
  readonly storage: StoreStorage;
  readonly profile: 'etp' | 'rddms';
  readonly acceptTypes: readonly string[];
  readonly maxResponseCount: number;
  readonly maxResponseBytes: number;
  readonly maxArrayBytes: number;
  readonly maxQueuedRequests: number;
  readonly maxQueuedBytes: number;
  readonly changes: ChangeFeed;
  readonly maxSubscriptions: number;
  readonly maxNotificationBytes: number;
  readonly maxStagedChanges: number;
  readonly maxOpenChannels: number;
  readonly maxChannelSubscriptions: number;
  readonly maxPointBytes: number;
  private readonly clock: () => number;
  /** Dataspace path → the transaction that holds its write lock. */
  private readonly locks = new Map<string, string>();
  private readonly transactions = new WeakMap<object, OpenTransaction>();
  /** Write transactions by id (those that hold locks). */
  private readonly open = new Map<string, OpenTransaction>();
  private readonly expired = new WeakMap<object, string>();
  private readonly broken = new WeakSet<object>();
  readonly transactionTimeoutMs: number;

  constructor(options: StoreServerOptions) {
    if (!options?.storage) throw new EtpError('INVALID_OPTION', 'a store needs its storage');
    this.storage = options.storage;
    this.profile = options.profile ?? 'etp';
    if (this.profile !== 'etp' && this.profile !== 'rddms') throw new EtpError('INVALID_OPTION', `profile must be 'etp' or 'rddms', got ${String(options.profile)}`);
    this.acceptTypes = options.acceptTypes ?? [];
    this.maxResponseCount = integerOption('maxResponseCount', options.maxResponseCount ?? STORE_DEFAULTS.maxResponseCount, 1);
    this.maxResponseBytes = integerOption('maxResponseBytes', options.maxResponseBytes ?? STORE_DEFAULTS.maxResponseBytes, 1);
    this.maxArrayBytes = integerOption('maxArrayBytes', options.maxArrayBytes ?? STORE_DEFAULTS.maxArrayBytes, 1);
    this.maxQueuedRequests = integerOption('maxQueuedRequests', options.maxQueuedRequests ?? STORE_DEFAULTS.maxQueuedRequests, 1);
    this.maxQueuedBytes = integerOption('maxQueuedBytes', options.maxQueuedBytes ?? STORE_DEFAULTS.maxQueuedBytes, 1);
    this.transactionTimeoutMs = integerOption('transactionTimeoutMs', options.transactionTimeoutMs ?? STORE_DEFAULTS.transactionTimeoutMs, 1);
    this.clock = options.now ?? Date.now;
    this.changes = options.changes ?? new LocalChangeFeed();
    this.maxSubscriptions = integerOption('maxSubscriptions', options.maxSubscriptions ?? STORE_DEFAULTS.maxSubscriptions, 1);
    this.maxNotificationBytes = integerOption('maxNotificationBytes', options.maxNotificationBytes ?? STORE_DEFAULTS.maxNotificationBytes, 1);
    this.maxStagedChanges = integerOption('maxStagedChanges', options.maxStagedChanges ?? STORE_DEFAULTS.maxStagedChanges, 1);
    this.maxOpenChannels = integerOption('maxOpenChannels', options.maxOpenChannels ?? STORE_DEFAULTS.maxOpenChannels, 1);
    this.maxChannelSubscriptions = integerOption('maxChannelSubscriptions', options.maxChannelSubscriptions ?? STORE_DEFAULTS.maxChannelSubscriptions, 1);
    this.maxPointBytes = integerOption('maxPointBytes', options.maxPointBytes ?? STORE_DEFAULTS.maxPointBytes, 1);
  }

  /** Changes written: published now when outside a transaction, kept for its commit inside one. */
  changed(txn: string | undefined, events: readonly StoreChangeEvent[]): void {
    if (txn === undefined) {
      this.changes.publish(events);
      return;
    }
    const t = this.open.get(txn);
    if (!t) return;
    for (const e of events) {
      if (t.overflowed.has(e.dataspace)) continue;
      if (t.changes.length < this.maxStagedChanges) t.changes.push(e);
      else t.overflowed.add(e.dataspace);
    }
  }

  /** Now in microseconds, each call later than the one before (a write's time orders it). */
  private last = 0;
  now(): number {
    this.last = Math.max(this.last + 1, this.clock() * 1000);
    return this.last;
  }

  transactionOf(session: object): OpenTransaction | undefined {
    return this.transactions.get(session);
  }

  /** The transaction a read in `dataspace` sees through (undefined: what is committed). */
  readTxn(session: object, dataspace: string): string | undefined {
    const t = this.transactions.get(session);
    return t && !t.readOnly && t.dataspaces.has(dataspace) ? t.id : undefined;
  }

  /** The transaction a write to `dataspace` goes into; TRANSACTION_CONFLICT when another session's transaction holds it. */
  async writeTxn(session: object, dataspace: string): Promise<string | undefined> {
    const mine = this.readTxn(session, dataspace);
    if (mine) return mine;
    // Not outside it either: what the session writes next was meant for the transaction it lost.
    const lost = this.expired.get(session);
    if (lost !== undefined)
      throw new EtpError('INVALID_STATE', `transaction ${lost} was rolled back (it outlived transactionTimeoutMs while another writer waited): commit or roll it back to learn so, or start another`);
    await this.checkLock(dataspace);
    await this.checkSharedLock(dataspace);
    return undefined;
  }

  /**
   * The same check against the locks other processes of a shared store hold: TRANSACTION_CONFLICT
   * while a live one holds the dataspace; one past transactionTimeoutMs is rolled back here (its
   * process's commit then fails).
   */
  private async checkSharedLock(dataspace: string): Promise<void> {
    const shared = this.storage.locks;
    if (!shared) return;
    const h = await shared.holder(dataspace);
    if (!h || this.open.has(h.txn)) return; // a transaction of this process: checked above
    if (this.clock() - h.since < this.transactionTimeoutMs)
      throw new EtpError('TRANSACTION_CONFLICT', `dataspace ${JSON.stringify(dataspace)} is locked by transaction ${h.txn} of another store process`);
    await shared.release(h.txn);
    await this.storage.rollback(h.txn);
  }

  /**
   * TRANSACTION_CONFLICT when a live transaction holds the dataspace's write lock. One that has held
   * it longer than transactionTimeoutMs is rolled back first (its session's commit then fails).
   */
  private async checkLock(dataspace: string): Promise<void> {
    const holder = this.locks.get(dataspace);
    if (holder === undefined) return;
    const t = this.open.get(holder);
    if (t && this.clock() - t.started >= this.transactionTimeoutMs) {
      this.expired.set(t.session, t.id);
      await this.end(t.session, false);
      return;
    }
    throw new EtpError('TRANSACTION_CONFLICT', `dataspace ${JSON.stringify(dataspace)} is locked by transaction ${holder}`);
  }

  /** Why a session has no transaction: the id of the one rolled back because it outlived transactionTimeoutMs; forgotten once asked. */
  takeExpired(session: object): string | undefined {
    const id = this.expired.get(session);
    this.expired.delete(session);
    return id;
  }

  /** Opens a transaction for a session; TRANSACTION_CONFLICT when a dataspace is held, INVALID_STATE when the session has one. */
  async begin(session: object, readOnly: boolean, dataspaces: readonly string[]): Promise<OpenTransaction> {
    if (this.transactions.has(session)) throw new EtpError('INVALID_STATE', 'this session already has a transaction open');
    const t: OpenTransaction = { id: uuidv4(), readOnly, dataspaces: new Set(dataspaces), session, started: this.clock(), changes: [], overflowed: new Set() };
    this.expired.delete(session);
    if (!readOnly) {
      for (const d of t.dataspaces) await this.checkLock(d);
      if (this.transactions.has(session)) throw new EtpError('INVALID_STATE', 'this session already has a transaction open');
      for (const d of t.dataspaces) if (this.locks.has(d)) throw new EtpError('TRANSACTION_CONFLICT', `dataspace ${JSON.stringify(d)} is locked by transaction ${this.locks.get(d)}`);
      for (const d of t.dataspaces) this.locks.set(d, t.id);
      this.open.set(t.id, t);
      try {
        await this.acquireShared(t);
        await this.storage.begin(t.id);
      } catch (err) {
        this.release(t);
        throw err;
      }
    }
    this.transactions.set(session, t);
    return t;
  }

  /** Takes a transaction's dataspaces in the locks other processes of a shared store see; TRANSACTION_CONFLICT when one holds any. */
  private async acquireShared(t: OpenTransaction): Promise<void> {
    const shared = this.storage.locks;
    if (!shared) return;
    for (const d of t.dataspaces) {
      const r = await shared.acquire(d, t.id, t.started, this.transactionTimeoutMs);
      if (r.holder !== undefined) throw new EtpError('TRANSACTION_CONFLICT', `dataspace ${JSON.stringify(d)} is locked by transaction ${r.holder} of another store process`);
      if (r.expired !== undefined) await this.storage.rollback(r.expired);
    }
  }

  /** Ends a session's transaction: committed, or rolled back; its locks released either way. */
  async end(session: object, commit: boolean): Promise<void> {
    const t = this.transactions.get(session);
    if (!t) return;
    if (commit && this.profile === 'rddms') {
      const missing = await this.missingReferences(t);
      if (missing.length > 0) {
        // As open-etp-server: the commit fails, nothing of it stays, and the session is refused from then on.
        this.broken.add(session);
        await this.end(session, false);
        throw new EtpError(
          'INVALID_STATE',
          `the transaction refers to objects the store does not hold: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? `, and ${missing.length - 5} more` : ''}`,
        );
      }
      if (!t.readOnly) await this.recordActivity(t);
    }
    // Another process may have taken its dataspaces over (it outlived transactionTimeoutMs) and rolled it back.
    const shared = this.storage.locks;
    if (commit && !t.readOnly && shared && !(await shared.holds(t.id, [...t.dataspaces]))) {
      this.transactions.delete(session);
      this.release(t);
      // What it staged after it was taken over goes too.
      await Promise.resolve(this.storage.rollback(t.id)).catch(() => {});
      throw new EtpError('INVALID_STATE', `transaction ${t.id} was rolled back by another store process (it outlived transactionTimeoutMs while another writer waited)`);
    }
    this.transactions.delete(session);
    // A rollback frees the dataspaces at once (its staged rows are invisible to every other
    // transaction while they are removed); a commit holds them until its rows are in.
    if (!commit) {
      if (!t.readOnly) await shared?.release(t.id);
      this.release(t);
    }
    try {
      if (!t.readOnly) await (commit ? this.storage.commit(t.id) : this.storage.rollback(t.id));
    } finally {
      if (commit && !t.readOnly) await shared?.release(t.id);
      this.release(t);
    }
    // Committed: its changes reach the subscriptions now, never before, and never for a rollback.
    if (commit && !t.readOnly) {
      const reason = `one commit changed more than ${this.maxStagedChanges} objects of this dataspace: read it again and subscribe again`;
      const overflow = [...t.overflowed].map(
        (dataspace): StoreChangeEvent => ({ kind: 'reset', dataspace, uuid: '', type: '', time: this.now(), created: false, active: true, activeChanged: false, reason }),
      );
      this.changes.publish([...coalesce(t.changes.filter((e) => !t.overflowed.has(e.dataspace))), ...overflow]);
    }
  }

  /**
   * As open-etp-server: a commit that put objects also puts, in the same transaction, an
   * obj_Activity per dataspace naming them (at most maxResponseCount), and the dataspace's
   * obj_ActivityTemplate when it has none yet.
   */
  private async recordActivity(t: OpenTransaction): Promise<void> {
    const written = new Map<string, ObjectSummary[]>();
    for (const { dataspace, uuid } of await this.storage.stagedObjects(t.id, this.maxResponseCount)) {
      const o = await this.storage.getObject(dataspace, uuid, t.id);
      if (!o || o.type === 'resqml20.obj_Activity' || o.type === 'resqml20.obj_ActivityTemplate') continue;
      const list = written.get(dataspace) ?? [];
      list.push({ dataspace, uuid, type: o.type, name: o.name, created: o.created, lastWrite: o.lastWrite, lastChanged: o.lastChanged, active: o.active }); // not its bytes
      written.set(dataspace, list);
    }
    for (const [dataspace, objects] of written) {
      const now = this.now();
      const records = [activityRecord(dataspace, uuidv4(), t.id, objects, now)];
      if (!(await this.storage.getObject(dataspace, ACTIVITY_TEMPLATE_UUID, t.id))) records.push(templateRecord(dataspace, now));
      const created = await this.storage.putObjects(records, t.id);
      this.changed(
        t.id,
        records.map((r, i) => ({
          kind: 'put',
          dataspace: r.dataspace,
          uuid: r.uuid,
          type: r.type,
          time: r.lastWrite,
          created: created[i] ?? true,
          active: r.active,
          activeChanged: false,
          name: r.name,
          lastChanged: r.lastChanged,
          storeCreated: r.created,
        })),
      );
    }
  }

  /** References of the objects a transaction wrote to objects neither it nor the store holds, as `uuid (type)`. */
  private async missingReferences(t: OpenTransaction): Promise<string[]> {
    const missing: string[] = [];
    for (const { dataspace, uuid } of await this.storage.stagedObjects(t.id, this.maxResponseCount)) {
      for (const ref of await this.storage.targets(dataspace, uuid, this.maxResponseCount, t.id)) {
        if (!(await this.storage.getObject(dataspace, ref.uuid, t.id))) missing.push(`${ref.uuid} (${ref.type})`);
      }
    }
    return missing;
  }

  /** True once an rddms-profile commit failed its reference check: the session's requests get 8. */
  isBroken(session: object): boolean {
    return this.broken.has(session);
  }

  private release(t: OpenTransaction): void {
    if (this.open.has(t.id) && !t.readOnly) void Promise.resolve(this.storage.locks?.release(t.id)).catch(() => {});
    this.open.delete(t.id);
    for (const d of t.dataspaces) if (this.locks.get(d) === t.id) this.locks.delete(d);
  }

  /** True when PutDataObjects accepts objects of this qualified type. */
  accepts(type: string): boolean {
    if (this.acceptTypes.length === 0) return true;
    return this.acceptTypes.some((t) => t === type || (t.endsWith('.*') && type.startsWith(t.slice(0, -1))));
  }
}
