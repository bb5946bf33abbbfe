// One queue behind every async iterable of the library that is fed by messages: items pushed as
// they arrive, read with `for await`, each counted in bytes as its pusher says, ended or failed
// once. What bounds it (and what to do past the bound) is the pusher's: `bytes` tells it.

export class AsyncQueue<T> {
  private readonly items: { item: T; bytes: number }[] = [];
  private head = 0;
  private queuedBytes = 0;
  private done = false;
  private error: unknown;
  private failed = false;
  private wake: (() => void) | undefined;

  /** Bytes (as counted by the pushers) of what waits to be read. */
  get bytes(): number {
    return this.queuedBytes;
  }

  /** True once ended or failed: pushes are dropped. */
  get closed(): boolean {
    return this.done;
  }

  push(item: T, bytes = 0): void {
    if (this.done) return;
    this.items.push({ item, bytes });
    this.queuedBytes += bytes;
    this.wakeUp();
  }

  /** No more items: the loop ends after what waits. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.wakeUp();
  }

  /** The loop throws `err` after what waits. */
  fail(err: unknown): void {
    if (this.done) return;
    this.done = true;
    this.failed = true;
    this.error = err;
    this.wakeUp();
  }

  private wakeUp(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.head < this.items.length) {
        const next = this.items[this.head]!;
        this.items[this.head++] = undefined as never;
        if (this.head > 1024 && this.head * 2 > this.items.length) {
          this.items.splice(0, this.head);
          this.head = 0;
        }
        this.queuedBytes -= next.bytes;
        yield next.item;
        continue;
      }
      if (this.failed) throw this.error;
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
    }
  }
}
