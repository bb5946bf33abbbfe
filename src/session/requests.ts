import { AsyncQueue } from './async-queue.js';
import type { DecodedMessage, MessageHeaderExtension } from '../codec/codec.js';
import { EtpError } from '../errors.js';
import type { ErrorInfo } from '../schema/gen/etp12-types.gen.js';
import type { Assembly, AssemblyMode } from './assembly.js';

/** A response to a request: merged, with per-item errors and joined blobs. */
export interface EtpResponse<B = unknown> {
  /** The first response part (its header and name). */
  message: DecodedMessage<B>;
  /** Mode 'merge': the parts' bodies merged (arrays concatenated, maps merged), of the first part's type. */
  body: B;
  /** Mode 'merge': the merged body of every answer type that came, by full name (GetFrameResponseHeader and GetFrameResponseRows, say). */
  bodies: Record<string, unknown>;
  /** Per-item errors from ProtocolException parts, keyed like the request's map. */
  errors: Record<string, ErrorInfo>;
  /** A ProtocolException about the whole request that came after some of its answer (a store's 30 ERESPONSECOUNT_EXCEEDED after the resources it did send, say); undefined when none. When nothing else came, the request fails with it instead. */
  exception: ErrorInfo | undefined;
  /** Mode 'parts' (and every ETP 1.1 response, whose parts are whole messages): every part as it came, ProtocolExceptions and chunks included. */
  parts: DecodedMessage[];
  /** Number of parts received. */
  count: number;
  /** Blob bytes joined from Chunk messages, by blobId. */
  blobs: Map<string, Uint8Array>;
}

/** Options of a request. */
export interface RequestOptions {
  /** 'merge' (default): one merged body; 'parts': keep every part (ETP 1.1 keeps them in both modes). */
  mode?: AssemblyMode;
  /** Override of ResponseTimeoutPeriod for this request, in milliseconds. */
  timeoutMs?: number;
  extension?: MessageHeaderExtension;
  /** Cancels the request: it fails with REQUEST_CANCELLED and later parts are dropped. */
  signal?: AbortSignal;
}

/** One request waiting for its response. */
export interface Pending {
  id: number;
  protocol: number;
  assembly: Assembly;
  /** When it fails: the response timeout, then MultipartMessageTimeoutPeriod after each part. */
  deadline: number;
  timeoutMs: number;
  resolve: (r: EtpResponse) => void;
  reject: (e: unknown) => void;
  stream?: PartStream;
}

/**
 * The requests a session is waiting on, by messageId. It grows only with the caller's own
 * requests, never with what the peer sends.
 */
export class Requests {
  private readonly table = new Map<number, Pending>();

  /** Registers a request about to be sent as `id`. */
  add(id: number, assembly: Assembly, now: number, timeoutMs: number, resolve: Pending['resolve'], reject: Pending['reject'], stream?: PartStream): Pending {
    const p: Pending = { id, protocol: assembly.protocol, assembly, deadline: now + timeoutMs, timeoutMs, resolve, reject, stream };
    this.table.set(id, p);
    return p;
  }

  get(id: number): Pending | undefined {
    return this.table.get(id);
  }

  /** Forgets a request; false when it was already gone. */
  remove(p: Pending): boolean {
    return this.table.get(p.id) === p && this.table.delete(p.id);
  }

  get size(): number {
    return this.table.size;
  }

  /** Requests past their deadline at `now`. */
  expired(now: number): Pending[] {
    const out: Pending[] = [];
    for (const p of this.table.values()) if (now >= p.deadline) out.push(p);
    return out;
  }

  /** Fails every request (the session closed). */
  failAll(err: unknown): void {
    const all = [...this.table.values()];
    this.table.clear();
    for (const p of all) p.reject(err);
  }
}

/** Settles a request whose last part (FIN) arrived: its merged response, or the peer's exception. */
export function settle(p: Pending, last: DecodedMessage): void {
  const a = p.assembly;
  if (a.failure && !a.first && a.blobs.size === 0) {
    const err = new EtpError('PROTOCOL_EXCEPTION', `peer answered with ProtocolException ${a.failure.code}: ${a.failure.message}`);
    Object.defineProperty(err, 'etpCode', { value: a.failure.code });
    p.reject(err);
    return;
  }
  const first = a.first ?? last;
  p.resolve({ message: first, body: a.body ?? first.body, bodies: a.bodies, errors: a.errors, exception: a.failure, parts: a.kept, count: a.parts, blobs: a.blobs });
}

/** The async iterable of `requestParts`: a queue of parts, ended at FIN or failed. */
export class PartStream extends AsyncQueue<DecodedMessage> {}
