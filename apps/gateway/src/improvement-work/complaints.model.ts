import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A complaint as the complaints line writes it down.' })
export class ComplaintInput {
  @Field({ description: 'YYYY-MM-DD' }) receivedOn!: string;
  @Field({ description: 'patient, relative or other' }) complainantKind!: string;
  @Field() summary!: string;
  @Field(() => [String], { description: 'The care links the complaint concerns; each answers it.' })
  involvedCareLinkIds!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Pseudonymous id, only when the complaint concerns a patient.',
  })
  patientId?: string | null;
}

@InputType()
export class ComplaintFeedbackInput {
  @Field({ description: 'What the complainant was told came of the complaint.' }) feedback!: string;
  @Field({ description: 'YYYY-MM-DD' }) givenOn!: string;
  @Field(() => String, { nullable: true, description: "The complainant's response to the feedback." })
  complainantResponse?: string | null;
}

@ObjectType()
export class ComplaintAnswer {
  @Field() careLinkId!: string;
  @Field() answer!: string;
  @Field() answeredBy!: string;
  @Field() answeredAt!: Date;
}

// Named here: the bundler renames the class when another module has a Complaint, and the schema followed it.
@ObjectType('Complaint', {
  description:
    'A complaint, its answers and the feedback given. The patient, if any, only as the caller may see them.',
})
export class Complaint {
  @Field(() => ID) complaintId!: string;
  @Field() receivedOn!: string;
  @Field() complainantKind!: string;
  @Field() summary!: string;
  @Field(() => [String]) involvedCareLinkIds!: string[];
  @Field() recordedBy!: string;
  @Field() recordedAt!: Date;
  @Field({
    description: 'Whether a patient is named; patientId shows only to care links with a care relationship.',
  })
  concernsPatient!: boolean;
  @Field(() => [ComplaintAnswer]) answers!: ComplaintAnswer[];
  @Field(() => [String]) awaitingAnswerFrom!: string[];
  @Field(() => String, { nullable: true }) feedback!: string | null;
  @Field(() => String, { nullable: true }) feedbackGivenOn!: string | null;
  @Field(() => String, { nullable: true }) feedbackBy!: string | null;
  @Field(() => String, { nullable: true }) complainantResponse!: string | null;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => String, { nullable: true, description: 'The improvement meeting the complaint led to.' })
  improvementMeeting!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closedBy!: string | null;
}
