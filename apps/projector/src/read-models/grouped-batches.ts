import { setImmediate } from 'node:timers/promises';
interface Waiting<T> {
  items: T[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for consumed batches: batches handed in at once (the partitions of one fetch) or
 * while `parallel` groups are being applied go together, so the cost of a transaction is shared by
 * every partition that had messages, and a quiet consumer applies a lone batch as soon as nothing
 * else is on its way. The embedded broker returns one producer batch per partition per fetch, often
 * a handful of events; alone, each would pay a whole transaction.
 *
 * A group that fails is applied again batch by batch, so a batch that cannot be applied fails only
 * its own partition (which then retries or dead-letters as it would alone). Two groups running side
 * by side never share a partition: a partition's next batch comes only after its last one settled.
 */
export class GroupedBatches<T> {
  private readonly waiting: Waiting<T>[] = [];
  private running = 0;

  constructor(
    private readonly applyGroup: (items: T[]) => Promise<void>,
    private readonly parallel = 2,
  ) {}

  /** Resolves once `items` are applied, alone or with other batches; rejects with the failure of its own. */
  apply(items: T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ items, resolve, reject });
      if (this.running < this.parallel) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running++;
    try {
      // The other partitions of the same fetch are handed in within this turn of the event loop.
      await setImmediate();
      while (this.waiting.length) {
        const group = this.waiting.splice(0);
        await this.applyTogether(group);
      }
    } finally {
      this.running--;
    }
  }

  private async applyTogether(group: Waiting<T>[]): Promise<void> {
    try {
      await this.applyGroup(group.flatMap((batch) => batch.items));
      for (const batch of group) batch.resolve();
      return;
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
    }
    for (const batch of group) {
      try {
        await this.applyGroup(batch.items);
        batch.resolve();
      } catch (error) {
        batch.reject(error);
      }
    }
  }
}
