import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../src/index.js';
import { DEFAULT_CAPABILITIES, SESSION_DEFAULTS, type SessionReport } from '../src/session/index.js';
import { TRANSPORT_DEFAULTS } from '../src/transport/index.js';
import { ROOT } from './helpers/shared.js';

describe('docs', () => {
  it('docs/errors.md documents every error code with its ETP code', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    for (const [code, etp] of Object.entries(ERROR_CODES)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row!.split('|')[2]!.trim(), code).toEqual(etp === undefined ? '—' : expect.stringMatching(new RegExp(`^${etp} `)));
    }
  });

  it('docs/session.md documents every session and transport option with its default, every capability and every report', () => {
    const doc = readFileSync(join(ROOT, 'docs/session.md'), 'utf8');
    const row = (name: string) => doc.split('\n').find((l) => l.startsWith(`| \`${name}`));
    const shown = (n: number) => new RegExp(`\\| ${n.toLocaleString('en-US')}( |,)|\\| ${n} s |\\| ${n}\\b`);
    for (const [name, value] of Object.entries({ ...SESSION_DEFAULTS, ...TRANSPORT_DEFAULTS })) {
      expect(row(name), name).toMatch(shown(value));
    }
    for (const [name, value] of Object.entries(DEFAULT_CAPABILITIES)) {
      expect(row(name), name).toMatch(typeof value === 'boolean' ? new RegExp(`\\| ${value} \\|`) : shown(value));
    }
    const kinds: SessionReport['kind'][] = ['unexpected-response', 'invalid-message-id', 'undecodable', 'protocol-exception', 'multipart-cancelled', 'handler-error', 'unhandled', 'invalid-state'];
    for (const kind of kinds) expect(row(kind), kind).toBeDefined();
  });

  it("README's usage examples run and print what their comments say", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('\n## ', readme.indexOf('## Usage') + 5));
    const blocks = [...usage.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(2);
    const dir = join(ROOT, 'test/.generated');
    mkdirSync(dir, { recursive: true });
    for (const [i, code] of blocks.entries()) {
      const file = join(dir, `readme-example-${i}.ts`);
      const local = code
        .replace(/from 'etp-codec\/(\w+)'/g, "from '../../src/$1/index.js'")
        .replaceAll("from 'etp-codec'", "from '../../src/index.js'");
      writeFileSync(file, local);
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await import(/* @vite-ignore */ file);
        const printed = log.mock.calls.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
        // Each `// → ...` comment in an example is what the console.log before it prints.
        const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
        expect(expected.length).toBeGreaterThan(1);
        expect(printed).toEqual(expected);
      } finally {
        log.mockRestore();
      }
    }
  });
});
