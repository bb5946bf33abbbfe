// How long a codec takes to create with the full built-in catalog: the first one in a process
// parses the catalog (212 types for ETP 1.2); every later one shares it and compiles nothing until
// a message is first used. Printed by `npm run bench`; figures in milliseconds (median of rounds).
import { performance } from 'node:perf_hooks';
import { createCodec } from '../src/index.js';
import { median } from '../src/cli/bench-harness.js';
import { sampleChannelData } from '../test/helpers/samples.js';

export function codecCreation(): { first12: number; first11: number; later: number; firstEncode: number } {
  let t = performance.now();
  createCodec();
  const first12 = performance.now() - t;
  t = performance.now();
  createCodec({ etp: '1.1' });
  const first11 = performance.now() - t;
  const later: number[] = [];
  const firstEncode: number[] = [];
  const message = sampleChannelData(10);
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    const c = createCodec();
    later.push(performance.now() - t);
    t = performance.now();
    c.encode(message);
    firstEncode.push(performance.now() - t);
  }
  return { first12, first11, later: median(later), firstEncode: median(firstEncode) };
}
