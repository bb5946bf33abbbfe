import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteExact, readVectors, ROOT } from '../helpers/shared.js';

// The library in a real browser: headless Chromium (Debian's package, installed by
// scripts/install-chromium.sh, which .ci/run calls) driven by playwright-core. The page is the
// browser build (export condition `browser`) bundled by esbuild, served with a
// Content-Security-Policy that forbids eval, talking to `etp-codec serve` on 127.0.0.1.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  const message = `BROWSER TEST SKIPPED: no chromium at ${CHROMIUM} (run scripts/install-chromium.sh)`;
  // CI installs it and sets ETP_CODEC_REQUIRE_BROWSER: there, a missing browser fails the run.
  if (process.env.ETP_CODEC_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

/** The example of docs/browser.md (its one ```ts block under ## Example), and what its comments say it prints. */
function docExample(): { code: string; expected: string[] } {
  const text = readFileSync(join(ROOT, 'docs/browser.md'), 'utf8');
  const section = text.slice(text.indexOf('## Example'));
  const code = /```ts\n([\s\S]*?)\n```/.exec(section)![1]!;
  return { code, expected: [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!) };
}

/** The Content-Security-Policy of the page: scripts from the page's origin only, no eval. */
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self' ws://127.0.0.1:*";

describe.skipIf(!present)('in headless Chromium, under a CSP that forbids eval', () => {
  let serve: ChildProcess;
  let http: Server;
  let browser: Browser;
  let pageUrl = '';
  let bundleBytes = 0;
  let exampleUrl = '';
  const example = docExample();

  beforeAll(async () => {
    // The doc's example, type-checked with the page (a DOM program) and bundled the same way.
    mkdirSync(join(ROOT, 'test/.generated'), { recursive: true });
    writeFileSync(join(ROOT, 'test/.generated/browser-example.ts'), `${example.code}\nexport {};\n`);
    const typecheck = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'test/browser/tsconfig.json')], { encoding: 'utf8' });
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    // `etp-codec` resolves to this package itself, through its exports with the browser condition.
    const bundle = await build({
      entryPoints: [join(ROOT, 'test/browser/page.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser'],
      tsconfigRaw: '{}',
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.contents;
    bundleBytes = script.length;
    const exampleScript = (
      await build({
        entryPoints: [join(ROOT, 'test/.generated/browser-example.ts')],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        conditions: ['browser'],
        tsconfigRaw: '{}',
        logLevel: 'silent',
      })
    ).outputFiles[0]!.contents;
    const vectors = JSON.stringify([
      ...readVectors(join(ROOT, 'test/vectors/etp12.jsonl')).map((v) => ({ ...v, etp: '1.2', longs: 'number', exact: byteExact(v) })),
      ...readVectors(join(ROOT, 'test/vectors/etp12-wide-longs.jsonl')).map((v) => ({ ...v, etp: '1.2', longs: 'bigint', exact: byteExact(v) })),
      ...readVectors(join(ROOT, 'test/vectors/etp11.jsonl')).map((v) => ({ ...v, etp: '1.1', longs: 'number', exact: byteExact(v) })),
    ]);
    http = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP });
        res.end('<!doctype html><meta charset="utf-8"><title>etp-codec</title><script type="module" src="/page.js"></script>');
      } else if (path === '/example') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP });
        res.end('<!doctype html><meta charset="utf-8"><title>example</title><script type="module" src="/example.js"></script>');
      } else if (path === '/example.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(exampleScript);
      } else if (path === '/page.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(script);
      } else if (path === '/vectors') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(vectors);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    serve = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'serve', '--port', '0', '--resources', '300'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const etpUrl = await new Promise<string>((resolve, reject) => {
      serve.stdout!.on('data', (d) => {
        out += d;
        const m = /ETP 1\.2 on (ws:\/\/[^ \n]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    pageUrl = `${origin}/?etp=${encodeURIComponent(etpUrl)}`;
    exampleUrl = `${origin}/example?etp=${encodeURIComponent(etpUrl)}`;
    // The flags a closed network needs (no background fetches, no first-run work); as root, no sandbox.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    serve?.kill('SIGKILL');
    http?.close();
  });

  it('decodes and encodes every vector, connects, negotiates gzip, runs a multipart GetResources and streams ChannelData', async () => {
    const page = await browser.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(pageUrl);
    await page.waitForFunction(() => (globalThis as { __result?: unknown; __error?: string }).__result !== undefined || (globalThis as { __error?: string }).__error !== undefined, undefined, {
      timeout: 60_000,
    });
    const error = await page.evaluate(() => (globalThis as { __error?: string }).__error);
    expect(error, logs.join('\n')).toBeUndefined();
    const r = (await page.evaluate(() => (globalThis as { __result?: unknown }).__result)) as Record<string, unknown>;
    expect(r.platform).toBe('browser');
    expect(r.vectors).toBe(714);
    expect(r.vectorFailures).toEqual([]);
    // Built-in catalogs run code generated at build time; what has none falls back to closures.
    expect(r.code).toEqual(['prebuilt', 'prebuilt', 'closures']);
    expect(r.compression).toBe('gzip');
    expect(r.resources).toBe(300);
    expect(r.resourceParts as number).toBeGreaterThan(1);
    expect(r.firstUri).toMatch(/^eml:\/\/\//);
    expect(r.channelData).toBe(3);
    expect(r.channels as number).toBeGreaterThan(0);
    expect(r.items as number).toBeGreaterThanOrEqual(3);
    // Large parts came compressed: the browser's gzip (fflate) inflated them.
    expect(r.compressedIn as number).toBeGreaterThan(0);
    expect(r.closed).toBe('browser test done');
    // The CSP held: the codec's one probe of new Function was refused (and it went on with closures).
    expect((r.violations as string[]).some((v) => v.startsWith('script-src eval'))).toBe(true);
    expect(bundleBytes).toBeGreaterThan(0);
    await page.close();
  }, 90_000);

  it("runs docs/browser.md's example and prints what its comments say", async () => {
    const page = await browser.newPage();
    const printed: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'log' ? printed.push(m.text()) : errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(exampleUrl);
    await expect.poll(() => printed.length + (errors.some((e) => !e.includes('unsafe-eval')) ? 1000 : 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(example.expected.length);
    expect(errors.filter((e) => !e.includes('unsafe-eval'))).toEqual([]);
    expect(example.expected.length).toBe(4);
    expect(printed).toEqual(example.expected);
    await page.close();
  }, 60_000);
});
