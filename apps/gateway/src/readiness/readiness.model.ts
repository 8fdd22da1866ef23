import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({
  description: 'The patient no longer needs hospital care (utskrivningsklar), from a given time on.',
})
export class MarkMedicallyReadyInput {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field(() => Date, { nullable: true, description: 'From when the patient is ready; now when left out.' })
  readyAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The care link the patient is expected to go to.' })
  expectedDestinationCareLinkId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string per intended change; sending the same again (a retry) records it once.',
  })
  requestId?: string | null;
}

@InputType({ description: 'The patient deteriorated: the medically-ready declaration no longer holds.' })
export class WithdrawMedicallyReadyInput {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field({ description: 'Why readiness is withdrawn.' }) reason!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string per intended change; sending the same again (a retry) records it once.',
  })
  requestId?: string | null;
}

@ObjectType({ description: "The stay's medically-ready state after a change, as the event store holds it." })
export class MedicalReadiness {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) stayId!: string;
  @Field({ description: 'Whether the patient is medically ready after this change.' }) ready!: boolean;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => String, { nullable: true }) expectedDestinationCareLinkId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why readiness was withdrawn.' }) reason!:
    | string
    | null;
  @Field({ description: 'When it was recorded.' }) recordedAt!: Date;
  @Field({ description: 'The care link that recorded it.' }) recordedByCareLinkId!: string;
}
