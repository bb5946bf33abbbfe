// `npm run build`: tsup, saying what it does and how long it took. tsup itself is run silent (its
// per-file lines would bury test output), and building the type declarations takes one to three
// minutes on a busy 2-core machine: without a word first, the build looks hung.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const tsup = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist/cli-default.js');
const started = Date.now();
process.stdout.write('building dist/ (Node ESM + CommonJS, type declarations, browser ESM); the declarations take a minute or more...\n');
const child = spawn(process.execPath, [tsup, '--silent'], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (code === 0) process.stdout.write(`built dist/ in ${seconds} s\n`);
  else process.stderr.write(`the build failed after ${seconds} s (${signal ?? `exit ${code}`})\n`);
  process.exitCode = code ?? 1;
});
