import { EtpError } from '../errors.js';
import type { EtpSession, Negotiated } from '../session/index.js';
import { BoundedSet } from './bounded-set.js';
import { type AdmissionDecision, admit, type InstanceRegistry, MemoryRegistry, type SinkHello } from './admission.js';
import { NackCode, Sink, SINK_PROTOCOL, SINK_SERVER_INSTANCE_ID } from './protocol.js';
import type { Publish, SinkMessageMap } from './types.js';

// The ingest side of Sink on a server: the admission decision once the session opens (sent as the
// first Sink message, and the session closed on a refusal), then every Publish answered by exactly
// one Ack or Nack, each event delivered to the application once per identity.

/** What the application gets for each event. */
export interface SinkEvent {
  /** The device's clientInstanceId. */
  device: string;
  event: Publish;
}

/** Options of {@link SinkIngest}. */
export interface SinkIngestOptions {
  /** Delivers one event; throws or rejects to Nack it (machine code 1, or an error's `detail.machine` bytes). */
  onEvent: (e: SinkEvent) => void | Promise<void>;
  /** The admission decision. Default: {@link admit} over `registry` with this server's instance id. */
  admit?: (hello: SinkHello, context: unknown) => AdmissionDecision | Promise<AdmissionDecision>;
  /** Remembered clients and quarantine, shared by every session of the server. Default: one in memory per ingest. */
  registry?: InstanceRegistry;
  /** Sink versions accepted, `major.minor`. Default ['1.0']. */
  protocolVersions?: readonly string[];
  /** Event identities remembered as delivered, for idempotent re-publishes (the oldest forgotten first). Default 100,000. */
  maxRemembered?: number;
  /** Events whose handler has not finished, over every session; one more is Nacked with code 3 (sent again later). Default 10,000. */
  maxProcessing?: number;
}

/** The defaults of {@link SinkIngestOptions}. */
export const SINK_INGEST_DEFAULTS = { maxRemembered: 100_000, maxProcessing: 10_000 } as const;

type Session = EtpSession<SinkMessageMap>;

/**
 * Sink ingest for a server: shared by its sessions (one registry, one memory of delivered
 * events). `attach(session)` in `listen`'s setup serves Sink on a session, whose `instanceId`
 * (listen's `instanceId` option: keep it stable) is the server instance id.
 */
export class SinkIngest {
  readonly registry: InstanceRegistry;
  /** Delivered identities, the oldest forgotten past maxRemembered. */
  private readonly delivered: BoundedSet;
  private readonly inFlight = new Set<string>();
  /** Events delivered to the application, and re-publishes acknowledged without delivery. */
  readonly stats = { delivered: 0, duplicates: 0, nacked: 0 };

  constructor(private readonly options: SinkIngestOptions) {
    this.registry = options.registry ?? new MemoryRegistry();
    const max = options.maxRemembered ?? SINK_INGEST_DEFAULTS.maxRemembered;
    if (!Number.isSafeInteger(max) || max < 1) throw new EtpError('INVALID_OPTION', `maxRemembered must be a positive integer, got ${String(max)}`);
    this.delivered = new BoundedSet(max);
    const processing = options.maxProcessing ?? SINK_INGEST_DEFAULTS.maxProcessing;
    if (!Number.isSafeInteger(processing) || processing < 1) throw new EtpError('INVALID_OPTION', `maxProcessing must be a positive integer, got ${String(processing)}`);
    this.maxProcessing = processing;
  }

  private readonly maxProcessing: number;

  /** Serves Sink on a server session: admission at open, then Publish. */
  attach(session: Session): void {
    let device: string | undefined;
    session.on(Sink.Publish, async (ctx) => {
      if (device === undefined) {
        ctx.reply(Sink.Nack, { machine: Uint8Array.of(NackCode.NOT_ADMITTED), human: 'not admitted' });
        return;
      }
      await this.publish(device, ctx.body, (machine, human) => ctx.reply(Sink.Nack, { machine, human }), () => ctx.reply(Sink.Ack, {}));
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
      clientInstanceId: negotiated.peerInstanceId,
      serverInstanceId: stringCapability(negotiated.peerCapabilities[SINK_SERVER_INSTANCE_ID]),
      protocolVersion: versionOf(negotiated.protocols.find((p) => p.protocol === SINK_PROTOCOL)?.version),
      applicationVersion: negotiated.peerApplicationVersion,
    };
    const decision = this.options.admit
      ? await this.options.admit(hello, session.context)
      : admit(hello, { serverInstanceId: session.instanceId, registry: this.registry, ...(this.options.protocolVersions ? { protocolVersions: this.options.protocolVersions } : {}) });
    if (!session.isOpen) return undefined;
    const ok = decision.result === 'Connected' || decision.result === 'HelloNewClient';
    const sent = session.trySend(Sink.Admission, {
      result: decision.result,
      serverInstanceId: ok ? session.instanceId : null,
      machineReason: decision.machineReason ?? new Uint8Array(0),
      humanReason: decision.humanReason ?? '',
    });
    if (typeof sent !== 'number') throw sent;
    if (ok) return hello.clientInstanceId;
    session.close(`admission refused: ${decision.result}`);
    return undefined;
  }

  /** One Publish: Ack an identity already delivered, Nack one being processed, else deliver once. */
  private async publish(device: string, event: Publish, nack: (machine: Uint8Array, human: string) => void, ack: () => void): Promise<void> {
    const id = `${device}\u0000${event.eventTypeId}\u0000${event.key}\u0000${event.offset}`;
    if (this.delivered.has(id)) {
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
    this.inFlight.add(id);
    try {
      await this.options.onEvent({ device, event });
    } catch (err) {
      this.inFlight.delete(id);
      this.stats.nacked++;
      const machine = (err as EtpError)?.detail as { machine?: Uint8Array } | undefined;
      nack(machine?.machine ?? Uint8Array.of(NackCode.HANDLER_FAILED), String((err as Error)?.message ?? err));
      return;
    }
    this.inFlight.delete(id);
    this.delivered.add(id);
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
