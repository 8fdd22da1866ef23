import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { InboundSync } from './inbound-sync';

@Module({ providers: [careEventStoreProvider, InboundSync] })
export class InboundModule {}
