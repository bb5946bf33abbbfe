import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { freePort } from '../helpers/ports.js';
import { ROOT } from '../helpers/shared.js';

// Nothing lost, tested as it happens: `etp-codec serve --state DIR` and `etp-codec publish
// --state FILE` as real processes, the server killed -9 three times and the device once while
// events flow. Every event must end in the server's table exactly once (its handler writes in the
// transaction that records the identity), the sink log must hold every event at least once with
// at most the in-flight window repeated per kill, and the device must end with nothing undelivered.

const CLI = join(ROOT, 'dist/cli.js');
const EVENTS = 60_000;
const IN_FLIGHT = 64;

/** Starts serve on `port` with its state in `dir`; resolves once it listens. */
async function startServe(port: number, dir: string, log: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--state', dir, '--sink-log', log], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (/ETP 1\.2 on ws:/.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return child;
}

function startPublish(url: string, state: string): { child: ChildProcess; done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, [CLI, 'publish', url, '--events', String(EVENTS), '--in-flight', String(IN_FLIGHT), '--state', state], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((r) => child.once('exit', (code) => r({ code, out, err })));
  return { child, done };
}

const linesIn = (path: string): number => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);

async function untilLines(path: string, n: number): Promise<void> {
  while (linesIn(path) < n) await new Promise((r) => setTimeout(r, 25));
}

async function kill9(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

it(`${EVENTS} events through three kill -9 of serve and one of the device: each in the server's table exactly once, in the log at least once`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'etp-codec-restart-'));
  const log = join(dir, 'sink.log');
  const deviceState = join(dir, 'device.sqlite');
  const port = await freePort();
  const url = `ws://127.0.0.1:${port}/`;
  let serve = await startServe(port, join(dir, 'server'), log);
  let device = startPublish(url, deviceState);
  try {
    for (const fraction of [0.2, 0.4, 0.6]) {
      await untilLines(log, EVENTS * fraction);
      await kill9(serve);
      serve = await startServe(port, join(dir, 'server'), log);
    }
    // The device dies too, and comes back on its own file.
    await untilLines(log, EVENTS * 0.75);
    await kill9(device.child);
    device = startPublish(url, deviceState);
    const result = await device.done;
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/undelivered 0 in \d+ ms/);
  } finally {
    device.child.kill('SIGKILL');
    serve.kill('SIGKILL');
  }
  const db = new Database(join(dir, 'server', 'sink.sqlite'), { readonly: true });
  expect(db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT offset) AS distinct_offsets FROM serve_events').get()).toEqual({ n: EVENTS, distinct_offsets: EVENTS });
  db.close();
  const lines = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { offset: number });
  const offsets = new Set(lines.map((l) => l.offset));
  expect(offsets.size).toBe(EVENTS);
  // A line is written in the transaction, before it commits: a kill between the two repeats it.
  expect(lines.length - EVENTS).toBeLessThanOrEqual(IN_FLIGHT * 3);
}, 180_000);
