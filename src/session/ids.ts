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

  constructor(role: SessionRole, etp: '1.1' | '1.2' = '1.2') {
    this.step = etp === '1.2' ? 2 : 1;
    this.last = etp === '1.2' && role === 'server' ? -1 : 0;
  }

  /** The next id (and takes it). */
  next(): number {
    return (this.last += this.step);
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
 * rules out duplicates). Returns a description of the problem, or undefined when the id is fine.
 */
export class IncomingIds {
  private last = 0;
  private readonly parity: number | undefined;

  constructor(ourRole: SessionRole, etp: '1.1' | '1.2' = '1.2') {
    // The peer of a server is a client (even ids), the peer of a client a server (odd ids).
    this.parity = etp === '1.2' ? (ourRole === 'server' ? 0 : 1) : undefined;
  }

  check(id: number): string | undefined {
    let problem: string | undefined;
    if (id === 0) problem = 'message id 0 is never valid';
    else if (this.parity !== undefined && Math.abs(id % 2) !== this.parity) {
      problem = `message id ${id} is ${this.parity === 0 ? 'odd' : 'even'}, but the peer must send ${this.parity === 0 ? 'even' : 'odd'} ids`;
    } else if (id <= this.last) problem = `message id ${id} does not increase (last was ${this.last})`;
    if (problem === undefined || id > this.last) this.last = Math.max(this.last, id);
    return problem;
  }
}
