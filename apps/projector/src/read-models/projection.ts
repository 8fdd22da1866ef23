import type { PublishedCareEvent } from '@carechain/contracts';
import type { Prisma, PrismaClient, TransactionClient } from '@carechain/persistence';

/** A care event as projections receive it, from Kafka or from a replay of the store. */
export type ProjectedEvent = Pick<
  PublishedCareEvent,
  'eventId' | 'patientId' | 'occurredAt' | 'recordedAt' | 'sequence' | 'source' | 'payload'
> & { type: string };

/** One read model: how an event changes it, and how to empty it before a replay. */
export interface Projection {
  /** Name under which applied events are recorded; each projection applies each event once. */
  readonly consumer: string;
  clear(prisma: PrismaClient): Prisma.PrismaPromise<unknown>[];
  /** Applies events none of which this projection has seen before, in one transaction. */
  project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void>;
}

export const PROJECTIONS = Symbol('Projections');

/** Rows grouped by a key, in their original order (Map.groupBy arrives only with Node 21). */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
