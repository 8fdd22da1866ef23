import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Authenticate } from '@carechain/service-runtime';
import { OPERATOR_AUTHENTICATE, OperatorAuthentication } from '../operators/operator-authentication.guard';
import type { Connection } from './connection-config';
import { ConnectionMetrics } from './connection-metrics';
import { Connections, CONNECTIONS, CONNECTIONS_ENV } from './connections';
import { ConnectionsController } from './connections.controller';

@Global()
@Module({})
export class ConnectionsModule {
  /** `env` resolves the credentials stored connections name. `authenticate` is null when the operator API is open (FHIR_ADAPTER_AUTH_MODE=none). */
  static forRoot(
    connections: Connection[],
    authenticate: Authenticate | null,
    env: NodeJS.ProcessEnv,
  ): DynamicModule {
    return {
      module: ConnectionsModule,
      controllers: [ConnectionsController],
      providers: [
        { provide: CONNECTIONS, useValue: connections },
        { provide: CONNECTIONS_ENV, useValue: env },
        { provide: OPERATOR_AUTHENTICATE, useValue: authenticate },
        Connections,
        ConnectionMetrics,
        OperatorAuthentication,
      ],
      exports: [Connections, OperatorAuthentication, OPERATOR_AUTHENTICATE],
    };
  }
}
