import type { AccessBasis as Basis } from '@carechain/domain';
import { Args, Field, ID, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from './caller';
import { checkPatientId } from '../client-errors';
import { PatientRecords } from '../patient-records/patient-records';

const AccessBasis = {
  IN_JOURNEY: 'in-journey',
  HANDOVER_ADDRESSED: 'handover-addressed',
  ROLE: 'role',
  CARECHAIN_PROCESS: 'carechain-process',
  NO_RELATIONSHIP: 'no-relationship',
  ROLE_LACKS_PERMISSION: 'role-lacks-permission',
  UNKNOWN_PERMISSION: 'unknown-permission',
} as const satisfies Record<string, Basis>;

registerEnumType(AccessBasis, {
  name: 'AccessBasis',
  description: 'Why a read or change was allowed or refused, for the reader to tell in their own language.',
});

@ObjectType({
  description: "One read or change of a patient's data, or a refusal, as the audit recorded it.",
})
export class AccessLogEntry {
  @Field() at!: Date;
  @Field() actorId!: string;
  @Field(() => [String]) roles!: string[];
  @Field() careLinkId!: string;
  @Field({ description: 'What was read or done, e.g. read patientJourney.' }) action!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The permission decided, e.g. medicineList.read; null in entries older than this field.',
  })
  permission!: string | null;
  @Field() allowed!: boolean;
  @Field(() => AccessBasis, {
    nullable: true,
    description: 'Why, as a code; null in entries older than this field.',
  })
  basis!: Basis | null;
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
    checkPatientId('patientId', patientId);
    return this.records.accessLog(caller, patientId);
  }
}
