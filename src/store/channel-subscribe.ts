import { EtpError } from '../errors.js';
import type { EtpSession } from '../session/index.js';
import { eachItem, pack, partBudget } from './answer.js';
import type { ChannelChange, StoreChangeEvent } from './changes.js';
import { channelOf, metadataRecord } from './channel-meta.js';
import { dataItem, indexNumber, indexValue, type StoredIndex } from './channel-values.js';
import type { StoreContext } from './context.js';
import type { ChannelPoint, ChannelRecord, PointRange } from './storage.js';

// ChannelSubscribe (21), the store's side. A subscription is a cursor into a channel's kept
// points: whatever lies after the last point sent is read from the storage and sent, page by page,
// whenever the ChangeFeed says the channel grew. History and live data are one path, so the seam
// between them has no gap and no duplicate; a slow subscriber falls behind (its points wait in the
// database), it is never buffered. RangeReplaced and ChannelsTruncated are told in the order they
// happened, for what the subscriber was already sent; what waits to be told is bounded in bytes.

const CS = 'Energistics.Etp.v12.Protocol.ChannelSubscribe.';

/** Points read (and so held) at once for one subscription: a page of ChannelData messages. */
export const CHANNEL_PAGE_POINTS = 1000;
/** Memory a waiting RangeReplaced or ChannelsTruncated notice is counted at. */
export const QUEUED_NOTICE_BYTES = 256;

interface Sub {
  id: number;
  record: ChannelRecord;
  /** What to read next: from the start index asked, then after the last point sent. */
  next: PointRange;
  /** The last index sent, undefined before the first point. */
  sent: number | undefined;
  /** Where the subscription starts (from an index, after the end it subscribed at; a truncation below it moves it down): nothing before it is told. */
  window: PointRange;
  dataChanges: boolean;
  /** The channel may hold points not yet read. */
  dirty: boolean;
  /** Answered: its data may flow (after SubscribeChannelsResponse). */
  ready: boolean;
}

type Notice = { sub: Sub; change: ChannelChange; time: number } | { sub: Sub; stop: string };

/** Bytes a point takes in a message at most: its index, its value's text as UTF-8, the record's framing. */
const pointBytes = (p: ChannelPoint): number => 32 + 3 * p.value.length;

