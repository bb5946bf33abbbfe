import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import type { DataValue, DataValueInput } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { Sparkle, type SparkleStatus, sparkleStatusError } from './protocol.js';
import { streamItemBytes } from './size.js';
import type { SourceSelectorInput, SparkleMessageMap, Status, StreamInfo, StreamType, StreamUpdate, Update } from './gen/types.gen.js';

// The client side of Sparkle on one session: requests, the streamId → stream table, each stream an
// async iterable that tops up its credit as it is read, and Status routed to its scope.

/** What a stream yields: an item, or (KeyValue streams) a key deleted. */
export type SparkleItem = { key: string | null; value: DataValue } | { key: string; deleted: true };

/** A request for streams. */
export interface SparkleRequest {
  /** Column paths, or selectors with parameters. */
  sources: (string | SourceSelectorInput)[];
  transform: string;
  params?: Record<string, DataValueInput>;
  /** Default true: the snapshot, then updates; false: the snapshot only. */
  sendUpdates?: boolean;
  /**
   * Initial credit of each stream: items the server may send before more is granted. Default: the
   * window. 0: unlimited (the client then holds at most `maxQueued` unread items).
   */
  credit?: number;
  /** This request's credit window (see {@link SparkleClientOptions.window}). Default: the client's. */
  window?: number;
}

/** Options of {@link SparkleClient}. */
export interface SparkleClientOptions {
  /**
   * Credit window: each stream is topped up to this many unread-or-granted items whenever half of
   * it was read. Default 1000. With `autoGrant: false`, credit is granted only by `stream.grant(n)`.
   */
  window?: number;
  autoGrant?: boolean;
  /** Unread items a stream holds (for unlimited credit); past it the stream is dropped with LIMIT_EXCEEDED. Default 100,000. */
  maxQueued?: number;
  /**
   * Bytes of unread items all the streams of the client hold together (estimated heap, as the
   * server counts its backlogs); past it the stream that received last is dropped with
   * LIMIT_EXCEEDED. Default 64 MiB.
   */
  maxQueuedBytes?: number;
  /** Session-scoped Status (800 session invalid, 801 relocate): they also fail every stream. */
  onSessionStatus?: (status: SparkleStatus) => void;
}

/** The defaults of {@link SparkleClientOptions}. */
export const SPARKLE_CLIENT_DEFAULTS = { window: 1000, maxQueued: 100_000, maxQueuedBytes: 64 * 1024 * 1024 } as const;

type Session = EtpSession<SparkleMessageMap>;

/** The Sparkle client of each session: one per session, since a session has one handler per message type. */
const clients = new WeakMap<object, SparkleClient>();

/** The Sparkle client of one session (one per session: INVALID_STATE for a second). */
export class SparkleClient {
  private readonly streams = new Map<number, SparkleStream>();
  /** Updates that arrived before their Streams response was read (frames of one socket read), by streamId. */
  private readonly early = new Map<number, StreamUpdate[]>();
  private earlyItems = 0;
  private earlyBytes = 0;
  /** Stream-scoped Statuses that arrived before their Streams response was read (as for updates). */
  private readonly earlyStatus = new Map<number, Status>();
  readonly window: number;
  readonly maxQueued: number;
  readonly maxQueuedBytes: number;
  /** Bytes of unread items over every stream (and of updates waiting for their Streams answer). */
  queuedBytes = 0;
  readonly autoGrant: boolean;

  constructor(
    readonly session: Session,
    private readonly options: SparkleClientOptions = {},
  ) {
    this.window = integerOption('window', options.window ?? SPARKLE_CLIENT_DEFAULTS.window, 1);
    this.maxQueued = integerOption('maxQueued', options.maxQueued ?? SPARKLE_CLIENT_DEFAULTS.maxQueued, 1);
    this.maxQueuedBytes = integerOption('maxQueuedBytes', options.maxQueuedBytes ?? SPARKLE_CLIENT_DEFAULTS.maxQueuedBytes, 1);
    this.autoGrant = options.autoGrant ?? true;
    if (clients.has(session)) throw new EtpError('INVALID_STATE', "this session has a sparkle client already: use it (request options set each request's window)");
    clients.set(session, this);
    session.on(Sparkle.Update, (ctx) => this.onUpdate(ctx.body));
    // A Status reaching the handler: stream- or session-scoped (a request's Status goes to its request),
    // or answering a request nobody waits for (a StreamControl sent with send()): reported, nothing fails.
    session.on(Sparkle.Status, (ctx) => {
      if (ctx.message.header.correlationId === 0) this.onStatus(ctx.body);
    });
    void session.closed.then((reason) => {
      for (const s of [...this.streams.values()]) s.fail(new EtpError('SESSION_CLOSED', `session closed: ${reason}`));
      this.early.clear();
      this.earlyStatus.clear();
    });
  }

