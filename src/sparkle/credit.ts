import { EtpError } from '../errors.js';

// One stream's credit on the server: what the client granted (cumulative; 0 = unlimited), what was
// sent, and the backlog of items waiting for credit, bounded in items and in bytes (its own, and
// the budgets it shares with the session's other streams and the server's other sessions), with
// a policy for overflow. Items leave the backlog the moment they are taken.

/**
 * What a stream does when its backlog is full: `refuse` (push accepts what fits and says how much),
 * `drop-oldest` (Value streams only: the oldest waiting items make room), `fail` (the stream ends
 * with a Status 750).
 */
export type OverflowPolicy = 'refuse' | 'drop-oldest' | 'fail';

/** Bytes held against a limit, shared by several backlogs (a session's streams, a server's sessions). */
export interface BacklogBudget {
  held: number;
  readonly limit: number;
}

/** The bounds of one backlog. */
export interface BacklogLimits {
  /** Most items waiting. */
  maxItems: number;
  /** Most bytes waiting (as `size` estimates them). */
  maxBytes: number;
}

/** The credit and backlog of one stream. */
export class Credit<T> {
  /** Items granted in total; 0 = unlimited. */
  private granted: number;
  /** Items sent so far. */
  sent = 0;
  /** Items dropped by `drop-oldest`. */
  dropped = 0;
  /** Bytes waiting. */
  bytes = 0;
  private readonly queue: (T | undefined)[] = [];
  private readonly sizes: number[] = [];
  private head = 0;

  constructor(
    initial: number,
    readonly limits: BacklogLimits,
    readonly policy: OverflowPolicy,
    private readonly size: (item: T) => number = () => 0,
    private readonly shared: readonly BacklogBudget[] = [],
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

  /** Counts items sent without passing through the backlog (a lazy feed's). */
  count(n: number): void {
    this.sent += n;
  }

  /** Which bound an item of `n` bytes would pass now, or undefined when it fits. */
  private full(n: number): string | undefined {
    if (this.backlog + 1 > this.limits.maxItems) return `${this.limits.maxItems} items`;
    if (this.bytes + n > this.limits.maxBytes) return `${this.limits.maxBytes} bytes`;
    for (const b of this.shared) if (b.held + n > b.limit) return `${b.limit} bytes shared`;
    return undefined;
  }

  /** What the last refused or failed offer ran into. */
  overflow = '';

  /**
   * Queues items; returns how many were taken. Past a bound: `refuse` takes what fits,
   * `drop-oldest` drops the oldest waiting items (and an item that cannot fit even alone),
   * `fail` returns -1 (the caller ends the stream).
   */
  offer(items: readonly T[]): number {
    // The common case first: everything fits, counted once for the batch.
    const sizes = items.map((item) => this.size(item));
    let total = 0;
    for (const n of sizes) total += n;
    if (this.backlog + items.length <= this.limits.maxItems && this.bytes + total <= this.limits.maxBytes && this.shared.every((b) => b.held + total <= b.limit)) {
      for (let i = 0; i < items.length; i++) {
        this.queue.push(items[i]!);
        this.sizes.push(sizes[i]!);
      }
      this.bytes += total;
      for (const b of this.shared) b.held += total;
      return items.length;
    }
    let taken = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const n = sizes[i]!;
      let bound = this.full(n);
      if (bound !== undefined) {
        if (this.policy === 'fail' || this.policy === 'refuse') {
          this.overflow = bound;
          return this.policy === 'fail' ? -1 : taken;
        }
        while (bound !== undefined && this.backlog > 0) {
          this.release(this.head++);
          this.dropped++;
          bound = this.full(n);
        }
        this.compact();
        if (bound !== undefined) {
          this.dropped++;
          taken++;
          continue;
        }
      }
      this.queue.push(item);
      this.sizes.push(n);
      this.bytes += n;
      for (const b of this.shared) b.held += n;
      taken++;
    }
    return taken;
  }

  /** The bytes of what the last `take` took. */
  takenBytes = 0;

  /** Takes the items the credit allows now (at most `most`), and counts them as sent. */
  take(most = Infinity): T[] {
    const n = Math.min(this.backlog, this.available, most);
    this.takenBytes = 0;
    if (n <= 0) return [];
    const out = this.queue.slice(this.head, this.head + n) as T[];
    const before = this.bytes;
    for (let i = 0; i < n; i++) this.release(this.head++);
    this.takenBytes = before - this.bytes;
    this.sent += n;
    this.compact();
    return out;
  }

  /** Forgets everything waiting. */
  clear(): void {
    while (this.head < this.queue.length) this.release(this.head++);
    this.queue.length = 0;
    this.sizes.length = 0;
    this.head = 0;
  }

  /** Frees slot `i`: the item is no longer held, its bytes are given back. */
  private release(i: number): void {
    const n = this.sizes[i]!;
    this.bytes -= n;
    for (const b of this.shared) b.held -= n;
    this.queue[i] = undefined;
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.sizes.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.sizes.splice(0, this.head);
      this.head = 0;
    }
  }
}
