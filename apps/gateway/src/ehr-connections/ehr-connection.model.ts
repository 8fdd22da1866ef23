import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'How one EHR connection of the FHIR adapter fares, as the adapter reports it now. No patient data.',
})
export class EhrConnection {
  @Field() connectionId!: string;
  @Field() baseUrl!: string;
  @Field({ description: 'syncing, idle, retrying, failing or circuit-open' }) state!: string;
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
