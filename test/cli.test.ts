import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { byteExact, describeShared, readVectors, ROOT, sharedPath, type Vector } from './helpers/shared.js';
import { createCodec, isEtpUri } from '../src/index.js';
import { SqliteDeviceState } from '../src/sink/index.js';

const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], input?: string): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => l !== ''), stderr: r.stderr };
}

/** Decodes every vector through one CLI process (stdin), then encodes them back through another. */
function bothWays(vectors: Vector[], schemaArgs: string[]): void {
  const decoded = run(['decode', ...schemaArgs], `${vectors.map((v) => v.hex).join('\n')}\n`);
  expect(decoded.stderr).toBe('');
  expect(decoded.status).toBe(0);
  expect(decoded.lines).toHaveLength(vectors.length);
  decoded.lines.forEach((line, i) => {
    const out = JSON.parse(line);
    const v = vectors[i]!;
    expect({ header: out.header, extension: out.extension, body: out.body }).toEqual({ header: v.message.header, extension: v.message.extension, body: v.message.body });
  });
  const encoded = run(['encode', ...schemaArgs], `${vectors.map((v) => JSON.stringify(v.message)).join('\n')}\n`);
  expect(encoded.status).toBe(0);
  expect(encoded.lines).toHaveLength(vectors.length);
  // Where bytes may legitimately differ (gzip, integer-like map keys), decode them again.
  const again = run(['decode', ...schemaArgs], encoded.lines.join('\n'));
  encoded.lines.forEach((hex, i) => {
    const v = vectors[i]!;
    if (byteExact(v)) expect(hex).toBe(v.hex);
    else expect(JSON.parse(again.lines[i]!).body).toEqual(v.message.body);
  });
}

/** `run` without blocking the event loop (a server in this process or a child must keep answering). */
/** `serve --store :memory:` in its own process, resolved with its URL once it listens. */
async function serveStore(): Promise<{ serve: import('node:child_process').ChildProcess; url: string }> {
  const { spawn } = await import('node:child_process');
  const serve = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--store', ':memory:'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    serve.stdout!.on('data', (d) => {
      out += d;
      const m = /store on (ws:\/\/[^ ]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { serve, url };
}

async function runAsync(args: string[]): Promise<{ status: number | null; lines: string[]; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { status, lines: out.split('\n').filter((l) => l !== ''), stderr: err };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first');
});