export function serveChannelSubscribe(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  const subs = new Map<number, Sub>();
  const notices: Notice[] = [];
  let queued = 0;
  let stopListening: (() => void) | undefined;
  let pumping = false;
  /** GetRanges being read, by requestUuid (CancelGetRanges drops its answer). */
  const reading = new Set<string>();

  const stop = (sub: Sub, reason: string): void => {
    if (subs.get(sub.id) !== sub) return;
    subs.delete(sub.id);
    notices.push({ sub, stop: reason }); // one per subscription at most: not counted
  };

  const receive = (events: readonly StoreChangeEvent[]): void => {
    for (const e of events) {
      if (e.kind === 'channel' && e.channel) {
        const sub = subs.get(e.channel.id);
        if (!sub) continue;
        if (e.channel.op === 'data') {
          sub.dirty = true;
          continue;
        }
        if (queued + QUEUED_NOTICE_BYTES > c.maxNotificationBytes) {
          stop(sub, `the subscriber did not keep up: more than ${c.maxNotificationBytes} bytes of range changes waited`);
          continue;
        }
        queued += QUEUED_NOTICE_BYTES;
        notices.push({ sub, change: e.channel, time: e.time });
      } else if (e.kind === 'deleted' || e.kind === 'reset') {
        for (const sub of [...subs.values()]) {
          if (e.dataspace !== '*' && sub.record.dataspace !== e.dataspace) continue;
          if (e.kind === 'deleted' && sub.record.uuid !== e.uuid) continue;
          stop(sub, e.kind === 'deleted' ? 'the channel was deleted' : (e.reason ?? 'the dataspace changed as a whole'));
        }
      }
    }
    void pump();
  };

  /** The next subscription with points to read, taking turns. */
  const nextDirty = (): Sub | undefined => {
    for (const sub of subs.values()) {
      if (!sub.dirty || !sub.ready) continue;
      subs.delete(sub.id);
      subs.set(sub.id, sub); // to the back of the line
      return sub;
    }
    return undefined;
  };

  const send = async (message: string, body: unknown): Promise<void> => {
    if (!session.writable) await session.drained();
    const r = session.trySend(`${CS}${message}` as never, body as never);
    if (r instanceof EtpError) throw r;
  };

  const sendPoints = async (sub: Sub, points: readonly ChannelPoint[]): Promise<void> => {
    const budget = partBudget(session.negotiated!.maxMessageBytes);
    for (const group of pack(points, pointBytes, budget)) {
      await send('ChannelData', { data: group.map((p) => dataItem(sub.id, p, sub.record.meta.indexType)) });
    }
  };

  const tell = async (n: Notice): Promise<void> => {
    const { sub } = n;
    if ('stop' in n) {
      await send('SubscriptionsStopped', { reason: n.stop, channelIds: { '0': sub.id } });
      return;
    }
    queued -= QUEUED_NOTICE_BYTES;
    if (subs.get(sub.id) !== sub) return;
    const { change, time } = n;
    const type = sub.record.meta.indexType;
    sub.dirty = true; // what follows the change comes through the cursor
    if (change.op === 'truncated') {
      const end = change.to!;
      // The cursor steps back to the new end: what is appended after it is new to the subscriber,
      // whether or not it was sent anything above it (from the latest: the end it subscribed at).
      const above = sub.next.after !== undefined ? sub.next.after > end : sub.next.from !== undefined && sub.next.from > end;
      if (!above) return;
      sub.next = { after: end };
      const w = sub.window;
      if ((w.after !== undefined && w.after > end) || (w.from !== undefined && w.from > end)) sub.window = { after: end };
      if (sub.sent === undefined || !(sub.sent > end)) return;
      sub.sent = end;
      if (sub.dataChanges) await send('ChannelsTruncated', { channels: [{ channelId: sub.id, newEndIndex: indexValue(end, type) }], changeTime: time });
      return;
    }
    if (sub.sent === undefined) return;
    // Replaced: what the subscriber holds of the range (inside its window), as it is now; the rest
    // of it comes through the cursor.
    const w = sub.window;
    const from = Math.max(change.from!, w.from ?? w.after ?? -Infinity);
    const to = Math.min(change.to!, sub.sent);
    if (from > to || !sub.dataChanges) return;
    const points = await c.storage.readPoints(sub.id, { ...w, from, to }, c.maxResponseCount + 1);
    if (points.length > c.maxResponseCount) {
      stop(sub, `a replaced range holds more than ${c.maxResponseCount} points: read it with GetRanges and subscribe again`);
      return;
    }
    const interval = { startIndex: indexValue(from, type), endIndex: indexValue(to, type), uom: sub.record.meta.indexUom, depthDatum: sub.record.meta.depthDatum };
    const budget = partBudget(session.negotiated!.maxMessageBytes);
    const groups = points.length === 0 ? [[]] : pack(points, pointBytes, budget);
    const parts = groups.map((g) => ({ message: `${CS}RangeReplaced`, body: { changeTime: time, channelIds: [sub.id], changedInterval: interval, data: g.map((p) => dataItem(sub.id, p, type)) } }));
    if (!session.writable) await session.drained();
    session.sendEach(parts as never);
  };

  /** Sends what waits: notices in order, then each subscription's new points, a page at a time, taking turns. */
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (session.isOpen) {
        const n = notices.shift();
        if (n) {
          await tell(n);
          continue;
        }
        const sub = nextDirty();
        if (!sub) break;
        sub.dirty = false; // an event that comes while reading sets it again: read once more
        const page = await c.storage.readPoints(sub.id, sub.next, CHANNEL_PAGE_POINTS);
        if (subs.get(sub.id) !== sub || page.length === 0) continue;
        if (page.length === CHANNEL_PAGE_POINTS) sub.dirty = true;
        sub.sent = page[page.length - 1]!.index;
        sub.next = { after: sub.sent };
        await sendPoints(sub, page);
      }
    } catch (err) {
      // The session closed while sending, or the storage failed: the subscriptions cannot go on.
      if (session.isOpen) for (const sub of [...subs.values()]) stop(sub, `the store could not read the channel: ${(err as Error).message}`);
      queueMicrotask(() => void pump());
    } finally {
      pumping = false;
    }
  };

  void session.closed.then(() => {
    stopListening?.();
    subs.clear();
    notices.length = 0;
    reading.clear();
  });

  on(`${CS}GetChannelMetadata`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.uris, async (uri) => {
      const ch = await channelOf(c, uri);
      return metadataRecord(ch, await c.storage.channelExtent(ch.id));
    });
    ctx.reply(`${CS}GetChannelMetadataResponse`, { metadata: success } as never, { errors });
  });

  on(`${CS}SubscribeChannels`, async (ctx) => {
    const made: Sub[] = [];
    const infos = ctx.body.channels as Record<string, { channelId: number | bigint; startIndex: StoredIndex; dataChanges: boolean; requestLatestIndexCount: number | null }>;
    const { success, errors } = await eachItem(infos, async (info) => {
      const id = Number(info.channelId);
      if (subs.has(id)) throw new EtpError('INVALID_ARGUMENT', `channel ${id} is subscribed already in this session`);
      if (subs.size >= c.maxChannelSubscriptions) throw new EtpError('LIMIT_EXCEEDED', `a session subscribes to at most ${c.maxChannelSubscriptions} channels`);
      const record = await c.storage.getChannelById(id);
      if (!record) throw new EtpError('UNKNOWN_CHANNEL', `no channel ${id}: GetChannelMetadata gives the ids of channels`);
      let next: PointRange;
      const latest = info.requestLatestIndexCount;
      if (latest !== null && latest !== undefined && latest > 0) {
        const from = await c.storage.nthLast(id, latest);
        next = from === undefined ? {} : { from };
      } else if (info.startIndex?.item !== null && info.startIndex?.item !== undefined) {
        next = { from: indexNumber(info.startIndex, record.meta.indexType) };
      } else {
        // From the latest: what comes after what is kept now.
        const extent = await c.storage.channelExtent(id);
        next = extent ? { after: extent.end } : {};
      }
      const sub: Sub = { id, record, next, window: { ...next }, sent: undefined, dataChanges: info.dataChanges !== false, dirty: true, ready: false };
      subs.set(id, sub);
      made.push(sub);
      stopListening ??= c.changes.listen(receive);
      return '';
    });
    ctx.reply(`${CS}SubscribeChannelsResponse`, { success }, { errors });
    for (const sub of made) sub.ready = true;
    void pump();
  });

  on(`${CS}UnsubscribeChannels`, (ctx) => {
    const stopped: Record<string, number> = {};
    for (const [key, id] of Object.entries(ctx.body.channelIds as Record<string, number | bigint>)) {
      if (subs.delete(Number(id))) stopped[key] = Number(id);
    }
    // SubscriptionsStopped answers UnsubscribeChannels (correlated): the subscriptions that were.
    ctx.reply(8 as never, { reason: 'unsubscribed', channelIds: stopped } as never);
  });

  on(`${CS}GetRanges`, async (ctx) => {
    const { requestUuid, channelRanges } = ctx.body as unknown as {
      requestUuid: string;
      channelRanges: { channelIds: (number | bigint)[]; interval: { startIndex: StoredIndex; endIndex: StoredIndex } }[];
    };
    reading.add(requestUuid);
    const items: ReturnType<typeof dataItem>[] = [];
    const sizes: number[] = [];
    let bytes = 0;
    let more = false;
    try {
      ranges: for (const range of channelRanges) {
        for (const cid of range.channelIds) {
          const record = await c.storage.getChannelById(Number(cid));
          if (!record) throw new EtpError('UNKNOWN_CHANNEL', `no channel ${String(cid)}`);
          const type = record.meta.indexType;
          const bound = (v: StoredIndex): number | undefined => (v?.item === null || v?.item === undefined ? undefined : indexNumber(v, type));
          let next: PointRange = { from: bound(range.interval.startIndex), to: bound(range.interval.endIndex) };
          for (;;) {
            const page = await c.storage.readPoints(record.id, next, CHANNEL_PAGE_POINTS);
            if (!reading.has(requestUuid)) return; // cancelled: no answer
            for (const p of page) {
              const n = pointBytes(p);
              if (items.length >= c.maxResponseCount || bytes + n > c.maxResponseBytes) {
                more = true;
                break ranges;
              }
              items.push(dataItem(record.id, p, type));
              sizes.push(n);
              bytes += n;
            }
            if (page.length < CHANNEL_PAGE_POINTS) break;
            next = { ...next, from: undefined, after: page[page.length - 1]!.index };
          }
        }
      }
    } finally {
      reading.delete(requestUuid);
    }
    const budget = partBudget(session.negotiated!.maxMessageBytes);
    const groups = pack(
      items.map((item, i) => ({ item, size: sizes[i]! })),
      (e) => e.size,
      budget,
    );
    const parts: { message: string | number; body: unknown }[] = groups.map((g) => ({ message: `${CS}GetRangesResponse`, body: { data: g.map((e) => e.item) } }));
    if (parts.length === 0) parts.push({ message: `${CS}GetRangesResponse`, body: { data: [] } });
    if (more) parts.push({ message: 1000, body: { error: { message: `more than ${items.length} points: ask for a narrower range`, code: 30 }, errors: {} } });
    ctx.replyEach(parts as never);
  });

  // Not in line behind the GetRanges it cancels: handled as it arrives.
  session.on(`${CS}CancelGetRanges`, (ctx) => {
    reading.delete(ctx.body.requestUuid);
  });
}
