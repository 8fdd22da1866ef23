import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from './caller';
import { PatientRecords } from '../patient-records/patient-records';

@ObjectType({
  description: "One read or change of a patient's data, or a refusal, as the audit recorded it.",
})
export class AccessLogEntry {
  @Field() at!: Date;
  @Field() actorId!: string;
  @Field(() => [String]) roles!: string[];
  @Field() careLinkId!: string;
  @Field({ description: 'What was read or done, e.g. read patientJourney.' }) action!: string;
  @Field() allowed!: boolean;
  @Field({ description: 'The care relationship that allowed it, or why it was refused.' }) reason!: string;
}

@Resolver()
export class AccessLogResolver {
  constructor(private readonly records: PatientRecords) {}

  @Query(() => [AccessLogEntry], {
    description:
      "Everyone who read or changed a patient's data through Carechain, oldest first: the extract a patient may ask for. Coordinators only.",
  })
  patientAccessLog(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.records.accessLog(caller, patientId);
  }
}
