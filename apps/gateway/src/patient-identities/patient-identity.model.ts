import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Who a patient is: shown only to staff whose care link cares for the patient, and every read is audited.',
})
export class PatientIdentity {
  @Field(() => ID, { description: 'The pseudonymous id the network knows the patient by.' })
  patientId!: string;
  @Field({ description: 'Given names and family name, as staff read them.' }) name!: string;
  @Field() familyName!: string;
  @Field() givenNames!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Personnummer or samordningsnummer, YYYYMMDD-NNNN; null when no record system told it.',
  })
  personalIdentityNumber!: string | null;
}
