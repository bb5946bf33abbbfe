import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../src/index.js';
import { DEFAULT_CAPABILITIES, SESSION_DEFAULTS, type SessionReport } from '../src/session/index.js';
import { TRANSPORT_DEFAULTS } from '../src/transport/index.js';
import { typesSource } from '../src/cli/types.js';
import { ROOT } from './helpers/shared.js';

describe('docs', () => {
  it('docs/messages.md is what `npm run generate` writes from the built-in catalog, and lists every message', async () => {
    const { messageDocs } = await import('../scripts/generate-message-docs.js');
    const doc = readFileSync(join(ROOT, 'docs/messages.md'), 'utf8');
    expect(doc).toBe(messageDocs());
    for (const name of ['Energistics.Etp.v12.Protocol.Store.GetDataObjects', 'Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse']) expect(doc).toContain(`\`${name}\``);
    expect(doc.match(/^### /gm)!.length).toBeGreaterThan(138);
  });

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
    // A name may have a row of each: a session's maxBufferedBytes and a server's.
    const rows = (name: string) => doc.split('\n').filter((l) => l.startsWith(`| \`${name}\` |`));
    for (const [name, value] of [...Object.entries(SESSION_DEFAULTS), ...Object.entries(TRANSPORT_DEFAULTS)]) {
      expect(
        rows(name).some((l) => shown(value).test(l)),
        `${name} ${value}: ${rows(name).join(' / ')}`,
      ).toBe(true);
    }
    for (const [name, value] of Object.entries(DEFAULT_CAPABILITIES)) {
      expect(row(name), name).toMatch(typeof value === 'boolean' ? new RegExp(`\\| ${value} \\|`) : shown(value));
    }
    const kinds: SessionReport['kind'][] = ['unexpected-response', 'invalid-message-id', 'undecodable', 'protocol-exception', 'multipart-cancelled', 'handler-error', 'unhandled', 'send-failed'];
    for (const kind of kinds) expect(row(kind), kind).toBeDefined();
  });

  it("README's usage examples run and print what their comments say", async () => {
    const blocks = examples('README.md', '## Usage');
    expect(blocks.length).toBe(3);
    for (const [i, code] of blocks.entries()) await runExample(`readme-example-${i}`, code);
  });

  it("docs/session.md's examples run and print what their comments say", async () => {
    const blocks = examples('docs/session.md', '## Examples');
    expect(blocks.length).toBe(4);
    for (const [i, code] of blocks.entries()) await runExample(`session-example-${i}`, code);
  });

  it("docs/types.md's example runs and prints what its comments say", async () => {
    const blocks = examples('docs/types.md', '## Examples');
    expect(blocks.length).toBe(1);
    for (const [i, code] of blocks.entries()) await runExample(`types-example-${i}`, code);
  });

  it("docs/sparkle.md's example runs and prints what its comments say", async () => {
    const blocks = examples('docs/sparkle.md', '## Examples');
    expect(blocks.length).toBe(1);
    for (const [i, code] of blocks.entries()) await runExample(`sparkle-example-${i}`, code);
  });

  it("docs/sink.md's example runs and prints what its comments say", async () => {
    const blocks = examples('docs/sink.md', '## Examples');
    expect(blocks.length).toBe(1);
    for (const [i, code] of blocks.entries()) await runExample(`sink-example-${i}`, code);
  });

  it("docs/store.md's example runs and prints what its comments say", async () => {
    const blocks = examples('docs/store.md', '## Examples');
    expect(blocks.length).toBe(1);
    for (const [i, code] of blocks.entries()) await runExample(`store-example-${i}`, code);
  });

  it('docs/store.md documents every StoreServer and StoreClient default', async () => {
    const { STORE_DEFAULTS, STORE_CLIENT_DEFAULTS } = await import('../src/store/index.js');
    const doc = readFileSync(join(ROOT, 'docs/store.md'), 'utf8');
    for (const [name, value] of [...Object.entries(STORE_DEFAULTS), ...Object.entries(STORE_CLIENT_DEFAULTS)]) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      const shown = value >= 1024 * 1024 && value % (1024 * 1024) === 0 ? (value % 1024 ** 3 === 0 ? `${value / 1024 ** 3} GiB` : `${value / 1024 ** 2} MiB`) : value.toLocaleString('en-US');
      expect(row, name).toContain(`| ${shown} |`);
    }
  });

  it('docs/examples/rig-status.ts is what `etp-codec types` makes of rig-status.avpr.json', () => {
    expect(readFileSync(join(ROOT, 'docs/examples/rig-status.ts'), 'utf8')).toBe(typesSource({ files: [join(ROOT, 'docs/examples/rig-status.avpr.json')] }));
  });

  it("every example type-checks under the repository's own strict settings", () => {
    const files = [
      ...examples('README.md', '## Usage').map((c, i) => [`readme-example-${i}`, c] as const),
      ...examples('docs/session.md', '## Examples').map((c, i) => [`session-example-${i}`, c] as const),
      ...examples('docs/types.md', '## Examples').map((c, i) => [`types-example-${i}`, c] as const),
      ...examples('docs/sparkle.md', '## Examples').map((c, i) => [`sparkle-example-${i}`, c] as const),
      ...examples('docs/sink.md', '## Examples').map((c, i) => [`sink-example-${i}`, c] as const),
      ...examples('docs/store.md', '## Examples').map((c, i) => [`store-example-${i}`, c] as const),
    ].map(([name, code]) => write(name, code));
    const config = join(GENERATED, 'tsconfig.json');
    writeFileSync(config, JSON.stringify({ extends: '../../tsconfig.json', include: files.map((f) => f.slice(GENERATED.length + 1)) }));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config, '--noEmit'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

const GENERATED = join(ROOT, 'test/.generated');

/** The ```ts blocks of one section of a document. */
function examples(doc: string, section: string): string[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  const start = text.indexOf(section);
  const end = text.indexOf('\n## ', start + section.length);
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** Writes an example with its imports pointed at the sources; returns the file. */
function write(name: string, code: string): string {
  mkdirSync(GENERATED, { recursive: true });
  const file = join(GENERATED, `${name}.ts`);
  writeFileSync(
    file,
    code
      .replace(/from 'etp-codec\/(\w+)'/g, "from '../../src/$1/index.js'")
      .replaceAll("from 'etp-codec'", "from '../../src/index.js'")
      .replaceAll("from './examples/", "from '../../docs/examples/"),
  );
  return file;
}

/** Runs an example; each `// → …` comment is what the console.log before it prints. */
async function runExample(name: string, code: string): Promise<void> {
  const file = write(name, code);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ file);
    const printed = log.mock.calls.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThan(0);
    expect(printed).toEqual(expected);
  } finally {
    log.mockRestore();
  }
}
