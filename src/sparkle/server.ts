import { EtpError } from '../errors.js';
import { integerOptions } from '../options.js';
import type { DataValue, DataValueInput } from '../schema/index.js';
import type { EtpSession, HandlerContext } from '../session/index.js';
import { type BacklogBudget, Credit, type OverflowPolicy } from './credit.js';
import { Sparkle, SparkleStatusCode } from './protocol.js';
import { streamItemBytes } from './size.js';
import type { SourceSelector, SparkleMessageMap, StatusInput, StreamInfoInput, StreamItemInput, StreamRequest, StreamType, StreamUpdateInput } from './gen/types.gen.js';

/** The header a Sparkle message is sized with: the largest ids a header can carry, so the real one is never larger. */
const SIZING_HEADER = { correlationId: Number.MAX_SAFE_INTEGER, messageId: Number.MAX_SAFE_INTEGER, messageFlags: 0x02 };

// The server side of Sparkle on one session: a StreamRequest runs a registered transform, which
// opens streams and pushes items through producers; each stream sends no more items than the
// client's credit, keeps the rest in a backlog bounded in items and bytes (per stream, per session,
// per server), or pulls them lazily from a feed as credit and the socket allow; a stream is freed
// when it ends, fails, is dropped, or the session closes.

/** A source of a StreamRequest: a column path, or a selector with its parameters. */
export type Source = string | SourceSelector;

/** What a transform is given. */
export interface TransformRequest {
  sources: Source[];
  parameters: Record<string, DataValue>;
  sendUpdates: boolean;
  /** Opens one stream of the answer; every stream opened before the transform returns is in the Streams response. */
  open(stream: { streamType: StreamType; metadata?: Record<string, DataValueInput>; policy?: OverflowPolicy }): Producer;
}

/** A transform: opens its streams and pushes items, now (the snapshot) and later (updates). May be async. */
export type Transform = (request: TransformRequest) => void | Promise<void>;

/** One stream as its transform sees it. */
export interface Producer {
  readonly streamId: number;
  readonly streamType: StreamType;
  /**
   * Queues items: sent at once as far as the client's credit allows, the rest kept (at most
   * `maxBacklog`). Returns how many were taken: all of them, except under the `refuse` policy
   * with a full backlog. After the stream closed, 0.
   */
  push(items: readonly StreamItemInput[]): number;
  /** KeyValue streams: keys to delete, sent before the next items. */
  delete(keys: readonly string[]): void;
  /**
   * Gives the stream a lazy source of items: instead of pushing, the server calls `next(most)`
   * whenever the client's credit and the socket allow, and sends what it returns (at most `most`
   * items; an empty array: nothing more for now). Call `wake()` when the source has more. A
   * snapshot of any length is produced this way without holding it: only what is being sent is
   * in memory. Items waiting in the backlog (pushed) go first.
   */
  feed(next: (most: number) => readonly StreamItemInput[]): void;
  /** Tells the stream that its feed has items again. */
  wake(): void;
  /** Ends the stream once what waits is sent (`end: true`); with a feed, once the feed is empty. */
  end(): void;
  /** Ends the stream with a stream-scoped Status. */
  fail(code: number, description: string): void;
  /** Items waiting for credit. */
  readonly backlog: number;
  /** Bytes waiting for credit (estimated heap of the items: see docs/sparkle.md). */
  readonly backlogBytes: number;
  /** Items the credit allows now (Infinity when the client granted no limit). */
  readonly available: number;
  readonly closed: boolean;
  /** Called once when the stream closes: ended, failed, dropped by the client, or the session closed. */
  onClose(fn: (reason: string) => void): void;
}

/** Transforms by name. */
export class TransformRegistry {
  private readonly table = new Map<string, Transform>();

  register(name: string, transform: Transform): this {
    this.table.set(name, transform);
    return this;
  }

  get(name: string): Transform | undefined {
    return this.table.get(name);
  }

  names(): string[] {
    return [...this.table.keys()];
  }
}

