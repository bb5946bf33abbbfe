import { describe, expect, it } from 'vitest';
import { IncomingIds, MessageIds } from '../../src/session/index.js';

describe('message ids', () => {
  it('ETP 1.2: the client sends 2, 4, 6, …, the server 1, 3, 5, …; ETP 1.1 counts from 1', () => {
    const take = (ids: MessageIds) => [ids.next(), ids.next(), ids.next()];
    expect(take(new MessageIds('client'))).toEqual([2, 4, 6]);
    expect(take(new MessageIds('server'))).toEqual([1, 3, 5]);
    expect(take(new MessageIds('server', '1.1'))).toEqual([1, 2, 3]);
    const ids = new MessageIds('client');
    expect([ids.peek(), ids.peek(1), ids.next(), ids.peek()]).toEqual([2, 4, 2, 4]);
  });

  it('checks incoming ids: 0, parity, order, duplicates', () => {
    const atServer = new IncomingIds('server'); // the peer is a client: even ids
    expect(atServer.check(2)).toBeUndefined();
    expect(atServer.check(0)).toMatch(/0 is never valid/);
    expect(atServer.check(5)).toMatch(/odd/);
    expect(atServer.check(2)).toMatch(/does not increase/);
    expect(atServer.check(8)).toBeUndefined();
    expect(atServer.check(6)).toMatch(/does not increase \(last was 8\)/);
    const atClient = new IncomingIds('client');
    expect(atClient.check(1)).toBeUndefined();
    expect(atClient.check(4)).toMatch(/even/);
    expect(new IncomingIds('client', '1.1').check(4)).toBeUndefined();
  });
});