  /** Streams open in this session. */
  get size(): number {
    return this.streams.size;
  }

  /** Asks for streams; resolves with them, or rejects with SPARKLE_STATUS (the request's Status). */
  async request(r: SparkleRequest): Promise<SparkleStream[]> {
    const window = integerOption('window', r.window ?? this.window, 1);
    const credit = r.credit ?? window;
    const response = await this.session.request(Sparkle.StreamRequest, {
      sendUpdates: r.sendUpdates ?? true,
      request: credit,
      sources: r.sources.map((s) => (typeof s === 'string' ? { string: s } : { 'EtpCodec.Sparkle.SourceSelector': s })),
      transform: r.transform,
      transformParameters: r.params ?? {},
    });
    const status = response.bodies[Sparkle.Status] as Status | undefined;
    const answer = response.bodies[Sparkle.Streams] as { streams: StreamInfo[] } | undefined;
    if (!answer) {
      throw sparkleStatusError(status?.code ?? 750, status?.description ?? 'no Streams in the answer', 'request');
    }
    // A stream's entries may be spread over the response's parts: one stream per streamId.
    const out: SparkleStream[] = [];
    for (const info of answer.streams) {
      const id = Number(info.streamId);
      let stream = this.streams.get(id);
      if (!stream || !out.includes(stream)) {
        stream = new SparkleStream(this, id, info.streamType, info.metadata, credit, window);
        this.streams.set(id, stream);
        out.push(stream);
      }
      stream.receive(info.data, [], info.end);
    }
    for (const s of out) {
      for (const u of this.early.get(s.streamId) ?? []) s.receive(u.data, u.delete, u.end);
      this.early.delete(s.streamId);
      const status = this.earlyStatus.get(s.streamId);
      this.earlyStatus.delete(s.streamId);
      if (status) this.onStatus(status);
    }
    this.earlyItems = [...this.early.values()].reduce((n, list) => n + list.reduce((m, u) => m + u.data.length, 0), 0);
    this.earlyBytes = [...this.early.values()].reduce((n, list) => n + list.reduce((m, u) => m + u.data.reduce((b, item) => b + streamItemBytes(item), 0), 0), 0);
    return out;
  }

  private onUpdate(update: Update): void {
    for (const u of update.streams) {
      const id = Number(u.streamId);
      const stream = this.streams.get(id);
      if (stream) {
        stream.receive(u.data, u.delete, u.end);
        continue;
      }
      // Not yet known: its Streams response is being read. Bounded like a stream's queue.
      this.earlyItems += u.data.length;
      if (this.earlyItems > this.maxQueued || this.queuedBytes + this.earlyBytes > this.maxQueuedBytes) {
        this.early.clear();
        this.earlyItems = 0;
        this.earlyBytes = 0;
        continue;
      }
      for (const item of u.data) this.earlyBytes += streamItemBytes(item);
      let list = this.early.get(id);
      if (!list) this.early.set(id, (list = []));
      list.push(u);
    }
  }

  private onStatus(status: Status): void {
    if (status.streamId !== null) {
      const id = Number(status.streamId);
      const stream = this.streams.get(id);
      if (!stream) {
        // Its Streams response is being read; kept for it (bounded).
        if (status.code !== 0 && this.earlyStatus.size < this.maxQueued) this.earlyStatus.set(id, status);
        return;
      }
      if (status.code !== 0) stream.fail(sparkleStatusError(status.code, status.description, 'stream', id));
      return;
    }
    const error = sparkleStatusError(status.code, status.description, 'session');
    this.options.onSessionStatus?.(error.detail as SparkleStatus);
    if (status.code !== 0) for (const s of [...this.streams.values()]) s.fail(error);
  }

  /** @internal */
  forget(stream: SparkleStream): void {
    this.streams.delete(stream.streamId);
  }

  /** @internal Sends StreamControl; a non-zero Status fails the stream. */
  control(stream: SparkleStream, n: number): void {
    this.session.request(Sparkle.StreamControl, { streamId: stream.streamId, request: n }).then(
      (r) => {
        const status = r.body as Status;
        if (status.code !== 0) stream.fail(sparkleStatusError(status.code, status.description, 'request'));
      },
      (err) => stream.fail(err),
    );
  }

  /** @internal */
  drop(stream: SparkleStream): void {
    if (this.session.isOpen) this.session.send(Sparkle.StreamDrop, { streamId: stream.streamId });
  }
}

