import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'Why a medically ready patient is still in hospital, from a given time on.' })
export class DischargeDelayCauseInput {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field({
    description:
      'home-care-capacity, primary-care-capacity, nursing-home-place, awaiting-assessment, patient-or-family-choice or other',
  })
  cause!: string;
  @Field(() => Date, { nullable: true, description: 'From when the cause applies; now when left out.' })
  from?: Date | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string per intended change; sending the same again (a retry) records it once.',
  })
  requestId?: string | null;
}

@ObjectType({
  description: 'One recorded cause of a discharge delay; a later record changes the cause from its time on.',
})
export class DischargeDelayCauseRecord {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) stayId!: string;
  @Field() cause!: string;
  @Field() from!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'When it was recorded.' }) recordedAt!: Date;
  @Field({ description: 'The care link that recorded it.' }) recordedByCareLinkId!: string;
}
