import { EtpError } from './errors.js';

// The one checker of integer options, used by every layer with a defaults table (codec, session,
// transport, Sparkle, Sink, the store): a value left out takes the table's default, a value given
// must be a safe integer at or above the layer's minimum, or INVALID_OPTION names it.

/** Checks one integer option: a safe integer ≥ `min` (0 or 1), else INVALID_OPTION naming `name`. */
export function integerOption(name: string, v: unknown, min: 0 | 1): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    throw new EtpError('INVALID_OPTION', `${name} must be a ${min === 1 ? 'positive' : 'non-negative'} integer, got ${String(v)}`);
  }
  return v;
}

/** Every key of the defaults table, from `given` when set (checked by {@link integerOption}), else its default. */
export function integerOptions<D extends Record<string, number>>(defaults: D, given: { readonly [K in keyof D]?: unknown } | undefined, min: 0 | 1): { -readonly [K in keyof D]: number } {
  const out = { ...defaults } as { -readonly [K in keyof D]: number };
  for (const key of Object.keys(defaults) as (keyof D & string)[]) {
    const v = given?.[key];
    if (v !== undefined) out[key] = integerOption(key, v, min);
  }
  return out;
}

/** Checks a number option in [min, max] (fractions allowed), else INVALID_OPTION naming it. */
export function numberOption(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new EtpError('INVALID_OPTION', `${name} must be a number from ${min} to ${max}, got ${String(v)}`);
  return v;
}
