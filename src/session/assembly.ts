import type { DecodedMessage } from '../codec/codec.js';
import type { AnyType } from '../codec/type-info.js';
import { EtpError } from '../errors.js';
import { isChunk, PROTOCOL_EXCEPTION } from '../schema/etp.js';
import type { ErrorInfo, ProtocolException } from '../schema/etp12-types.js';
import type { Charged } from './budget.js';
import { BodyMerger } from './parts.js';

/** How the parts of a multipart message are handed over. */
export type AssemblyMode = 'merge' | 'parts';

/**
 * One multipart message (a response to one of our requests, or a multipart request or
 * notification from the peer) while its parts arrive: merged as they come (or kept), with the
 * per-item errors of ProtocolException parts and the bytes of Chunk messages per blob. Every
 * part must be of the message's protocol, and every part that is neither a ProtocolException
 * nor a Chunk of the first such part's type. What it holds is counted by the session's Budget.
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
  private merger: BodyMerger | undefined;
  private readonly chunks = new Map<string, Uint8Array[]>();
  readonly blobs = new Map<string, Uint8Array>();

  constructor(
    readonly mode: AssemblyMode,
    /** The protocol every part must carry. */
    readonly protocol: number,
    now: number,
  ) {
    this.lastActivity = now;
  }

  /** Adds a part; MULTIPART_CANCELLED when it does not belong to this message. */
  add(message: DecodedMessage, type: AnyType, now: number): void {
    const h = message.header;
    this.lastActivity = now;
    if (h.protocol !== this.protocol) {
      throw new EtpError('MULTIPART_CANCELLED', `a part of protocol ${h.protocol} joins a multipart message of protocol ${this.protocol}`);
    }
    if (this.mode === 'parts') this.kept.push(message);
    if (h.messageType === PROTOCOL_EXCEPTION) {
      const body = message.body as ProtocolException;
      Object.assign(this.errors, body.errors ?? {});
      if (body.error) this.failure ??= body.error;
      return;
    }
    if (isChunk(message.name)) {
      this.addChunk(message.body as { blobId: string; data: Uint8Array; final: boolean });
      return;
    }
    if (this.first === undefined) this.first = message;
    else if (h.messageType !== this.first.header.messageType) {
      throw new EtpError('MULTIPART_CANCELLED', `a ${message.name} part joins a multipart ${this.first.name}`);
    }
    if (this.mode === 'merge') {
      this.merger ??= new BodyMerger(type);
      this.merger.add(message.body);
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

  /** The merged body (mode 'merge'), undefined when only ProtocolExceptions or chunks came. */
  get body(): unknown {
    return this.merger?.body;
  }
}

/** Joins chunk data with exactly one copy. */
export function joinChunks(list: Uint8Array[]): Uint8Array {
  if (list.length === 1) return list[0]!;
  return Buffer.concat(list);
}
