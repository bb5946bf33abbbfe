// What a store tells its subscribers: each committed change of a data object, published once the
// write is kept (at commit for a transaction's, never for a rollback's). A feed carries them to
// every session of the store that has subscriptions; the local feed is in-process, a shared
// database's feed carries them between the processes that share it.

/** One committed change of a data object. */
export interface StoreChangeEvent {
  /** 'reset': the dataspace's subscriptions end, for `reason` (it was deleted; one commit changed more of it than the store keeps changes of; dataspace '*': every one, the feed lost changes). */
  kind: 'put' | 'deleted' | 'reset';
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
