import { v4 as uuidv4 } from 'uuid';
import { EtpError } from '../errors.js';
import { parseUri } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { eachItem, partBudget } from './answer.js';
import type { StoreChangeEvent } from './changes.js';
import { summaryOf, walk } from './discovery.js';
import { objectUri } from './objects.js';
import type { StoreContext } from './context.js';
import { matches } from './storage.js';

// StoreNotification (5): a session's subscriptions, each a context (a dataspace, or an object and
// what its references reach), and the committed changes that fall in it sent as they happen —
// ObjectChanged (with the object's bytes when asked, as blobId + Chunk when larger than a
// message), ObjectActiveStatusChanged, ObjectDeleted — each once, in commit order. What waits to
// be sent is bounded per subscription: a subscriber that does not keep up is ended, not buffered.

const SN = 'Energistics.Etp.v12.Protocol.StoreNotification.';

/** Memory a change waiting for one subscription is counted at, beyond the text it holds (the change is shared; the object's bytes are read when it is sent). */
export const QUEUED_CHANGE_BYTES = 128;

/** What a waiting change costs: its fixed part and its name (a writer picks its length), two bytes a character. */
const costOf = (e: StoreChangeEvent): number => QUEUED_CHANGE_BYTES + 2 * ((e.name?.length ?? 0) + (e.reason?.length ?? 0));

interface Subscription {
  requestUuid: string;
  dataspace: string;
  /** The object of the context; undefined for a dataspace. */
  object: { uuid: string; type: string } | undefined;
  scope: string;
  depth: number;
  types: string[];
  includeObjectData: boolean;
  format: string;
  /** Bytes (counted) of changes waiting to be sent. */
  queued: number;
  ended: boolean;
}

export function serveNotifications(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  const subscriptions = new Map<string, Subscription>();
  const waiting: { sub: Subscription; event: StoreChangeEvent }[] = [];
  let stopListening: (() => void) | undefined;
  let pumping = false;

  const end = (sub: Subscription, reason: string): void => {
    if (sub.ended) return;
    sub.ended = true;
    subscriptions.delete(sub.requestUuid);
    session.trySend(`${SN}SubscriptionEnded`, { requestUuid: sub.requestUuid, reason });
  };

  const receive = (events: readonly StoreChangeEvent[]): void => {
    for (const event of events) {
      if (event.kind === 'channel') continue; // a channel's points: ChannelSubscribe's
      for (const sub of subscriptions.values()) {
        // '*': every dataspace (a feed that lost its connection resets them all).
        if (sub.dataspace !== event.dataspace && event.dataspace !== '*') continue;
        if (event.kind === 'reset') {
          end(sub, event.reason ?? 'the dataspace changed as a whole');
          continue;
        }
        if (!matches({ type: event.type } as never, { types: sub.types })) continue;
        const cost = costOf(event);
        if (sub.queued + cost > c.maxNotificationBytes) {
          end(sub, `the subscriber did not keep up: more than ${c.maxNotificationBytes} bytes of notifications waited`);
          continue;
        }
        sub.queued += cost;
        waiting.push({ sub, event });
      }
    }
    void pump();
  };

  /** Sends what waits, in order, one change at a time, waiting for the transport when it is behind. */
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      for (let next = waiting.shift(); next !== undefined && session.isOpen; next = waiting.shift()) {
        const { sub, event } = next;
        sub.queued -= costOf(event);
        if (sub.ended || !(await inScope(c, sub, event))) continue;
        if (!session.writable) await session.drained();
        if (!sub.ended) await notify(session, c, sub, event);
      }
    } catch {
      // The session closed while waiting: what waited goes with it.
    } finally {
      pumping = false;
    }
  };

  void session.closed.then(() => {
    stopListening?.();
    subscriptions.clear();
    waiting.length = 0;
  });

  on(`${SN}SubscribeNotifications`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.request, async (info) => {
      if (subscriptions.size >= c.maxSubscriptions) throw new EtpError('LIMIT_EXCEEDED', `a session has at most ${c.maxSubscriptions} subscriptions`);
      if (subscriptions.has(info.requestUuid)) throw new EtpError('INVALID_ARGUMENT', `subscription ${info.requestUuid} exists already`);
      const u = parseUri(info.context.uri);
      const dataspace = u.dataspace ?? '';
      if (dataspace !== '' && !(await c.storage.getDataspace(dataspace))) throw new EtpError('NOT_FOUND', `no dataspace ${JSON.stringify(dataspace)}`);
      let object: Subscription['object'];
      if (u.kind === 'dataObject') {
        object = { uuid: u.uuid.toLowerCase(), type: `${u.domain}${u.domainVersion}.${u.objectType}` };
        const o = await summaryOf(c, dataspace, object.uuid, undefined);
        if (!o || o.type !== object.type) throw new EtpError('NOT_FOUND', `no object ${info.context.uri}`);
      }
      const sub: Subscription = {
        requestUuid: info.requestUuid,
        dataspace,
        object,
        scope: info.scope,
        depth: Math.max(1, info.context.depth),
        types: info.context.dataObjectTypes,
        includeObjectData: info.includeObjectData,
        format: info.format || 'xml',
        queued: 0,
        ended: false,
      };
      subscriptions.set(sub.requestUuid, sub);
      stopListening ??= c.changes.listen(receive);
      return '';
    });
    ctx.reply(`${SN}SubscribeNotificationsResponse`, { success }, { errors });
  });

  on(`${SN}UnsubscribeNotifications`, (ctx) => {
    const sub = subscriptions.get(ctx.body.requestUuid);
    if (!sub) throw new EtpError('NOT_FOUND', `no subscription ${ctx.body.requestUuid}`);
    end(sub, 'unsubscribed');
  });
}

