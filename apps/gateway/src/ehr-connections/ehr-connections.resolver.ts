import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { callerFromContext, type GatewayContext } from '../access/caller';
import { RecordAccess } from '../patient-records/record-access';
import { EhrConnection } from './ehr-connection.model';
import { EhrConnectionInput, EhrConnectionSettings } from './ehr-connection-settings.model';
import { EhrConnectionSettingsStore } from './ehr-connection-settings';
import { EhrConnections } from './ehr-connections';

@Resolver()
export class EhrConnectionsResolver {
  constructor(
    private readonly connections: EhrConnections,
    private readonly settings: EhrConnectionSettingsStore,
    private readonly access: RecordAccess,
  ) {}

  @Query(() => [EhrConnection], {
    description: 'How each EHR connection fares now: for integrators and coordinators.',
  })
  ehrConnections(@Context() context: GatewayContext) {
    this.access.requireRole(callerFromContext(context), 'ehrConnections.read');
    return this.connections.all(context.req?.header('authorization'));
  }

  @Query(() => [EhrConnectionSettings], {
    description: 'The EHR connections integrators added, paused ones too: for integrators and coordinators.',
  })
  ehrConnectionSettings(@Context() context: GatewayContext) {
    this.access.requireRole(callerFromContext(context), 'ehrConnections.read');
    return this.settings.list();
  }

  @Mutation(() => EhrConnectionSettings, {
    description:
      'Adds an EHR connection; the FHIR adapters start syncing it without a restart. Integrators only.',
  })
  addEhrConnection(@Args('input') input: EhrConnectionInput, @Context() context: GatewayContext) {
    return this.settings.add(this.writer(context), input);
  }

  @Mutation(() => EhrConnectionSettings, {
    description:
      'Changes an EHR connection. Refused with a CONFLICT naming expectedVersion when someone changed it since.',
  })
  changeEhrConnection(
    @Args('input') input: EhrConnectionInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() context: GatewayContext,
  ) {
    return this.settings.change(this.writer(context), input, expectedVersion);
  }

  @Mutation(() => EhrConnectionSettings, {
    description: 'Pauses an EHR connection: no adapter syncs it until resumed.',
  })
  pauseEhrConnection(
    @Args('connectionId') connectionId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() context: GatewayContext,
  ) {
    return this.settings.setEnabled(this.writer(context), connectionId, expectedVersion, false);
  }

  @Mutation(() => EhrConnectionSettings, { description: 'Resumes a paused EHR connection.' })
  resumeEhrConnection(
    @Args('connectionId') connectionId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() context: GatewayContext,
  ) {
    return this.settings.setEnabled(this.writer(context), connectionId, expectedVersion, true);
  }

  private writer(context: GatewayContext) {
    const caller = callerFromContext(context);
    this.access.requireRole(caller, 'ehrConnections.write');
    return caller;
  }
}
