// What a store tells its subscribers: each committed change of a data object, published once the
// write is kept (at commit for a transaction's, never for a rollback's). A feed carries them to
// every session of the store that has subscriptions; the local feed is in-process, a shared
// database's feed carries them between the processes that share it.

/** What changed in a channel's points: points added, a range replaced ([from, to]), or the points after `to` deleted. */
export interface ChannelChange {
  id: number;
  op: 'data' | 'replaced' | 'truncated';
  from?: number;
  to?: number;
}

/** One committed change of a data object, or of a channel's points. */
export interface StoreChangeEvent {
  /**
   * 'reset': the dataspace's subscriptions end, for `reason` (it was deleted; one commit changed
   * more of it than the store keeps changes of; dataspace '*': every one, the feed lost changes).
   * 'channel': a channel's points changed (`channel`); the object's notifications ignore it.
   */
  kind: 'put' | 'deleted' | 'reset' | 'channel';
  dataspace: string;
  uuid: string;
  /** Qualified type, `resqml20.obj_Grid2dRepresentation`. */
  type: string;
  /** When it was written, microseconds (the store's clock). */
  time: number;
  /** A put that made the object (insert) rather than replaced it (update). */
  created: boolean;
  /** Its active status after the change. */
  active: boolean;
  /** A put that changed the active status of an object already kept. */
  activeChanged: boolean;
  /** Why, for 'reset'. */
  reason?: string;
  /** What a put's notification describes the object with (its Resource), so that it needs no read of what may have changed since. */
  name?: string;
  lastChanged?: number;
  storeCreated?: number;
  /** For 'channel'. */
  channel?: ChannelChange;
}

/**
 * A transaction's changes as others see them at its commit: one per object, in the order the
 * transaction first touched them — an object it made is an insert however often it was put, one
 * it replaced an update, one it deleted a deletion, and one it made and deleted nothing at all.
 */
export function coalesce(changes: readonly StoreChangeEvent[]): StoreChangeEvent[] {
  const byObject = new Map<string, { existed: boolean; last: StoreChangeEvent; flipped: boolean }>();
  const order: string[] = [];
  const out: StoreChangeEvent[] = [];
  for (const e of changes) {
    if (e.kind === 'reset') {
      out.push(e);
      continue;
    }
    const key = `${e.dataspace}\u0000${e.uuid}`;
    const seen = byObject.get(key);
    if (!seen) {
      byObject.set(key, { existed: e.kind === 'deleted' || !e.created, last: e, flipped: e.activeChanged });
      order.push(key);
    } else {
      seen.last = e;
      seen.flipped ||= e.activeChanged;
    }
  }
  for (const key of order) {
    const { existed, last, flipped } = byObject.get(key)!;
    if (last.kind === 'deleted') {
      if (existed) out.push(last);
    } else {
      out.push({ ...last, created: !existed, activeChanged: existed && flipped });
    }
  }
  return out;
}

/** Carries committed changes to the store's sessions. */
export interface ChangeFeed {
  /** Publishes changes that were just committed, in commit order. */
  publish(events: readonly StoreChangeEvent[]): void;
  /** Calls `listener` with each published batch, in order; returns what stops it. */
  listen(listener: (events: readonly StoreChangeEvent[]) => void): () => void;
  /** False when nobody can be listening (a writer then skips reading what an object was before). */
  readonly listening: boolean;
}

/** The in-process feed: the sessions of one StoreServer. */
export class LocalChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<(events: readonly StoreChangeEvent[]) => void>();

  publish(events: readonly StoreChangeEvent[]): void {
    if (events.length === 0) return;
    for (const l of [...this.listeners]) {
      try {
        l(events);
      } catch {
        // One session's trouble is not the writer's, nor the other sessions'.
      }
    }
  }

  listen(listener: (events: readonly StoreChangeEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get listening(): boolean {
    return this.listeners.size > 0;
  }
}
