import { context, type Context } from '@opentelemetry/api';
import type { CareEventStore, ExpectedAppendOutcome, NewCareEvent } from '@carechain/persistence';

// Enough to share a transaction among every message in flight on 16 busy connections.
const MAX_GROUP_EVENTS = 1000;

interface Waiting {
  events: NewCareEvent[];
  trace: Context;
  resolve: (outcomes: ExpectedAppendOutcome[]) => void;
  reject: (error: unknown) => void;
}

/**
 * The write-behind store of the listener: the events of messages that arrive, from any connection,
 * while the store is busy are appended together in one set-based transaction as soon as it is free.
 * Each message waits for its own outcomes, given only after that transaction commits, so an ACK
 * never promises what is not stored. A message's events go in one group; groups commit in arrival
 * order, so one connection's messages are stored in the order sent. Nothing waits on a timer.
 */
export class GroupAppend {
  private waiting: Waiting[] = [];
  private appending = false;

  constructor(private readonly store: CareEventStore) {}

  /** Appends the events of one message, all or none. */
  append(events: NewCareEvent[]): Promise<ExpectedAppendOutcome[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ events, trace: context.active(), resolve, reject });
      void this.appendWaiting();
    });
  }

  private async appendWaiting(): Promise<void> {
    if (this.appending) return;
    this.appending = true;
    while (this.waiting.length) {
      const group = this.nextGroup();
      try {
        // A group is stored, and its outbox rows traced, in the context of its first message.
        const outcomes = await context.with(group[0].trace, () =>
          this.store.appendInOneStatement(group.flatMap((g) => g.events)),
        );
        let next = 0;
        for (const waiting of group) {
          waiting.resolve(outcomes.slice(next, next + waiting.events.length));
          next += waiting.events.length;
        }
      } catch (error) {
        group.forEach((g) => g.reject(error));
      }
    }
    this.appending = false;
  }

  private nextGroup(): Waiting[] {
    let events = 0;
    let count = 0;
    while (count < this.waiting.length && (count === 0 || events < MAX_GROUP_EVENTS)) {
      events += this.waiting[count].events.length;
      count++;
    }
    return this.waiting.splice(0, count);
  }
}