describe('etp-codec CLI', () => {
  it("demo, the README's first command, runs to its end within the session's default bounds", () => {
    const r = run(['demo']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.lines).toContain('  received 500 data items');
    expect(r.lines.some((l) => /^ {2}10000 resources in \d+ parts, each within 32768 bytes/.test(l))).toBe(true);
    // The store session: a large object in chunks, an array in windows, a commit, a walk with edges.
    expect(r.lines.some((l) => /^ {2}3 objects put; the grid's \d+ bytes in 3 Chunk messages$/.test(l))).toBe(true);
    expect(r.lines).toContain('  commit: successful');
    expect(r.lines).toContain('  the watcher heard 0 changes before the commit, then 3: insert Depth CRS, insert Hdf proxy, insert Top reservoir');
    expect(r.lines).toContain('  the grid and its targets: Top reservoir, Depth CRS, Hdf proxy; 2 edges');
    expect(r.lines.some((l) => l.endsWith('identical: true; the missing one: ProtocolException 11'))).toBe(true);
    // Channels: a producer loading a log while a consumer watches it from its first point.
    expect(r.lines.some((l) => /^ {2}the consumer, subscribed from 1000\.0 m, read 20000 points in \d+ ChannelData messages: history then live, in order: true, last 2999\.9 m$/.test(l))).toBe(true);
    expect(r.lines.some((l) => /^ {2}GetRanges 2500\.0–2500\.3 m: 2500\.0 m [\d.]+ gAPI, 2500\.1 m/.test(l))).toBe(true);
    expect(r.lines.at(-1)).toBe('== done');
  });

  it('decodes and encodes the built-in vectors, from stdin, one line each', () => {
    bothWays(readVectors(join(ROOT, 'test/vectors/etp12.jsonl')), []);
  });

  it('passes 64-bit longs through as decimal strings', () => {
    bothWays(readVectors(join(ROOT, 'test/vectors/etp12-wide-longs.jsonl')), []);
  });

  it('passes every ETP 1.1 vector both ways with --etp 1.1 and no bundle', () => {
    bothWays(readVectors(join(ROOT, 'test/vectors/etp11.jsonl')), ['--etp', '1.1']);
  });

  it('takes hex messages as arguments too, and prints the message name', () => {
    const r = run(['decode', '001000020401', '06d20f000404']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.lines[0]!)).toEqual({
      header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 1, messageFlags: 2 },
      body: { currentDateTime: -1 },
      name: 'Energistics.Etp.v12.Protocol.Core.Ping',
    });
    expect(JSON.parse(r.lines[1]!).name).toBe('Energistics.Etp.v12.Protocol.Core.Acknowledge');
  });

  it('compresses when the JSON header carries 0x08', () => {
    const json = { header: { protocol: 1, messageType: 2, correlationId: 0, messageId: 2, messageFlags: 10 }, body: { data: [] } };
    const [hex] = run(['encode', JSON.stringify(json)]).lines;
    expect(hex!.slice(10, 14)).toBe('1f8b');
    expect(JSON.parse(run(['decode', hex!]).lines[0]!).body).toEqual({ data: [] });
  });

  it('reports a bad line on that line, goes on, and exits 1', () => {
    const input = ['001000020401', 'zz', '0010', '001000020401ff', 'c80110000202', '001000020401'].join('\n');
    const r = run(['decode'], input);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => JSON.parse(l).error)).toEqual([undefined, 'INVALID_INPUT', 'TRUNCATED', 'TRAILING_BYTES', 'UNKNOWN_PROTOCOL', undefined]);
    expect(JSON.parse(r.lines[2]!).message).toMatch(/ends inside the message header/);
    const e = run(['encode'], '{"header": {"protocol": 0, "messageType": 8, "correlationId": 0, "messageId": 1, "messageFlags": 2}, "body": {"currentDateTime": "soon"}}\nnot json\n');
    expect(e.status).toBe(1);
    expect(e.lines.map((l) => JSON.parse(l).error)).toEqual(['INVALID_JSON', 'INVALID_INPUT']);
  });

  it('runs thousands of lines through one process', () => {
    const codec = createCodec();
    const hex = Buffer.from(codec.encode({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 1, messageFlags: 2 }, body: { currentDateTime: 123456789 } })).toString('hex');
    const r = run(['decode'], `${hex}\n`.repeat(5000));
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(5000);
    expect(new Set(r.lines).size).toBe(1);
  });

  it('explains its usage', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--help']).lines[0]).toMatch(/^usage:/);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['decode', '--etp', '1.3']).stderr).toMatch(/--etp takes 1.1 or 1.2/);
    expect(run(['decode', '--schema', '/no/such.avpr', '00']).status).toBe(2);
  });

  it('gives each subcommand its own options and help: an option of another subcommand is an error', () => {
    const wrong = run(['decode', '--port', '5']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^decode does not take --port \(see etp-codec decode --help\)/);
    const help = run(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.lines).toContainEqual(expect.stringMatching(/^ {2}--port N +port to listen on .*\(default 9000\)$/));
    expect(help.lines).toContainEqual(expect.stringMatching(/--max-sessions N .*\(default 1000\)$/));
    expect(run(['connect', '--help']).lines).toContainEqual(expect.stringMatching(/^ {2}--protocol N:role /));
    expect(run(['connect', 'ws://127.0.0.1:1/', '--protocol', 'store']).stderr).toMatch(/--protocol takes N:role/);
  });

  it('types: prints TypeScript for a bundle, the same the committed example holds; refuses what it cannot read', () => {
    const r = run(['types', join(ROOT, 'docs/examples/rig-status.avpr.json')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // run() drops blank lines: compare without them.
    const nonBlank = (file: string) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .filter((l) => l !== '');
    expect(r.lines).toEqual(nonBlank('docs/examples/rig-status.ts'));
    expect(run(['types', '--builtin', '1.1', '--import-from', '../../wire/utf8-text.js']).lines).toEqual(nonBlank('src/schema/gen/etp11-types.gen.ts'));
    expect(run(['types']).status).toBe(2);
    expect(run(['types', 'x.avpr', '--base', 'etp13']).stderr).toMatch(/^--base takes etp12, etp11 or none/);
    const missing = run(['types', '/no/such.avpr']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^cannot read schema file \/no\/such.avpr/);
    // Without a base, a reference to an ETP type is not defined.
    const alone = run(['types', join(ROOT, 'docs/examples/rig-status.avpr.json'), '--base', 'none']);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toMatch(/^cannot load schema RigStatus: undefined type name: Energistics.Etp.v12.Datatypes.Uuid/);
    // Two messages claiming one protocol and type: refused as createCodec refuses them, not typed.
    const dir = mkdtempSync(join(tmpdir(), 'etp-types-'));
    const twice = join(dir, 'twice.avpr');
    const message = (name: string) => ({ type: 'record', name, namespace: 'X', protocol: '2001', messageType: '1', senderRole: 'store', fields: [] });
    writeFileSync(twice, JSON.stringify({ protocol: 'Twice', namespace: 'X', types: [message('A'), message('B')] }));
    const dup = run(['types', twice]);
    expect(dup.status).toBe(1);
    expect(dup.stderr).toBe('messages X.A and X.B both claim protocol 2001 type 1\n');
    expect(dup.lines).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('points at --extend when the catalog does not hold a protocol', () => {
    const r = run(['decode', 'c8010200080402']); // protocol 100
    expect(r.status).toBe(1);
    expect(JSON.parse(r.lines[0]!)).toEqual({ error: 'UNKNOWN_PROTOCOL', message: "protocol 100 is not registered (a custom protocol's bundle is loaded with --extend FILE)" });
  });
});

describe('etp-codec serve and connect', () => {
  it('serve on a port another process holds says so in one line, without a stack, and exits 2', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    const r = await runAsync(['serve', '--port', String(port)]);
    busy.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`LISTEN_FAILED: cannot listen on 127.0.0.1:${port}: the address is in use (another process listens there) (EADDRINUSE)\n`);
  });

  it('connect to a url without a scheme says what to write instead', () => {
    const r = run(['connect', 'localhost:9']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('INVALID_OPTION: localhost:9 is not a ws:// or wss:// url (did you mean ws://localhost:9?)\n');
  });

  it('serve runs a synthetic server that connect opens a session with and lists resources from', async () => {
    const { spawn } = await import('node:child_process');
    const serve = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--resources', '3', '--max-message-bytes', '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.stdout.on('data', (d) => {
          out += d;
          const m = /ETP 1\.2 on (ws:\/\/[^ ]+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const r = run(['connect', url, '--protocol', '3:store', '--get-resources', 'eml:///']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const text = r.lines.join('\n');
      expect(text).toMatch(/"maxMessageBytes": 100000/);
      expect(text).toMatch(/"protocol": 3/);
      expect(text).not.toMatch(/"protocol": 1\b/); // only what --protocol asked for
      const uris = r.lines.filter((l) => l.startsWith('eml:///witsml20.Well(')).map((l) => l.split('\t')[0]!);
      expect(uris).toHaveLength(3);
      expect(uris.every(isEtpUri)).toBe(true);
      expect(r.lines.at(-1)).toBe('3 resources in 1 part(s)');
      // The URI pyetp was refused: not an ETP 1.2 URI, so the store answers EINVALID_URI (9).
      const bad = run(['connect', url, '--get-resources', 'eml:///witsml20.Well(000998)']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^PROTOCOL_EXCEPTION: peer answered with ProtocolException 9: "eml:\/\/\/witsml20.Well\(000998\)" is not an etp 1.2 uri/);
      expect(run(['connect', 'ws://127.0.0.1:1/']).status).toBe(1);
      // --record writes every frame both ways; decode --log prints them decoded, in order.
      const dir = mkdtempSync(join(tmpdir(), 'etp-record-'));
      const file = join(dir, 'session.jsonl');
      expect(run(['connect', url, '--protocol', '3:store', '--get-resources', 'eml:///', '--record', file]).status).toBe(0);
      const log = run(['decode', '--log', file]);
      expect(log.status).toBe(0);
      const entries = log.lines.map((l) => JSON.parse(l) as { at: number; dir: string; name: string; body: unknown });
      expect(entries.map((e) => `${e.dir} ${e.name.split('.').pop()}`)).toEqual(['out RequestSession', 'in OpenSession', 'out GetResources', 'in GetResourcesResponse', 'out CloseSession']);
      expect(entries.every((e, i) => typeof e.at === 'number' && (i === 0 || e.at >= entries[i - 1]!.at))).toBe(true);
      expect((entries[3]!.body as { resources: unknown[] }).resources).toHaveLength(3);
      writeFileSync(file, 'not json\n');
      expect(run(['decode', '--log', file]).stderr).toBe('INVALID_INPUT: line 1 of the recording is not JSON\n');
      rmSync(dir, { recursive: true, force: true });
    } finally {
      serve.kill('SIGINT');
    }
  });

  it.each(['1.1', '1.2'])('serve --etp %s and connect with the same version complete a session with Discovery and ChannelStreaming', async (etp) => {
    const { spawn } = await import('node:child_process');
    const serve = spawn(process.execPath, [CLI, 'serve', '--etp', etp, '--port', '0', '--resources', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.stdout.on('data', (d) => {
          out += d;
          const m = /ETP 1\.[12] on (ws:\/\/[^ ]+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const root = etp === '1.1' ? 'eml://witsml14' : 'eml:///';
      const r = await runAsync(['connect', url, '--etp', etp, '--get-resources', root, '--stream', '2']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const wells = r.lines.filter((l) => /\t(Synthetic )?well \d$/.test(l));
      expect(wells).toHaveLength(5);
      // 1.1: one GetResourcesResponse per resource; 1.2: one message holds them all.
      expect(r.lines).toContain(etp === '1.1' ? '5 resources in 5 part(s)' : '5 resources in 1 part(s)');
      expect(r.lines).toContain('ChannelMetadata: 0=HKLD kN, 1=ROP m/h, 2=SPPA kPa, 3=TORQUE kN.m');
      expect(r.lines.filter((l) => /^ChannelData \d: 40 items, channels 0, 1, 2, 3$/.test(l))).toHaveLength(2);
      // The other version is refused at the upgrade.
      const other = await runAsync(['connect', url, '--etp', etp === '1.1' ? '1.2' : '1.1']);
      expect(other.status).toBe(1);
      expect(other.stderr).toMatch(new RegExp(`^UPGRADE_REFUSED: .* answered http 400: this is an etp ${etp.replace('.', '\\.')} endpoint`));
    } finally {
      serve.kill('SIGINT');
    }
  });
});

describe('etp-codec serve and connect --sparkle', () => {
  it('serve offers Sparkle beside ETP; connect --sparkle prints the items, and a bad source gets its Status', async () => {
    const { spawn } = await import('node:child_process');
    const serve = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--sparkle-interval-ms', '50'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.stdout.on('data', (d) => {
          out += d;
          const m = /ETP 1\.2 on (ws:\/\/[^ ]+) .*Sparkle 2000 producer \(transforms raw, window\)/.exec(out);
          if (m) resolve(m[1]!);
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const raw = await runAsync(['connect', url, '--sparkle', 'rig1/drilling/HKLD', '--param', 'last=3', '--items', '5', '--credit', '2']);
      expect(raw.stderr).toBe('');
      expect(raw.status).toBe(0);
      expect(raw.lines).toContain('stream 1 (Value): column="rig1/drilling/HKLD" transform="raw"');
      const rows = raw.lines.filter((l) => /^1\t\d{4}-\d\d-\d\dT[\d:.]+Z\t-?\d/.test(l));
      expect(rows).toHaveLength(5);
      const windows = await runAsync(['connect', url, '--sparkle', 'dataSet:rig2/drilling', '--transform', 'window', '--param', 'window=10', '--param', 'fn=max', '--items', '4']);
      expect(windows.status).toBe(0);
      expect(windows.lines.filter((l) => l.startsWith('stream '))).toHaveLength(4);
      expect(windows.lines).toContain('stream 2 (Value): column="rig2/drilling/ROP" transform="window 10 s max"');
      const bad = await runAsync(['connect', url, '--sparkle', 'rig9/drilling/HKLD']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^SPARKLE_STATUS: sparkle status 600 \(request\): no dataSet "rig9\/drilling"/);
    } finally {
      serve.kill('SIGINT');
    }
  });
});

describe('etp-codec publish', () => {
  it('in process, through a link that cuts: every event acknowledged, delivered once', async () => {
    const r = await runAsync(['publish', '--events', '3000', '--cut', '0.003', '--seed', '7']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m =
      /^sent 3000, acknowledged 3000, sent again (\d+), connections (\d+), undelivered 0, cuts (\d+), delivered 3000, delivered twice 0, acknowledged again without delivery (\d+) in \d+ ms$/.exec(
        r.lines[0]!,
      );
    expect(m, r.lines[0]).not.toBeNull();
    expect(Number(m![3])).toBeGreaterThan(5);
  });

  it('to etp-codec serve over ws', async () => {
    const { spawn } = await import('node:child_process');
    const serve = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.stdout.on('data', (d) => {
          out += d;
          const m = /ETP 1\.2 on (ws:\/\/[^ ]+) .*Sink 2010 ingest/.exec(out);
          if (m) resolve(m[1]!);
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const state = join(mkdtempSync(join(tmpdir(), 'etp-codec-sink-')), 'device.sqlite');
      const r = await runAsync(['publish', url, '--events', '500', '--state', state]);
      expect(r.stderr).toBe('');
      expect(r.lines[0]).toMatch(/^sent 500, acknowledged 500, sent again 0, connections 1, undelivered 0 in \d+ ms$/);
      // The device kept the server's id in its file: the next run is Connected, not Hello.
      const kept = new SqliteDeviceState(state);
      expect(kept.storage.load()).toBe('5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a');
      expect(kept.outbox.size).toBe(0);
      kept.close();
      expect((await runAsync(['publish', url, '--events', '10', '--state', state])).status).toBe(0);
      // A server that does not know the device under that id refuses it: another device id, the same file.
      const stranger = await runAsync(['publish', url, '--events', '1', '--state', state, '--device', '00000000-0000-4000-8000-00000000beef']);
      expect(stranger.status).toBe(1);
      expect(stranger.stderr).toMatch(/^SINK_REFUSED: admission refused: InstanceIdMismatch/);
      expect((await runAsync(['publish', url, '--device', 'not-a-uuid'])).stderr).toMatch(/clientInstanceId must be a uuid/);
    } finally {
      serve.kill('SIGINT');
    }
  });
});

describeShared('etp-codec CLI with the official bundles', () => {
  it('passes every ETP 1.2 vector both ways with --schema etp12.avpr', () => {
    bothWays(readVectors(sharedPath('vectors/etp12.jsonl')), ['--schema', sharedPath('reference/etp12.avpr')]);
  });
  it('passes every wide-long vector both ways', () => {
    bothWays(readVectors(sharedPath('vectors/etp12-wide-longs.jsonl')), ['--schema', sharedPath('reference/etp12.avpr')]);
  });
  it('passes every ETP 1.1 vector both ways with --schema etp11.avpr --etp 1.1', () => {
    bothWays(readVectors(sharedPath('vectors/etp11.jsonl')), ['--schema', sharedPath('reference/etp11.avpr'), '--etp', '1.1']);
  });
});

describe('etp-codec bench', () => {
  it("times a user's own message (interchange JSON over an --extend bundle) against avsc and JSON, as JSON and as an SVG chart", () => {
    const dir = mkdtempSync(join(tmpdir(), 'etp-bench-'));
    const message = join(dir, 'message.json');
    const svg = join(dir, 'chart.svg');
    writeFileSync(message, JSON.stringify({ header: { protocol: 2001, messageType: 1, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { rigIds: ['2f1b6c3e-4d5a-4e7b-8c9d-0a1b2c3d4e5f'] } }));
    const r = run(['bench', '--extend', join(ROOT, 'docs/examples/rig-status.avpr.json'), '--message', message, '--rounds', '1', '--time-ms', '5', '--json', '--svg', svg]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.lines.join('\n')) as { message: { name: string; bytes: number }; results: { case: string; op: string; baseline: string; ratio: number; target?: number }[] };
    expect(out.message).toEqual({ name: 'Example.RigStatus.GetRigStatus', bytes: expect.any(Number) });
    const results = out.results;
    // The project's targets are for its own shapes: none is set against a user's message.
    expect(results.every((x) => x.target === undefined)).toBe(true);
    expect(results.map((x) => `${x.op} vs ${x.baseline.split(' ')[0]}`)).toEqual(['encode vs avsc', 'decode vs avsc', 'encode vs JSON.stringify', 'decode vs JSON.parse']);
    expect(results.every((x) => x.case === 'GetRigStatus' && x.ratio > 0)).toBe(true);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg[\s\S]*GetRigStatus · encode vs avsc[\s\S]*<\/svg>$/);
  });

  it('prints a Markdown table by default, and refuses --extend without --message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etp-bench-'));
    const message = join(dir, 'ping.json');
    writeFileSync(message, JSON.stringify({ header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { currentDateTime: 1 } }));
    const table = run(['bench', '--message', message, '--rounds', '3', '--time-ms', '5']);
    expect(table.status).toBe(0);
    // First the message's size and the time per message, then the table (no targets), then a warning if rounds disagreed.
    expect(table.lines[0]).toMatch(/^Energistics\.Etp\.v12\.Protocol\.Core\.Ping: \d+ bytes as a frame; etp-codec encode \d+ ns, decode \d+ ns per message \(median of rounds\)$/);
    expect(table.lines[1]).toBe('| case | op | etp-codec ops/s | baseline | baseline ops/s | ratio (low–high) | target |');
    const rows = table.lines.slice(3).filter((l) => l.startsWith('| Ping'));
    expect(rows.map((l) => l.split(' | ').slice(0, 2).join(' '))).toEqual(['| Ping encode', '| Ping decode', '| Ping encode', '| Ping decode']);
    expect(rows.every((l) => l.endsWith('|  |'))).toBe(true);
    expect(table.lines.slice(3 + rows.length).every((l) => l.startsWith('warning: '))).toBe(true);
    const usage = run(['bench', '--extend', join(ROOT, 'docs/examples/rig-status.avpr.json')]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--schema and --extend go with --message/);
  });
});

describe('etp-codec connect --load-channel / --watch-channel', () => {
  it('loads a made-up log and lines from stdin into a store channel; a watcher prints its points from an index, in order', async () => {
    const { serve, url } = await serveStore();
    try {
      const uri = "eml:///dataspace('logs')/witsml21.Channel(6a0f1c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b)";
      const loaded = await runAsync(['connect', url, '--load-channel', uri, '--points', '25000']);
      expect(loaded.stderr).toBe('');
      expect(JSON.parse(loaded.lines.at(-1)!)).toMatchObject({ loaded: uri, points: 25_000 });
      const fromStdin = run(['connect', url, '--load-channel', uri], '5000 1.5\n5001,shale\n');
      expect(JSON.parse(fromStdin.lines.at(-1)!)).toMatchObject({ loaded: uri, points: 2 });
      const watched = await runAsync(['connect', url, '--watch-channel', uri, '--from', '3499.8', '--items', '4']);
      expect(watched.status).toBe(0);
      const lines = watched.lines.filter((l) => l.startsWith('{"')).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[lines.length - 5]).toMatchObject({ watching: uri, channel: 'GR', index: 'MeasuredDepth', from: 3499.8 });
      expect(lines.slice(-4).map((l) => [l.index, typeof l.value])).toEqual([
        [3499.8, 'number'],
        [3499.9, 'number'],
        [5000, 'number'],
        [5001, 'string'],
      ]);
      expect(lines.at(-1)!.value).toBe('shale');
    } finally {
      serve.kill('SIGKILL');
    }
  });
});

describe('etp-codec connect --subscribe', () => {
  it("prints a store's changes as JSON lines while another client writes, then stops after --items", async () => {
    const { serve, url } = await serveStore();
    try {
      const { StoreClient, dataObjectRecord } = await import('../src/store/index.js');
      const writer = await StoreClient.connect(url);
      (await writer.putDataspaces(['cli'])).orThrow();
      const watching = runAsync(['connect', url, '--subscribe', "eml:///dataspace('cli')", '--items', '3']);
      const uuids = ['0d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a51', '0d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a52', '0d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a53'];
      const uri = (u: string) => `eml:///dataspace('cli')/resqml20.obj_LocalDepth3dCrs(${u})`;
      const xml = (u: string) => `<resqml2:obj_LocalDepth3dCrs xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" uuid="${u}"/>`;
      // Writes until the watcher has subscribed and heard three changes (it prints "subscribed" first, then exits after three).
      let done = false;
      void watching.then(() => (done = true));
      for (let i = 0; !done; i++) {
        const u = uuids[i % 3]!;
        (await writer.putDataObjects([dataObjectRecord(uri(u), xml(u))])).orThrow();
        await new Promise((r) => setImmediate(r));
      }
      const r = await watching;
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const lines = r.lines.filter((l) => l.startsWith('{"'));
      expect(JSON.parse(lines[0]!)).toMatchObject({ subscribed: "eml:///dataspace('cli')" });
      const changes = lines.slice(1).map((l) => JSON.parse(l) as { kind: string; dataObject: { resource: { uri: string } } });
      expect(changes).toHaveLength(3);
      expect(changes.every((c) => c.kind === 'changed' && uuids.map(uri).includes(c.dataObject.resource.uri))).toBe(true);
      writer.close();
    } finally {
      serve.kill('SIGKILL');
    }
  });
});
