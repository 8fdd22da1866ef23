import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum JourneyStatus {
  NOT_ADMITTED = 'not-admitted',
  IN_HOSPITAL = 'in-hospital',
  DISCHARGED = 'discharged',
}
registerEnumType(JourneyStatus, {
  name: 'JourneyStatus',
  description: 'Where the patient is in the care chain.',
});

@ObjectType({ description: 'The latest inpatient stay.' })
export class Stay {
  @Field(() => ID) stayId!: string;
  @Field(() => String, { nullable: true, description: 'The ward the patient is on, or was discharged from.' })
  wardCareLinkId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) admittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set while the patient is medically ready for discharge.',
  })
  medicallyReadySince!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) dischargedAt!: Date | null;
}

@ObjectType({ description: 'One care event on the patient timeline.' })
export class JourneyEvent {
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field({ description: 'The care link that reported the event.' }) careLinkId!: string;
  @Field() sourceSystem!: string;
  @Field(() => String, { nullable: true }) stayId!: string | null;
  @Field() summary!: string;
}

@ObjectType({ description: "A patient's journey through the care chain." })
export class PatientJourney {
  @Field(() => ID) patientId!: string;
  @Field(() => JourneyStatus) status!: JourneyStatus;
  @Field(() => Stay, { nullable: true }) stay!: Stay | null;
  @Field(() => [String], { description: 'Care links that take part in this patient’s care.' })
  careLinkIds!: string[];
  @Field(() => Int) eventCount!: number;
  @Field(() => [JourneyEvent], { description: 'Every care event, in the order it happened.' })
  timeline!: JourneyEvent[];
}
