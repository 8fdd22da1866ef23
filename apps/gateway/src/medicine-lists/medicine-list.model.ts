import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

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

@InputType()
export class MedicationCodingInput {
  @Field() system!: string;
  @Field() code!: string;
  @Field(() => String, { nullable: true }) display?: string | null;
}

@InputType({ description: 'A medication as written, with the codes that identify it.' })
export class MedicationInput {
  @Field() text!: string;
  @Field(() => [MedicationCodingInput], { nullable: true }) coding?: MedicationCodingInput[] | null;
}

@InputType({
  description: 'One change: a medicine started (added), stopped, or its dose, route or frequency changed.',
})
export class MedicationChangeInput {
  @Field({ description: 'added, stopped or dose-changed' }) action!: string;
  @Field(() => MedicationInput) medication!: MedicationInput;
  @Field(() => String, { nullable: true }) dose?: string | null;
  @Field(() => String, { nullable: true }) route?: string | null;
  @Field(() => String, { nullable: true }) frequency?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why; a change without a reason is flagged at reconciliation.',
  })
  reason?: string | null;
}

@InputType()
export class ChangeMedicineListInput {
  @Field(() => ID) patientId!: string;
  @Field(() => Int, { description: 'The version (changeCount) of the list the changes were made against.' })
  listVersion!: number;
  @Field(() => [MedicationChangeInput]) changes!: MedicationChangeInput[];
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string per intended change; a retry under it records the change once.',
  })
  requestId?: string | null;
}

@ObjectType({ description: 'One change to a medication, as made.' })
export class MedicationChangeEntry {
  @Field() action!: string;
  @Field() text!: string;
  @Field(() => [MedicationCoding]) coding!: MedicationCoding[];
  @Field(() => String, { nullable: true }) dose!: string | null;
  @Field(() => String, { nullable: true }) route!: string | null;
  @Field(() => String, { nullable: true }) frequency!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'The professional, by role or id.' }) changedBy!:
    | string
    | null;
}

@ObjectType({ description: 'Changes made together to the list by one care link.' })
export class MedicineListChangeRecord {
  @Field(() => ID) eventId!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field() careLinkId!: string;
  @Field(() => [MedicationChangeEntry]) changes!: MedicationChangeEntry[];
}

@ObjectType({ description: 'A medicine whose dose, route or frequency differs between the two lists.' })
export class DoseChange {
  @Field() text!: string;
  @Field(() => [MedicationCoding]) coding!: MedicationCoding[];
  @Field(() => String, { nullable: true, description: 'The dose before.' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'The dose now.' }) to!: string | null;
  @Field(() => String, { nullable: true }) fromFrequency!: string | null;
  @Field(() => String, { nullable: true }) toFrequency!: string | null;
  @Field(() => String, { nullable: true }) fromRoute!: string | null;
  @Field(() => String, { nullable: true }) toRoute!: string | null;
}

@ObjectType({ description: 'A change made without a stated reason: ask the link that made it.' })
export class UnexplainedMedicationChange {
  @Field() action!: string;
  @Field() text!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field() careLinkId!: string;
}

@ObjectType({
  description:
    'The difference between the list at one moment (e.g. admission) and at a later one (transfer, discharge).',
})
export class MedicineReconciliation {
  @Field(() => GraphQLISODateTime) from!: Date;
  @Field(() => GraphQLISODateTime) to!: Date;
  @Field(() => [ListedMedication]) added!: ListedMedication[];
  @Field(() => [ListedMedication]) stopped!: ListedMedication[];
  @Field(() => [DoseChange]) doseChanged!: DoseChange[];
  @Field(() => [ListedMedication]) unchanged!: ListedMedication[];
  @Field(() => [UnexplainedMedicationChange]) withoutReason!: UnexplainedMedicationChange[];
}

@ObjectType({ description: 'The changes as stored.' })
export class MedicineListChanged {
  @Field(() => ID) eventId!: string;
  @Field(() => Int, {
    description: 'The version of the list with these changes: send it with the next change.',
  })
  listVersion!: number;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}
