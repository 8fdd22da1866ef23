import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Something to be done, by whom and by when.' })
export class CarePlanAction {
  @Field() description!: string;
  @Field() responsibleCareLinkId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
}

@ObjectType({
  description: 'Whom the patient calls, and when the number answers: day, night or day-and-night.',
})
export class CarePlanContact {
  @Field() description!: string;
  @Field(() => String, { nullable: true }) careLinkId!: string | null;
  @Field() phone!: string;
  @Field() available!: string;
}

@ObjectType({ description: 'A follow-up appointment.' })
export class FollowUpAppointment {
  @Field() description!: string;
  @Field() careLinkId!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ObjectType({ description: "One version of the patient's shared individual care plan (SIP)." })
export class CarePlan {
  @Field(() => ID) carePlanId!: string;
  @Field(() => Int) version!: number;
  @Field(() => [String], { description: 'What matters to the patient, in her own words.' }) goals!: string[];
  @Field(() => [CarePlanAction]) actions!: CarePlanAction[];
  @Field(() => [CarePlanContact]) contacts!: CarePlanContact[];
  @Field(() => [FollowUpAppointment]) followUps!: FollowUpAppointment[];
  @Field(() => [String], { description: 'Recommendations for further care.' }) recommendations!: string[];
  @Field(() => GraphQLISODateTime) savedAt!: Date;
  @Field() savedByCareLinkId!: string;
}

@InputType()
export class CarePlanActionInput {
  @Field() description!: string;
  @Field() responsibleCareLinkId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate?: string | null;
}

@InputType()
export class CarePlanContactInput {
  @Field() description!: string;
  @Field(() => String, { nullable: true }) careLinkId?: string | null;
  @Field() phone!: string;
  @Field({ description: 'day, night or day-and-night' }) available!: string;
}

@InputType()
export class FollowUpAppointmentInput {
  @Field() description!: string;
  @Field() careLinkId!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@InputType({ description: 'A new version of the care plan, made against the version the author saw.' })
export class SaveCarePlanInput {
  @Field(() => ID) patientId!: string;
  @Field(() => Int, {
    description: 'The version edited; 0 for the first plan. A newer version saved meanwhile is a CONFLICT.',
  })
  baseVersion!: number;
  @Field(() => [String]) goals!: string[];
  @Field(() => [CarePlanActionInput]) actions!: CarePlanActionInput[];
  @Field(() => [CarePlanContactInput]) contacts!: CarePlanContactInput[];
  @Field(() => [FollowUpAppointmentInput], { nullable: true }) followUps?: FollowUpAppointmentInput[] | null;
  @Field(() => [String], { nullable: true }) recommendations?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string per intended save; a retry under it saves once.',
  })
  requestId?: string | null;
}