/** Options of {@link serveSparkle}. */
export interface SparkleServerOptions {
  transforms: TransformRegistry;
  /** Items a stream keeps waiting for credit; past it, the stream's policy applies. Default 10,000. */
  maxBacklog?: number;
  /**
   * Bytes a stream keeps waiting for credit (estimated heap); past it, the stream's policy applies.
   * Also the most a Streams answer without updates takes from feeds. Default 4 MiB.
   */
  maxBacklogBytes?: number;
  /** Bytes all the streams of the session keep waiting, together. Default 32 MiB. */
  maxSessionBacklogBytes?: number;
  /**
   * The budget every session of a server shares (`new SharedBudget(bytes)` from etp-codec/session,
   * given to each session's serveSparkle). Default: one budget of 256 MiB for the whole process
   * ({@link SPARKLE_PROCESS_BUDGET}).
   */
  sharedBacklog?: BacklogBudget;
  /** Streams a session may hold at once, and StreamRequests it answers at once; one more is answered with Status 750. Default 1000. */
  maxStreams?: number;
  /** Items per entry of a Streams or Update message (a stream's items spread over several entries). Default 1000. */
  chunkItems?: number;
}

/** The defaults of {@link SparkleServerOptions}. */
export const SPARKLE_SERVER_DEFAULTS = { maxBacklog: 10_000, maxBacklogBytes: 4 * 1024 * 1024, maxSessionBacklogBytes: 32 * 1024 * 1024, maxStreams: 1000, chunkItems: 1000 } as const;

/** The backlog budget shared by every Sparkle server of the process that is given no `sharedBacklog`: 256 MiB. */
export const SPARKLE_PROCESS_BUDGET: BacklogBudget = { held: 0, limit: 256 * 1024 * 1024 };

/**
 * What one flush (one Update), or a Streams answer with updates to follow, takes from the
 * streams: about 500 items of a time series. Small enough that a session's flush takes
 * milliseconds whatever its streams hold, so that other sessions are served between flushes.
 */
const ROUND_BYTES = 128 * 1024;

type Session = EtpSession<SparkleMessageMap>;

/** The Sparkle server of each session: one per session, since a session has one handler per message type. */
const servers = new WeakMap<object, SparkleServer>();

/** The streams of one session and what their transforms push into them (one per session: INVALID_STATE for a second). */
export class SparkleServer {
  private readonly streams = new Map<number, ServerStream>();
  private nextStreamId = 1;
  private flushing = false;
  /** StreamRequests whose transform has not returned yet: bounded like the streams. */
  private inFlight = 0;
  private readonly limits: { -readonly [K in keyof typeof SPARKLE_SERVER_DEFAULTS]: number };
  /** The bytes this session's streams hold, and the server's budget: every backlog counts in both. */
  private readonly budgets: BacklogBudget[];

  constructor(
    readonly session: Session,
    private readonly options: SparkleServerOptions,
  ) {
    this.limits = integerOptions(SPARKLE_SERVER_DEFAULTS, options, 1);
    this.budgets = [{ held: 0, limit: this.limits.maxSessionBacklogBytes }, options.sharedBacklog ?? SPARKLE_PROCESS_BUDGET];
    if (servers.has(session)) throw new EtpError('INVALID_STATE', 'this session serves sparkle already');
    servers.set(session, this);
    session.on(Sparkle.StreamRequest, (ctx) => this.onRequest(ctx));
    session.on(Sparkle.StreamControl, (ctx) => {
      const stream = this.streams.get(Number(ctx.body.streamId));
      if (!stream) {
        ctx.reply(Sparkle.Status, { code: SparkleStatusCode.REQUEST_FORMAT_ERROR, description: `no stream ${String(ctx.body.streamId)} in this session` });
        return;
      }
      const more = Number(ctx.body.request);
      if (!Number.isSafeInteger(more) || more < 0) {
        ctx.reply(Sparkle.Status, { code: SparkleStatusCode.REQUEST_FORMAT_ERROR, description: `credit must be a non-negative integer, got ${String(ctx.body.request)}` });
        return;
      }
      stream.credit.grant(more);
      ctx.reply(Sparkle.Status, { code: SparkleStatusCode.OK, description: '' });
      this.scheduleFlush();
    });
    session.on(Sparkle.StreamDrop, (ctx) => this.streams.get(Number(ctx.body.streamId))?.close('dropped by the client'));
    void session.closed.then((reason) => {
      for (const s of [...this.streams.values()]) s.close(`session closed: ${reason}`);
    });
  }

