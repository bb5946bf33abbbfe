// A bystander for scripts/attack-figures.ts, in a process of its own (so that the attacker's work
// does not delay it): pings the server every 20 ms until stdin closes, then prints the round
// trips' median and maximum in ms as JSON.
import { connect } from '../dist/transport/index.js';

const c = await connect(process.argv[2], { protocols: [{ protocol: 3, role: 'store' }] });
const times = [];
let lost = 0;
let running = true;
process.stdin.on('data', () => (running = false));
process.stdin.on('end', () => (running = false));
process.stdout.write('ready\n');
while (running) {
  const t0 = performance.now();
  try {
    await c.session.request(0, 8, { currentDateTime: Date.now() * 1000 }, { timeoutMs: 60_000 });
    times.push(performance.now() - t0);
  } catch {
    lost++;
    if (!c.session.isOpen) break;
  }
  await new Promise((r) => setTimeout(r, 20));
}
times.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ p50: times[Math.floor(times.length / 2)] ?? null, max: times.at(-1) ?? null, lost, count: times.length })}\n`);
c.session.close('done');
setTimeout(() => process.exit(0), 200);
