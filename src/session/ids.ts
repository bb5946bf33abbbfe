import { ETP12_PROFILE, type EtpProfile } from '../schema/profile.js';

/** The side of an ETP session. */
export type SessionRole = 'client' | 'server';

/**
 * Outgoing message ids. ETP 1.2: the client uses 2, 4, 6, …, the server 1, 3, 5, …; ETP 1.1: each
 * side counts 1, 2, 3, …. 0 is never used. Ids are taken when a message reaches the transport,
 * so they increase in wire order.
 */
export class MessageIds {
  private last: number;
  private readonly step: number;

  constructor(role: SessionRole, profile: Pick<EtpProfile, 'idStep' | 'idParity'> = ETP12_PROFILE) {
    this.step = profile.idStep;
    this.last = profile.idParity && role === 'server' ? -1 : 0;
  }

  /** The next id (and takes it). */
  next(): number {
    return (this.last += this.step);
  }

  /** Takes the next `count` ids at once (the parts of a multipart message, sized before they are sent). */
  take(count: number): void {
    this.last += this.step * count;
  }

  /** The id that the `ahead`-th next call will return, without taking it. */
  peek(ahead = 0): number {
    return this.last + this.step * (ahead + 1);
  }
}

/** What to do with an incoming id that breaks the rules. */
export type IdPolicy = 'reject' | 'report';

/**
 * Checks incoming message ids: not 0, the peer's parity (1.2), strictly increasing (which also
 * rules out duplicates). {@link IncomingIds.check} only looks; {@link IncomingIds.accept} moves
 * the sequence on, so a refused id never shifts what is expected next.
 */
export class IncomingIds {
  private last = 0;
  private readonly parity: number | undefined;

  constructor(ourRole: SessionRole, profile: Pick<EtpProfile, 'idParity'> = ETP12_PROFILE) {
    // The peer of a server is a client (even ids), the peer of a client a server (odd ids).
    this.parity = profile.idParity ? (ourRole === 'server' ? 0 : 1) : undefined;
  }

  /** A description of what is wrong with the id, or undefined when it is fine. */
  check(id: number): string | undefined {
    if (id === 0) return 'message id 0 is never valid';
    if (this.parity !== undefined && Math.abs(id % 2) !== this.parity) {
      return `message id ${id} is ${this.parity === 0 ? 'odd' : 'even'}, but the peer must send ${this.parity === 0 ? 'even' : 'odd'} ids`;
    }
    if (id <= this.last) return `message id ${id} does not increase (last was ${this.last})`;
    return undefined;
  }

  /** Takes an id as the latest of the peer's sequence (an accepted message's). */
  accept(id: number): void {
    if (id > this.last) this.last = id;
  }
}
