// What a value a transform hands the server holds in memory, estimated from its shape: the unit
// in which backlogs are bounded. The figures are V8's on 64-bit with pointer compression off
// (the conservative case): a header of 16 bytes an object, 8 a slot, strings 2 bytes a unit.

import { Utf8Text } from '../wire/index.js';
/** Bytes of heap a string, number, typed array, array or plain object holds (estimated, never 0). */
export function heapBytes(value: unknown, depth = 0): number {
  switch (typeof value) {
    case 'string':
      return 24 + 2 * value.length;
    case 'number':
      return 16; // a heap number unless small and integral
    case 'boolean':
    case 'undefined':
      return 8;
    case 'bigint':
      return 24;
    case 'object': {
      if (value === null) return 8;
      // A typed array is three objects (the view, its buffer, the buffer's record) around its bytes.
      if (ArrayBuffer.isView(value)) return 360 + value.byteLength;
      // A value nested deeper than any DataValue is counted by its slots only (no recursion bomb).
      if (depth > 8) return 64;
      if (Array.isArray(value)) {
        let n = 32 + 8 * value.length;
        for (const v of value) if (typeof v === 'object' || typeof v === 'string' || typeof v === 'bigint') n += heapBytes(v, depth + 1);
        return n;
      }
      let n = 32;
      for (const key in value) n += 16 + heapBytes((value as Record<string, unknown>)[key], depth + 1);
      return n;
    }
    default:
      return 32;
  }
}

/**
 * {@link heapBytes} of a stream item (`{ key, value: { item: { branch: x } } }`), without walking
 * the wrappers every item has: what a backlog charges per item, on the hot path. Never below
 * heapBytes' figure for the same item's leaves, and measured not to be below the real heap.
 */
export function streamItemBytes(item: { key?: string | Utf8Text | null; value?: { item?: unknown } }): number {
  const key = item.key;
  // The item, its DataValue and its branch object, with their slots.
  let n = 176 + (typeof key === 'string' ? 24 + 2 * key.length : key instanceof Utf8Text ? 96 + key.byteLength : 0);
  const v = item.value?.item;
  if (v === null || typeof v !== 'object') return n;
  for (const k in v) n += heapBytes((v as Record<string, unknown>)[k], 3);
  return n;
}
