import { EtpError } from '../errors.js';
import type { EtpSession } from '../session/index.js';
import { eachItem } from './answer.js';
import type { ChannelChange, StoreChangeEvent } from './changes.js';
import { channelFromObject, metadataRecord } from './channel-meta.js';
import { indexNumber, keepValue, type StoredIndex, type StoredValue } from './channel-values.js';
import type { StoreContext } from './context.js';
import type { ChannelPoint, ChannelRecord } from './storage.js';

// ChannelDataLoad (22), the store's side: a producer opens channels (Channel data objects the
// store holds), sends their points, replaces ranges, truncates and closes them. Every write is
// kept when its message is handled (in arrival order, as all of a session's requests) and then
// told to the store's ChangeFeed, which carries it to ChannelSubscribe's subscribers on every
// process of the store.

const CDL = 'Energistics.Etp.v12.Protocol.ChannelDataLoad.';

interface Opened {
  record: ChannelRecord;
  /** The channel's high index: a point must come after it (ReplaceRange changes what is before; TruncateChannels brings it down). */
  last: number;
}

interface Item {
  channelId: number | bigint;
  indexes: StoredIndex[];
  value: StoredValue;
}

/** The change event of a channel's points. */
export function channelEvent(ch: ChannelRecord, time: number, change: ChannelChange): StoreChangeEvent {
  return { kind: 'channel', dataspace: ch.dataspace, uuid: ch.uuid, type: '', time, created: false, active: true, activeChanged: false, channel: change };
}

