#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type AnyCodec, createCodec } from '../codec/codec.js';
import { EtpError } from '../errors.js';
import { type RecordedFrame, readRecording } from '../session/recording.js';
import { toHex } from '../wire/bytes.js';
import { type Args, commandHelp, parseArgs, UsageError, usage } from './args.js';
import { bench } from './bench.js';
import { runDemo } from './demo.js';
import { typesSource } from './types.js';
import { connectCommand } from './connect.js';
import { publish } from './publish.js';
import { serve } from './serve.js';

/** Applies `fn` to each input (arguments, or stdin lines), printing one line each; resolves to the failure count. */
async function eachLine(inputs: string[], fn: (line: string) => string): Promise<number> {
  let failures = 0;
  let out: string[] = [];
  const flush = (): void => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out = [];
  };
  const handle = (line: string): void => {
    try {
      out.push(fn(line));
    } catch (err) {
      failures++;
      out.push(errorLine(err));
    }
    if (out.length >= 512) flush();
  };
  if (inputs.length) {
    inputs.forEach(handle);
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() !== '') handle(line);
    }
  }
  flush();
  return failures;
}

function errorLine(err: unknown): string {
  if (err instanceof EtpError) return JSON.stringify({ error: err.code, message: err.message });
  return JSON.stringify({ error: 'INTERNAL', message: String((err as Error)?.message ?? err) });
}

/** A protocol the catalog does not hold points at --extend, where custom protocols come from. */
function hinted<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof EtpError && (err.code === 'UNKNOWN_PROTOCOL' || err.code === 'UNKNOWN_MESSAGE_TYPE')) {
      throw new EtpError(err.code, `${err.message} (a custom protocol's bundle is loaded with --extend FILE)`);
    }
    throw err;
  }
}

function decodeLine(codec: AnyCodec, line: string): string {
  const hex = line.trim();
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new EtpError('INVALID_INPUT', 'input is not an even-length hex string');
  }
  return hinted(() => JSON.stringify(codec.toJSON(codec.decode(Buffer.from(hex, 'hex')))));
}

/** `decode --log FILE`: each recorded frame as its JSON line, with its time and direction first. */
function decodeLog(codec: AnyCodec, file: string): number {
  let frames: RecordedFrame[];
  try {
    frames = readRecording(readFileSync(file, 'utf8'));
  } catch (err) {
    process.stderr.write(`${err instanceof EtpError ? `${err.code}: ` : ''}${(err as Error).message}\n`);
    return 2;
  }
  let failures = 0;
  const out: string[] = [];
  for (const f of frames) {
    try {
      const decoded = codec.toJSON(codec.decode(f.frame));
      out.push(JSON.stringify({ at: f.at, dir: f.dir, ...decoded }));
    } catch (err) {
      failures++;
      out.push(JSON.stringify({ at: f.at, dir: f.dir, ...JSON.parse(errorLine(err)) }));
    }
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return failures ? 1 : 0;
}

function encodeLine(codec: AnyCodec, line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    throw new EtpError('INVALID_INPUT', `input is not json: ${(err as Error).message.toLowerCase()}`);
  }
  return hinted(() => toHex(codec.encode(codec.fromJSON(json))));
}

function types(args: Args): number {
  const base = args.strings['--base'];
  if (base !== undefined && !['etp12', 'etp11', 'none'].includes(base)) {
    process.stderr.write('--base takes etp12, etp11 or none\n');
    return 2;
  }
  const builtin = args.strings['--builtin'] as '1.1' | '1.2' | undefined;
  if (!builtin && args.inputs.length === 0) {
    process.stderr.write('types needs bundle files (or --builtin 1.1|1.2)\n');
    return 2;
  }
  try {
    process.stdout.write(typesSource({ files: args.inputs, base, map: args.strings['--map'], builtin, importFrom: args.strings['--import-from'] }));
    return 0;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${usage()}\n`);
    return 2;
  }
  const { command } = args;
  if (command === undefined) {
    (args.help ? process.stdout : process.stderr).write(`${usage()}\n`);
    return args.help ? 0 : 2;
  }
  if (args.help) {
    process.stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  if (command === 'demo') {
    await runDemo((line) => process.stdout.write(`${line}\n`));
    return 0;
  }
  if (command === 'serve') return serve(args);
  if (command === 'types') return types(args);
  if (command === 'publish') return publish(args);
  if (command === 'connect') return connectCommand(args);
  if (command === 'bench') {
    try {
      return await bench(args, (s) => process.stdout.write(`${s}\n`));
    } catch (err) {
      process.stderr.write(`${err instanceof EtpError ? `${err.code}: ` : ''}${(err as Error).message}\n`);
      return 2;
    }
  }
  const schemas = args.lists['--schema'] ?? [];
  const etp = args.strings['--etp'] as '1.1' | '1.2' | undefined;
  let codec: AnyCodec;
  try {
    // bigint longs: the CLI passes the whole 64-bit range through, as decimal strings in JSON.
    codec = createCodec({ schemas: schemas.length ? schemas : undefined, extend: args.lists['--extend'], etp, longs: 'bigint' });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const log = args.strings['--log'];
  if (command === 'decode' && log !== undefined) return decodeLog(codec, log);
  const fn = command === 'decode' ? (l: string) => decodeLine(codec, l) : (l: string) => encodeLine(codec, l);
  const failures = await eachLine(args.inputs, fn);
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // A library error (a busy port, a refused connection, a bad option) is the user's to fix: one
    // line with its code. Anything else is a bug of ours: its stack.
    process.stderr.write(err instanceof EtpError ? `${err.code}: ${err.message}\n` : `${(err as Error).stack ?? err}\n`);
    process.exitCode = 2;
  },
);
