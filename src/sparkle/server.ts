import { EtpError } from '../errors.js';
import type { DataValue, DataValueInput } from '../schema/index.js';
import type { EtpSession, HandlerContext } from '../session/index.js';
import { Credit, type OverflowPolicy } from './credit.js';
import { Sparkle, SparkleStatusCode } from './protocol.js';
import type { SourceSelector, SparkleMessageMap, StreamInfoInput, StreamItemInput, StreamRequest, StreamType, StreamUpdateInput } from './types.js';

// The server side of Sparkle on one session: a StreamRequest runs a registered transform, which
// opens streams and pushes items through producers; each stream sends no more items than the
// client's credit, keeps the rest in a bounded backlog, and is freed when it ends, fails, is
// dropped, or the session closes.

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
  /** Ends the stream once what waits is sent (`end: true`). */
  end(): void;
  /** Ends the stream with a stream-scoped Status. */
  fail(code: number, description: string): void;
  /** Items waiting for credit. */
  readonly backlog: number;
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
  /** Streams a session may hold at once, and StreamRequests it answers at once; one more is answered with Status 750. Default 1000. */
  maxStreams?: number;
  /** Items per entry of a Streams or Update message (a stream's items spread over several entries). Default 1000. */
  chunkItems?: number;
}

/** The defaults of {@link SparkleServerOptions}. */
export const SPARKLE_SERVER_DEFAULTS = { maxBacklog: 10_000, maxStreams: 1000, chunkItems: 1000 } as const;

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
  private readonly limits: { maxBacklog: number; maxStreams: number; chunkItems: number };

  constructor(
    readonly session: Session,
    private readonly options: SparkleServerOptions,
  ) {
    this.limits = { ...SPARKLE_SERVER_DEFAULTS };
    for (const key of Object.keys(SPARKLE_SERVER_DEFAULTS) as (keyof typeof SPARKLE_SERVER_DEFAULTS)[]) {
      const v = options[key];
      if (v === undefined) continue;
      if (!Number.isSafeInteger(v) || v < 1) throw new EtpError('INVALID_OPTION', `${key} must be a positive integer, got ${String(v)}`);
      this.limits[key] = v;
    }
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

  /** Sends a session-scoped Status (800: the session is invalid; 801: relocate). */
  sessionStatus(code: number, description: string): void {
    this.session.send(Sparkle.Status, { code, description });
  }

  private async onRequest(ctx: HandlerContext<StreamRequest, SparkleMessageMap, typeof Sparkle.StreamRequest>): Promise<void> {
    const body = ctx.body;
    const transform = this.options.transforms.get(body.transform);
    if (!transform) {
      ctx.reply(Sparkle.Status, { code: SparkleStatusCode.TRANSFORM_NOT_SUPPORTED, description: `transform ${JSON.stringify(body.transform)} is not supported (${this.options.transforms.names().join(', ')})` });
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
        const stream = new ServerStream(this, this.nextStreamId++, streamType, metadata, new Credit<StreamItemInput>(credit, this.limits.maxBacklog, policy ?? (streamType === 'Value' ? 'drop-oldest' : 'fail')));
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
    // The snapshot: what each stream holds now, within its credit. Without updates, that is all.
    const entries: StreamInfoInput[] = [];
    for (const s of opened) {
      const items = s.credit.take();
      const end = !body.sendUpdates || (s.ending && s.credit.backlog === 0);
      const chunks = this.chunk(items);
      chunks.forEach((data, i) => entries.push({ streamId: s.streamId, streamType: s.streamType, metadata: i === 0 ? s.metadata : {}, data, end: end && i === chunks.length - 1 }));
      s.live = true;
      if (end) s.close(body.sendUpdates ? 'ended' : 'snapshot sent');
    }
    ctx.reply(Sparkle.Streams, { streams: entries });
    this.scheduleFlush();
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
    if (this.session.isOpen) this.session.send(Sparkle.Status, { code, description, streamId: stream.streamId });
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
      for (const s of this.streams.values()) {
        if (!s.live) continue;
        const items = s.credit.take();
        const deletes = s.takeDeletes();
        const end = s.ending && s.credit.backlog === 0;
        if (items.length === 0 && deletes.length === 0 && !end) continue;
        const chunks = this.chunk(items);
        chunks.forEach((data, i) => entries.push({ streamId: s.streamId, data, delete: i === 0 ? deletes : [], end: end && i === chunks.length - 1 }));
        if (end) ended.push(s);
      }
      if (entries.length) this.session.send(Sparkle.Update, { streams: entries });
      for (const s of ended) s.close('ended');
    } catch {
      // The session closed meanwhile: its streams are freed by session.closed.
    } finally {
      this.flushing = false;
    }
  }
}

/** One stream on the server: its producer side. */
class ServerStream implements Producer {
  /** Sent in the Streams response: later items go in Updates. */
  live = false;
  ending = false;
  closed = false;
  private deletes: string[] = [];
  private readonly closers: ((reason: string) => void)[] = [];

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

  push(items: readonly StreamItemInput[]): number {
    if (this.closed || this.ending) return 0;
    const taken = this.credit.offer(items);
    if (taken < 0) {
      this.fail(SparkleStatusCode.STREAM_DEAD, `stream ${this.streamId}: more than ${this.credit.maxBacklog} items wait for credit`);
      return 0;
    }
    if (this.live) this.server.scheduleFlush();
    return taken;
  }

  delete(keys: readonly string[]): void {
    if (this.closed || this.ending) return;
    if (this.streamType !== 'KeyValue') throw new EtpError('INVALID_VALUE', `stream ${this.streamId} is a Value stream: it has no keys to delete`);
    // Bounded like items: deletes wait with them.
    if (this.deletes.length + keys.length > this.credit.maxBacklog) {
      this.fail(SparkleStatusCode.STREAM_DEAD, `stream ${this.streamId}: more than ${this.credit.maxBacklog} deletes wait`);
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
    this.server.forget(this);
    for (const fn of this.closers) fn(reason);
    this.closers.length = 0;
  }
}

/** Serves Sparkle on a session: registers its handlers and returns the session's {@link SparkleServer}. */
export function serveSparkle(session: Session, options: SparkleServerOptions): SparkleServer {
  return new SparkleServer(session, options);
}
