import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ehrConnectionStates, type EhrConnectionState } from '@carechain/domain';

// GraphQL names its values in capitals (CIRCUIT_OPEN); the adapter's own words are the values.
const EhrConnectionStateName = Object.fromEntries(
  ehrConnectionStates.map((state) => [state.toUpperCase().replace('-', '_'), state]),
);
registerEnumType(EhrConnectionStateName, {
  name: 'EhrConnectionState',
  description:
    'STARTING, SYNCING, IDLE (caught up), STANDBY (another adapter replica holds it), RETRYING a failed call, FAILING (its last sync failed), CIRCUIT_OPEN (calls paused after repeated failures)',
});

@ObjectType({
  description:
    'How one EHR connection of the FHIR adapter fares, as the adapter reports it now. No patient data.',
})
export class EhrConnection {
  @Field() connectionId!: string;
  @Field() baseUrl!: string;
  @Field(() => EhrConnectionStateName) state!: EhrConnectionState;
  @Field(() => Date, { nullable: true }) lastSyncedAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'Seconds since the last complete sync.' }) lagSeconds!:
    | number
    | null;
  @Field(() => Date, { nullable: true }) lastNotificationAt!: Date | null;
  @Field(() => Int) resourcesRead!: number;
  @Field(() => Int) eventsAppended!: number;
  @Field(() => Int) unmappable!: number;
  @Field(() => Int) failedSyncs!: number;
  @Field(() => String, { nullable: true, description: 'The most recent error, if any.' }) lastError!:
    | string
    | null;
}
