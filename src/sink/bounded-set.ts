/**
 * A set that holds at most `max` members: adding one more forgets the member added longest ago.
 * What a peer can grow (devices known, events delivered) is kept in one of these. (A Map evicted
 * from its front slows down, its iteration skipping every hole; a ring of insertion order does not.)
 */
export class BoundedSet {
  private readonly members = new Set<string>();
  private readonly order: string[] = [];
  private next = 0;

  constructor(readonly max: number) {}

  has(id: string): boolean {
    return this.members.has(id);
  }

  add(id: string): void {
    if (this.members.has(id)) return;
    this.members.add(id);
    if (this.order.length < this.max) this.order.push(id);
    else {
      this.members.delete(this.order[this.next]!);
      this.order[this.next] = id;
      this.next = (this.next + 1) % this.max;
    }
  }

  /** Forgets a member now (its place in the ring is reused later, harmlessly). */
  delete(id: string): void {
    this.members.delete(id);
  }

  get size(): number {
    return this.members.size;
  }
}
