import { EtpError } from '../errors.js';
import type { ErrorInfo } from '../schema/index.js';

// How the store answers a request of many items: the successes in response messages that each fit
// the negotiated size, then the messages that carry large objects (Chunk), then the per-item
// failures in ProtocolException parts keyed like the request — one multipart response.

/** One message of a response, by full name (or 1000, ProtocolException, in the request's protocol). */
export interface AnswerPart {
  message: string | number;
  body: unknown;
}

/** The ProtocolException message type. */
const PROTOCOL_EXCEPTION = 1000;

/** Bytes an Avro encoding of `value` takes at most, give or take: strings and bytes with their length, numbers as longs, map keys counted. */
export function estimateBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return Buffer.byteLength(value) + 5;
    case 'number':
    case 'bigint':
      return 10;
    case 'boolean':
      return 1;
    case 'object': {
      if (value === null) return 1;
      if (value instanceof Uint8Array) return value.byteLength + 5;
      if (Array.isArray(value)) {
        let n = 5;
        for (const v of value) n += typeof v === 'number' ? 10 : estimateBytes(v);
        return n;
      }
      let n = 5;
      for (const [k, v] of Object.entries(value)) n += k.length + estimateBytes(v);
      return n;
    }
    default:
      return 1;
  }
}

/** What one part may hold: the negotiated size less room for the header and the map's framing. */
export function partBudget(maxMessageBytes: number): number {
  return Math.max(256, Math.floor(maxMessageBytes * 0.9) - 512);
}

/** Entries packed into groups of at most `budget` estimated bytes (an entry larger alone goes alone). */
export function pack<T>(entries: readonly T[], size: (e: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const e of entries) {
    const n = size(e);
    if (group.length > 0 && bytes + n > budget) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(e);
    bytes += n;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** An ErrorInfo from what a handler threw (its ETP code, else EINVALID_ARGUMENT 5). */
export function errorInfo(err: unknown): ErrorInfo {
  if (err instanceof EtpError) return { message: err.message, code: err.etpCode ?? 5 };
  return { message: String((err as Error)?.message ?? err), code: 5 };
}

/**
 * Runs `fn` on each item of a request's map, in order: what it returns is that item's success,
 * what it throws that item's error (its ETP code), both keyed like the request.
 */
export async function eachItem<I, R>(items: Record<string, I>, fn: (item: I, key: string) => R | Promise<R>): Promise<{ success: Record<string, R>; errors: Record<string, ErrorInfo> }> {
  const success: [string, R][] = [];
  const errors: [string, ErrorInfo][] = [];
  for (const [key, item] of Object.entries(items)) {
    try {
      success.push([key, await fn(item, key)]);
    } catch (err) {
      errors.push([key, errorInfo(err)]);
    }
  }
  // fromEntries defines each key as its own property: a key named __proto__ stays a key.
  return { success: Object.fromEntries(success), errors: Object.fromEntries(errors) };
}

/**
 * The parts of a per-item response: `field` (a map) of `response` holding the successes, split to
 * fit; then `extra` (Chunk messages); then the errors. A response with neither successes nor
 * errors is one empty response message; one with only errors is only the ProtocolException.
 */
export function perItemParts(
  response: string,
  field: string,
  success: readonly [string, unknown][],
  errors: readonly [string, ErrorInfo][],
  maxMessageBytes: number,
  extra: readonly AnswerPart[] = [],
): AnswerPart[] {
  const budget = partBudget(maxMessageBytes);
  const parts: AnswerPart[] = [];
  for (const group of pack(success, ([k, v]) => k.length + 5 + estimateBytes(v), budget)) parts.push({ message: response, body: { [field]: Object.fromEntries(group) } });
  if (parts.length === 0 && (errors.length === 0 || extra.length > 0)) parts.push({ message: response, body: { [field]: {} } });
  parts.push(...extra);
  for (const group of pack(errors, ([k, e]) => k.length + estimateBytes(e.message) + 16, budget)) {
    parts.push({ message: PROTOCOL_EXCEPTION, body: { error: null, errors: Object.fromEntries(group) } });
  }
  return parts;
}
