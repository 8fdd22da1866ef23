import type { Provider } from '@nestjs/common';
import { careEventHeaders, topics } from '@carechain/contracts';
import { CareEventStore, PRISMA, type PrismaClient } from '@carechain/persistence';
import { traceContextHeaders } from './trace-context';

/** The event store whose outbox feeds the care-events topic; every intake path appends through it. */
export const careEventStoreProvider: Provider = {
  provide: CareEventStore,
  inject: [PRISMA],
  useFactory: (prisma: PrismaClient) =>
    new CareEventStore(prisma, {
      topic: topics.careEvents,
      headers: (event) => ({
        ...traceContextHeaders(),
        [careEventHeaders.eventId]: event.eventId,
        [careEventHeaders.type]: event.type,
        [careEventHeaders.schemaVersion]: String(event.schemaVersion),
      }),
    }),
};
