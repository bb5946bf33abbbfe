import { EtpError } from '../errors.js';
import type { DataValueInput } from '../schema/index.js';
import { AsyncQueue, type EtpSession } from '../session/index.js';
import { estimateBytes } from './answer.js';

// ChannelSubscribe (21) on the customer's side: ChannelData, RangeReplaced, ChannelsTruncated and
// SubscriptionsStopped carry no subscription id (a channel id names what they are about), so a
// session has one feed of channel events, an async iterable queued up to a bound in bytes.

const CS = 'Energistics.Etp.v12.Protocol.ChannelSubscribe.';

/** A channel point as the client gives and gets it: the index a number (a time in microseconds, or a depth), the value a DataValue. */
export interface ChannelPointItem {
  channelId: number;
  index: number;
  /** A DataValue: `{ item: { double: 12.5 } }`, `{ item: { string: 'x' } }`, `{ item: null }`… */
  value: DataValueInput;
}

/** Something the store told about the channels a session subscribed to. */
export type ChannelEvent =
  | { kind: 'data'; points: ChannelPointItem[] }
  | { kind: 'replaced'; channelIds: number[]; start: number | undefined; end: number | undefined; changeTime: number; points: ChannelPointItem[] }
  | { kind: 'truncated'; channels: { channelId: number; newEnd: number | undefined }[]; changeTime: number }
  | { kind: 'stopped'; channelIds: number[]; reason: string };

/** Default bound of what a {@link ChannelFeed} holds unread. */
export const CHANNEL_FEED_MAX_QUEUED_BYTES = 16 * 1024 * 1024;

/** An IndexValue's number (undefined for null). */
export function indexOf(v: { item: unknown } | undefined): number | undefined {
  const item = v?.item as Record<string, unknown> | null | undefined;
  if (!item) return undefined;
  const n = item.long ?? item.double;
  return n === undefined ? undefined : Number(n);
}

const points = (data: readonly { channelId: number | bigint; indexes: { item: unknown }[]; value: DataValueInput }[]): ChannelPointItem[] =>
  data.map((d) => ({ channelId: Number(d.channelId), index: indexOf(d.indexes[0])!, value: d.value }));

/**
 * The channel events of a session: `for await (const e of client.channelEvents())`. It throws
 * LIMIT_EXCEEDED when more than its bound waits unread (the subscriptions are then unsubscribed),
 * and SESSION_CLOSED when the session closes.
 */
export class ChannelFeed implements AsyncIterable<ChannelEvent> {
  private readonly queue = new AsyncQueue<ChannelEvent>();
  /** Channels subscribed (by this feed's session) and not yet stopped. */
  readonly subscribed = new Set<number>();

  constructor(
    private readonly session: EtpSession,
    private readonly maxQueuedBytes: number,
  ) {
    const s = session;
    s.on(`${CS}ChannelData`, (ctx) => this.push({ kind: 'data', points: points(ctx.body.data as never) }));
    s.on(`${CS}RangeReplaced`, (ctx) => {
      const b = ctx.body;
      this.push({
        kind: 'replaced',
        channelIds: b.channelIds.map(Number),
        start: indexOf(b.changedInterval.startIndex),
        end: indexOf(b.changedInterval.endIndex),
        changeTime: Number(b.changeTime),
        points: points(b.data as never),
      });
    });
    s.on(`${CS}ChannelsTruncated`, (ctx) =>
      this.push({ kind: 'truncated', channels: ctx.body.channels.map((t) => ({ channelId: Number(t.channelId), newEnd: indexOf(t.newEndIndex) })), changeTime: Number(ctx.body.changeTime) }),
    );
    s.on(`${CS}SubscriptionsStopped`, (ctx) => {
      const ids = Object.values(ctx.body.channelIds).map(Number);
      for (const id of ids) this.subscribed.delete(id);
      this.push({ kind: 'stopped', channelIds: ids, reason: ctx.body.reason });
    });
    void s.closed.then((reason) => this.queue.fail(new EtpError('SESSION_CLOSED', `the session closed: ${reason}`)));
  }

  private push(event: ChannelEvent): void {
    if (this.queue.closed) return;
    const bytes = event.kind === 'data' || event.kind === 'replaced' ? 64 + event.points.reduce((n, p) => n + 48 + estimateBytes(p.value), 0) : estimateBytes(event);
    if (this.queue.bytes + bytes > this.maxQueuedBytes) {
      this.queue.fail(new EtpError('LIMIT_EXCEEDED', `more than ${this.maxQueuedBytes} bytes of channel events wait to be read: the subscriptions are ended`));
      if (this.session.isOpen && this.subscribed.size > 0) {
        this.session.trySend(`${CS}UnsubscribeChannels`, { channelIds: Object.fromEntries([...this.subscribed].map((id, i) => [String(i), id])) });
      }
      return;
    }
    this.queue.push(event, bytes);
  }

  [Symbol.asyncIterator](): AsyncIterator<ChannelEvent> {
    return this.queue[Symbol.asyncIterator]();
  }
}
