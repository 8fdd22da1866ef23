import { context, type Context } from '@opentelemetry/api';
import type {
  ExpectedAppendOutcome,
  IdentityProblem,
  NewCareEvent,
  ToldIdentity,
} from '@carechain/persistence';

// Enough to share a transaction among every message in flight on 16 busy connections.
const MAX_GROUP_EVENTS = 1000;

/** What one message gives the store: its events, and who its patient is when it says. */
export interface MessageIntake {
  events: NewCareEvent[];
  identity?: { patientId: string; told: ToldIdentity; source: string };
}

/** How the store took one message: its events' outcomes, and what kept its identity out if anything. */
export interface MessageTaken {
  outcomes: ExpectedAppendOutcome[];
  identityProblems: IdentityProblem[];
}

/** Stores the messages of a group in one transaction, answering each in the order given. */
export type StoreGroup = (group: MessageIntake[]) => Promise<MessageTaken[]>;

interface Waiting {
  intake: MessageIntake;
  trace: Context;
  resolve: (taken: MessageTaken) => void;
  reject: (error: unknown) => void;
}

/**
 * The write-behind store of the listener: messages that arrive, from any connection, while the
 * store is busy are stored together in one transaction as soon as it is free. Each message waits
 * for its own outcome, given only after that transaction commits, so an ACK never promises what is
 * not stored. A message goes whole into one group; groups commit in arrival order, so one
 * connection's messages are stored in the order sent. Nothing waits on a timer.
 */
export class GroupAppend {
  private waiting: Waiting[] = [];
  private appending = false;

  constructor(private readonly store: StoreGroup) {}

  /** Stores the events and identity of one message, all or none. */
  append(intake: MessageIntake): Promise<MessageTaken> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ intake, trace: context.active(), resolve, reject });
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
        const taken = await context.with(group[0].trace, () => this.store(group.map((g) => g.intake)));
        group.forEach((waiting, i) => waiting.resolve(taken[i]));
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
      events += Math.max(1, this.waiting[count].intake.events.length);
      count++;
    }
    return this.waiting.splice(0, count);
  }
}
