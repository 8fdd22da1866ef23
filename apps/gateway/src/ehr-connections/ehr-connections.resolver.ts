import { Context, Query, Resolver } from '@nestjs/graphql';
import { callerFromContext, type GatewayContext } from '../access/caller';
import { RecordAccess } from '../patient-records/record-access';
import { EhrConnection } from './ehr-connection.model';
import { EhrConnections } from './ehr-connections';

@Resolver()
export class EhrConnectionsResolver {
  constructor(
    private readonly connections: EhrConnections,
    private readonly access: RecordAccess,
  ) {}

  @Query(() => [EhrConnection], {
    description: 'How each EHR connection fares now: for integrators and coordinators.',
  })
  ehrConnections(@Context() context: GatewayContext) {
    this.access.requireRole(callerFromContext(context), 'ehrConnections.read');
    return this.connections.all(context.req?.header('authorization'));
  }
}
