import { EtpError } from '../errors.js';
import type { ErrorInfo } from '../schema/index.js';

/**
 * What a store client's call of many items gives back: each item's success or its failure, keyed
 * by what the caller named the item with (a URI). Nothing is lost: every item asked for is in
 * exactly one of the two maps, in the order asked.
 */
export class ItemResults<T> {
  /** Successes by key, in the order asked. */
  readonly values = new Map<string, T>();
  /** Failures by key, each with the store's ETP code (11 not found, 9 invalid URI, 17 too large, …). */
  readonly errors = new Map<string, ErrorInfo>();

  /** True when no item failed. */
  get ok(): boolean {
    return this.errors.size === 0;
  }

  /** The successes; ITEMS_FAILED (the failures on `error.detail`) when any item failed. */
  orThrow(): Map<string, T> {
    if (this.errors.size === 0) return this.values;
    const shown = [...this.errors].slice(0, 3).map(([key, e]) => `${key}: ${e.message} (${e.code})`);
    const more = this.errors.size > 3 ? `; and ${this.errors.size - 3} more` : '';
    throw new EtpError('ITEMS_FAILED', `${this.errors.size} of ${this.errors.size + this.values.size} items failed: ${shown.join('; ')}${more}`, { detail: this.errors });
  }

  /** Orders both maps like `keys` (the order asked), whatever order the answers came in; an item the store did not answer becomes a failure with code 0. */
  ordered(keys: Iterable<string>): this {
    const values = new Map(this.values);
    const errors = new Map(this.errors);
    this.values.clear();
    this.errors.clear();
    for (const k of keys) {
      if (values.has(k)) this.values.set(k, values.get(k)!);
      else this.errors.set(k, errors.get(k) ?? { code: 0, message: 'the store answered nothing for this item' });
    }
    return this;
  }
}
