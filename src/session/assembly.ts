import type { DecodedMessage } from '../codec/codec.js';
import type { AvroType } from '../schema/avro-types.js';
import { EtpError } from '../errors.js';
import { ACKNOWLEDGE, isChunk, onlyAnswers, PROTOCOL_EXCEPTION } from '../schema/etp.js';
import type { ErrorInfo } from '../schema/gen/etp12-types.gen.js';
import { ETP12_PROFILE, type EtpProfile } from '../schema/profile.js';
import type { Charged } from './budget.js';
import { BodyMerger } from './parts.js';
import { concatBytes } from '../wire/bytes.js';

/** How the parts of a multipart message are handed over. */
export type AssemblyMode = 'merge' | 'parts';

/**
 * What a multipart message is: the response to one of our requests, whose parts may be of several
 * answer types (GetFrame is answered by GetFrameResponseHeader then GetFrameResponseRows), or a
 * request or notification from the peer, whose parts are all of its first part's type.
 */
export type AssemblyKind = 'response' | 'message';

/** What an assembly needs to know beyond its mode and protocol. */
export interface AssemblyOptions {
  kind?: AssemblyKind;
  /** The ETP version's rules (ProtocolException's shape, whole-message parts). Default ETP 1.2's. */
  profile?: EtpProfile;
  /** A response: the names of the messages that answer the request, beside every `…Response…`. */
  answers?: ReadonlySet<string>;
}

/**
 * One multipart message while its parts arrive: merged as they come, each message type on its
 * own (or kept, mode 'parts'), with the per-item errors of ProtocolException parts and the bytes of
 * Chunk messages per blob. Every part must be of the message's protocol; a part that does not
 * belong (see {@link AssemblyKind}) is MULTIPART_CANCELLED. What it holds is counted by the
 * session's Budget.
 */
export class Assembly implements Charged {
  parts = 0;
  cost = 0;
  open = false;
  /** Time of the last part, for MultipartMessageTimeoutPeriod. */
  lastActivity: number;
  readonly errors: Record<string, ErrorInfo> = {};
  /** The first non-ProtocolException part (its header and name describe the message). */
  first: DecodedMessage | undefined;
  /** A ProtocolException that answers the whole request (its `error` field). */
  failure: ErrorInfo | undefined;
  readonly kept: DecodedMessage[] = [];
  /** One merger per message type, in the order the types came. */
  private readonly mergers = new Map<number, { name: string; merger: BodyMerger }>();
  private readonly chunks = new Map<string, Uint8Array[]>();
  readonly blobs = new Map<string, Uint8Array>();

  readonly kind: AssemblyKind;
  private readonly profile: EtpProfile;
  private readonly answers: ReadonlySet<string> | undefined;
  /** Every part is kept: mode 'parts', or ETP 1.1, whose parts are whole messages (N GetResourcesResponse). */
  private readonly keep: boolean;

  constructor(
    readonly mode: AssemblyMode,
    /** The protocol every part must carry. */
    readonly protocol: number,
    now: number,
    options: AssemblyOptions = {},
  ) {
    this.lastActivity = now;
    this.kind = options.kind ?? 'message';
    this.profile = options.profile ?? ETP12_PROFILE;
    this.answers = options.answers;
    this.keep = mode === 'parts' || this.profile.wholeMessageParts;
  }

  /** Adds a part; MULTIPART_CANCELLED when it does not belong to this message. */
  add(message: DecodedMessage, type: AvroType, now: number): void {
    const h = message.header;
    this.lastActivity = now;
    if (h.protocol !== this.protocol) {
      throw new EtpError('MULTIPART_CANCELLED', `a part of protocol ${h.protocol} joins a multipart message of protocol ${this.protocol}`);
    }
    // ETP 1.1's empty result: Acknowledge with NoData ends the response and adds nothing.
    if (h.messageType === ACKNOWLEDGE) return;
    if (this.keep) this.kept.push(message);
    if (h.messageType === PROTOCOL_EXCEPTION) {
      const { error, errors } = this.profile.readException(message.body);
      Object.assign(this.errors, errors);
      if (error) this.failure ??= error;
      return;
    }
    if (isChunk(message.name)) {
      this.addChunk(message.body as { blobId: string; data: Uint8Array; final: boolean });
      return;
    }
    if (this.kind === 'response' ? !onlyAnswers({ ...h, name: message.name }) && !this.answers?.has(message.name) : this.first !== undefined && h.messageType !== this.first.header.messageType) {
      throw new EtpError('MULTIPART_CANCELLED', `a ${message.name} part joins a multipart ${this.first?.name ?? 'response'}`);
    }
    this.first ??= message;
    if (this.mode === 'merge') {
      let m = this.mergers.get(h.messageType);
      if (!m) this.mergers.set(h.messageType, (m = { name: message.name, merger: new BodyMerger(type) }));
      m.merger.add(message.body);
    }
  }

  /** Chunk data for a blob is kept as received (views) and joined with one copy at `final`. */
  private addChunk(chunk: { blobId: string; data: Uint8Array; final: boolean }): void {
    let list = this.chunks.get(chunk.blobId);
    if (!list) this.chunks.set(chunk.blobId, (list = []));
    list.push(chunk.data);
    if (chunk.final) {
      this.blobs.set(chunk.blobId, joinChunks(list));
      this.chunks.delete(chunk.blobId);
    }
  }

  /** The merged body of the first part's type (mode 'merge'), undefined when only ProtocolExceptions or chunks came. */
  get body(): unknown {
    return this.first && this.mergers.get(this.first.header.messageType)?.merger.body;
  }

  /** The merged body of every message type that came (mode 'merge'), by full name. */
  get bodies(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { name, merger } of this.mergers.values()) out[name] = merger.body;
    return out;
  }
}

/** Joins chunk data with exactly one copy. */
export function joinChunks(list: Uint8Array[]): Uint8Array {
  if (list.length === 1) return list[0]!;
  return concatBytes(list);
}
