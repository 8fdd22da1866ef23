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
  project(tx: TransactionClient, event: ProjectedEvent): Promise<void>;
}

export const PROJECTIONS = Symbol('Projections');
