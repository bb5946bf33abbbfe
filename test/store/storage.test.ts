import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { MemoryStoreStorage, SqliteStoreStorage } from '../../src/store/index.js';
import { storageConformance } from './conformance.js';
import { describePostgres, freshSchema, PG_URL } from '../helpers/postgres.js';
import { PostgresStoreStorage } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'etp-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe('SqliteStoreStorage on a file', () => storageConformance(() => new SqliteStoreStorage(join(dir, `s${n++}.sqlite`))));
describe('SqliteStoreStorage in memory', () => storageConformance(() => new SqliteStoreStorage(':memory:')));
describe('MemoryStoreStorage', () => storageConformance(() => new MemoryStoreStorage()));
describePostgres('PostgresStoreStorage', () => storageConformance(() => PostgresStoreStorage.open(PG_URL!, { schema: freshSchema(), poolSize: 4 })));