export function serveChannelLoad(c: StoreContext, on: EtpSession['on']): void {
  const opened = new Map<number, Opened>();
  const openedChannel = (id: number | bigint): Opened => {
    const o = opened.get(Number(id));
    if (!o) throw new EtpError('UNKNOWN_CHANNEL', `channel ${String(id)} is not open in this session: OpenChannels first`);
    return o;
  };
  /** A point as kept, checked against its channel and the store's bound. */
  const pointOf = (o: Opened, item: Item): ChannelPoint => {
    if (item.indexes.length !== 1) throw new EtpError('INVALID_ARGUMENT', `a point of channel ${o.record.id} has ${item.indexes.length} indexes; this store keeps channels of one index`);
    const value = keepValue(item.value);
    if (value.length * 2 > c.maxPointBytes) throw new EtpError('MESSAGE_TOO_LARGE', `a point of channel ${o.record.id} holds more than maxPointBytes (${c.maxPointBytes}) bytes`);
    return { index: indexNumber(item.indexes[0], o.record.meta.indexType), value };
  };

  on(`${CDL}OpenChannels`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.uris, async (uri) => {
      const made = await channelFromObject(c, uri);
      const kept = await c.storage.getChannel(made.uri);
      if (!(kept && opened.has(kept.id)) && opened.size >= c.maxOpenChannels) throw new EtpError('LIMIT_EXCEEDED', `a session opens at most ${c.maxOpenChannels} channels`);
      const record = await c.storage.putChannel(made);
      const extent = await c.storage.channelExtent(record.id);
      opened.set(record.id, { record, last: record.high ?? -Infinity });
      return { metadata: metadataRecord(record, extent), preferRealtime: true, dataChanges: true };
    });
    ctx.reply(`${CDL}OpenChannelsResponse`, { channels: success } as never, { errors });
  });

  on(`${CDL}ChannelData`, async (ctx) => {
    // Checked whole before anything is kept: a message is kept all or (refused) not at all.
    const byChannel = new Map<Opened, ChannelPoint[]>();
    for (const item of ctx.body.data as Item[]) {
      const o = openedChannel(item.channelId);
      const points = byChannel.get(o) ?? [];
      const p = pointOf(o, item);
      const after = points.length > 0 ? points[points.length - 1]!.index : o.last;
      if (!(p.index > after))
        throw new EtpError(
          'INVALID_ARGUMENT',
          `channel ${o.record.id}: index ${p.index} does not come after ${after} (points come in increasing index order, after the highest the channel has held since it was truncated; ReplaceRange changes what is kept)`,
        );
      points.push(p);
      byChannel.set(o, points);
    }
    const time = c.now();
    const events: StoreChangeEvent[] = [];
    for (const [o, points] of byChannel) {
      await c.storage.appendPoints(o.record.id, points, time);
      o.last = points[points.length - 1]!.index;
      events.push(channelEvent(o.record, time, { id: o.record.id, op: 'data', from: points[0]!.index, to: o.last }));
    }
    c.changes.publish(events);
  });

  on(`${CDL}ReplaceRange`, async (ctx) => {
    const body = ctx.body as unknown as { changedInterval: { startIndex: StoredIndex; endIndex: StoredIndex }; channelIds: (number | bigint)[]; data: Item[] };
    const targets = body.channelIds.map(openedChannel);
    const time = c.now();
    const plans = targets.map((o) => {
      const from = indexNumber(body.changedInterval.startIndex, o.record.meta.indexType);
      const to = indexNumber(body.changedInterval.endIndex, o.record.meta.indexType);
      if (!(from <= to)) throw new EtpError('INVALID_ARGUMENT', `the changed interval ends (${to}) before it starts (${from})`);
      const points: ChannelPoint[] = [];
      for (const item of body.data) {
        if (Number(item.channelId) !== o.record.id) continue;
        const p = pointOf(o, item);
        if (p.index < from || p.index > to) throw new EtpError('INVALID_ARGUMENT', `channel ${o.record.id}: index ${p.index} is outside the changed interval [${from}, ${to}]`);
        if (points.length > 0 && !(p.index > points[points.length - 1]!.index))
          throw new EtpError('INVALID_ARGUMENT', `channel ${o.record.id}: the points of a range are in increasing index order, without repeats`);
        points.push(p);
      }
      return { o, from, to, points };
    });
    for (const item of body.data)
      if (!targets.some((o) => o.record.id === Number(item.channelId))) throw new EtpError('INVALID_ARGUMENT', `a point of channel ${String(item.channelId)} is not in channelIds`);
    const events: StoreChangeEvent[] = [];
    for (const { o, from, to, points } of plans) {
      await c.storage.replacePoints(o.record.id, from, to, points, time);
      if (points.length > 0) o.last = Math.max(o.last, points[points.length - 1]!.index);
      events.push(channelEvent(o.record, time, { id: o.record.id, op: 'replaced', from, to }));
    }
    c.changes.publish(events);
    ctx.reply(`${CDL}ReplaceRangeResponse`, { channelChangeTime: time });
  });

  on(`${CDL}TruncateChannels`, async (ctx) => {
    const time = c.now();
    const events: StoreChangeEvent[] = [];
    const { success, errors } = await eachItem(ctx.body.channels as Record<string, { channelId: number | bigint; newEndIndex: StoredIndex }>, async (info) => {
      const o = openedChannel(info.channelId);
      const end = indexNumber(info.newEndIndex, o.record.meta.indexType);
      await c.storage.truncatePoints(o.record.id, end, time);
      o.last = Math.min(o.last, end);
      events.push(channelEvent(o.record, time, { id: o.record.id, op: 'truncated', to: end }));
      return time;
    });
    c.changes.publish(events);
    ctx.reply(`${CDL}TruncateChannelsResponse`, { channelsTruncatedTime: success }, { errors });
  });

  on(`${CDL}CloseChannels`, (ctx) => {
    const closed: Record<string, number> = {};
    for (const [key, id] of Object.entries(ctx.body.id as Record<string, number | bigint>)) {
      if (opened.delete(Number(id))) closed[key] = Number(id);
    }
    // ChannelsClosed answers CloseChannels (correlated), with the channels that were open.
    ctx.reply(7 as never, { reason: 'closed by the producer', id: closed } as never);
  });
}
