import { EtpError } from '../errors.js';
import { integerOption, integerOptions, numberOption } from '../options.js';
import type { EtpSession } from '../session/index.js';
import { NackCode, nackError, refusalError, Sink, SINK_OFFER, SINK_SERVER_INSTANCE_ID, type SINK_VERSION } from './protocol.js';
import type { Admission, Nack, PublishInput, SinkMessageMap } from './gen/types.gen.js';

// The device side of Sink: a client that stays connected (backoff with jitter, reset only by a
// successful admission), keeps every event until it is acknowledged, and publishes again after a
// reconnect what was not.

/** Where a device keeps the server instance id of its last good connection. */
export interface DeviceStorage {
  load(): string | undefined | Promise<string | undefined>;
  save(serverInstanceId: string): void | Promise<void>;
}

/** The default storage: memory. */
export class MemoryStorage implements DeviceStorage {
  constructor(private value?: string) {}
  load(): string | undefined {
    return this.value;
  }
  save(id: string): void {
    this.value = id;
  }
}

/** Events not yet acknowledged, by identity (eventTypeId, key, offset), in publish order. */
export interface Outbox {
  has(id: string): boolean;
  add(id: string, event: PublishInput): void;
  remove(id: string): void;
  entries(): Iterable<[string, PublishInput]>;
  readonly size: number;
}

/** The default outbox: memory. */
export class MemoryOutbox implements Outbox {
  private readonly map = new Map<string, PublishInput>();
  has(id: string): boolean {
    return this.map.has(id);
  }
  add(id: string, event: PublishInput): void {
    this.map.set(id, event);
  }
  remove(id: string): void {
    this.map.delete(id);
  }
  entries(): Iterable<[string, PublishInput]> {
    return [...this.map.entries()];
  }
  get size(): number {
    return this.map.size;
  }
}

/** How a device opens one session: what its RequestSession must carry, and the handler to set up before it goes. */
export interface DialRequest {
  instanceId: string;
  applicationVersion: string;
  endpointCapabilities: Record<string, { item: { string: string } }>;
  protocols: { protocol: number; role: string; version: typeof SINK_VERSION }[];
  keepaliveMs: number;
  setup: (session: EtpSession<SinkMessageMap>) => void;
}

/** Options of {@link SinkDevice}. */
export interface SinkDeviceOptions {
  clientInstanceId: string;
  applicationVersion?: string;
  storage?: DeviceStorage;
  outbox?: Outbox;
  /** Events published and not yet answered at once; `publish` waits for room. Default 64. */
  maxInFlight?: number;
  /** Opens a session (default: `connect(url)` over ws; tests pass an in-memory link). */
  dial: (request: DialRequest) => Promise<EtpSession<SinkMessageMap>>;
  /** Waits between attempts, in order, the last repeated. Default 50 ms, 1 s, 5 s, 30 s, 60 s. */
  backoffMs?: readonly number[];
  /** Jitter of each wait, as a fraction (± 10 % by default). */
  jitter?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Idle keepalive of each session (the seed's 60 s). */
  keepaliveMs?: number;
  onAdmission?: (admission: Admission) => void;
}

/** The defaults of {@link SinkDeviceOptions}. */
export const SINK_DEVICE_DEFAULTS = { maxInFlight: 64, backoffMs: [50, 1000, 5000, 30_000, 60_000], jitter: 0.1, keepaliveMs: 60_000 } as const;

interface Waiting {
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** The identity of an event. */
export function eventIdentity(e: Pick<PublishInput, 'eventTypeId' | 'key' | 'offset'>): string {
  return `${e.eventTypeId}\u0000${e.key}\u0000${String(e.offset)}`;
}

/** A device: publishes events over a session it keeps open. */
export class SinkDevice {
  readonly outbox: Outbox;
  readonly storage: DeviceStorage;
  /** Counters: events published, acknowledged, sent again after a reconnect, refused; sessions admitted; backoff waits (ms). */
  readonly stats = { published: 0, acked: 0, resent: 0, nacked: 0, connections: 0, waits: [] as number[] };
  private session: EtpSession<SinkMessageMap> | undefined;
  private readonly waiting = new Map<string, Waiting>();
  private readonly sent = new Set<string>();
  private readonly room: (() => void)[] = [];
  private closed = false;
  private fatal: EtpError | undefined;
  private readonly done: Promise<void>;
  private readonly opts: Required<Pick<SinkDeviceOptions, 'maxInFlight' | 'jitter' | 'keepaliveMs'>> & { backoffMs: readonly number[] };

