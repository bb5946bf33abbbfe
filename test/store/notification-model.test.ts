import fc from 'fast-check';
import { expect, it } from 'vitest';
import { dataObjectRecord, MemoryStoreStorage, SqliteStoreStorage, StoreClient, StoreServer, type StoreChange, type Subscription } from '../../src/store/index.js';
import { crsXml, DS, DS_URI, uriOf } from './fixtures.js';
import { storePair } from './helpers.js';

// StoreNotification against a model (fc.commands): random puts and deletes, inside and outside
// transactions that commit or roll back, by one session; a subscriber on another session must hear
// exactly the model's committed changes, in order, after every command — nothing early (a
// transaction's before its commit), nothing twice, nothing of a rollback; a transaction's changes
// one per object it touched, from what the object was before it to what it is after.

const UUIDS = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'];
const TX = 'Energistics.Etp.v12.Protocol.Transaction.';

interface Model {
  committed: Set<string>;
  /** The open transaction's view and the objects it touched (in order), or undefined. */
  txn: { view: Set<string>; touched: string[] } | undefined;
  heard: number;
  expected: string[];
}
interface Real {
  writer: StoreClient;
  sub: Subscription;
  it: AsyncIterator<StoreChange>;
  /** A next() a lost race is still waiting on: the change it brings is the next one. */
  pending?: Promise<IteratorResult<StoreChange>>;
  txn: string | undefined;
}

const take = (r: Real): Promise<IteratorResult<StoreChange>> => (r.pending ??= r.it.next());

const label = (c: StoreChange): string => (c.kind === 'changed' ? `${c.changeKind} ${c.dataObject.resource.uri.slice(-3, -1)}` : `${c.kind} ${(c as { uri: string }).uri.slice(-3, -1)}`);
const short = (u: string): string => u.slice(-2);

/** After a command: what the subscriber hears is what the model expects — nothing missing, nothing more. */
async function heard(m: Model, r: Real): Promise<void> {
  // A round trip through the store: what it would send about the command is sent by then.
  await r.writer.getDataspaces();
  const got: string[] = [];
  for (;;) {
    const next = await Promise.race([take(r), new Promise<undefined>((res) => setImmediate(() => res(undefined)))]);
    if (next === undefined) break;
    r.pending = undefined;
    got.push(label(next.value as StoreChange));
  }
  expect(got).toEqual(m.expected.slice(m.heard));
  m.heard = m.expected.length;
}

class Put implements fc.AsyncCommand<Model, Real> {
  constructor(readonly uuid: string) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const view = m.txn?.view ?? m.committed;
    const change = `${view.has(this.uuid) ? 'update' : 'insert'} ${short(this.uuid)}`;
    (await r.writer.putDataObjects([dataObjectRecord(uriOf('obj_LocalDepth3dCrs', this.uuid), crsXml(this.uuid))])).orThrow();
    view.add(this.uuid);
    if (m.txn) m.txn.touched.push(this.uuid);
    else m.expected.push(change);
    await heard(m, r);
  }
  toString = (): string => `put ${short(this.uuid)}`;
}
class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly uuid: string) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const view = m.txn?.view ?? m.committed;
    const result = await r.writer.deleteDataObjects([uriOf('obj_LocalDepth3dCrs', this.uuid)]);
    expect(result.ok).toBe(view.has(this.uuid));
    if (view.delete(this.uuid)) {
      if (m.txn) m.txn.touched.push(this.uuid);
      else m.expected.push(`deleted ${short(this.uuid)}`);
    }
    await heard(m, r);
  }
  toString = (): string => `delete ${short(this.uuid)}`;
}
class Begin implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.txn === undefined;
  async run(m: Model, r: Real): Promise<void> {
    const s = (await r.writer.session.request(`${TX}StartTransaction`, { readOnly: false, dataspaceUris: [DS_URI] })).body as { transactionUuid: string };
    r.txn = s.transactionUuid;
    m.txn = { view: new Set(m.committed), touched: [] };
    await heard(m, r);
  }
  toString = (): string => 'begin';
}
class End implements fc.AsyncCommand<Model, Real> {
  constructor(readonly commit: boolean) {}
  check = (m: Readonly<Model>): boolean => m.txn !== undefined;
  async run(m: Model, r: Real): Promise<void> {
    const answer = (await r.writer.session.request(`${TX}${this.commit ? 'Commit' : 'Rollback'}Transaction`, { transactionUuid: r.txn! })).body as { successful: boolean };
    expect(answer.successful).toBe(true);
    if (this.commit) {
      // At the commit, one change per object touched, from what it was before to what it is after.
      for (const u of new Set(m.txn!.touched)) {
        const [was, is] = [m.committed.has(u), m.txn!.view.has(u)];
        if (is) m.expected.push(`${was ? 'update' : 'insert'} ${short(u)}`);
        else if (was) m.expected.push(`deleted ${short(u)}`);
      }
      m.committed = m.txn!.view;
    }
    m.txn = undefined;
    r.txn = undefined;
    await heard(m, r);
  }
  toString = (): string => (this.commit ? 'commit' : 'rollback');
}

it('a subscriber hears exactly the committed changes, in order, whatever the writer does (SQLite and memory)', async () => {
  const uuid = fc.constantFrom(...UUIDS);
  const commands = [uuid.map((u) => new Put(u)), uuid.map((u) => new Delete(u)), fc.constant(new Begin()), fc.boolean().map((c) => new End(c))];
  for (const make of [() => new SqliteStoreStorage(':memory:'), () => new MemoryStoreStorage()]) {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const store = new StoreServer({ storage: make() });
        const writer = new StoreClient((await storePair(store)).client);
        const reader = new StoreClient((await storePair(store)).client);
        (await writer.putDataspaces([DS])).orThrow();
        const sub = reader.subscribe(DS_URI);
        await sub.ready;
        try {
          await fc.asyncModelRun(
            () => ({ model: { committed: new Set<string>(), txn: undefined, heard: 0, expected: [] }, real: { writer, sub, it: sub[Symbol.asyncIterator](), txn: undefined } }),
            cmds,
          );
        } finally {
          writer.close();
          reader.close();
        }
      }),
      { numRuns: 60 },
    );
  }
});
