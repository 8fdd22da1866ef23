import { context, type Context } from '@opentelemetry/api';
import type { CareEventStore, ExpectedAppendOutcome, NewCareEvent } from '@carechain/persistence';

const MAX_GROUP = 500;

/**
 * Events that arrive from several connections while the store is busy are appended together, in
 * one transaction, as soon as it is free: each connection still waits for its own event, but the
 * store's cost per transaction is shared. Nothing waits on a timer.
 */
export class GroupAppend {
  private waiting: {
    event: NewCareEvent;
    trace: Context;
    resolve: (outcome: ExpectedAppendOutcome) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private appending = false;

  constructor(private readonly store: CareEventStore) {}

  append(event: NewCareEvent): Promise<ExpectedAppendOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, trace: context.active(), resolve, reject });
      void this.appendWaiting();
    });
  }

  private async appendWaiting(): Promise<void> {
    if (this.appending) return;
    this.appending = true;
    while (this.waiting.length) {
      const group = this.waiting.splice(0, MAX_GROUP);
      try {
        // A group is stored, and its outbox rows traced, in the context of its first message.
        const outcomes = await context.with(group[0].trace, () =>
          this.store.appendExpecting(group.map((g) => g.event)),
        );
        group.forEach((g, i) => g.resolve(outcomes[i]));
      } catch (error) {
        group.forEach((g) => g.reject(error));
      }
    }
    this.appending = false;
  }
}
