import { Module } from '@nestjs/common';
import { WriteBack } from './write-back';
import { WriteBackConsumer } from './write-back-consumer';

@Module({ providers: [WriteBack, WriteBackConsumer], exports: [WriteBack] })
export class OutboundModule {}
