import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/shared.js';

// The package as published: packed with npm pack, installed into an empty folder, loaded from
// CommonJS and from ES modules on this Node.
const dir = mkdtempSync(join(tmpdir(), 'etp-codec-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sh = (cmd: string, args: string[], cwd = dir): string => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The install compiles better-sqlite3 when no prebuilt binary can be fetched (a minute or more):
// it runs asynchronously, since a worker blocked that long misses vitest's own calls.
const shAsync = async (cmd: string, args: string[], cwd = dir): Promise<void> => {
  await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
};

let tarball = '';

beforeAll(async () => {
  // dist/ is built by `npm test` before vitest runs; --ignore-scripts keeps pack from rebuilding.
  await shAsync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], ROOT);
  tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), '{"name": "consumer", "private": true}');
  await shAsync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)]);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = `
  const ping = { header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { currentDateTime: 42 } };
  const codec = root.createCodec();
  const back = codec.decode(codec.encode(ping));
  const same = [codecPath.createCodec === root.createCodec, typeof wire.peekHeader, typeof schema.SchemaRegistry, typeof session.EtpSession, typeof transport.listen, sparkle.SPARKLE_PROTOCOL];
  console.log(JSON.stringify({ body: back.body, name: back.name, same }));
`;

describe('the packed package', () => {
  it.each([
    ['ES modules (nodenext)', { module: 'nodenext', moduleResolution: 'nodenext' }, 'module'],
    ['CommonJS without esModuleInterop', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: false }, 'commonjs'],
  ] as const)("a consumer's tsc with skipLibCheck off accepts the declarations of every entry point: %s", (_name, options, type) => {
    const sub = mkdtempSync(join(dir, 'consumer-'));
    writeFileSync(
      join(sub, 'use.ts'),
      [
        "import { createCodec } from 'etp-codec';",
        "import { connect, listen } from 'etp-codec/transport';",
        "import { SqliteStoreStorage, StoreServer } from 'etp-codec/store';",
        "import { SqliteSinkState } from 'etp-codec/sink';",
        'export const used = [createCodec, connect, listen, SqliteStoreStorage, StoreServer, SqliteSinkState];',
        '',
      ].join('\n'),
    );
    // The package's own dependencies only: Node's types come from the repository, as a Node project has them.
    writeFileSync(
      join(sub, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', skipLibCheck: false, typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'], ...options },
        files: ['use.ts'],
      }),
    );
    writeFileSync(join(sub, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type }));
    // Resolved from the install in `dir` above, as a workspace's node_modules would be.
    let out = '';
    try {
      out = sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], sub);
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(out).toBe('');
  });

  it('passes publint (strict)', () => {
    const out = sh(join(ROOT, 'node_modules/.bin/publint'), [join(dir, tarball), '--strict']);
    expect(out).toMatch(/All good!/);
  });

  it('passes attw: every entry point resolves to types and code under node10, node16 (CJS and ESM) and bundler', () => {
    // execFileSync throws on attw's non-zero exit, which is how it reports a problem.
    const out = sh(join(ROOT, 'node_modules/.bin/attw'), [join(dir, tarball), '--format', 'table-flipped']);
    expect(out).toMatch(/etp-codec\/transport/);
    expect(out).not.toMatch(/💀|❌|🐛|⚠️|🥴|🎭|❗️/u);
  });

  it('loads from CommonJS, root and sub-paths', () => {
    writeFileSync(
      join(dir, 'use.cjs'),
      `const root = require('etp-codec'); const codecPath = require('etp-codec/codec'); const wire = require('etp-codec/wire'); const schema = require('etp-codec/schema'); const session = require('etp-codec/session'); const sparkle = require('etp-codec/sparkle'); const transport = require('etp-codec/transport');${script}`,
    );
    const out = JSON.parse(sh(process.execPath, ['use.cjs']));
    expect(out).toEqual({ body: { currentDateTime: 42 }, name: 'Energistics.Etp.v12.Protocol.Core.Ping', same: [true, 'function', 'function', 'function', 'function', 2000] });
  });

  it('loads from ES modules, root and sub-paths', () => {
    writeFileSync(
      join(dir, 'use.mjs'),
      `import * as root from 'etp-codec'; import * as codecPath from 'etp-codec/codec'; import * as wire from 'etp-codec/wire'; import * as schema from 'etp-codec/schema'; import * as session from 'etp-codec/session'; import * as sparkle from 'etp-codec/sparkle'; import * as transport from 'etp-codec/transport';${script}`,
    );
    const out = JSON.parse(sh(process.execPath, ['use.mjs']));
    expect(out).toEqual({ body: { currentDateTime: 42 }, name: 'Energistics.Etp.v12.Protocol.Core.Ping', same: [true, 'function', 'function', 'function', 'function', 2000] });
  });

  it('installs the etp-codec command and ships the schemas and types', () => {
    const out = sh(join(dir, 'node_modules/.bin/etp-codec'), ['decode', '001000020454']);
    expect(JSON.parse(out).body).toEqual({ currentDateTime: 42 });
    for (const v of ['etp12', 'etp11']) {
      const files = readdirSync(join(dir, 'node_modules/etp-codec/schemas', v));
      expect(files.sort()).toEqual(readdirSync(join(ROOT, 'schemas', v)).sort());
    }
    expect(readdirSync(join(dir, 'node_modules/etp-codec/dist'))).toEqual(expect.arrayContaining(['index.d.ts', 'index.d.cts', 'index.js', 'index.cjs']));
  });

  it("types a user's own protocol from the installed package: etp-codec types, then tsc against the package's declarations", () => {
    const cli = join(dir, 'node_modules/.bin/etp-codec');
    writeFileSync(join(dir, 'rig-status.ts'), sh(cli, ['types', join(ROOT, 'docs/examples/rig-status.avpr.json')]));
    writeFileSync(
      join(dir, 'use-types.ts'),
      [
        "import { createCodec } from 'etp-codec';",
        "import type { RigStatusMessageMap } from './rig-status.js';",
        "const codec = createCodec<RigStatusMessageMap>({ extend: ['rig-status.avpr.json'] });",
        "codec.encode('Example.RigStatus.GetRigStatus', { rigIds: ['2f1b6c3e-4d5a-4e7b-8c9d-0a1b2c3d4e5f'] }, { correlationId: 0, messageId: 2, messageFlags: 2 });",
        "codec.encode('Energistics.Etp.v12.Protocol.Core.Ping', { currentDateTime: 1 }, { correlationId: 0, messageId: 4, messageFlags: 2 });",
        '// @ts-expect-error rigIds holds strings',
        "codec.encode('Example.RigStatus.GetRigStatus', { rigIds: [1] }, { correlationId: 0, messageId: 2, messageFlags: 2 });",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      // A Node library: the consumer has Node's types (the repository's, here).
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          skipLibCheck: true,
          typeRoots: [join(ROOT, 'node_modules/@types')],
          types: ['node'],
        },
        files: ['use-types.ts'],
      }),
    );
    writeFileSync(join(dir, 'package.json'), '{"name": "consumer", "private": true, "type": "module"}');
    let out = '';
    try {
      out = sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(out).toBe('');
  });
});