  /** Streams open in this session. */
  get size(): number {
    return this.streams.size;
  }

  /** Items waiting for credit, over every stream of the session. */
  get backlog(): number {
    let n = 0;
    for (const s of this.streams.values()) n += s.credit.backlog;
    return n;
  }

  /** Bytes waiting for credit, over every stream of the session (at most maxSessionBacklogBytes). */
  get backlogBytes(): number {
    return this.budgets[0]!.held;
  }

  /** Sends a session-scoped Status (800: the session is invalid; 801: relocate). False when it could not be sent (the session closed). */
  sessionStatus(code: number, description: string): boolean {
    return typeof this.session.trySend(Sparkle.Status, this.status(code, description)) === 'number';
  }

  /** A Status body whose description is cut to fit the agreed size (a description may echo what the peer sent). */
  private status(code: number, description: string, streamId?: number): StatusInput {
    const max = this.session.negotiated?.maxMessageBytes ?? Infinity;
    // A UTF-16 unit takes at most 3 bytes of UTF-8; 64 bytes are left for the header and the other fields.
    const room = Math.max(0, Math.floor((max - 64) / 3));
    const text = description.length > room ? description.slice(0, room) : description;
    return streamId === undefined ? { code, description: text } : { code, description: text, streamId };
  }

  /**
   * Entries of a Streams or Update message, each split (by its items) until a message of that entry
   * alone fits the agreed size, so that ETP multipart can carry any number of them. An entry one
   * item of which does not fit alone goes to `misfit` instead.
   */
  private fit<E extends { streamId: number | bigint; data?: StreamItemInput[]; end?: boolean }>(
    name: typeof Sparkle.Streams | typeof Sparkle.Update,
    entries: E[],
    rest: (e: E) => E,
    misfit: (e: E) => void,
  ): E[] {
    const max = this.session.negotiated?.maxMessageBytes ?? Infinity;
    const out: E[] = [];
    const fits = (e: E): boolean => {
      try {
        return this.session.codec.encode(name, { streams: [e] } as never, SIZING_HEADER).length <= max;
      } catch (err) {
        if (err instanceof EtpError && err.code === 'MESSAGE_TOO_LARGE') return false;
        throw err;
      }
    };
    const place = (e: E): boolean => {
      if (fits(e)) {
        out.push(e);
        return true;
      }
      const data = e.data ?? [];
      if (data.length <= 1) return false;
      const half = Math.ceil(data.length / 2);
      // The first half keeps what goes once (metadata, deletes), the second the end of the stream.
      return place({ ...e, data: data.slice(0, half), end: false }) && place({ ...rest(e), data: data.slice(half) });
    };
    for (const e of entries) {
      const before = out.length;
      if (!place(e)) {
        out.length = before;
        misfit(e);
      }
    }
    return out;
  }

