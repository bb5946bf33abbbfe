/**
 * Ids a session must remember for a while (messages it cancelled, acknowledgements it awaits),
 * bounded twice: each is forgotten `ttlMs` after it was added, and past `max` entries the oldest
 * go first. A peer can make the set grow, never beyond `max`.
 */
export class RememberedIds {
  // Insertion order is age order: the oldest entries come first.
  private readonly at = new Map<number, number>();

  constructor(
    private readonly ttlMs: number,
    readonly max: number,
  ) {}

  add(id: number, now: number): void {
    this.at.delete(id);
    this.at.set(id, now);
    if (this.at.size > this.max) this.at.delete(this.at.keys().next().value!);
  }

  has(id: number): boolean {
    return this.at.has(id);
  }

  delete(id: number): boolean {
    return this.at.delete(id);
  }

  get size(): number {
    return this.at.size;
  }

  /** Forgets every id older than the ttl. */
  expire(now: number): void {
    for (const [id, t] of this.at) {
      if (now - t < this.ttlMs) return;
      this.at.delete(id);
    }
  }

  clear(): void {
    this.at.clear();
  }
}
