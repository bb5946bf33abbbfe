import type { AvroType } from '../schema/avro-types.js';
import { EtpError } from '../errors.js';

/** The top-level array and map fields of a message body: what plural messages spread over parts. */
export function collectionFields(t: AvroType): { name: string; kind: 'array' | 'map' }[] {
  const out: { name: string; kind: 'array' | 'map' }[] = [];
  for (const f of t.typeName === 'record' ? t.fields : []) {
    const k = f.type.typeName;
    if (k === 'array' || k === 'map') out.push({ name: f.name, kind: k });
  }
  return out;
}

/**
 * Merges the bodies of a plural message's parts into one logical body: arrays concatenated, maps
 * merged, every other field taken from the first part. Linear in the total size.
 */
export class BodyMerger {
  private merged: Record<string, unknown> | undefined;
  private readonly fields: { name: string; kind: 'array' | 'map' }[];

  constructor(type: AvroType) {
    this.fields = collectionFields(type);
  }

  add(body: unknown): void {
    const b = body as Record<string, unknown>;
    if (this.merged === undefined) {
      // Own copies of the collections, so that later parts can be appended in place.
      this.merged = { ...b };
      for (const f of this.fields) {
        const v = b[f.name];
        this.merged[f.name] = f.kind === 'array' ? [...(v as unknown[])] : Object.assign({}, v);
      }
      return;
    }
    for (const f of this.fields) {
      const v = b[f.name];
      if (f.kind === 'array') {
        const into = this.merged[f.name] as unknown[];
        for (const x of v as unknown[]) into.push(x);
      } else {
        Object.assign(this.merged[f.name] as object, v);
      }
    }
  }

  get body(): unknown {
    return this.merged;
  }
}

/**
 * Splits a body into parts, each holding a slice of its largest top-level collection (the other
 * fields repeated, the other collections in the first part only), and returns the encoded parts. `encode(part, index)` encodes a candidate part
 * exactly as it will be sent and returns its frame, or undefined when it does not fit; the frame
 * of the largest slice that fit is the one returned, so each part is encoded once for each size
 * tried and never again. Slice sizes are found by galloping and bisection from the previous
 * part's size. Throws MESSAGE_TOO_LARGE when a single item cannot fit or the body has no
 * collection to split. `discard`, when given, is told of every frame encoded and not returned.
 */
export function splitBody<F>(type: AvroType, body: unknown, encode: (part: unknown, index: number) => F | undefined, discard?: (frame: F) => void): F[] {
  const b = body as Record<string, unknown>;
  let field: { name: string; kind: 'array' | 'map' } | undefined;
  let most = -1;
  for (const f of collectionFields(type)) {
    const v = b[f.name];
    const n = f.kind === 'array' ? (v as unknown[]).length : Object.keys(v as object).length;
    if (n > most) [field, most] = [f, n];
  }
  if (!field || most < 2) {
    throw new EtpError('MESSAGE_TOO_LARGE', `${type.name} is too large for one message and has no collection to split`);
  }
  const { name, kind } = field;
  const entries = kind === 'array' ? (b[name] as unknown[]) : Object.entries(b[name] as object);
  // The other collections travel whole in the first part and empty in the others, so that the
  // receiver's merge (which concatenates every collection) gives each back exactly once.
  const rest = { ...b };
  for (const f of collectionFields(type)) if (f.name !== name) rest[f.name] = f.kind === 'array' ? [] : {};
  const slice = (from: number, to: number): unknown => {
    const part = entries.slice(from, to);
    return { ...(from === 0 ? b : rest), [name]: kind === 'array' ? part : Object.fromEntries(part as [string, unknown][]) };
  };
  const frames: F[] = [];
  let start = 0;
  let guess = 1;
  while (start < entries.length) {
    const index = frames.length;
    // The frame of the largest size known to fit (lo): only it can be the part sent.
    let fit: F | undefined;
    const ok = (k: number): boolean => {
      const frame = encode(slice(start, start + k), index);
      if (frame === undefined) return false;
      if (fit !== undefined && discard) discard(fit);
      fit = frame;
      return true;
    };
    if (!ok(1)) {
      throw new EtpError('MESSAGE_TOO_LARGE', `one ${name} entry of ${type.name} does not fit in a message`);
    }
    // Gallop up from the last part's size, then bisect between the largest size known to fit
    // (lo) and the smallest known not to (hi; left + 1 while none is known). Each size is
    // encoded at most once, and sizes that fit are tried in increasing order, so `fit` always
    // holds the frame of lo.
    const left = entries.length - start;
    let lo = 1;
    let hi = left + 1;
    let k = Math.min(Math.max(guess, 2), left);
    while (k > lo) {
      if (ok(k)) {
        lo = k;
        k = Math.min(k * 2, left);
      } else {
        hi = k;
        break;
      }
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (ok(mid)) lo = mid;
      else hi = mid;
    }
    frames.push(fit!);
    start += lo;
    guess = lo;
  }
  return frames;
}
