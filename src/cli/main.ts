#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { type AnyCodec, createCodec } from '../codec/codec.js';
import { EtpError } from '../errors.js';
import type { EtpSession } from '../session/session.js';
import { connect, listen } from '../transport/index.js';
import { type Args, COMMANDS, commandHelp, parseArgs, UsageError, usage } from './args.js';
import { runDemo } from './demo.js';
import { typesSource } from './types.js';
import { getResourcesBody, SYNTHETIC_PROTOCOLS, serveSynthetic } from './synthetic.js';

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

function encodeLine(codec: AnyCodec, line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    throw new EtpError('INVALID_INPUT', `input is not json: ${(err as Error).message.toLowerCase()}`);
  }
  return hinted(() => codec.encode(codec.fromJSON(json)).toString('hex'));
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

async function serve(args: Args): Promise<number> {
  const option = (name: string): number => args.numbers[name] ?? (COMMANDS.serve!.options[name]!.default as number);
  const resources = option('--resources');
  const server = await listen({
    port: option('--port'),
    host: args.strings['--host'] ?? (COMMANDS.serve!.options['--host']!.default as string),
    applicationName: 'etp-codec serve',
    protocols: SYNTHETIC_PROTOCOLS,
    capabilities: { MaxWebSocketMessagePayloadSize: option('--max-message-bytes') },
    maxSessions: option('--max-sessions'),
    maxOutgoingBytes: option('--max-outgoing-bytes'),
    idleTimeoutMs: option('--idle-timeout-ms'),
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
    process.stderr.write(`connect needs a ws:// url\n${commandHelp('connect')}\n`);
    return 2;
  }
  let protocols = SYNTHETIC_PROTOCOLS;
  if (args.lists['--protocol']) {
    protocols = [];
    for (const p of args.lists['--protocol']) {
      const m = /^(\d+):(\w+)$/.exec(p);
      if (!m) {
        process.stderr.write(`--protocol takes N:role, e.g. 3:store; got ${p}\n`);
        return 2;
      }
      protocols.push({ protocol: Number(m[1]), role: m[2]! });
    }
  }
  let session: EtpSession | undefined;
  try {
    const connection = await connect(url, {
      applicationName: 'etp-codec connect',
      protocols,
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
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${usage()}\n`);
    return 2;
  }
  const { command } = args;
  if (command === undefined) {
    (args.help ? process.stdout : process.stderr).write(usage() + '\n');
    return args.help ? 0 : 2;
  }
  if (args.help) {
    process.stdout.write(commandHelp(command) + '\n');
    return 0;
  }
  if (command === 'demo') {
    await runDemo((line) => process.stdout.write(line + '\n'));
    return 0;
  }
  if (command === 'serve') return serve(args);
  if (command === 'types') return types(args);
  if (command === 'connect') return connectCommand(args);
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
