// The benchmark harness of `etp-codec bench` and `npm run bench`: contenders timed in rounds,
// round-robin (both sides of a ratio see the same machine state), ratios taken within each round
// and reported as the median over rounds. Absolute times vary with the machine's load; ratios of
// one run are what to quote.

/** One side of a comparison: `fn` does `times` operations (batched when one is well under a microsecond). */
export interface Contender {
  name: string;
  times: number;
  fn: () => unknown;
}

/** A comparison: ours against a baseline doing the same work by other means. */
export interface BenchRow {
  case: string;
  op: string;
  ours: Contender;
  baseline: Contender;
  /** The ratio ours/baseline (ops per second) the row must reach, if any. */
  target?: number;
  note?: string;
}

export interface BenchResult {
  case: string;
  op: string;
  ours: string;
  baseline: string;
  /** Median operations per second over the rounds. */
  oursOps: number;
  baselineOps: number;
  /** Median over rounds of ours/baseline. */
  ratio: number;
  /** The smallest and largest ratio of a round. */
  low: number;
  high: number;
  target?: number;
  met?: boolean;
  note?: string;
}

export interface HarnessOptions {
  rounds?: number;
  /** Time each contender runs in each round, in milliseconds. */
  timeMs?: number;
  onRound?: (round: number) => void;
}

let sink: unknown;

/** Operations per second of a contender over about `timeMs` (awaiting it when it returns a promise). */
async function opsPerSecond(c: Contender, timeMs: number): Promise<number> {
  const start = performance.now();
  const end = start + timeMs;
  let calls = 0;
  let now = start;
  do {
    const r = c.fn();
    if (r instanceof Promise) await r;
    else sink = r;
    calls++;
    now = performance.now();
  } while (now < end);
  return (calls * c.times) / ((now - start) / 1000);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Times every row's contenders (each distinct contender once a round) and returns the ratios. */
export async function runBench(rows: readonly BenchRow[], options: HarnessOptions = {}): Promise<BenchResult[]> {
  const rounds = options.rounds ?? 5;
  const timeMs = options.timeMs ?? 150;
  const contenders = [...new Set(rows.flatMap((r) => [r.ours, r.baseline]))];
  // Warm-up: every contender runs once for a while before anything is measured.
  for (const c of contenders) await opsPerSecond(c, Math.max(timeMs / 3, 20));
  const perRound: Map<Contender, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const ops = new Map<Contender, number>();
    for (const c of contenders) {
      (globalThis as { gc?: () => void }).gc?.();
      ops.set(c, await opsPerSecond(c, timeMs));
    }
    perRound.push(ops);
    options.onRound?.(round);
  }
  void sink;
  return rows.map((r) => {
    const ratios = perRound.map((ops) => ops.get(r.ours)! / ops.get(r.baseline)!);
    const ratio = median(ratios);
    return {
      case: r.case,
      op: r.op,
      ours: r.ours.name,
      baseline: r.baseline.name,
      oursOps: median(perRound.map((ops) => ops.get(r.ours)!)),
      baselineOps: median(perRound.map((ops) => ops.get(r.baseline)!)),
      ratio,
      low: Math.min(...ratios),
      high: Math.max(...ratios),
      ...(r.target === undefined ? {} : { target: r.target, met: ratio >= r.target }),
      ...(r.note === undefined ? {} : { note: r.note }),
    };
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The results as a Markdown table (what the README shows). */
export function markdownTable(results: readonly BenchResult[]): string {
  const lines = ['| case | op | etp-codec ops/s | baseline | baseline ops/s | ratio (low–high) | target |', '|---|---|---:|---|---:|---:|---|'];
  for (const r of results) {
    const target = r.target === undefined ? '' : `≥ ${+r.target.toFixed(3)}× ${r.met ? 'met' : 'MISSED'}`;
    lines.push(`| ${r.case} | ${r.op} | ${fmt(r.oursOps)} | ${r.baseline} | ${fmt(r.baselineOps)} | ${r.ratio.toFixed(2)}× (${r.low.toFixed(2)}–${r.high.toFixed(2)}) | ${target} |`);
  }
  return lines.join('\n');
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The ratios as a horizontal bar chart (SVG, log scale from 0.1× to the largest, 1× marked; targets as ticks). */
export function svgChart(results: readonly BenchResult[], title: string): string {
  const rowH = 22;
  const label = (r: BenchResult): string => `${r.case} · ${r.op} vs ${r.baseline}`;
  const labelW = 20 + Math.ceil(Math.max(...results.map((r) => label(r).length)) * 6.4);
  const plotW = 420;
  const top = 40;
  const height = top + results.length * rowH + 30;
  const lowest = 0.1; // smaller ratios are drawn to the axis' end and labelled with their value
  const maxRatio = Math.max(4, ...results.map((r) => r.ratio), ...results.map((r) => r.target ?? 0));
  const x = (ratio: number): number => labelW + ((Math.log(Math.max(ratio, lowest)) - Math.log(lowest)) / (Math.log(maxRatio) - Math.log(lowest))) * plotW;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + plotW + 70}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<line x1="${x(1)}" y1="${top - 8}" x2="${x(1)}" y2="${height - 25}" stroke="#444" stroke-dasharray="4 3"/>`,
    `<text x="${x(1) - 6}" y="${height - 10}">1×</text>`,
    `<text x="${labelW - 8}" y="${height - 10}">0.1×</text>`,
  ];
  results.forEach((r, i) => {
    const y = top + i * rowH;
    // Green: target met; red: missed; grey: a comparison without a target.
    const colour = r.met === undefined ? '#9e9e9e' : r.met ? '#2e7d32' : '#c62828';
    parts.push(`<text x="10" y="${y + 14}">${escapeXml(label(r))}</text>`);
    const x0 = x(Math.min(1, r.ratio));
    const x1 = x(Math.max(1, r.ratio));
    parts.push(`<rect x="${x0}" y="${y + 4}" width="${Math.max(x1 - x0, 1)}" height="${rowH - 8}" fill="${colour}"/>`);
    if (r.target !== undefined) parts.push(`<line x1="${x(r.target)}" y1="${y + 2}" x2="${x(r.target)}" y2="${y + rowH - 2}" stroke="black" stroke-width="2"/>`);
    parts.push(`<text x="${Math.max(x1, r.target === undefined ? 0 : x(r.target)) + 4}" y="${y + 14}">${r.ratio < 0.1 ? r.ratio.toFixed(3) : r.ratio.toFixed(2)}×</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
