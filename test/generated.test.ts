import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';
import { ROOT } from './helpers/shared.js';

// Every generated file is what `npm run generate` writes today: change a schema or a generator
// without running it and this fails. Generated TypeScript is fenced in gen/ folders as *.gen.ts,
// with lines a reader can follow, and marked generated for the repository's tools.

const files = generatedFiles();

it.each(files.map((f) => [f.path, f] as const))('%s is what npm run generate writes', (_path, f) => {
  expect(readFileSync(join(ROOT, f.path), 'utf8')).toBe(f.text);
});

it('generated TypeScript lives in gen/ folders as *.gen.ts, says so on its first line, and keeps its lines under 2,000 characters', () => {
  for (const f of files.filter((x) => x.path.endsWith('.ts'))) {
    expect(f.path).toMatch(/\/gen\/[^/]+\.gen\.ts$/);
    expect(f.text.split('\n', 1)[0]).toMatch(/Generated/);
    const longest = Math.max(...f.text.split('\n').map((l) => l.length));
    expect(longest, f.path).toBeLessThan(2000);
  }
  expect(readFileSync(join(ROOT, '.gitattributes'), 'utf8')).toContain('*.gen.ts linguist-generated=true');
});
