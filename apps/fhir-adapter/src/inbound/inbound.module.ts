import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { InboundSync } from './inbound-sync';
import { SyncNowController } from './sync-now.controller';
import { NotificationsController } from './notifications.controller';

@Module({
  controllers: [SyncNowController, NotificationsController],
  providers: [careEventStoreProvider, InboundSync],
})
export class InboundModule {}
