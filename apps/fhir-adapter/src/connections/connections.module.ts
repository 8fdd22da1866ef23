import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Connection } from './connection-config';
import { ConnectionMetrics } from './connection-metrics';
import { Connections, CONNECTIONS } from './connections';
import { ConnectionsController } from './connections.controller';

@Global()
@Module({})
export class ConnectionsModule {
  static forRoot(connections: Connection[]): DynamicModule {
    return {
      module: ConnectionsModule,
      controllers: [ConnectionsController],
      providers: [{ provide: CONNECTIONS, useValue: connections }, Connections, ConnectionMetrics],
      exports: [Connections],
    };
  }
}
