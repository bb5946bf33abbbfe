import avsc from 'avsc';
import { sampleChannelData, sampleRequestSession } from '../test/helpers/samples.js';
import { createCodec, type EtpMessage } from '../src/index.js';
import { ETP12_BUILTIN_BUNDLES } from '../src/schema/builtin.js';

const registry: Record<string, avsc.Type> = {};
for (const b of ETP12_BUILTIN_BUNDLES) for (const t of b.types) avsc.Type.forSchema(t as avsc.Schema, { registry, wrapUnions: true });
const headerType = registry['Energistics.Etp.v12.Datatypes.MessageHeader']!;
const scratch = Buffer.alloc(1 << 21);
const toAvsc = (v: unknown): unknown => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v) ? Buffer.from(v.replace(/-/g, ''), 'hex') : Array.isArray(v) ? v.map(toAvsc) : v && typeof v === 'object' && !(v instanceof Uint8Array) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toAvsc(x)])) : v;
function time(fn: () => unknown, ms = 300): number { let n = 0; const end = performance.now() + ms; const t0 = performance.now(); while (performance.now() < end) { for (let i = 0; i < 20; i++) fn(); n += 20; } return n / ((performance.now() - t0) / 1000); }
const codec = createCodec({ codegen: (process.env.CG as 'auto') ?? 'auto' });
for (const [name, m] of [['CD100', sampleChannelData(100)], ['CD10', sampleChannelData(10)], ['RS', sampleRequestSession()]] as [string, EtpMessage][]) {
  const type = registry[codec.lookup(m.header).name]!;
  const body = toAvsc(m.body); const frame = codec.encode(m as never);
  const hdr = m.header;
  const avEnc = () => { let p = headerType.encode(hdr, scratch, 0); p = type.encode(body, scratch, p); return Buffer.from(scratch.subarray(0, p)); };
  const avDec = () => { const h = headerType.decode(frame as Buffer, 0); return type.decode(frame as Buffer, h.offset).value; };
  const res: number[] = [];
  for (let round = 0; round < 5; round++) {
    const a = time(() => codec.encode(m as never)); const b = time(avEnc); const c = time(() => codec.decode(frame)); const d = time(avDec);
    const e = time(() => type.encode(body, scratch, 0));
    res.push(a / b, c / d, a / e);
  }
  const med = (k: number) => res.filter((_, i) => i % 3 === k).sort((x, y) => x - y)[2]!.toFixed(2);
  console.log(name, 'enc vs avsc fair', med(0), 'dec vs avsc fair', med(1), 'enc vs avsc body scratch', med(2));
}
