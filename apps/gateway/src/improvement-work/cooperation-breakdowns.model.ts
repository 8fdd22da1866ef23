import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PeriodValue } from '../unnecessary-days/unnecessary-days.model';

@InputType({
  description: 'Where cooperation between care links broke down. No patient: this is not an incident report.',
})
export class CooperationBreakdownInput {
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field(() => [String], { description: 'The care links between which it broke down, at least two.' })
  careLinkIds!: string[];
  @Field() whatHappened!: string;
  @Field(() => String, { nullable: true, description: 'The consequence, if any.' }) consequence?:
    | string
    | null;
}

@ObjectType()
export class CooperationBreakdown {
  @Field(() => ID) reportId!: string;
  @Field() occurredOn!: string;
  @Field(() => [String]) careLinkIds!: string[];
  @Field() whatHappened!: string;
  @Field(() => String, { nullable: true }) consequence!: string | null;
  @Field() reportedBy!: string;
  @Field() reportingCareLinkId!: string;
  @Field() reportedAt!: Date;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => String, { nullable: true, description: 'What the coach fed back to the reporter.' })
  feedback!: string | null;
  @Field(() => String, { nullable: true }) feedbackBy!: string | null;
  @Field(() => Date, { nullable: true }) feedbackAt!: Date | null;
}

@ObjectType({ description: 'Breakdowns reported between one pair of care links, per period.' })
export class BreakdownTrend {
  @Field(() => [String]) careLinkIds!: string[];
  @Field(() => Int) total!: number;
  @Field(() => [PeriodValue]) series!: PeriodValue[];
}
