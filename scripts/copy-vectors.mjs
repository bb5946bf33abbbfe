// Copies the conformance vectors that the built-in schemas cover (protocols 0, 1 and 3, and
// ProtocolException / Acknowledge under any protocol) from ../shared/vectors into test/vectors.
// Run again when the shared vectors change: node scripts/copy-vectors.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const covered = (v) => [0, 1, 3].includes(v.message.header.protocol) || [1000, 1001].includes(v.message.header.messageType);
for (const [from, to] of [
  ['etp12.jsonl', 'etp12-builtin.jsonl'],
  ['etp12-wide-longs.jsonl', 'etp12-builtin-wide-longs.jsonl'],
]) {
  const lines = readFileSync(join(root, '../shared/vectors', from), 'utf8').split('\n').filter(Boolean);
  const kept = lines.filter((l) => covered(JSON.parse(l)));
  writeFileSync(join(root, 'test/vectors', to), kept.join('\n') + '\n');
  console.log(`${to}: ${kept.length} of ${lines.length}`);
}
