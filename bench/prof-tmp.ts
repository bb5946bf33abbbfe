import { builtinShapes } from '../src/cli/bench.js';
import { createCodec } from '../src/index.js';
const codec = createCodec();
const shape = builtinShapes().find((s) => s.name.startsWith(process.env.SHAPE ?? 'GetResources'))!;
const frame = codec.encode(shape.message as never);
let s: unknown; const t0 = performance.now();
const op = process.env.OP === 'encode' ? () => codec.encode(shape.message as never) : () => codec.decode(frame);
for (let i = 0; i < Number(process.env.N ?? 3000); i++) s = op();
console.log((performance.now() - t0).toFixed(0), 'ms', !!s);
