import { v4 as uuidv4 } from 'uuid';
import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import type { ActiveStatusKind, ContextScopeKind, DataObject, ObjectChangeKind, RelationshipKind, Resource } from '../schema/index.js';
import { AsyncQueue, type EtpSession, type RequestOptions } from '../session/index.js';
import { estimateBytes } from './answer.js';

// StoreNotification (5) on the customer's side: a subscription is an async iterable of the
// changes the store reports for it, queued up to a bound in bytes. The session's StoreNotification
// handlers route each notification to its subscription by requestUuid.

const SN = 'Energistics.Etp.v12.Protocol.StoreNotification.';

/** One change a store reported. */
export type StoreChange =
  | { kind: 'changed'; changeKind: ObjectChangeKind; changeTime: number; dataObject: DataObject }
  | { kind: 'deleted'; uri: string; changeTime: number }
  | { kind: 'accessRevoked'; uri: string; changeTime: number }
  | { kind: 'activeStatus'; activeStatus: ActiveStatusKind; changeTime: number; resource: Resource };

/** Options of {@link StoreClient.subscribe}. */
export interface SubscribeOptions extends Pick<RequestOptions, 'timeoutMs'> {
  /** Default 'self'. */
  scope?: ContextScopeKind;
  /** Default 1. */
  depth?: number;
  dataObjectTypes?: string[];
  /** Default 'Primary'. */
  navigableEdges?: RelationshipKind;
  /** Whether changes carry the object's bytes. Default false. */
  includeObjectData?: boolean;
  /** Default 'xml'. */
  format?: string;
  /** Bytes (estimated) of changes waiting to be read before the subscription is ended with LIMIT_EXCEEDED. Default 16 MiB. */
  maxQueuedBytes?: number;
}

/** Default of {@link SubscribeOptions.maxQueuedBytes}. */
export const SUBSCRIPTION_MAX_QUEUED_BYTES = 16 * 1024 * 1024;

/**
 * A subscription to a store's notifications: `for await (const change of subscription)`. The loop
 * ends when the store ends the subscription (`endReason` says why) or when you break out of it
 * (which unsubscribes); it throws when the store refused the subscription, the session closed, or
 * the changes waiting went past `maxQueuedBytes` (LIMIT_EXCEEDED: the store is told to stop).
 */
export class Subscription implements AsyncIterable<StoreChange> {
  /** The requestUuid that names it to the store. */
  readonly requestUuid = uuidv4();
  /** Resolves once the store accepted it; rejects when it refused (ITEMS_FAILED with its code) or the request failed. */
  readonly ready: Promise<void>;
  /** Why the store ended it (its SubscriptionEnded reason), once it has. */
  endReason: string | undefined;
  private readonly queue = new AsyncQueue<StoreChange>();

  constructor(
    private readonly session: EtpSession,
    private readonly maxQueuedBytes: number,
    accepted: Promise<void>,
    private readonly forget: (s: Subscription) => void,
  ) {
    this.ready = accepted;
    // A refusal ends the iteration with it; nothing is left unhandled when nobody iterates.
    accepted.catch((err: unknown) => this.fail(err));
  }

  /** A change from the store (the routing of the session's handlers). */
  push(change: StoreChange): void {
    if (this.queue.closed) return;
    const bytes = estimateBytes(change);
    if (this.queue.bytes + bytes > this.maxQueuedBytes) {
      this.fail(new EtpError('LIMIT_EXCEEDED', `more than ${this.maxQueuedBytes} bytes of notifications wait to be read: the subscription is ended`));
      this.unsubscribe();
      return;
    }
    this.queue.push(change, bytes);
  }

  /** The store ended it. */
  end(reason: string): void {
    if (this.queue.closed) return;
    this.endReason = reason;
    this.queue.end();
    this.forget(this);
  }

  /** It cannot go on (refused, session closed, consumer too slow). */
  fail(err: unknown): void {
    if (this.queue.closed) return;
    this.queue.fail(err);
    this.forget(this);
  }

