/**
 * The server side of the idle-memory benchmark, run as its own process so that nothing else
 * lives in its heap: `etp` accepts ETP sessions with `listen`, `ws` accepts plain ws connections
 * (ws's own cost, the baseline). It prints its port, then a memory reading after a full
 * collection each time a line arrives on stdin.
 */
import { createInterface } from 'node:readline';
import { WebSocketServer } from 'ws';
import { listen } from '../src/transport/index.js';

const mode = process.argv.at(-1);
const gc = (globalThis as { gc?: () => void }).gc!;
let port: number;
if (mode === 'etp') {
  const server = await listen({ protocols: [{ protocol: 3, role: 'store' }], maxSessions: 100_000 });
  port = server.port;
} else {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise((r) => wss.once('listening', r));
  port = (wss.address() as { port: number }).port;
}
process.stdout.write(`${JSON.stringify({ port })}\n`);
for await (const _ of createInterface({ input: process.stdin })) {
  // Twice: the first collection may leave finalizable objects for the second.
  gc();
  gc();
  const m = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ heap: m.heapUsed, external: m.external, rss: m.rss })}\n`);
}
