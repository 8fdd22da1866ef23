import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { careEventHeaders, topics } from '@carechain/contracts';
import { CareEventStore, PRISMA, type PrismaClient } from '@carechain/persistence';
import { CommandConsumer } from './command-consumer';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { RequestBodyFilter } from './request-body.filter';

@Module({
  controllers: [IntakeController],
  providers: [
    {
      provide: CareEventStore,
      inject: [PRISMA],
      useFactory: (prisma: PrismaClient) =>
        new CareEventStore(prisma, {
          topic: topics.careEvents,
          headers: (event) => ({
            [careEventHeaders.eventId]: event.eventId,
            [careEventHeaders.type]: event.type,
            [careEventHeaders.schemaVersion]: String(event.schemaVersion),
          }),
        }),
    },
    IntakeService,
    CommandConsumer,
    { provide: APP_FILTER, useClass: RequestBodyFilter },
  ],
})
export class IntakeModule {}
