import type { AvroType } from '../schema/avro-types.js';
import type { EtpProfile } from '../schema/profile.js';
import { Assembly } from './assembly.js';

/** A multipart request or notification from the peer while its parts arrive. */
export interface Incoming {
  /** The first part's messageId, which later parts carry as correlationId. */
  key: number;
  assembly: Assembly;
  type: AvroType;
}

/**
 * The multipart requests and notifications a session is receiving, by their first messageId.
 * Its size is held by the session's Budget (MaxConcurrentMultipart) and its age by the sweep
 * (MultipartMessageTimeoutPeriod).
 */
export class Inbox {
  private readonly table = new Map<number, Incoming>();

  /** Opens a message at its first part. */
  open(key: number, protocol: number, type: AvroType, now: number, profile: EtpProfile): Incoming {
    const inc: Incoming = { key, assembly: new Assembly('merge', protocol, now, { profile }), type };
    this.table.set(key, inc);
    return inc;
  }

  get(key: number): Incoming | undefined {
    return this.table.get(key);
  }

  /** Forgets a message; false when it was already gone. */
  remove(inc: Incoming): boolean {
    return this.table.get(inc.key) === inc && this.table.delete(inc.key);
  }

  get size(): number {
    return this.table.size;
  }

  /** Messages whose last part is older than `limitMs` at `now`. */
  stale(now: number, limitMs: number): Incoming[] {
    const out: Incoming[] = [];
    for (const inc of this.table.values()) if (now - inc.assembly.lastActivity >= limitMs) out.push(inc);
    return out;
  }

  clear(): void {
    this.table.clear();
  }
}
