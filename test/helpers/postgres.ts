import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { PostgresStoreStorage } from '../../src/store/index.js';
import type { StoreStorage } from '../../src/store/index.js';

/** The PostgreSQL server the tests use (test/global-setup.ts starts one), or undefined. */
export const PG_URL = process.env.ETP_CODEC_PG_URL;

if (!PG_URL) {
  const why = 'no PostgreSQL: the store tests on PostgreSQL are SKIPPED (install postgresql, or set ETP_CODEC_PG_URL)';
  if (process.env.ETP_CODEC_REQUIRE_PG) throw new Error(why);
  console.warn(why);
}

/** `describe` for tests that need PostgreSQL: skipped loudly without it, a failure where it is required (CI). */
export const describePostgres = PG_URL ? describe : (name: string, _fn: () => void) => describe.skip(name, () => it.skip('needs PostgreSQL', () => {}));

const schemas: string[] = [];
let n = 0;
/** A schema of its own for one test's storage, dropped after the file's tests. */
export function freshSchema(): string {
  const name = `t_${process.pid}_${Date.now().toString(36)}_${n++}`;
  schemas.push(name);
  return name;
}
afterAll(async () => {
  if (!PG_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  for (const s of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

/**
 * A PostgresStoreStorage in a fresh schema, usable at once: it opens in the background and each
 * call waits for it (every storage method may return a promise).
 */
export function postgresStorage(schema = freshSchema()): StoreStorage {
  const opened = PostgresStoreStorage.open(PG_URL!, { schema, poolSize: 4 });
  opened.catch(() => {});
  const later = <T extends object>(of: (s: PostgresStoreStorage) => T): T =>
    new Proxy({} as T, {
      get(_t, key) {
        if (key === 'then') return undefined;
        if (key === 'locks') return later((s) => s.locks);
        return (...args: unknown[]) => opened.then((s) => (of(s) as Record<string | symbol, (...a: unknown[]) => unknown>)[key]!(...args));
      },
    });
  return later((s) => s as unknown as StoreStorage);
}
