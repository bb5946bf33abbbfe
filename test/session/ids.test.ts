import { ETP11_PROFILE } from '../../src/schema/profile.js';
import { describe, expect, it } from 'vitest';
import { IncomingIds, MessageIds } from '../../src/session/index.js';

describe('message ids', () => {
  it('ETP 1.2: the client sends 2, 4, 6, …, the server 1, 3, 5, …; ETP 1.1 counts from 1', () => {
    const take = (ids: MessageIds) => [ids.next(), ids.next(), ids.next()];
    expect(take(new MessageIds('client'))).toEqual([2, 4, 6]);
    expect(take(new MessageIds('server'))).toEqual([1, 3, 5]);
    expect(take(new MessageIds('server', ETP11_PROFILE))).toEqual([1, 2, 3]);
    const ids = new MessageIds('client');
    expect([ids.peek(), ids.peek(1), ids.next(), ids.peek()]).toEqual([2, 4, 2, 4]);
  });

  it('checks incoming ids: 0, parity, order, duplicates; only accepted ids move the sequence', () => {
    const atServer = new IncomingIds('server'); // the peer is a client: even ids
    const seen = (id: number) => {
      const problem = atServer.check(id);
      if (problem === undefined) atServer.accept(id);
      return problem;
    };
    expect(seen(2)).toBeUndefined();
    expect(seen(0)).toMatch(/0 is never valid/);
    expect(seen(5)).toMatch(/odd/);
    expect(seen(2)).toMatch(/does not increase/);
    // 7 is refused for its parity: it must not make 6 look like a step backwards.
    expect(seen(7)).toMatch(/odd/);
    expect(seen(6)).toBeUndefined();
    expect(seen(10)).toBeUndefined();
    expect(seen(8)).toMatch(/does not increase \(last was 10\)/);
    const atClient = new IncomingIds('client');
    expect(atClient.check(1)).toBeUndefined();
    expect(atClient.check(4)).toMatch(/even/);
    expect(new IncomingIds('client', ETP11_PROFILE).check(4)).toBeUndefined();
  });
});