  /** Stops it: tells the store (UnsubscribeNotifications) and ends the iteration. */
  close(): void {
    if (this.queue.closed) return;
    this.queue.end();
    this.forget(this);
    this.unsubscribe();
  }

  private unsubscribe(): void {
    if (this.session.isOpen) this.session.trySend(`${SN}UnsubscribeNotifications`, { requestUuid: this.requestUuid });
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoreChange> {
    try {
      await this.ready;
      yield* this.queue;
    } finally {
      // A loop left early (break, return, throw in its body) unsubscribes.
      this.close();
    }
  }
}

/** The session's StoreNotification handlers, routing each notification to its subscription. */
export class Subscriptions {
  private readonly live = new Map<string, Subscription>();
  private installed = false;

  constructor(private readonly session: EtpSession) {}

  subscribe(uri: string, options: SubscribeOptions): Subscription {
    this.install();
    const max = options.maxQueuedBytes ?? SUBSCRIPTION_MAX_QUEUED_BYTES;
    integerOption('maxQueuedBytes', max, 1);
    let sub: Subscription | undefined;
    const accepted = (async (): Promise<void> => {
      await Promise.resolve(); // `sub` is set
      const r = await this.session.request(
        `${SN}SubscribeNotifications`,
        {
          request: {
            s: {
              context: { uri, depth: options.depth ?? 1, dataObjectTypes: options.dataObjectTypes ?? [], navigableEdges: options.navigableEdges ?? 'Primary' },
              scope: options.scope ?? 'self',
              requestUuid: sub!.requestUuid,
              includeObjectData: options.includeObjectData ?? false,
              format: options.format ?? 'xml',
            },
          },
        },
        { timeoutMs: options.timeoutMs },
      );
      const e = r.errors.s ?? r.exception;
      if (e) throw new EtpError('ITEMS_FAILED', `the store refused the subscription to ${uri}: ${e.message} (${e.code})`, { detail: new Map([[uri, e]]) });
    })();
    sub = new Subscription(this.session, max, accepted, (s) => this.live.delete(s.requestUuid));
    this.live.set(sub.requestUuid, sub);
    return sub;
  }

  private install(): void {
    if (this.installed) return;
    this.installed = true;
    const s = this.session;
    const to = (uuid: string): Subscription | undefined => this.live.get(uuid);
    s.on(`${SN}ObjectChanged`, (ctx) => {
      const { change, requestUuid } = ctx.body;
      let dataObject = change.dataObject as DataObject;
      if (dataObject.blobId !== null && dataObject.data.byteLength === 0) {
        const joined = ctx.blobs.get(dataObject.blobId);
        if (joined) dataObject = { ...dataObject, blobId: null, data: joined };
      }
      to(requestUuid)?.push({ kind: 'changed', changeKind: change.changeKind, changeTime: Number(change.changeTime), dataObject });
    });
    s.on(`${SN}ObjectDeleted`, (ctx) => to(ctx.body.requestUuid)?.push({ kind: 'deleted', uri: ctx.body.uri, changeTime: Number(ctx.body.changeTime) }));
    s.on(`${SN}ObjectAccessRevoked`, (ctx) => to(ctx.body.requestUuid)?.push({ kind: 'accessRevoked', uri: ctx.body.uri, changeTime: Number(ctx.body.changeTime) }));
    s.on(`${SN}ObjectActiveStatusChanged`, (ctx) =>
      to(ctx.body.requestUuid)?.push({ kind: 'activeStatus', activeStatus: ctx.body.activeStatus, changeTime: Number(ctx.body.changeTime), resource: ctx.body.resource as Resource }),
    );
    s.on(`${SN}SubscriptionEnded`, (ctx) => to(ctx.body.requestUuid)?.end(ctx.body.reason));
    void s.closed.then((reason) => {
      for (const sub of [...this.live.values()]) sub.fail(new EtpError('SESSION_CLOSED', `the session closed: ${reason}`));
    });
  }
}
