import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { careEventStoreProvider } from '@carechain/messaging';
import { CommandConsumer } from './command-consumer';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { RequestBodyFilter } from './request-body.filter';

@Module({
  controllers: [IntakeController],
  providers: [careEventStoreProvider, IntakeService, CommandConsumer, { provide: APP_FILTER, useClass: RequestBodyFilter }],
})
export class IntakeModule {}
