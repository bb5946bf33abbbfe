import { type AnyCodec, createCodec } from '../../src/codec/index.js';
import { SESSION_CODEC_MAX_ITEMS } from '../../src/session/index.js';
import { MemoryStoreStorage, SqliteStoreStorage, STORE_OFFER, StoreServer, type StoreServerOptions, type StoreStorage } from '../../src/store/index.js';
import { sessionPair } from '../helpers/session-pair.js';
import { PG_URL, postgresStorage } from '../helpers/postgres.js';
import { bytes } from './fixtures.js';

/** The backends the protocol tests run on; {@link useBackend} picks one for the tests that follow. */
export const BACKENDS: [string, () => StoreStorage][] = [
  ['SQLite in memory', () => new SqliteStoreStorage(':memory:')],
  ['MemoryStoreStorage', () => new MemoryStoreStorage()],
  // Where PostgreSQL runs (CI installs and starts it), every protocol test runs on it too.
  ...(PG_URL ? [['PostgreSQL', () => postgresStorage()] as [string, () => StoreStorage]] : []),
];
let backend: () => StoreStorage = BACKENDS[0]![1];
export const useBackend = (make: () => StoreStorage): void => void (backend = make);
/** A new storage of the backend in use. */
export const newStorage = (): StoreStorage => backend();

/** A 16 KiB negotiated size: large objects and arrays must be split. */
export const SMALL = 16 * 1024;

/** A client session linked in memory to a session served by `store` (a new in-memory SQLite store when not given). */
export async function storePair(
  store?: StoreServer,
  size = SMALL,
  options: Partial<StoreServerOptions> = {},
  floatArrays: 'array' | 'typed' = 'array',
): Promise<ReturnType<typeof sessionPair> & { store: StoreServer }> {
  const s = store ?? new StoreServer({ storage: newStorage(), ...options });
  // With floatArrays 'typed', both ends decode arrays of doubles and floats as typed arrays.
  const codec = (): { codec?: AnyCodec } =>
    floatArrays === 'typed' ? { codec: createCodec({ floatArrays, bytesView: true, maxMessageBytes: size, maxDecompressedBytes: size, maxItems: SESSION_CODEC_MAX_ITEMS }) as AnyCodec } : {};
  const caps = { capabilities: { MaxWebSocketMessagePayloadSize: size } };
  const pair = sessionPair({ protocols: [...STORE_OFFER], ...caps, ...codec() }, { protocols: s.offer, ...caps, ...codec() });
  s.attach(pair.server);
  await pair.client.start();
  return { ...pair, store: s };
}

const now = 1_764_000_000_000_000;

/** A DataObject for PutDataObjects. */
export function dataObject(uri: string, xml: string | Uint8Array, blobId?: string): { resource: Record<string, unknown>; format: string; blobId: string | null; data: Uint8Array } {
  return {
    resource: { uri, name: '', lastChanged: now, storeLastWrite: now, storeCreated: now, activeStatus: 'Active' },
    format: 'xml',
    blobId: blobId ?? null,
    data: blobId ? new Uint8Array(0) : typeof xml === 'string' ? bytes(xml) : xml,
  };
}

/** A backend that answers every call a turn of the event loop later, as a networked one would. */
export function deferredStorage(): StoreStorage {
  const inner = new MemoryStoreStorage();
  return new Proxy(inner, {
    get(target, key) {
      const v = (target as unknown as Record<string | symbol, unknown>)[key];
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) =>
          setImmediate(() => {
            try {
              resolve((v as (...a: unknown[]) => unknown).apply(target, args));
            } catch (err) {
              reject(err);
            }
          }),
        );
    },
  });
}

/** `etp-codec serve` (the built CLI) in its own process with a 256 MB heap, resolved once it listens; killed by `children`'s owner. */
export async function spawnServe(args: string[], children: import('node:child_process').ChildProcess[]): Promise<{ child: import('node:child_process').ChildProcess; out: () => string }> {
  const { spawn } = await import('node:child_process');
  const { join } = await import('node:path');
  const { ROOT } = await import('../helpers/shared.js');
  const child = spawn(process.execPath, ['--max-old-space-size=256', join(ROOT, 'dist/cli.js'), 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (/ETP 1\.2 store on ws:/.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { child, out: () => out };
}

/**
 * `etp-codec serve --store :memory:` (the built CLI) in its own process with a capped heap and
 * `--max-outgoing-bytes 4000000`, as the attack tests run it: its URL, its process and its peak
 * resident memory so far (MB, from /proc).
 */
export async function cappedStore(heapMb = 256): Promise<{ server: import('node:child_process').ChildProcess; url: string; peakRssMb: () => number }> {
  const { spawn } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('../helpers/shared.js');
  const server = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, join(ROOT, 'dist/cli.js'), 'serve', '--port', '0', '--store', ':memory:', '--max-outgoing-bytes', '4000000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /ETP 1\.2 store on (ws:\/\/[^ ]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  const peakRssMb = (): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
  return { server, url, peakRssMb };
}
