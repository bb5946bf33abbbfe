import type { DecodedMessage } from '../codec/codec.js';
import type { AnyType } from '../codec/type-info.js';
import { EtpError } from '../errors.js';
import { BodyMerger } from './parts.js';

/** ErrorInfo of ETP 1.2: `{ message, code }`. */
export interface ErrorInfo {
  message: string;
  code: number;
}

/** Limits on one multipart message being received. */
export interface AssemblyLimits {
  /** Most parts in one multipart message. */
  maxParts: number;
  /** Most frame bytes buffered for one multipart message. */
  maxBytes: number;
}

/** How the parts of a multipart message are handed over. */
export type AssemblyMode = 'merge' | 'parts';

const PROTOCOL_EXCEPTION = 1000;

/**
 * One multipart message (a response to one of our requests, or a multipart request or
 * notification from the peer) while its parts arrive: merged as they come (or kept), with the
 * per-item errors of ProtocolException parts and the bytes of Chunk messages per blob.
 */
export class Assembly {
  parts = 0;
  bytes = 0;
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
    readonly limits: AssemblyLimits,
    now: number,
  ) {
    this.lastActivity = now;
  }

  /**
   * Adds a part. Throws RESPONSE_COUNT_EXCEEDED or MULTIPART_CANCELLED when a limit breaks (the
   * caller then drops the assembly and tells the peer).
   */
  add(message: DecodedMessage, frameBytes: number, type: AnyType, now: number): void {
    this.parts++;
    this.bytes += frameBytes;
    this.lastActivity = now;
    if (this.parts > this.limits.maxParts) {
      throw new EtpError('RESPONSE_COUNT_EXCEEDED', `multipart message has more than ${this.limits.maxParts} parts`);
    }
    if (this.bytes > this.limits.maxBytes) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart message exceeds ${this.limits.maxBytes} buffered bytes`);
    }
    if (this.mode === 'parts') this.kept.push(message);
    if (message.header.messageType === PROTOCOL_EXCEPTION) {
      const body = message.body as { error: ErrorInfo | null; errors?: Record<string, ErrorInfo> };
      Object.assign(this.errors, body.errors ?? {});
      if (body.error) this.failure ??= body.error;
      return;
    }
    if (message.name.endsWith('.Chunk')) {
      this.addChunk(message.body as { blobId: string; data: Uint8Array; final: boolean });
      return;
    }
    this.first ??= message;
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
