import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the project: the official schemas and the full conformance vectors. */
export const SHARED = join(ROOT, '../shared');
export const hasShared = existsSync(join(SHARED, 'reference/etp12.avpr'));

if (!hasShared) {
  if (process.env.CI) {
    // CI always has ../shared: its absence there is a broken setup, not a reason to skip.
    throw new Error(`../shared is missing in CI (looked in ${SHARED})`);
  }
  console.warn(`\n!!! ../shared not found at ${SHARED}: the tests that need the official schemas and vectors are SKIPPED !!!\n`);
}

/**
 * `describe` for tests that need ../shared: skipped (loudly, above) when it is absent. A skipped
 * suite's body is not even run (vitest runs a describe.skip body to collect its tests, and these
 * bodies read ../shared while they are collected): each stands as one skipped test.
 */
const placeholder = (): void => {
  it.skip('needs ../shared', () => {});
};
const skipShared = Object.assign((name: string) => describe.skip(name, placeholder), {
  each: (cases: readonly unknown[]) => (name: string) => describe.skip.each(cases as unknown[])(name, placeholder),
}) as unknown as typeof describe;
export const describeShared = hasShared ? describe : skipShared;

export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);

export interface Vector {
  id: string;
  schema: string;
  compressed: boolean;
  message: { header: Record<string, number>; extension?: unknown; body: unknown };
  hex: string;
}

export function readVectors(path: string): Vector[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Vector);
}

/** True when some map in the value has an integer-like key (JavaScript lists those first). */
export function hasIntegerKeys(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasIntegerKeys);
  if (v && typeof v === 'object') {
    return Object.entries(v).some(([k, x]) => /^(0|[1-9]\d*)$/.test(k) || hasIntegerKeys(x));
  }
  return false;
}

/** Vectors whose encoding can be compared byte for byte (see shared/vectors/README.md). */
export function byteExact(v: Vector): boolean {
  return !v.compressed && !hasIntegerKeys(v.message);
}
