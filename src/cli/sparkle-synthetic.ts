import type { DataValue } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { type Producer, serveSparkle, type StreamItemInput, type SparkleMessageMap, sparkleStatusError, SparkleStatusCode, type Source, TransformRegistry } from '../sparkle/index.js';
import { CHANNELS, T0_US } from './synthetic.js';

// A synthetic Sparkle store: a tree of dataSets of time-series columns (rig1/drilling/HKLD, …),
// each with an hour of history at one row a second and a live row every tick, and two transforms:
// `raw` (the columns as they are) and `window` (mean, min or max per window of seconds).

/** The dataSets: every rig drills, with the channels of the ETP store. */
export const SPARKLE_DATASETS = ['rig1/drilling', 'rig2/drilling', 'rig3/drilling'];
const HISTORY = 3600;

/** One column: its rows (seconds since T0, value), growing live. */
class Column {
  readonly times: number[] = [];
  readonly values: number[] = [];
  private readonly listeners = new Set<(from: number) => void>();

  constructor(readonly seed: number) {}

  value(t: number): number {
    return 100 * this.seed + Math.sin(t / 30 + this.seed) * 10 + Math.cos(t / 7) * 2;
  }

  append(t: number): void {
    const from = this.times.length;
    this.times.push(t);
    this.values.push(this.value(t));
    // An hour of rows is kept: the store's memory is bounded too.
    if (this.times.length > 2 * HISTORY) {
      this.times.splice(0, HISTORY);
      this.values.splice(0, HISTORY);
      for (const l of this.listeners) l(-HISTORY);
    }
    for (const l of this.listeners) l(from);
  }

