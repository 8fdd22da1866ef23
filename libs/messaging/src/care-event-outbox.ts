import type { Provider } from '@nestjs/common';
import { careEventHeaders, topics } from '@carechain/contracts';
import { CareEventStore, PRISMA, SQL_POOL, type PrismaClient } from '@carechain/persistence';
import type { Pool } from 'pg';
import { traceContextHeaders } from './trace-context';

/** The event store whose outbox feeds the care-events topic; every intake path appends through it. */
export const careEventStoreProvider: Provider = {
  provide: CareEventStore,
  inject: [PRISMA, SQL_POOL],
  useFactory: (prisma: PrismaClient, pool: Pool) =>
    new CareEventStore(
      prisma,
      {
        topic: topics.careEvents,
        headers: (event) => ({
          ...traceContextHeaders(),
          [careEventHeaders.eventId]: event.eventId,
          [careEventHeaders.type]: event.type,
          [careEventHeaders.schemaVersion]: String(event.schemaVersion),
        }),
      },
      pool,
    ),
};
