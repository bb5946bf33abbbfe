// Copies the conformance vectors of ../shared/vectors into test/vectors: the built-in catalogs
// cover every message of ETP 1.2 and ETP 1.1, so every vector is kept.
// Run again when the shared vectors change: node scripts/copy-vectors.mjs
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const name of ['etp12.jsonl', 'etp12-wide-longs.jsonl', 'etp11.jsonl']) {
  copyFileSync(join(root, '../shared/vectors', name), join(root, 'test/vectors', name));
  console.log(
    `${name}: ${
      readFileSync(join(root, 'test/vectors', name), 'utf8')
        .split('\n')
        .filter(Boolean).length
    }`,
  );
}
