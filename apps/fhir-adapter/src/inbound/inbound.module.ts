import { Module, type DynamicModule } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { InboundSync } from './inbound-sync';
import { SyncNowController } from './sync-now.controller';
import { NotificationsController } from './notifications.controller';

import { ConnectionLeases } from './connection-leases';
import { StoredConnectionsWatch, STORED_CONNECTIONS_WATCH } from './stored-connections-watch';

@Module({})
export class InboundModule {
  static forRoot(databaseUrl: string, rereadSeconds: number): DynamicModule {
    return {
      module: InboundModule,
      controllers: [SyncNowController, NotificationsController],
      providers: [
        careEventStoreProvider,
        InboundSync,
        { provide: ConnectionLeases, useFactory: () => new ConnectionLeases(databaseUrl) },
        { provide: STORED_CONNECTIONS_WATCH, useValue: { databaseUrl, rereadSeconds } },
        StoredConnectionsWatch,
      ],
    };
  }
}
