import { EtpError } from '../errors.js';

// One stream's credit on the server: what the client granted (cumulative; 0 = unlimited), what was
// sent, and the backlog of items waiting for credit, bounded, with a policy for overflow.

/**
 * What a stream does when its backlog is full: `refuse` (push accepts what fits and says how much),
 * `drop-oldest` (Value streams only: the oldest waiting items make room), `fail` (the stream ends
 * with a Status 750).
 */
export type OverflowPolicy = 'refuse' | 'drop-oldest' | 'fail';

/** The credit and backlog of one stream. */
export class Credit<T> {
  /** Items granted in total; 0 = unlimited. */
  private granted: number;
  /** Items sent so far. */
  sent = 0;
  /** Items dropped by `drop-oldest`. */
  dropped = 0;
  private readonly queue: T[] = [];
  private head = 0;

  constructor(
    initial: number,
    readonly maxBacklog: number,
    readonly policy: OverflowPolicy,
  ) {
    this.granted = initial;
  }

  /** True when the client granted no limit (a request of 0). */
  get unlimited(): boolean {
    return this.granted === 0;
  }

  /** Items that may still be sent now. */
  get available(): number {
    return this.unlimited ? Infinity : this.granted - this.sent;
  }

  /** Items waiting for credit. */
  get backlog(): number {
    return this.queue.length - this.head;
  }

  /** Adds credit (a StreamControl). A stream granted no limit stays unlimited. */
  grant(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new EtpError('INVALID_VALUE', `credit must be a non-negative integer, got ${n}`);
    if (!this.unlimited) this.granted += n;
  }

  /**
   * Queues items; returns how many were taken. Past `maxBacklog`: `refuse` takes what fits,
   * `drop-oldest` drops the oldest waiting items, `fail` takes none and returns -1 (the caller ends
   * the stream).
   */
  offer(items: readonly T[]): number {
    const room = this.maxBacklog - this.backlog;
    if (items.length <= room) {
      for (const item of items) this.queue.push(item);
      return items.length;
    }
    if (this.policy === 'fail') return -1;
    if (this.policy === 'refuse') {
      for (let i = 0; i < room; i++) this.queue.push(items[i]!);
      return Math.max(0, room);
    }
    // drop-oldest: keep the newest maxBacklog of what waits and what comes.
    const keep = items.length >= this.maxBacklog ? items.slice(items.length - this.maxBacklog) : items;
    const overflow = this.backlog + keep.length - this.maxBacklog;
    this.dropped += overflow + (items.length - keep.length);
    this.head += Math.max(0, overflow);
    for (const item of keep) this.queue.push(item);
    this.compact();
    return items.length;
  }

  /** Takes the items the credit allows now (at most `most`), and counts them as sent. */
  take(most = Infinity): T[] {
    const n = Math.min(this.backlog, this.available, most);
    if (n <= 0) return [];
    const out = this.queue.slice(this.head, this.head + n);
    this.head += n;
    this.sent += n;
    this.compact();
    return out;
  }

  /** Forgets everything waiting. */
  clear(): void {
    this.queue.length = 0;
    this.head = 0;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }
}