  private async onRequest(ctx: HandlerContext<StreamRequest, SparkleMessageMap, typeof Sparkle.StreamRequest>): Promise<void> {
    const body = ctx.body;
    const transform = this.options.transforms.get(body.transform);
    if (!transform) {
      ctx.reply(Sparkle.Status, {
        code: SparkleStatusCode.TRANSFORM_NOT_SUPPORTED,
        description: `transform ${JSON.stringify(body.transform)} is not supported (${this.options.transforms.names().join(', ')})`,
      });
      return;
    }
    if (this.inFlight >= this.limits.maxStreams) {
      ctx.reply(Sparkle.Status, { code: SparkleStatusCode.STREAM_DEAD, description: `${this.inFlight} requests of this session are still being answered` });
      return;
    }
    const opened: ServerStream[] = [];
    const credit = Number(body.request);
    if (!Number.isSafeInteger(credit) || credit < 0) {
      ctx.reply(Sparkle.Status, { code: SparkleStatusCode.REQUEST_FORMAT_ERROR, description: `request (credit) must be a non-negative integer, got ${String(body.request)}` });
      return;
    }
    const request: TransformRequest = {
      sources: body.sources.map((s) => ('string' in s ? s.string : s['EtpCodec.Sparkle.SourceSelector'])),
      parameters: body.transformParameters,
      sendUpdates: body.sendUpdates,
      open: ({ streamType, metadata = {}, policy }) => {
        if (policy === 'drop-oldest' && streamType === 'KeyValue') throw new EtpError('INVALID_OPTION', 'a KeyValue stream cannot drop its oldest items: its keys would be lost');
        if (this.streams.size >= this.limits.maxStreams) throw new EtpError('LIMIT_EXCEEDED', `this session holds its maximum of ${this.limits.maxStreams} streams`);
        const limits = { maxItems: this.limits.maxBacklog, maxBytes: this.limits.maxBacklogBytes };
        const stream = new ServerStream(
          this,
          this.nextStreamId++,
          streamType,
          metadata,
          new Credit<StreamItemInput>(credit, limits, policy ?? (streamType === 'Value' ? 'drop-oldest' : 'fail'), streamItemBytes, this.budgets),
        );
        this.streams.set(stream.streamId, stream);
        opened.push(stream);
        return stream;
      },
    };
    this.inFlight++;
    try {
      await transform(request);
    } catch (err) {
      for (const s of opened) s.close('the transform failed');
      const detail = err instanceof EtpError && err.code === 'SPARKLE_STATUS' ? (err.detail as { code: number; description: string }) : undefined;
      // A transform's SPARKLE_STATUS answers with its code; anything else (too many streams included) is 750.
      ctx.reply(Sparkle.Status, { code: detail?.code ?? SparkleStatusCode.STREAM_DEAD, description: detail?.description ?? String((err as Error)?.message ?? err) });
      return;
    } finally {
      this.inFlight--;
    }
    // The snapshot. With updates to follow: one round, the rest in Updates. Without: the answer is
    // all there is, every pushed item within the credit and up to maxBacklogBytes from feeds.
    const entries: StreamInfoInput[] = [];
    const ending: ServerStream[] = [];
    const taken = this.takeRound(opened, body.sendUpdates ? ROUND_BYTES : this.budgets[0]!.held + this.limits.maxBacklogBytes);
    for (const s of opened) {
      const items = taken.get(s) ?? [];
      const end = !body.sendUpdates || s.done;
      const chunks = this.chunk(items);
      chunks.forEach((data, i) => void entries.push({ streamId: s.streamId, streamType: s.streamType, metadata: i === 0 ? s.metadata : {}, data, end: end && i === chunks.length - 1 }));
      if (end) ending.push(s);
    }
    let misfit: StreamInfoInput | undefined;
    const fitted = this.fit(
      Sparkle.Streams,
      entries,
      (e) => ({ ...e, metadata: {} }),
      (e) => (misfit ??= e),
    );
    if (misfit) {
      // The answer cannot be sent: no stream of it is left behind.
      for (const s of opened) s.close('its snapshot does not fit the agreed message size');
      ctx.reply(
        Sparkle.Status,
        this.status(SparkleStatusCode.STREAM_DEAD, `an item of stream ${misfit.streamId} does not fit the agreed message size of ${this.session.negotiated?.maxMessageBytes} bytes`),
      );
      return;
    }
    try {
      ctx.reply(Sparkle.Streams, { streams: fitted });
    } catch (err) {
      // Not sent (the peer was told with a ProtocolException): no stream of it is left behind.
      for (const s of opened) s.close('its Streams answer could not be sent');
      throw err;
    }
    for (const s of opened) s.live = true;
    for (const s of ending) s.close(body.sendUpdates ? 'ended' : 'snapshot sent');
    this.scheduleFlush();
  }

  /**
   * Takes what the streams may send now (backlog first, then feed, within each one's credit), in
   * passes that give every stream an equal share (chunkItems split between them, at least one
   * item), until none has more or what was taken reaches `bytes`. The next round starts where this
   * one stopped, so that every stream gets its turn however many there are.
   */
  private takeRound(streams: ServerStream[], bytes: number): Map<ServerStream, StreamItemInput[]> {
    const out = new Map<ServerStream, StreamItemInput[]>();
    const n = streams.length;
    let pending: ServerStream[] = [];
    for (let i = 0; i < n; i++) {
      const s = streams[(i + this.rotation) % n]!;
      out.set(s, []);
      if (s.hasMore) pending.push(s);
    }
    let spent = 0;
    let pulls = 0;
    while (pending.length && spent < bytes) {
      const share = Math.max(1, Math.floor(this.limits.chunkItems / pending.length));
      const next: ServerStream[] = [];
      for (const s of pending) {
        if (spent >= bytes) break;
        pulls++;
        const list = out.get(s)!;
        for (const item of s.pull(share)) list.push(item);
        spent += s.pulledBytes;
        if (s.hasMore) next.push(s);
      }
      pending = next;
    }
    this.rotation = n === 0 ? 0 : (this.rotation + pulls) % n;
    return out;
  }

