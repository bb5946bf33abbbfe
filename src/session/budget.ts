import { EtpError } from '../errors.js';

/** Heap charged per decoded array item or map entry, on top of the bytes of the message. */
export const ITEM_COST = 64;

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

  /** Charges one part (`bytes` after inflation, `items` decoded) to its message. */
  charge(m: Charged, bytes: number, items: number, fin: boolean): void {
    const l = this.limits;
    m.parts++;
    if (!m.open && !fin) {
      if (this.openCount >= l.maxConcurrent) {
        throw new EtpError('MULTIPART_CANCELLED', `more than MaxConcurrentMultipart ${l.maxConcurrent} multipart messages at once`);
      }
      m.open = true;
      this.openCount++;
    }
    const cost = bytes + ITEM_COST * items;
    m.cost += cost;
    this.held += cost;
    if (m.parts > l.maxParts) throw new EtpError('RESPONSE_COUNT_EXCEEDED', `multipart message has more than maxParts ${l.maxParts} parts`);
    if (m.cost > l.maxMultipartBytes) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart message exceeds maxMultipartBytes ${l.maxMultipartBytes} (decoded cost ${m.cost})`);
    }
    if (this.held > l.maxBufferedBytes) {
      throw new EtpError('MULTIPART_CANCELLED', `multipart messages of the session exceed maxBufferedBytes ${l.maxBufferedBytes}`);
    }
  }

  /** Gives back all a message held (when it completes or is dropped). Safe to call twice. */
  release(m: Charged): void {
    this.held -= m.cost;
    m.cost = 0;
    if (m.open) this.openCount--;
    m.open = false;
  }

  /** Forgets everything (the session closed). */
  clear(): void {
    this.held = 0;
    this.openCount = 0;
  }
}
