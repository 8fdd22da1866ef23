import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { InboundSync } from './inbound-sync';
import { SyncNowController } from './sync-now.controller';

@Module({ controllers: [SyncNowController], providers: [careEventStoreProvider, InboundSync] })
export class InboundModule {}
