import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import type { EtpSession, Negotiated } from '../session/index.js';
import { type AdmissionDecision, admit, type SinkHello } from './admission.js';
import { createSinkCodec, NackCode, Sink, SINK_PROTOCOL, SINK_SERVER_INSTANCE_ID } from './protocol.js';
import { identityOf, MemorySinkState, type SinkState } from './state.js';
import type { Publish, SinkMessageMap } from './gen/types.gen.js';

// The ingest side of Sink on a server: the admission decision once the session opens (sent as the
// first Sink message, and the session closed on a refusal), then every Publish answered by exactly
// one Ack or Nack, each event delivered to the application once per identity.

/** What the application gets for each event. */
export interface SinkEvent {
  /** The device's clientInstanceId (lower case). */
  device: string;
  event: Publish;
}

/** Options of {@link SinkIngest}. */
export interface SinkIngestOptions {
  /**
   * Delivers one event; may be async; throws or rejects to Nack it (machine code 1, or an
   * error's `detail.machine` bytes). The identity is recorded once it resolves: an event whose
   * handler finished just before the process died is delivered again (at least once).
   */
  onEvent?: (e: SinkEvent) => void | Promise<void>;
  /**
   * Instead of `onEvent`: delivers one event synchronously inside the state's transaction that
   * records its identity (with a {@link SqliteSinkState}, do your own writes through `state.db`):
   * what it did and the identity are committed together, so across a kill -9 every event is
   * delivered exactly once. Throws to Nack it, and then nothing it wrote is kept.
   */
  onEventInTransaction?: (e: SinkEvent, state: SinkState) => void;
  /** The admission decision. Default: {@link admit} over `state` with this server's instance id. */
  admit?: (hello: SinkHello, context: unknown) => AdmissionDecision | Promise<AdmissionDecision>;
  /**
   * Known devices, quarantine and delivered identities, shared by every session of the server.
   * Default: a {@link MemorySinkState} with `maxDevices` and `maxRemembered`; give a
   * {@link SqliteSinkState} to keep them across restarts.
   */
  state?: SinkState;
  /** Sink versions accepted, `major.minor`. Default ['1.0']. */
  protocolVersions?: readonly string[];
  /** The default state's bounds (see {@link SinkStateLimits}): devices known, identities remembered. Default 100,000 each. */
  maxDevices?: number;
  maxRemembered?: number;
  /** Events whose handler has not finished, over every session; one more is Nacked with code 3 (sent again later). Default 10,000. */
  maxProcessing?: number;
  /** Longest `key` of an event, in UTF-8 bytes; a longer one is Nacked with code 4 (malformed). Default 1024. */
  maxKeyBytes?: number;
  /**
   * Bytes of the events whose handler has not finished (their `data` and `key`), over every
   * session; an event that would pass it is Nacked with code 3 (sent again later), unless none is
   * being handled. Default 64 MiB.
   */
  maxProcessingBytes?: number;
}

/** The defaults of {@link SinkIngestOptions}. */
export const SINK_INGEST_DEFAULTS = { maxRemembered: 100_000, maxDevices: 100_000, maxProcessing: 10_000, maxKeyBytes: 1024, maxProcessingBytes: 64 * 1024 * 1024 } as const;

type Session = EtpSession<SinkMessageMap>;

/**
 * Sink ingest for a server: shared by its sessions (one state of known devices and delivered
 * events). `attach(session)` in `listen`'s setup serves Sink on a session, whose `instanceId`
 * (listen's `instanceId` option: keep it stable) is the server instance id.
 */
export class SinkIngest {
  readonly state: SinkState;
  /** Identities whose handler runs now (hashes: one size each). */
  private readonly inFlight = new Set<string>();
  /** Events delivered to the application, and re-publishes acknowledged without delivery. */
  readonly stats = { delivered: 0, duplicates: 0, nacked: 0 };
  private readonly maxProcessing: number;
  private readonly maxKeyBytes: number;
  private readonly maxProcessingBytes: number;
  /** Bytes of the events being handled (data and key). */
  private processingBytes = 0;
  /** Decodes a Publish whose offset the session's codec could not hold exactly (above 2^53). */
  private readonly exact = createSinkCodec({ longs: 'bigint' });

  constructor(private readonly options: SinkIngestOptions) {
    if (!options.onEvent === !options.onEventInTransaction) throw new EtpError('INVALID_OPTION', 'give SinkIngest exactly one of onEvent and onEventInTransaction');
    if (options.state && (options.maxDevices !== undefined || options.maxRemembered !== undefined)) {
      throw new EtpError('INVALID_OPTION', 'maxDevices and maxRemembered bound the default state: give them to the state you pass');
    }
    this.state =
      options.state ?? new MemorySinkState({ maxDevices: options.maxDevices ?? SINK_INGEST_DEFAULTS.maxDevices, maxRemembered: options.maxRemembered ?? SINK_INGEST_DEFAULTS.maxRemembered });
    this.maxProcessing = integerOption('maxProcessing', options.maxProcessing ?? SINK_INGEST_DEFAULTS.maxProcessing, 1);
    this.maxKeyBytes = integerOption('maxKeyBytes', options.maxKeyBytes ?? SINK_INGEST_DEFAULTS.maxKeyBytes, 1);
    this.maxProcessingBytes = integerOption('maxProcessingBytes', options.maxProcessingBytes ?? SINK_INGEST_DEFAULTS.maxProcessingBytes, 1);
  }