  /** Where the next round starts among the streams. */
  private rotation = 0;

  /**
   * Sends an Update; when an entry does not fit the agreed size, the entries are split to fit, and
   * a stream one item of which cannot fit fails (Status 750) instead of losing it silently.
   */
  private sendUpdate(entries: StreamUpdateInput[]): void {
    const first = this.session.trySend(Sparkle.Update, { streams: entries });
    if (typeof first === 'number' || first.code !== 'MESSAGE_TOO_LARGE') return;
    const failed = new Set<number>();
    const fitted = this.fit(
      Sparkle.Update,
      entries,
      (e) => ({ ...e, delete: [] }),
      (e) => failed.add(Number(e.streamId)),
    );
    const kept = fitted.filter((e) => !failed.has(Number(e.streamId)));
    if (kept.length) this.session.trySend(Sparkle.Update, { streams: kept });
    for (const id of failed)
      this.streams.get(id)?.fail(SparkleStatusCode.STREAM_DEAD, `stream ${id}: an item does not fit the agreed message size of ${this.session.negotiated?.maxMessageBytes} bytes`);
  }

  /** Items in entries of at most chunkItems (one empty entry when there are none). */
  private chunk<T>(items: T[]): T[][] {
    if (items.length <= this.limits.chunkItems) return [items];
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += this.limits.chunkItems) out.push(items.slice(i, i + this.limits.chunkItems));
    return out;
  }

  /** @internal A stream closes: freed here. */
  forget(stream: ServerStream): void {
    this.streams.delete(stream.streamId);
  }

  /** @internal Sends a stream-scoped Status. */
  streamStatus(stream: ServerStream, code: number, description: string): void {
    if (this.session.isOpen) this.session.trySend(Sparkle.Status, this.status(code, description, stream.streamId));
  }

  /** @internal Pushes what the credit allows, in one Update, once per turn of the event loop; waits while the transport is full. */
  scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = true;
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    try {
      if (!this.session.isOpen) return;
      if (!this.session.writable) await this.session.drained();
      const entries: StreamUpdateInput[] = [];
      const ended: ServerStream[] = [];
      // One round a flush (at most ROUND_BYTES): what is left is taken by the next flush, after
      // the event loop's other work and once the socket has taken this one.
      const live = [...this.streams.values()].filter((s) => s.live);
      const taken = this.takeRound(live, ROUND_BYTES);
      let more = false;
      for (const s of live) {
        const items = taken.get(s) ?? [];
        const deletes = s.takeDeletes();
        const end = s.done;
        if (s.hasMore) more = true;
        if (items.length === 0 && deletes.length === 0 && !end) continue;
        const chunks = this.chunk(items);
        chunks.forEach((data, i) => void entries.push({ streamId: s.streamId, data, delete: i === 0 ? deletes : [], end: end && i === chunks.length - 1 }));
        if (end) ended.push(s);
      }
      if (entries.length) this.sendUpdate(entries);
      for (const s of ended) s.close('ended');
      if (more) this.again = true;
    } catch {
      // The session closed meanwhile: its streams are freed by session.closed.
    } finally {
      this.flushing = false;
    }
    if (this.again) {
      // The next round waits for the event loop's other work (other sessions' messages) first.
      this.again = false;
      setImmediate(() => this.scheduleFlush());
    }
  }

  /** A feed had more than one flush sends: flush again. */
  private again = false;
}

/** One stream on the server: its producer side. */
class ServerStream implements Producer {
  /** Sent in the Streams response: later items go in Updates. */
  live = false;
  ending = false;
  closed = false;
  private deletes: string[] = [];
  private readonly closers: ((reason: string) => void)[] = [];
  private source: ((most: number) => readonly StreamItemInput[]) | undefined;
  /** The feed returned nothing since it was last woken. */
  private dry = false;

