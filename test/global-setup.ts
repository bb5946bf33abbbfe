import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Before any test file: a PostgreSQL server for the store's PostgreSQL tests, started by the
// project's own script when the machine has PostgreSQL (CI installs it first; ETP_CODEC_REQUIRE_PG
// makes its absence a failure there). ETP_CODEC_PG_URL set by hand is used as it is.
export default function setup(): void {
  if (process.env.ETP_CODEC_PG_URL) return;
  const installed = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(join('/usr/lib/postgresql', v, 'bin/initdb')));
  if (!installed && !process.env.ETP_CODEC_REQUIRE_PG) return;
  const r = spawnSync('bash', [join(import.meta.dirname, '../scripts/postgres.sh'), 'start'], { encoding: 'utf8' });
  const url = r.stdout.trim().split('\n').pop();
  if (r.status === 0 && url?.startsWith('postgres://')) process.env.ETP_CODEC_PG_URL = url;
  else console.warn(`could not start PostgreSQL (${r.stderr.trim() || r.status}): the PostgreSQL tests will be skipped`);
}
