import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MemoryStoreStorage, type ObjectRecord, PostgresStoreStorage, SqliteStoreStorage, type StoreStorage } from '../../src/store/index.js';
import { freshSchema, PG_URL } from '../helpers/postgres.js';

// The two backends against each other under random sequences of writes, deletions and
// transactions (fc.commands): after every command, what a reader outside and inside the open
// transaction sees — objects, their sources, tombstones — is the same in both, and the same as a
// plain model of committed and staged maps.

const UUIDS = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c'];

interface Model {
  committed: Map<string, string>; // uuid → name
  staged: Map<string, string | null> | undefined; // uuid → name, null: deleted
  tombstones: number;
  txn: number;
  time: number;
}
interface Real {
  backends: StoreStorage[];
}

const record = (uuid: string, name: string, time: number, ref?: string): ObjectRecord => ({
  dataspace: 'd',
  uuid,
  type: 'resqml20.obj_Grid2dRepresentation',
  name,
  created: time,
  lastWrite: time,
  lastChanged: time,
  active: true,
  format: 'xml',
  data: new TextEncoder().encode(name),
  references: ref ? [{ uuid: ref, type: 'resqml20.obj_Grid2dRepresentation' }] : [],
});

const txnId = (m: Model): string | undefined => (m.staged ? `t${m.txn}` : undefined);
const visible = (m: Model, inside: boolean): Map<string, string> => {
  const out = new Map(m.committed);
  if (inside && m.staged) for (const [u, n] of m.staged) n === null ? out.delete(u) : out.set(u, n);
  return out;
};

async function check(m: Model, r: Real): Promise<void> {
  for (const inside of [false, true]) {
    const txn = inside ? txnId(m) : undefined;
    const want = [...visible(m, inside)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([uuid, name]) => ({ uuid, name }));
    for (const s of r.backends) {
      expect((await s.listObjects('d', {}, 100, txn)).map((o) => ({ uuid: o.uuid, name: o.name }))).toEqual(want);
      for (const u of UUIDS) expect((await s.sources('d', u, 100, txn)).map((o) => o.uuid)).toEqual(want.filter((w) => w.name.endsWith(`->${u}`)).map((w) => w.uuid));
    }
  }
  for (const s of r.backends) expect((await s.deleted('d', undefined, 1000)).length).toBe(m.tombstones);
}

class Put implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly uuid: string,
    readonly ref: string | undefined,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const name = `n${++m.time}${this.ref ? `->${this.ref}` : ''}`;
    for (const s of r.backends) await s.putObject(record(this.uuid, name, m.time, this.ref), txnId(m));
    if (m.staged) m.staged.set(this.uuid, name);
    else m.committed.set(this.uuid, name);
    await check(m, r);
  }
  toString = (): string => `put ${this.uuid.slice(-1)}${this.ref ? `->${this.ref.slice(-1)}` : ''}`;
}
/** Two objects in one putObjects (a backend may write a batch its own way). */
class PutTwo implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly a: string,
    readonly b: string,
    readonly ref: string | undefined,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const names = [this.a, this.b].map(() => `n${++m.time}${this.ref ? `->${this.ref}` : ''}`);
    const created = [this.a, this.b].map((u) => !visible(m, true).has(u));
    if (this.a === this.b) created[1] = false;
    for (const s of r.backends) expect(await s.putObjects([record(this.a, names[0]!, m.time, this.ref), record(this.b, names[1]!, m.time, this.ref)], txnId(m))).toEqual(created);
    for (const [i, u] of [this.a, this.b].entries()) {
      if (m.staged) m.staged.set(u, names[i]!);
      else m.committed.set(u, names[i]!);
    }
    await check(m, r);
  }
  toString = (): string => `put ${this.a.slice(-1)},${this.b.slice(-1)}${this.ref ? `->${this.ref.slice(-1)}` : ''}`;
}
class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly uuid: string) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const present = visible(m, true).has(this.uuid);
    m.time++;
    for (const s of r.backends) expect(await s.deleteObject('d', this.uuid, m.time, txnId(m))).toBe(present);
    if (present) {
      if (m.staged) m.staged.set(this.uuid, null);
      else {
        m.committed.delete(this.uuid);
        m.tombstones++;
      }
    }
    await check(m, r);
  }
  toString = (): string => `delete ${this.uuid.slice(-1)}`;
}
class Begin implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.staged === undefined;
  async run(m: Model, r: Real): Promise<void> {
    m.txn++;
    m.staged = new Map();
    for (const s of r.backends) await s.begin(txnId(m)!);
    await check(m, r);
  }
  toString = (): string => 'begin';
}
class End implements fc.AsyncCommand<Model, Real> {
  constructor(readonly commit: boolean) {}
  check = (m: Readonly<Model>): boolean => m.staged !== undefined;
  async run(m: Model, r: Real): Promise<void> {
    const id = txnId(m)!;
    for (const s of r.backends) await (this.commit ? s.commit(id) : s.rollback(id));
    if (this.commit) {
      for (const [u, n] of m.staged!) {
        if (n !== null) m.committed.set(u, n);
        else if (m.committed.delete(u)) m.tombstones++;
      }
    }
    m.staged = undefined;
    await check(m, r);
  }
  toString = (): string => (this.commit ? 'commit' : 'rollback');
}

it(`SQLite, memory${PG_URL ? ' and PostgreSQL' : ''} backends agree with the model under random writes and transactions`, async () => {
  const pg = PG_URL ? await PostgresStoreStorage.open(PG_URL, { schema: freshSchema(), poolSize: 2 }) : undefined;
  const uuid = fc.constantFrom(...UUIDS);
  const commands = [
    fc.tuple(uuid, fc.option(uuid, { nil: undefined })).map(([u, ref]) => new Put(u, ref)),
    fc.tuple(uuid, uuid, fc.option(uuid, { nil: undefined })).map(([a, b, ref]) => new PutTwo(a, b, ref)),
    uuid.map((u) => new Delete(u)),
    fc.constant(new Begin()),
    fc.boolean().map((c) => new End(c)),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
      if (pg) await pg.pool.query('TRUNCATE store_objects, store_refs, store_tombstones, store_dataspaces, store_arrays, store_blocks, store_locks');
      const backends: StoreStorage[] = [new SqliteStoreStorage(':memory:'), new MemoryStoreStorage(), ...(pg ? [pg] : [])];
      try {
        await fc.asyncModelRun(() => ({ model: { committed: new Map(), staged: undefined, tombstones: 0, txn: 0, time: 0 }, real: { backends } }), cmds);
      } finally {
        for (const b of backends) if (b !== pg) await b.close();
      }
    }),
    { numRuns: 150 },
  );
  await pg?.close();
});