/** Whether a change falls in a subscription's context: anything in its dataspace, or the object and what its references reach along the scope. */
async function inScope(c: StoreContext, sub: Subscription, event: StoreChangeEvent): Promise<boolean> {
  if (!sub.object) return true;
  const self = event.uuid === sub.object.uuid;
  if (self) return sub.scope === 'self' || sub.scope.endsWith('OrSelf');
  if (sub.scope === 'self' || event.kind === 'deleted') return false; // a deleted object's edges are gone with it
  const start = await summaryOf(c, sub.dataspace, sub.object.uuid, undefined);
  if (!start) return false;
  const { found } = await walk(c, start, sub.scope, sub.depth, c.maxResponseCount, undefined);
  return found.some((o) => o.uuid === event.uuid);
}

/** Sends one change to a subscription: the object as the change left it, its bytes (when asked) as they are now. */
async function notify(session: EtpSession, c: StoreContext, sub: Subscription, event: StoreChangeEvent): Promise<void> {
  const requestUuid = sub.requestUuid;
  if (event.kind === 'deleted') {
    session.trySend(`${SN}ObjectDeleted`, { uri: objectUri(event), changeTime: event.time, requestUuid });
    return;
  }
  // Described as the change left it; its bytes, when asked, as they are now (none once it is gone again).
  const o = sub.includeObjectData ? await c.storage.getObject(event.dataspace, event.uuid) : undefined;
  const resource = {
    uri: objectUri(event),
    alternateUris: [],
    name: event.name ?? o?.name ?? '',
    sourceCount: null,
    targetCount: null,
    lastChanged: event.lastChanged ?? event.time,
    storeLastWrite: event.time,
    storeCreated: event.storeCreated ?? event.time,
    activeStatus: event.active ? ('Active' as const) : ('Inactive' as const),
    customData: {},
  };
  if (event.activeChanged) session.trySend(`${SN}ObjectActiveStatusChanged`, { activeStatus: resource.activeStatus, changeTime: event.time, resource, requestUuid });
  const changeKind = event.created ? 'insert' : 'update';
  const data = o?.data ?? new Uint8Array(0);
  const format = o?.format ?? sub.format;
  const budget = partBudget(session.negotiated!.maxMessageBytes);
  if (data.byteLength + 1024 <= budget) {
    session.trySend(`${SN}ObjectChanged`, { change: { changeKind, changeTime: event.time, dataObject: { resource, format, blobId: null, data } }, requestUuid });
    return;
  }
  // Larger than a message: the record with a blobId, then its bytes in Chunk messages, one multipart message.
  const blobId = uuidv4();
  const parts: { message: string; body: unknown }[] = [
    { message: `${SN}ObjectChanged`, body: { change: { changeKind, changeTime: event.time, dataObject: { resource, format, blobId, data: new Uint8Array(0) } }, requestUuid } },
  ];
  const step = budget - 64;
  for (let at = 0; at < data.byteLength; at += step) parts.push({ message: `${SN}Chunk`, body: { blobId, data: data.subarray(at, at + step), final: at + step >= data.byteLength } });
  try {
    session.sendEach(parts as never);
  } catch {
    // The session closed: nothing to tell.
  }
}