  constructor(private readonly options: SinkDeviceOptions) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.clientInstanceId)) {
      throw new EtpError('INVALID_OPTION', `clientInstanceId must be a uuid, got ${JSON.stringify(options.clientInstanceId)}`);
    }
    this.outbox = options.outbox ?? new MemoryOutbox();
    this.storage = options.storage ?? new MemoryStorage();
    const backoffMs = options.backoffMs ?? SINK_DEVICE_DEFAULTS.backoffMs;
    if (!Array.isArray(backoffMs) || backoffMs.length === 0) throw new EtpError('INVALID_OPTION', `backoffMs must be a non-empty array of milliseconds, got ${String(backoffMs)}`);
    for (const [i, ms] of backoffMs.entries()) integerOption(`backoffMs[${i}]`, ms, 0);
    this.opts = {
      ...integerOptions({ maxInFlight: SINK_DEVICE_DEFAULTS.maxInFlight }, options, 1),
      ...integerOptions({ keepaliveMs: SINK_DEVICE_DEFAULTS.keepaliveMs }, options, 0),
      jitter: numberOption('jitter', options.jitter ?? SINK_DEVICE_DEFAULTS.jitter, 0, 1),
      backoffMs,
    };
    this.done = this.run();
  }

  /**
   * Resolves on the event's Ack; rejects with SINK_NACK, SINK_DUPLICATE (its identity is in
   * flight from this process), SINK_REFUSED (admission refused for good) or SESSION_CLOSED (the
   * device closed first; the event stays in the outbox). Every call settles. An event already in
   * a durable outbox from an earlier run is not added again: the call waits for its answer.
   */
  async publish(event: PublishInput): Promise<void> {
    if (this.fatal) throw this.fatal;
    if (this.closed) throw new EtpError('SESSION_CLOSED', 'the device is closed');
    const id = eventIdentity(event);
    if (this.outbox.has(id)) {
      if (this.waiting.has(id)) throw new EtpError('SINK_DUPLICATE', `event ${event.eventTypeId}/${event.key}/${String(event.offset)} is already in flight`);
      return new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    }
    while (this.outbox.size >= this.opts.maxInFlight) {
      await new Promise<void>((r) => this.room.push(r));
      if (this.fatal) throw this.fatal;
      if (this.closed) throw new EtpError('SESSION_CLOSED', 'the device is closed');
    }
    if (this.outbox.has(id)) throw new EtpError('SINK_DUPLICATE', `event ${event.eventTypeId}/${event.key}/${String(event.offset)} is already in flight`);
    this.outbox.add(id, event);
    this.stats.published++;
    const answered = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    if (this.session?.isOpen && this.admitted) this.send(id, event);
    return answered;
  }

  /**
   * Stops reconnecting and closes the session. Unacknowledged events stay in the outbox (a
   * persistent outbox publishes them on the next run); their `publish` promises reject with
   * SESSION_CLOSED.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.session?.close('device closed');
    clearTimeout(this.sleepTimer);
    this.wakeSleep?.();
    await this.done;
    const err = new EtpError('SESSION_CLOSED', 'the device closed before the event was acknowledged; it stays in the outbox');
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    for (const r of this.room.splice(0)) r();
  }

  private admitted = false;
  private wakeSleep: (() => void) | undefined;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.closed && !this.fatal) {
      let admission: Admission | undefined;
      try {
        admission = await this.connectOnce();
      } catch {
        // the dial failed, or the session closed before admission
      }
      if (admission && (admission.result === 'Connected' || admission.result === 'HelloNewClient')) {
        attempt = 0;
        await this.session!.closed;
        this.admitted = false;
      } else if (admission && admission.result !== 'Quarantined') {
        // Mismatch and version refusals are final: a new connection would get the same answer.
        this.fatal = refusalError(admission.result, admission.machineReason, admission.humanReason);
        for (const w of this.waiting.values()) w.reject(this.fatal);
        this.waiting.clear();
        // Publishes waiting for room settle too (they throw the refusal).
        for (const r of this.room.splice(0)) r();
        break;
      }
      if (this.closed) break;
      const base = this.opts.backoffMs[Math.min(attempt++, this.opts.backoffMs.length - 1)]!;
      const wait = Math.round(base * (1 + (2 * (this.options.random ?? Math.random)() - 1) * this.opts.jitter));
      this.stats.waits.push(wait);
      await new Promise<void>((resolve) => {
        this.wakeSleep = resolve;
        // A ref'd timer: a device waiting to reconnect keeps its process alive (close() clears it).
        void (this.options.sleep ?? ((ms) => new Promise<void>((r) => (this.sleepTimer = setTimeout(r, ms)))))(wait).then(resolve);
      });
    }
  }

  /** One session: dial, wait for the Admission, then publish again everything unacknowledged. */
  private async connectOnce(): Promise<Admission> {
    const remembered = await this.storage.load();
    let admitted!: (a: Admission) => void;
    const admission = new Promise<Admission>((resolve) => (admitted = resolve));
    const session = await this.options.dial({
      instanceId: this.options.clientInstanceId,
      applicationVersion: this.options.applicationVersion ?? '1.0.0',
      endpointCapabilities: remembered ? { [SINK_SERVER_INSTANCE_ID]: { item: { string: remembered } } } : {},
      protocols: [SINK_OFFER],
      keepaliveMs: this.opts.keepaliveMs,
      setup: (s) => s.on(Sink.Admission, (ctx) => admitted(ctx.body)),
    });
    this.session = session;
    if (this.closed) session.close('device closed');
    const result = await Promise.race([admission, session.closed.then((reason) => Promise.reject(new EtpError('SESSION_CLOSED', reason)))]);
    this.options.onAdmission?.(result);
    if (result.result === 'HelloNewClient' && result.serverInstanceId) await this.storage.save(result.serverInstanceId);
    if (result.result === 'Connected' || result.result === 'HelloNewClient') {
      this.stats.connections++;
      this.admitted = true;
      for (const [id, event] of this.outbox.entries()) this.send(id, event);
    }
    return result;
  }

  private send(id: string, event: PublishInput): void {
    const session = this.session!;
    if (this.sent.has(id)) this.stats.resent++;
    this.sent.add(id);
    session.request(Sink.Publish, event).then(
      (r) => {
        if (r.message.name === Sink.Ack) return this.settle(id);
        const nack = r.body as Nack;
        const code = nack.machine[0];
        // Not final: the original is still being processed, or this session was not admitted. Sent again later.
        if (code === NackCode.IN_FLIGHT || code === NackCode.NOT_ADMITTED) {
          setTimeout(() => this.outbox.has(id) && this.session?.isOpen && this.admitted && this.send(id, event), 20);
          return;
        }
        this.stats.nacked++;
        this.settle(id, nackError(nack.machine, nack.human));
      },
      () => {
        // The session went away: the event stays in the outbox for the next one.
      },
    );
  }

  private settle(id: string, err?: EtpError): void {
    if (!this.outbox.has(id)) return;
    this.outbox.remove(id);
    this.sent.delete(id);
    if (!err) this.stats.acked++;
    const w = this.waiting.get(id);
    this.waiting.delete(id);
    if (err) w?.reject(err);
    else w?.resolve();
    this.room.shift()?.();
  }
}
