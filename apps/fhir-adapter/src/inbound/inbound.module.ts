import { Module, type DynamicModule } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { InboundSync } from './inbound-sync';
import { SyncNowController } from './sync-now.controller';
import { NotificationsController } from './notifications.controller';

import { ConnectionLeases } from './connection-leases';

@Module({})
export class InboundModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: InboundModule,
      controllers: [SyncNowController, NotificationsController],
      providers: [
        careEventStoreProvider,
        InboundSync,
        { provide: ConnectionLeases, useFactory: () => new ConnectionLeases(databaseUrl) },
      ],
    };
  }
}