  /** Serves Sink on a server session: admission at open, then Publish. */
  attach(session: Session): void {
    let device: string | undefined;
    const answer = (ctx: { reply(message: string, body: unknown): void }, event: Publish): Promise<void> => {
      if (device === undefined) {
        ctx.reply(Sink.Nack, { machine: Uint8Array.of(NackCode.NOT_ADMITTED), human: 'not admitted' });
        return Promise.resolve();
      }
      return this.publish(
        device,
        event,
        (machine, human) => ctx.reply(Sink.Nack, { machine, human }),
        () => ctx.reply(Sink.Ack, {}),
      );
    };
    session.on(Sink.Publish, (ctx) => answer(ctx as never, ctx.body));
    // A Publish that does not decode still gets its one answer: an offset above 2^53 is read
    // exactly by a codec with bigint longs; anything else is Nack 4 (malformed).
    session.onMalformed(Sink.Publish, (ctx) => {
      let event: Publish;
      try {
        event = this.exact.decode(ctx.frame).body as Publish;
      } catch {
        ctx.reply(Sink.Nack, { machine: Uint8Array.of(NackCode.MALFORMED), human: `malformed: ${ctx.error.message.slice(0, 200)}` });
        return;
      }
      void answer(ctx, event).catch(() => {});
    });
    session.opened.then(
      (negotiated) =>
        this.admitSession(session, negotiated).then(
          (admitted) => (device = admitted),
          // An admit() that failed, or an Admission that could not go: the device cannot be served.
          (err) => session.close(`admission failed: ${String((err as Error)?.message ?? err)}`),
        ),
      () => {},
    );
  }

  /** Decides and sends the Admission; resolves with the admitted device's id (undefined: none). */
  private async admitSession(session: Session, negotiated: Negotiated): Promise<string | undefined> {
    // A session that did not agree Sink (an ETP client of the same server) gets no Admission.
    if (!negotiated.protocols.some((p) => p.protocol === SINK_PROTOCOL)) return undefined;
    const hello: SinkHello = {
      clientInstanceId: negotiated.peerInstanceId.toLowerCase(),
      serverInstanceId: stringCapability(negotiated.peerCapabilities[SINK_SERVER_INSTANCE_ID]),
      protocolVersion: versionOf(negotiated.protocols.find((p) => p.protocol === SINK_PROTOCOL)?.version),
      applicationVersion: negotiated.peerApplicationVersion,
    };
    const decision = this.options.admit
      ? await this.options.admit(hello, session.context)
      : admit(hello, { serverInstanceId: session.instanceId, registry: this.state, ...(this.options.protocolVersions ? { protocolVersions: this.options.protocolVersions } : {}) });
    if (!session.isOpen) return undefined;
    const ok = decision.result === 'Connected' || decision.result === 'HelloNewClient';
    const sent = session.trySend(Sink.Admission, {
      result: decision.result,
      serverInstanceId: ok ? session.instanceId : null,
      machineReason: decision.machineReason ?? new Uint8Array(0),
      humanReason: (decision.humanReason ?? '').slice(0, 1000),
    });
    if (typeof sent !== 'number') throw sent;
    if (ok) return hello.clientInstanceId;
    session.close(`admission refused: ${decision.result}`);
    return undefined;
  }

  /** One Publish: Ack an identity already delivered, Nack one being processed, else deliver once. */
  private async publish(device: string, event: Publish, nack: (machine: Uint8Array, human: string) => void, ack: () => void): Promise<void> {
    if (Buffer.byteLength(event.key) > this.maxKeyBytes) {
      this.stats.nacked++;
      nack(Uint8Array.of(NackCode.MALFORMED), `malformed: the key is longer than ${this.maxKeyBytes} bytes`);
      return;
    }
    const id = identityOf(device, event);
    if (this.state.delivered(id)) {
      this.stats.duplicates++;
      ack();
      return;
    }
    if (this.inFlight.has(id)) {
      nack(Uint8Array.of(NackCode.IN_FLIGHT), 'this event is being processed');
      return;
    }
    // A device that publishes without waiting for answers costs at most maxProcessing handlers at once.
    if (this.inFlight.size >= this.maxProcessing) {
      nack(Uint8Array.of(NackCode.IN_FLIGHT), `${this.inFlight.size} events are being processed; send it again later`);
      return;
    }
    // The bytes handlers hold are bounded too: a flood of large events waits its turn on the device.
    const bytes = event.data.length + 2 * event.key.length;
    if (this.inFlight.size > 0 && this.processingBytes + bytes > this.maxProcessingBytes) {
      nack(Uint8Array.of(NackCode.IN_FLIGHT), `${this.processingBytes} bytes of events are being processed (maxProcessingBytes ${this.maxProcessingBytes}); send it again later`);
      return;
    }
    this.inFlight.add(id);
    this.processingBytes += bytes;
    try {
      const inTransaction = this.options.onEventInTransaction;
      if (inTransaction) this.state.deliver(id, device, () => inTransaction({ device, event }, this.state));
      else {
        await this.options.onEvent!({ device, event });
        this.state.deliver(id, device);
      }
    } catch (err) {
      this.stats.nacked++;
      const machine = (err as EtpError)?.detail as { machine?: Uint8Array } | undefined;
      nack(machine?.machine ?? Uint8Array.of(NackCode.HANDLER_FAILED), String((err as Error)?.message ?? err).slice(0, 1000));
      return;
    } finally {
      this.inFlight.delete(id);
      this.processingBytes -= bytes;
    }
    this.stats.delivered++;
    ack();
  }
}

function stringCapability(v: { item: unknown } | undefined): string | undefined {
  const item = v?.item as { string?: unknown } | null | undefined;
  return typeof item?.string === 'string' && item.string !== '' ? item.string : undefined;
}

function versionOf(v: { major: number; minor: number } | undefined): string {
  return v ? `${v.major}.${v.minor}` : 'none';
}
