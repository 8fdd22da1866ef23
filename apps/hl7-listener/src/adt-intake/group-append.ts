import { context, type Context } from '@opentelemetry/api';
import {
  SQL_POOL_SIZE,
  type ExpectedAppendOutcome,
  type IdentityProblem,
  type NewCareEvent,
  type ToldIdentity,
} from '@carechain/persistence';

// Enough to spread a statement's cost thin, few enough that the messages of busy connections go
// into several groups stored side by side, not one that the next one waits for: 16 connections
// with 32 in flight each took ~2,300 msgs/s in one group of all, ~2,800 in groups of 64.
const MAX_GROUP_EVENTS = 64;

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
  connection: object;
  trace: Context;
  resolve: (taken: MessageTaken) => void;
  reject: (error: unknown) => void;
}

// Groups stored at once: senders that wait for each ACK are not held up behind another connection's
// transaction. As many as the pg pool has connections: a group beyond them would only wait for one,
// while messages waiting here still join the next group.
const MAX_RUNNING_GROUPS = SQL_POOL_SIZE;

/**
 * The write-behind store of the listener: messages that arrive while the store is busy are stored
 * together in one transaction as soon as it may start one. Each message waits for its own outcome,
 * given only after that transaction commits, so an ACK never promises what is not stored. A message
 * goes whole into one group. A connection's messages are never in two groups at once: a group takes
 * the waiting messages of connections with nothing being stored, so one connection's messages are
 * stored in the order sent, while another connection's need not wait. A group starts once the
 * messages read in the same turn of the event loop are in (setImmediate), so the messages of many
 * connections that arrive together share one; nothing waits on a timer.
 */
export class GroupAppend {
  private waiting: Waiting[] = [];
  private readonly storing = new Set<object>();
  private running = 0;
  private starting = false;

  constructor(private readonly store: StoreGroup) {}

  /** Stores the events and identity of one message of `connection`, all or none, after its earlier ones. */
  append(intake: MessageIntake, connection: object): Promise<MessageTaken> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ intake, connection, trace: context.active(), resolve, reject });
      this.startSoon();
    });
  }

  private startSoon() {
    if (this.starting) return;
    this.starting = true;
    setImmediate(() => {
      this.starting = false;
      this.startGroups();
    });
  }

  private startGroups() {
    while (this.running < MAX_RUNNING_GROUPS) {
      const group = this.nextGroup();
      if (!group.length) return;
      void this.storeGroup(group);
    }
  }

  private async storeGroup(group: Waiting[]): Promise<void> {
    const connections = new Set(group.map((g) => g.connection));
    connections.forEach((c) => this.storing.add(c));
    this.running++;
    try {
      // A group is stored, and its outbox rows traced, in the context of its first message.
      const taken = await context.with(group[0].trace, () => this.store(group.map((g) => g.intake)));
      group.forEach((waiting, i) => waiting.resolve(taken[i]));
    } catch (error) {
      group.forEach((g) => g.reject(error));
    } finally {
      connections.forEach((c) => this.storing.delete(c));
      this.running--;
      this.startSoon();
    }
  }

  /** The waiting messages, in arrival order, of connections with none being stored. */
  private nextGroup(): Waiting[] {
    const group: Waiting[] = [];
    const rest: Waiting[] = [];
    let events = 0;
    for (const waiting of this.waiting) {
      if (this.storing.has(waiting.connection) || (group.length && events >= MAX_GROUP_EVENTS))
        rest.push(waiting);
      else {
        group.push(waiting);
        events += Math.max(1, waiting.intake.events.length);
      }
    }
    this.waiting = rest;
    return group;
  }
}