/** One stream on the client: an async iterable of its items, in order. */
export class SparkleStream implements AsyncIterable<SparkleItem> {
  private readonly queue: (SparkleItem | undefined)[] = [];
  private readonly sizes: number[] = [];
  private head = 0;
  /** Bytes of the unread items (counted in the client's queuedBytes too). */
  private bytes = 0;
  private ended = false;
  private error: unknown;
  private wake: (() => void) | undefined;
  /** Credit granted in total (0: unlimited), and items read by the consumer. */
  private granted: number;
  private read = 0;
  /** Items received from the server (never more than granted, when limited). */
  received = 0;

  constructor(
    private readonly client: SparkleClient,
    readonly streamId: number,
    readonly streamType: StreamType,
    readonly metadata: Record<string, DataValue>,
    credit: number,
    /** The credit window this stream is topped up to. */
    readonly window: number,
  ) {
    this.granted = credit;
  }

  /** True once the stream ended, failed or was dropped. */
  get done(): boolean {
    return this.ended;
  }

  /** Unread items. */
  get queued(): number {
    return this.queue.length - this.head;
  }

  /** Grants `n` more items (a StreamControl). */
  grant(n: number): void {
    if (this.ended || this.granted === 0 || n <= 0) return;
    this.granted += n;
    this.client.control(this, n);
  }

  /** Stops the stream: StreamDrop to the server; the iteration ends. */
  drop(): void {
    if (this.ended) return;
    this.client.drop(this);
    this.release();
    this.finish();
  }

  /** @internal Items (and deletes, applied first) from Streams or Update. */
  receive(data: readonly { key: string | null; value: DataValue }[], deletes: readonly string[], end: boolean): void {
    if (this.ended) return;
    for (const key of deletes) this.enqueue({ key, deleted: true });
    for (const item of data) this.enqueue(item);
    this.received += data.length;
    const tooMany = this.queued > this.client.maxQueued;
    if (tooMany || this.client.queuedBytes > this.client.maxQueuedBytes) {
      this.client.drop(this);
      this.release();
      this.fail(
        new EtpError(
          'LIMIT_EXCEEDED',
          tooMany
            ? `stream ${this.streamId}: more than ${this.client.maxQueued} unread items; dropped`
            : `stream ${this.streamId}: the client's streams hold more than ${this.client.maxQueuedBytes} bytes of unread items; dropped`,
        ),
      );
      return;
    }
    if (end) {
      this.ended = true;
      this.client.forget(this);
    }
    this.wake?.();
  }

  private enqueue(item: SparkleItem): void {
    const n = streamItemBytes(item as { key: string | null; value: { item: unknown } });
    this.queue.push(item);
    this.sizes.push(n);
    this.bytes += n;
    this.client.queuedBytes += n;
  }

  /** Forgets every unread item (a stream dropped for holding too much). */
  private release(): void {
    this.client.queuedBytes -= this.bytes;
    this.bytes = 0;
    this.queue.length = 0;
    this.sizes.length = 0;
    this.head = 0;
  }

  /** @internal */
  fail(err: unknown): void {
    if (this.ended && this.error === undefined && this.queued === 0) return;
    this.error = err;
    this.finish();
  }

  private finish(): void {
    this.ended = true;
    this.client.forget(this);
    this.wake?.();
  }

  /** Tops the credit up to the window once half of it was read. */
  private topUp(): void {
    if (!this.client.autoGrant || this.granted === 0 || this.ended) return;
    const outstanding = this.granted - this.read;
    if (outstanding <= this.window / 2) this.grant(this.window - outstanding);
  }

  /** The next item, or undefined when none is queued (counts a read item toward the credit top-up). */
  private shift(): SparkleItem | undefined {
    if (this.head >= this.queue.length) return undefined;
    const item = this.queue[this.head]!;
    // Let go of the item at once: the queue holds only what is unread.
    this.queue[this.head] = undefined;
    const n = this.sizes[this.head++]!;
    this.bytes -= n;
    this.client.queuedBytes -= n;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.sizes.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.sizes.splice(0, this.head);
      this.head = 0;
    }
    if (!('deleted' in item)) {
      this.read++;
      this.topUp();
    }
    return item;
  }

  // A hand-written iterator: an async generator costs several promises per item, this one one.
  [Symbol.asyncIterator](): AsyncIterator<SparkleItem> {
    const next = async (): Promise<IteratorResult<SparkleItem>> => {
      for (;;) {
        const item = this.shift();
        if (item !== undefined) return { value: item, done: false };
        if (this.error !== undefined) throw this.error;
        if (this.ended) return { value: undefined, done: true };
        await new Promise<void>((r) => (this.wake = r));
        this.wake = undefined;
      }
    };
    return {
      next,
      // Leaving a for-await loop early keeps the stream: drop() stops it.
      return: async () => ({ value: undefined, done: true }),
    };
  }
}
