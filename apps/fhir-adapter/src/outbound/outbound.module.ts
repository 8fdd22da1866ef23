import { Module } from '@nestjs/common';
import { CarePlanConsumer } from './care-plan-consumer';
import { CarePlanWriteBack } from './care-plan-write-back';

@Module({ providers: [CarePlanWriteBack, CarePlanConsumer], exports: [CarePlanWriteBack] })
export class OutboundModule {}
