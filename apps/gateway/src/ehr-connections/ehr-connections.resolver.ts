import { Context, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { mayOperateIntegrations } from '@carechain/domain';
import { callerFromContext, type GatewayContext } from '../access/caller';
import { EhrConnection } from './ehr-connection.model';
import { EhrConnections } from './ehr-connections';

@Resolver()
export class EhrConnectionsResolver {
  constructor(private readonly connections: EhrConnections) {}

  @Query(() => [EhrConnection], {
    description: 'How each EHR connection fares now: for integrators and coordinators.',
  })
  ehrConnections(@Context() context: GatewayContext) {
    const caller = callerFromContext(context);
    if (!mayOperateIntegrations(caller.roles)) {
      throw new GraphQLError(
        `In the role ${caller.roles.join(', ')} you may not see the EHR connections; integrators and coordinators may`,
        {
          extensions: { code: 'FORBIDDEN' },
        },
      );
    }
    return this.connections.all(context.req?.header('authorization'));
  }
}