  constructor(
    private readonly server: SparkleServer,
    readonly streamId: number,
    readonly streamType: StreamType,
    readonly metadata: Record<string, DataValueInput>,
    readonly credit: Credit<StreamItemInput>,
  ) {}

  get backlog(): number {
    return this.credit.backlog;
  }

  get available(): number {
    return this.credit.available;
  }

  get backlogBytes(): number {
    return this.credit.bytes;
  }

  /** True when the backlog or the feed may have items the credit allows now. */
  get hasMore(): boolean {
    if (this.closed || this.credit.available <= 0) return false;
    return this.credit.backlog > 0 || (this.source !== undefined && !this.dry);
  }

  /** Everything is sent and the stream was ended: the last entry says `end`. */
  get done(): boolean {
    return this.ending && this.credit.backlog === 0 && (this.source === undefined || this.dry);
  }

  feed(next: (most: number) => readonly StreamItemInput[]): void {
    if (this.closed) return;
    this.source = next;
    this.dry = false;
    if (this.live) this.server.scheduleFlush();
  }

  wake(): void {
    if (this.closed || this.source === undefined) return;
    this.dry = false;
    if (this.live) this.server.scheduleFlush();
  }

  /** The bytes of what the last `pull` gave. */
  pulledBytes = 0;

  /** @internal At most `most` items within the credit, from the backlog, else from the feed; counted as sent. */
  pull(most: number): readonly StreamItemInput[] {
    this.pulledBytes = 0;
    if (!this.hasMore) return [];
    if (this.credit.backlog > 0) {
      const items = this.credit.take(most);
      this.pulledBytes = this.credit.takenBytes;
      return items;
    }
    const n = Math.min(most, this.credit.available);
    let items: readonly StreamItemInput[];
    try {
      items = this.source!(n);
    } catch (err) {
      this.fail(SparkleStatusCode.STREAM_DEAD, `stream ${this.streamId}: its feed failed: ${String((err as Error)?.message ?? err)}`);
      return [];
    }
    if (items.length === 0) {
      this.dry = true;
      return [];
    }
    const out = items.length > n ? items.slice(0, n) : items;
    this.credit.count(out.length);
    for (const item of out) this.pulledBytes += streamItemBytes(item);
    return out;
  }

  push(items: readonly StreamItemInput[]): number {
    if (this.closed || this.ending) return 0;
    const taken = this.credit.offer(items);
    if (taken < 0) {
      this.fail(SparkleStatusCode.STREAM_DEAD, `stream ${this.streamId}: its backlog is full (${this.credit.overflow})`);
      return 0;
    }
    if (this.live) this.server.scheduleFlush();
    return taken;
  }

  delete(keys: readonly string[]): void {
    if (this.closed || this.ending) return;
    if (this.streamType !== 'KeyValue') throw new EtpError('INVALID_VALUE', `stream ${this.streamId} is a Value stream: it has no keys to delete`);
    // Bounded like items: deletes wait with them.
    if (this.deletes.length + keys.length > this.credit.limits.maxItems) {
      this.fail(SparkleStatusCode.STREAM_DEAD, `stream ${this.streamId}: more than ${this.credit.limits.maxItems} deletes wait`);
      return;
    }
    this.deletes.push(...keys);
    if (this.live) this.server.scheduleFlush();
  }

  takeDeletes(): string[] {
    const d = this.deletes;
    this.deletes = [];
    return d;
  }

  end(): void {
    if (this.closed) return;
    this.ending = true;
    if (this.live) this.server.scheduleFlush();
  }

  fail(code: number, description: string): void {
    if (this.closed) return;
    this.server.streamStatus(this, code, description);
    this.close(`failed: ${description}`);
  }

  onClose(fn: (reason: string) => void): void {
    if (this.closed) fn('closed');
    else this.closers.push(fn);
  }

  /** Frees the stream (its backlog, its entry in the server) and tells its transform. */
  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.credit.clear();
    this.deletes = [];
    this.source = undefined;
    this.server.forget(this);
    for (const fn of this.closers) fn(reason);
    this.closers.length = 0;
  }
}

/** Serves Sparkle on a session: registers its handlers and returns the session's {@link SparkleServer}. */
export function serveSparkle(session: Session, options: SparkleServerOptions): SparkleServer {
  return new SparkleServer(session, options);
}
