import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One day the municipality pays for, with the care events that make it payable.' })
export class ChargedDayLine {
  @Field({ description: 'The day, YYYY-MM-DD: the patient spent its midnight in hospital while ready.' })
  date!: string;
  @Field(() => ID, { description: 'Pseudonymous patient id.' }) patientId!: string;
  @Field() stayId!: string;
  @Field(() => ID, { description: 'The admission.' }) admissionEventId!: string;
  @Field(() => ID, { description: 'The admission notice, sent within its deadline.' })
  admissionNoticeEventId!: string;
  @Field(() => ID, { description: 'The readiness declaration that started the ready period.' })
  readinessEventId!: string;
  @Field(() => ID, { description: 'The ready notice, sent within its deadline, that the grace counts from.' })
  readyNoticeEventId!: string;
}

@ObjectType()
export class Money {
  @Field(() => Float) amount!: number;
  @Field({ description: 'ISO 4217 code, e.g. SEK.' }) currency!: string;
}

@ObjectType({
  description:
    'The payment-liability invoice basis (betalningsansvar) of one municipality for one month, under the region’s planning rules.',
})
export class MunicipalLiabilityInvoice {
  @Field() municipalityId!: string;
  @Field({ description: 'YYYY-MM, in the region’s time zone.' }) month!: string;
  @Field({ description: 'The region whose agreement the days are counted under.' }) region!: string;
  @Field({ description: 'How liability starts, e.g. "3 grace days" or "regional average 4.2 days".' })
  model!: string;
  @Field(() => Int) totalDays!: number;
  @Field(() => Money, { nullable: true, description: 'Days times the daily rate; null when no rate is set.' })
  amountBasis!: Money | null;
  @Field(() => [ChargedDayLine], { description: 'Every charged day, by date, patient and stay.' })
  days!: ChargedDayLine[];
}
