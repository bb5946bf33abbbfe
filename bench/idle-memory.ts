import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { connect } from '../src/transport/index.js';

/** Memory per connection of a server process, from its heap and external memory after a full collection. */
interface Reading {
  heap: number;
  external: number;
  rss: number;
}

async function server(mode: 'etp' | 'ws'): Promise<{ child: ChildProcess; port: number; read: () => Promise<Reading> }> {
  const child = spawn(process.execPath, ['--expose-gc', 'node_modules/vite-node/vite-node.mjs', 'bench/idle-server.ts', '--', mode], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string);
  const { port } = await next();
  return {
    child,
    port,
    read: async () => {
      child.stdin!.write('measure\n');
      return next() as Promise<Reading>;
    },
  };
}

/**
 * What one idle connection costs a server: `count` connections held open (ws alone, or a
 * handshaken ETP session), heap + external memory after a full collection, minus the same with
 * none, divided by `count`.
 */
export async function idleCost(mode: 'etp' | 'ws', count: number): Promise<number> {
  const s = await server(mode);
  const before = await s.read();
  const url = `ws://127.0.0.1:${s.port}/`;
  const closers: (() => void)[] = [];
  for (let i = 0; i < count; i++) {
    if (mode === 'etp') {
      const { session } = await connect(url, { protocols: [{ protocol: 3, role: 'store' }] });
      closers.push(() => session.close());
    } else {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      await new Promise((r) => ws.once('open', r));
      closers.push(() => ws.close());
    }
  }
  const after = await s.read();
  for (const c of closers) c();
  s.child.kill();
  return (after.heap + after.external - before.heap - before.external) / count;
}
