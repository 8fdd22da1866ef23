import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A code identifying a medication, e.g. ATC or SNOMED CT.' })
export class MedicationCoding {
  @Field() system!: string;
  @Field() code!: string;
  @Field(() => String, { nullable: true }) display!: string | null;
}

@ObjectType({ description: 'A medication the patient takes now.' })
export class ListedMedication {
  @Field({ description: 'The medication as written.' }) text!: string;
  @Field(() => [MedicationCoding]) coding!: MedicationCoding[];
  @Field(() => String, { nullable: true }) dose!: string | null;
  @Field(() => String, { nullable: true }) route!: string | null;
  @Field(() => String, { nullable: true }) frequency!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'Since when, as far as the list knows.' }) since!: Date;
  @Field(() => GraphQLISODateTime) lastChangedAt!: Date;
  @Field({ description: 'The care link that made the latest change.' }) lastChangedByCareLinkId!: string;
}

@ObjectType({ description: "The patient's current medicine list, following her through the care chain." })
export class MedicineList {
  @Field(() => ID) patientId!: string;
  @Field(() => [ListedMedication]) medications!: ListedMedication[];
  @Field(() => Int, { description: 'How many changes the list was folded from.' }) changeCount!: number;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
}
