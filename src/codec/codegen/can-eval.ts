/**
 * How a codec turns schemas into code: `'auto'` uses the code generated at build time for the
 * built-in catalogs, and otherwise generates one function per record with `new Function` where
 * the platform allows it, closures where a Content-Security-Policy forbids eval; `'closures'`
 * uses closures only.
 */
export type CodegenMode = 'auto' | 'closures';

let allowed: boolean | undefined;

/** True when `new Function` works here (false under a CSP without 'unsafe-eval'); tried once. */
export function canEval(): boolean {
  if (allowed === undefined) {
    try {
      allowed = new Function('return true')() === true;
    } catch {
      allowed = false;
    }
  }
  return allowed;
}
