#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { type Codec, createCodec } from '../codec/codec.js';
import { EtpError } from '../errors.js';
import type { EtpSession } from '../session/session.js';
import { connect, listen } from '../transport/index.js';
import { runDemo } from './demo.js';
import { getResourcesBody, SYNTHETIC_PROTOCOLS, serveSynthetic } from './synthetic.js';

const USAGE = `usage:
  etp-codec decode [--schema FILE]... [--etp 1.1|1.2] [HEX...]
  etp-codec encode [--schema FILE]... [--etp 1.1|1.2] [JSON...]
  etp-codec demo
  etp-codec serve [--port N] [--host H] [--max-message-bytes N] [--resources N]
                  [--max-sessions N] [--max-outgoing-bytes N] [--idle-timeout-ms N]
  etp-codec connect ws://host:port/path [--get-resources URI] [--max-message-bytes N]

decode: each HEX message (or, without arguments, one per stdin line) becomes one JSON line
  {"header":…,"extension":…,"body":…,"name":…} in the interchange JSON form.
encode: each JSON line becomes one hex line; header flag 0x08 compresses.
--schema FILE   load an ETP-style .avpr bundle instead of the built-in ETP 1.2 schemas
--etp 1.1|1.2   ETP version of the schemas (default: the bundle's own version attribute)
A line that fails prints {"error":"<CODE>","message":"…"}; the exit status is then 1.
serve: a synthetic ETP 1.2 server (Core, ChannelStreaming producer, Discovery store) until stopped.
connect: opens a session with an ETP 1.2 server, prints what was negotiated, runs GetResources.`;

interface Args {
  command: string | undefined;
  schemas: string[];
  etp: '1.1' | '1.2' | undefined;
  inputs: string[];
  numbers: Record<string, number>;
  strings: Record<string, string>;
}

const NUMBER_OPTIONS = ['--port', '--max-message-bytes', '--resources', '--max-sessions', '--max-outgoing-bytes', '--idle-timeout-ms'];
const STRING_OPTIONS = ['--host', '--get-resources'];

function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, schemas: [], etp: undefined, inputs: [], numbers: {}, strings: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--schema') {
      const file = argv[++i];
      if (file === undefined) throw new UsageError('--schema needs a file');
      args.schemas.push(file);
    } else if (a === '--etp') {
      const v = argv[++i];
      if (v !== '1.1' && v !== '1.2') throw new UsageError('--etp takes 1.1 or 1.2');
      args.etp = v;
    } else if (NUMBER_OPTIONS.includes(a)) {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v) || v < 0) throw new UsageError(`${a} takes a whole number`);
      args.numbers[a] = v;
    } else if (STRING_OPTIONS.includes(a)) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} takes a value`);
      args.strings[a] = v;
    } else if (a === '-h' || a === '--help') {
      args.command = 'help';
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else if (args.command === undefined) {
      args.command = a;
    } else {
      args.inputs.push(a);
    }
  }
  return args;
}

class UsageError extends Error {}

/** Applies `fn` to each input (arguments, or stdin lines), printing one line each; resolves to the failure count. */
async function eachLine(inputs: string[], fn: (line: string) => string): Promise<number> {
  let failures = 0;
  let out: string[] = [];
  const flush = (): void => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
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

function decodeLine(codec: Codec, line: string): string {
  const hex = line.trim();
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new EtpError('INVALID_INPUT', 'input is not an even-length hex string');
  }
  return JSON.stringify(codec.toJSON(codec.decode(Buffer.from(hex, 'hex'))));
}

function encodeLine(codec: Codec, line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    throw new EtpError('INVALID_INPUT', `input is not json: ${(err as Error).message.toLowerCase()}`);
  }
  return codec.encode(codec.fromJSON(json)).toString('hex');
}

async function serve(args: Args): Promise<number> {
  const resources = args.numbers['--resources'] ?? 1000;
  const server = await listen({
    port: args.numbers['--port'] ?? 9000,
    host: args.strings['--host'] ?? '127.0.0.1',
    applicationName: 'etp-codec serve',
    protocols: SYNTHETIC_PROTOCOLS,
    capabilities: args.numbers['--max-message-bytes'] ? { MaxWebSocketMessagePayloadSize: args.numbers['--max-message-bytes'] } : {},
    maxSessions: args.numbers['--max-sessions'],
    maxOutgoingBytes: args.numbers['--max-outgoing-bytes'],
    idleTimeoutMs: args.numbers['--idle-timeout-ms'],
    setup: (session) => {
      serveSynthetic(session, { resources });
      session.opened.then(
        (n) => process.stdout.write(`session ${n.sessionId} opened by ${n.peerApplication}: protocols ${n.protocols.map((p) => p.protocol).join(', ')}, compression ${n.compression || 'none'}, max message ${n.maxMessageBytes} bytes\n`),
        (err) => process.stdout.write(`session refused: ${(err as Error).message}\n`),
      );
    },
    onClose: (reason) => process.stdout.write(`session closed: ${reason}\n`),
  });
  process.stdout.write(`etp-codec serve: ETP 1.2 on ${server.url} (subprotocol etp12.energistics.org); ChannelStreaming producer, Discovery store with ${resources} resources; Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

async function connectCommand(args: Args): Promise<number> {
  const url = args.inputs[0];
  if (!url) {
    process.stderr.write(`connect needs a ws:// url\n${USAGE}\n`);
    return 2;
  }
  let session: EtpSession | undefined;
  try {
    const connection = await connect(url, {
      applicationName: 'etp-codec connect',
      protocols: SYNTHETIC_PROTOCOLS,
      capabilities: args.numbers['--max-message-bytes'] ? { MaxWebSocketMessagePayloadSize: args.numbers['--max-message-bytes'] } : {},
    });
    session = connection.session;
    process.stdout.write(JSON.stringify({ negotiated: connection.negotiated }, null, 2) + '\n');
    const uri = args.strings['--get-resources'];
    if (uri !== undefined) {
      const response = await session.request<{ resources: { uri: string; name: string }[] }>(3, 1, getResourcesBody(uri));
      for (const r of response.body.resources) process.stdout.write(`${r.uri}\t${r.name}\n`);
      process.stdout.write(`${response.body.resources.length} resources in ${response.count} part(s)\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof EtpError ? `${err.code}: ` : ''}${(err as Error).message}\n`);
    return 1;
  } finally {
    // Closed on every path: an open socket would keep the process alive.
    session?.close('etp-codec connect done');
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { command } = args;
  if (command === undefined || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === 'demo') {
    await runDemo((line) => process.stdout.write(line + '\n'));
    return 0;
  }
  if (command === 'serve') return serve(args);
  if (command === 'connect') return connectCommand(args);
  if (command !== 'decode' && command !== 'encode') {
    process.stderr.write(`unknown command ${command}\n${USAGE}\n`);
    return 2;
  }
  if (args.etp === '1.1' && args.schemas.length === 0) {
    process.stderr.write('--etp 1.1 needs --schema FILE (the built-in schemas are ETP 1.2)\n');
    return 2;
  }
  let codec: Codec;
  try {
    // bigint longs: the CLI passes the whole 64-bit range through, as decimal strings in JSON.
    codec = createCodec({ schemas: args.schemas.length ? args.schemas : undefined, etp: args.etp, longs: 'bigint' });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const fn = command === 'decode' ? (l: string) => decodeLine(codec, l) : (l: string) => encodeLine(codec, l);
  const failures = await eachLine(args.inputs, fn);
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exitCode = 2;
  },
);
