/**
 * A bounded channel (有界队列): one producer pushes, one consumer iterates. `push` waits while the
 * channel is full, so a slow writer slows the reader down instead of filling memory.
 *
 * @module
 */

/**
 * A bounded single-producer, single-consumer queue.
 *
 * @example
 * const ch = new Channel<string[]>(4);
 * const writing = writeAll(ch);   // consumes with for await
 * await ch.push(['a', 'b']);
 * ch.close();
 * await writing;
 */
export class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private closed = false;
  private failed: unknown;
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  constructor(private readonly capacity = 8) {}

  /** Adds an item; resolves once there is room for it. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => (this.wakeProducer = resolve));
    }
    if (this.closed) return;
    this.items.push(item);
    this.wakeConsumer?.();
  }

  /** No more items; the consumer ends after the queued ones (or throws `error`, if given). */
  close(error?: unknown): void {
    this.closed = true;
    if (error !== undefined) this.failed = error;
    this.wakeConsumer?.();
    this.wakeProducer?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.wakeProducer?.();
        yield item;
        continue;
      }
      if (this.failed !== undefined) throw this.failed;
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }
}

/** Flattens a channel of arrays. */
export async function* flatten<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}