  listen(fn: (from: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** The store's columns and its clock. */
export class SparkleStore {
  readonly columns = new Map<string, Column>();
  private t = HISTORY;
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    for (const [d, ds] of SPARKLE_DATASETS.entries()) {
      for (const [c, [name]] of CHANNELS.entries()) {
        const col = new Column(d * CHANNELS.length + c + 1);
        for (let t = 0; t < HISTORY; t++) col.append(t);
        this.columns.set(`${ds}/${name}`, col);
      }
    }
  }

  /** Appends a row to every column every `intervalMs`. */
  start(intervalMs: number): this {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref?.();
    return this;
  }

  tick(): void {
    const t = this.t++;
    for (const col of this.columns.values()) col.append(t);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The column paths of the sources: paths as they are, selector `dataSet` → its columns. */
  resolve(sources: Source[]): string[] {
    const out: string[] = [];
    for (const s of sources) {
      if (typeof s === 'string') {
        if (!this.columns.has(s)) {
          const ds = s.slice(0, s.lastIndexOf('/'));
          if (!SPARKLE_DATASETS.includes(ds)) throw sparkleStatusError(SparkleStatusCode.DATASET_NOT_FOUND, `no dataSet ${JSON.stringify(ds)} (${SPARKLE_DATASETS.join(', ')})`);
          throw sparkleStatusError(SparkleStatusCode.COLUMN_NOT_FOUND, `no column ${JSON.stringify(s)}`);
        }
        out.push(s);
        continue;
      }
      if (s.selector !== 'dataSet') throw sparkleStatusError(SparkleStatusCode.SELECTOR_NOT_FOUND, `no source selector ${JSON.stringify(s.selector)} (dataSet)`);
      const name = stringOf(s.selectorParameters.name);
      if (name === undefined) throw sparkleStatusError(SparkleStatusCode.SELECTOR_PARAMETER_ERROR, 'the dataSet selector takes a string parameter "name"');
      if (!SPARKLE_DATASETS.includes(name)) throw sparkleStatusError(SparkleStatusCode.DATASET_NOT_FOUND, `no dataSet ${JSON.stringify(name)}`);
      for (const [name2] of CHANNELS) out.push(`${name}/${name2}`);
    }
    return out;
  }
}

function stringOf(v: DataValue | undefined): string | undefined {
  const item = v?.item as { string?: string } | null | undefined;
  return typeof item?.string === 'string' ? item.string : undefined;
}

/**
 * The transform's parameters, checked: a name it does not know, or a value of the wrong type, is
 * Status 603 (TRANSFORM_PARAMETER_ERROR) instead of being ignored.
 */
function parametersOf(parameters: Record<string, DataValue>, known: Record<string, 'number' | 'string'>): { number(name: string): number | undefined; string(name: string): string | undefined } {
  for (const name of Object.keys(parameters)) {
    if (!Object.hasOwn(known, name))
      throw sparkleStatusError(SparkleStatusCode.TRANSFORM_PARAMETER_ERROR, `unknown parameter ${JSON.stringify(name.slice(0, 100))} (known: ${Object.keys(known).join(', ')})`);
  }
  const read = (name: string, kind: 'number' | 'string'): unknown => {
    if (!Object.hasOwn(parameters, name)) return undefined;
    const item = parameters[name]!.item as Record<string, unknown> | null;
    const branches = kind === 'number' ? ['int', 'long', 'double', 'float'] : ['string'];
    const branch = item === null ? undefined : branches.find((k) => typeof item[k] === kind || (kind === 'number' && typeof item[k] === 'bigint'));
    if (branch === undefined) throw sparkleStatusError(SparkleStatusCode.TRANSFORM_PARAMETER_ERROR, `parameter "${name}" must be a ${kind}, got ${item === null ? 'null' : Object.keys(item)[0]}`);
    return item![branch];
  };
  return {
    number: (name) => ((read(name, 'number') as number | bigint | undefined) === undefined ? undefined : Number(read(name, 'number'))),
    string: (name) => read(name, 'string') as string | undefined,
  };
}

/** The time of row `t` (seconds since T0) as an ISO string: each item's key. */
const iso = (t: number): string => new Date(T0_US / 1000 + t * 1000).toISOString();

/**
 * Feeds rows of `col` from index `from` into `producer`, lazily: the snapshot (up to the rows the
 * column has now) and then, with updates, each row as it comes. `items(i)` turns row `i` into at
 * most one item. Nothing is materialised before the client's credit and the socket ask for it.
 */
function follow(col: Column, producer: Producer, from: number, sendUpdates: boolean, items: (i: number) => StreamItemInput | undefined): void {
  let next = from;
  // Without updates the stream is the snapshot: the rows there are now.
  let last = sendUpdates ? Infinity : col.times.length;
  producer.feed((most) => {
    const out: StreamItemInput[] = [];
    const end = Math.min(last, col.times.length);
    while (next < end && out.length < most) {
      const item = items(next++);
      if (item) out.push(item);
    }
    return out;
  });
  if (!sendUpdates) {
    producer.end();
    return;
  }
  const stop = col.listen((at) => {
    // The column dropped old rows: the cursor moves with them (rows not yet sent are lost to a reader that slow).
    if (at < 0) {
      next = Math.max(0, next + at);
      if (last !== Infinity) last += at;
    } else producer.wake();
  });
  producer.onClose(stop);
}

/** The transforms of the synthetic store. */
export function sparkleTransforms(store: SparkleStore): TransformRegistry {
  return new TransformRegistry()
    .register('raw', (req) => {
      // Parameter `last`: seconds of history in the snapshot (default 60).
      const last = parametersOf(req.parameters, { last: 'number' }).number('last') ?? 60;
      if (!Number.isInteger(last) || last < 0) throw sparkleStatusError(SparkleStatusCode.TRANSFORM_PARAMETER_ERROR, '"last" must be a non-negative integer');
      for (const path of store.resolve(req.sources)) {
        const col = store.columns.get(path)!;
        const producer = req.open({ streamType: 'Value', metadata: { column: { item: { string: path } }, transform: { item: { string: 'raw' } } } });
        follow(col, producer, Math.max(0, col.times.length - last), req.sendUpdates, (i) => ({ key: iso(col.times[i]!), value: { item: { double: col.values[i]! } } }));
      }
    })
    .register('window', (req) => {
      // Parameters: `window` (seconds, default 10), `fn` (mean | min | max, default mean), `last` (windows in the snapshot, default 6).
      const params = parametersOf(req.parameters, { window: 'number', fn: 'string', last: 'number' });
      const size = params.number('window') ?? 10;
      const fn = params.string('fn') ?? 'mean';
      const last = params.number('last') ?? 6;
      if (!Number.isInteger(size) || size < 1) throw sparkleStatusError(SparkleStatusCode.TRANSFORM_PARAMETER_ERROR, '"window" must be a positive integer of seconds');
      if (!['mean', 'min', 'max'].includes(fn)) throw sparkleStatusError(SparkleStatusCode.TRANSFORM_PARAMETER_ERROR, '"fn" must be mean, min or max');
      const reduce = (xs: number[]): number => (fn === 'min' ? Math.min(...xs) : fn === 'max' ? Math.max(...xs) : xs.reduce((a, b) => a + b, 0) / xs.length);
      for (const path of store.resolve(req.sources)) {
        const col = store.columns.get(path)!;
        const producer = req.open({ streamType: 'Value', metadata: { column: { item: { string: path } }, transform: { item: { string: `window ${size} s ${fn}` } } } });
        // Only whole windows are sent: a window is reduced when its last row comes.
        let pending: number[] = [];
        let windowStart = -1;
        // The snapshot starts at a window's first row, `last` windows back.
        let start = Math.max(0, col.times.length - last * size);
        while (start < col.times.length && col.times[start]! % size !== 0) start++;
        follow(col, producer, start, req.sendUpdates, (i) => {
          const t = col.times[i]!;
          const w = t - (t % size);
          if (w !== windowStart) {
            pending = [];
            windowStart = w;
          }
          pending.push(col.values[i]!);
          if (t % size !== size - 1) return undefined;
          const item = { key: iso(w), value: { item: { double: reduce(pending) } } };
          pending = [];
          return item;
        });
      }
    });
}

/** Serves the synthetic Sparkle store on a session. */
export function serveSparkleSynthetic(session: EtpSession<SparkleMessageMap>, store: SparkleStore): void {
  serveSparkle(session, { transforms: sparkleTransforms(store) });
}
