import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/shared.js';

// wire ← schema ← codec ← session ← transport ← cli: nothing imports upward; only transport and
// the CLI import ws, so the lower layers run where ws does not.
const ORDER = ['errors.ts', 'options.ts', 'wire', 'schema', 'codec', 'session', 'sparkle', 'transport', 'sink', 'store', 'testing', 'cli', 'index.ts'];
const layerOf = (file: string): number => ORDER.indexOf(relative(join(ROOT, 'src'), file).split('/')[0]!);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

it('no module imports from a layer above its own, and only transport and the CLI import ws', () => {
  const problems: string[] = [];
  const all = files(join(ROOT, 'src'));
  expect(all.length).toBeGreaterThan(20);
  for (const file of all) {
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
      if (spec === 'ws' && !['transport', 'cli'].includes(ORDER[layerOf(file)]!)) problems.push(`${relative(ROOT, file)} imports ws`);
      if (!spec!.startsWith('.')) continue;
      const target = resolve(dirname(file), spec!.replace(/\.js$/, '.ts'));
      if (!target.startsWith(join(ROOT, 'src'))) continue; // schemas/*.json
      if (layerOf(target) > layerOf(file)) problems.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
    }
  }
  expect(problems).toEqual([]);
});

it('Sparkle, Sink, the store and the testing tools are built with what a user has: the public entry point of each layer (and the error type and option checks), nothing inside them', () => {
  const problems: string[] = [];
  const rooms = ['sparkle', 'sink', 'store', 'testing'];
  for (const file of rooms.flatMap((r) => files(join(ROOT, 'src', r)))) {
    const room = relative(join(ROOT, 'src'), file).split('/')[0]!;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g)) {
      if (!spec!.startsWith('.')) continue;
      const target = relative(join(ROOT, 'src'), resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      if (target.startsWith(`${room}/`) || target.startsWith('../schemas/') || target === 'errors.ts' || target === 'options.ts' || /^\w+\/index\.ts$/.test(target)) continue;
      problems.push(`${relative(ROOT, file)} imports ${spec}`);
    }
  }
  expect(problems).toEqual([]);
});
