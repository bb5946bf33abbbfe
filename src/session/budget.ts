import { EtpError } from '../errors.js';

/**
 * What a decoded part is charged, in bytes of heap, measured across every message of the ETP 1.2
 * catalog (test/session/charge.test.ts holds heap growth within it): 8 per byte of the message
 * after inflation (a field of one byte, a short string, cost far more than their bytes once they
 * are JavaScript values), but 2 per byte of large strings and bytes values (256 bytes or more:
 * at most two bytes a character, or a view of at most twice its size); 64 per array item or map
 * entry; 768 per part (the message, its header, its body record).
 */
export const BYTE_COST = 8;
export const LARGE_BYTE_COST = 2;
export const ITEM_COST = 64;
export const PART_COST = 768;

/** The charge of one decoded part. */
export function partCost(bytes: number, items: number, large = 0): number {
  return BYTE_COST * (bytes - large) + LARGE_BYTE_COST * large + ITEM_COST * items + PART_COST;
}

/**
 * What several sessions hold together (a server's): each session's {@link Budget} charges it too,
 * and a part that would take it past `limit` is refused like one past the session's own bound.
 */
export class SharedBudget {
  held = 0;
  constructor(readonly limit: number) {}
}

/** The limits on multipart messages a session is receiving (responses and peers' requests alike). */
export interface BudgetLimits {
  /** Most parts in one multipart message. */
  maxParts: number;
  /** Most decoded cost held by one multipart message. */
  maxMultipartBytes: number;
  /** Most decoded cost held by all the multipart messages of the session. */
  maxBufferedBytes: number;
  /** Most multipart messages being received at once (MaxConcurrentMultipart). */
  maxConcurrent: number;
  /** What this session's messages count towards besides their own bounds (a server's budget). */
  shared?: SharedBudget;
}

/** What a budget keeps on each message it charges; only {@link Budget} writes it. */
export interface Charged {
  parts: number;
  /** Decoded cost held: inflated bytes plus ITEM_COST per item, of every part so far. */
  cost: number;
  /** True while the message counts towards maxConcurrent (from its first part without FIN). */
  open: boolean;
}

/**
 * The multipart budget of one session: the one place where parts, decoded cost and concurrency
 * are counted. A part is charged in what it costs after inflation, not in frame bytes: a 4 KB
 * gzip part that inflates to 4 MB costs 4 MB. A limit that breaks throws; the caller drops the
 * message, which {@link Budget.release}s everything it held.
 */
export class Budget {
  private held = 0;
  private openCount = 0;

  constructor(readonly limits: BudgetLimits) {}

  /** Decoded cost held by every message of the session now. */
  get bytes(): number {
    return this.held;
  }

  /** Multipart messages open now. */
  get concurrent(): number {
    return this.openCount;
  }

  /** Charges one part, of `cost` ({@link partCost}), to its message. */
  charge(m: Charged, cost: number, fin: boolean): void {
    const l = this.limits;
    m.parts++;
    if (!m.open && !fin) {
      if (this.openCount >= l.maxConcurrent) {
        throw new EtpError('MULTIPART_CANCELLED', `more than MaxConcurrentMultipart ${l.maxConcurrent} multipart messages at once`);
      }
      m.open = true;
      this.openCount++;
    }
    m.cost += cost;
    this.held += cost;
    const shared = l.shared;
    if (shared) shared.held += cost;
    if (m.parts > l.maxParts) throw new EtpError('RESPONSE_COUNT_EXCEEDED', `multipart message has more than maxParts ${l.maxParts} parts`);
    if (m.cost > l.maxMultipartBytes) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart message exceeds maxMultipartBytes ${l.maxMultipartBytes} (decoded cost ${m.cost})`);
    }
    if (this.held > l.maxBufferedBytes) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart messages of the session exceed maxBufferedBytes ${l.maxBufferedBytes}`);
    }
    if (shared && shared.held > shared.limit) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart messages of all the server's sessions exceed its maxBufferedBytes ${shared.limit}`);
    }
  }

  /** Gives back all a message held (when it completes or is dropped). Safe to call twice. */
  release(m: Charged): void {
    this.held -= m.cost;
    if (this.limits.shared) this.limits.shared.held -= m.cost;
    m.cost = 0;
    if (m.open) this.openCount--;
    m.open = false;
  }

  /** Forgets everything (the session closed). */
  clear(): void {
    if (this.limits.shared) this.limits.shared.held -= this.held;
    this.held = 0;
    this.openCount = 0;
  }
}
