import { EtpError } from '../errors.js';
import { type EtpSession, SESSION_DEFAULTS } from '../session/index.js';
import { serveDataArrays } from './data-array.js';
import { serveDataspaces } from './dataspace.js';
import { serveDiscovery } from './discovery.js';
import { serveNotifications } from './notification.js';
import { serveChannelLoad } from './channel-load.js';
import { serveChannelSubscribe } from './channel-subscribe.js';
import { serveObjects } from './objects.js';
import { estimateBytes } from './answer.js';
import type { StoreStorage } from './storage.js';
import { StoreContext, type StoreServerOptions } from './context.js';
import { STORE_OFFER } from './offer.js';
import { serveTransactions } from './transaction.js';

// The store kit on a server: one StoreServer shared by every session, which `attach` serves
// Dataspace (24), Store (4), DataArray (9), Transaction (18), Discovery (3), SupportedTypes (25),
// StoreNotification (5), ChannelSubscribe (21) and ChannelDataLoad (22) on. What the sessions
// share (storage, options, clock, transactions and their locks) is its StoreContext (context.ts);
// each protocol's handlers live in a file of their own.

/**
 * `session.on` whose handlers run one at a time in the order their requests arrived: a client that
 * pipelines a put and a get reads what it put, whatever the backend awaits. At most `max` requests
 * wait; one more is refused with ELIMIT_EXCEEDED (12).
 */
function inOrder(session: EtpSession, c: StoreContext): EtpSession['on'] {
  const max = c.maxQueuedRequests;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let waitingBytes = 0;
  const on = (name: string, handler: (ctx: { body: unknown }) => unknown): EtpSession =>
    session.on(
      name as never,
      ((ctx: { body: unknown }) => {
        if (waiting >= max) throw new EtpError('LIMIT_EXCEEDED', `more than ${max} requests wait for this store session: wait for answers before sending more`);
        // A request that must wait holds its body meanwhile: counted (estimated) against maxQueuedBytes.
        const bytes = waiting > 0 ? estimateBytes(ctx.body) : 0;
        if (waiting > 0 && waitingBytes + bytes > c.maxQueuedBytes) {
          throw new EtpError('LIMIT_EXCEEDED', `requests waiting for this store session would hold more than ${c.maxQueuedBytes} bytes: wait for answers before sending more`);
        }
        waiting++;
        waitingBytes += bytes;
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          waitingBytes -= bytes;
        };
        const run = tail
          .then(() => {
            release(); // its turn: the body is the handler's now, as any request's is
            if (c.isBroken(session)) throw new EtpError('INVALID_STATE', 'this session committed a transaction whose references the store does not hold (profile rddms): open another session');
            return handler(ctx);
          })
          .finally(() => {
            release();
            waiting--;
          });
        tail = run.catch(() => {});
        return run;
      }) as never,
    );
  return on as EtpSession['on'];
}

/**
 * A store for a server's sessions. `attach(session)` (in `listen`'s `setup`) serves the store
 * protocols on a session; offer {@link STORE_OFFER} in `protocols`. A transaction a session leaves
 * open is rolled back when it closes.
 */
export class StoreServer {
  readonly context: StoreContext;

  constructor(options: StoreServerOptions) {
    this.context = new StoreContext(options);
  }

  get storage(): StoreStorage {
    return this.context.storage;
  }

  /**
   * What to offer in `listen`'s `protocols`: {@link STORE_OFFER} with the protocol capabilities
   * that tell a client this store's bounds (longs, as the specification declares them):
   * Discovery's MaxResponseCount, Store's MaxDataObjectSize (the smaller of maxResponseBytes and
   * the session's default maxMultipartBytes), DataArray's MaxDataArraySize.
   */
  get offer(): { protocol: number; role: string; capabilities: Record<string, { item: { long: number } }> }[] {
    const c = this.context;
    const long = (n: number) => ({ item: { long: n } });
    const caps: Record<number, Record<string, { item: { long: number } }>> = {
      3: { MaxResponseCount: long(c.maxResponseCount) },
      4: { MaxDataObjectSize: long(Math.min(c.maxResponseBytes, SESSION_DEFAULTS.maxMultipartBytes)) },
      9: { MaxDataArraySize: long(c.maxArrayBytes) },
    };
    return STORE_OFFER.map((p) => ({ ...p, capabilities: caps[p.protocol] ?? {} }));
  }

  attach(session: EtpSession): void {
    const c = this.context;
    const on = inOrder(session, c);
    serveDataspaces(session, c, on);
    serveObjects(session, c, on);
    serveDataArrays(session, c, on);
    serveTransactions(session, c, on);
    serveDiscovery(session, c, on);
    serveNotifications(session, c, on);
    serveChannelLoad(c, on);
    serveChannelSubscribe(session, c, on);
    void session.closed.then(() => {
      const ended = c.end(session, false).catch(() => {});
      this.ending.add(ended);
      void ended.finally(() => this.ending.delete(ended));
    });
  }

  private readonly ending = new Set<Promise<void>>();

  /** Resolves once what sessions closed so far left (a transaction to roll back, its locks) is cleaned up: for tests and orderly shutdown. */
  async settled(): Promise<void> {
    await Promise.all([...this.ending]);
  }
}
