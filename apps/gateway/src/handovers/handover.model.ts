import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@InputType({
  description: 'When the information must have reached the receiving link, counted from the trigger.',
})
export class TransmissionTargetInput {
  @Field({
    description:
      'hours (elapsed), days (calendar days, same local time) or end-of-day (end of the local day plus days)',
  })
  kind!: string;
  @Field(() => Int, { nullable: true }) hours?: number | null;
  @Field(() => Int, { nullable: true }) days?: number | null;
}

@ObjectType()
export class TransmissionTargetView {
  @Field() kind!: string;
  @Field(() => Int, { nullable: true }) hours!: number | null;
  @Field(() => Int, { nullable: true }) days!: number | null;
}

@InputType({
  description: 'What the caller’s care link requires from the sending link when a trigger happens.',
})
export class HandoverSpecificationInput {
  @Field(() => ID, {
    description: 'Chosen by the receiving link; saving again under it makes a new version.',
  })
  specificationId!: string;
  @Field() name!: string;
  @Field({ description: 'admission, transfer, medically-ready, discharge or medication-change' })
  trigger!: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Kinds of sending care link this applies to (e.g. hospital-ward); all when left out.',
  })
  fromCareLinkKinds?: string[] | null;
  @Field({
    description:
      "A GraphQL query over the patient's record, e.g. { patient { stay { medicallyReadySince } } }.",
  })
  document!: string;
  @Field(() => TransmissionTargetInput, {
    nullable: true,
    description: 'The default for the trigger when left out.',
  })
  target?: TransmissionTargetInput | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version the change was made from (0 for a new id); saving is refused as a conflict when another was saved since. Left out, the save always goes through.',
  })
  baseVersion?: number | null;
}

@ObjectType()
export class HandoverSpecification {
  @Field(() => ID) specificationId!: string;
  @Field(() => Int) version!: number;
  @Field() receivingCareLinkId!: string;
  @Field() name!: string;
  @Field() trigger!: string;
  @Field(() => [String]) fromCareLinkKinds!: string[];
  @Field() document!: string;
  @Field(() => TransmissionTargetView) target!: TransmissionTargetView;
  @Field() active!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'One transmission of a specification’s data for one patient.' })
export class HandoverPackage {
  @Field(() => ID) packageId!: string;
  @Field(() => ID) specificationId!: string;
  @Field(() => Int) specificationVersion!: number;
  @Field(() => ID, {
    nullable: true,
    description:
      'The patient, for staff of the sending or receiving link while its care relationship with her holds; null for everyone else (coaches, integrators, the complaints line see the status only).',
  })
  patientId!: string | null;
  @Field() receivingCareLinkId!: string;
  @Field() sendingCareLinkId!: string;
  @Field() trigger!: string;
  @Field() triggeredAt!: Date;
  @Field() sentAt!: Date;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedBy!: string | null;
  @Field({ description: 'on-time, near-breach or breached' }) timeliness!: string;
  @Field({ description: 'Every requested item has a value.' }) complete!: boolean;
  @Field(() => [String], { description: 'Requested items that were empty, as paths.' }) missing!: string[];
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Exactly the requested fields; only for the receiving link.',
  })
  data!: unknown;
}

@ObjectType({ description: 'How fast information moved from one link to another.' })
export class TransmissionStatistics {
  @Field() sendingCareLinkId!: string;
  @Field() receivingCareLinkId!: string;
  @Field(() => Int) handovers!: number;
  @Field(() => Int) acknowledged!: number;
  @Field(() => Int) medianMinutesToSend!: number;
  @Field(() => Int) p90MinutesToSend!: number;
  @Field(() => Int, { nullable: true }) medianMinutesToAcknowledge!: number | null;
  @Field(() => Int, { nullable: true }) p90MinutesToAcknowledge!: number | null;
  @Field(() => Float, { nullable: true }) shareOnTarget!: number | null;
}

export enum HandoverInboxOrder {
  NEWEST_DUE_FIRST = 'NEWEST_DUE_FIRST',
  EARLIEST_DUE_FIRST = 'EARLIEST_DUE_FIRST',
}
registerEnumType(HandoverInboxOrder, {
  name: 'HandoverInboxOrder',
  description:
    'Within unacknowledged and then acknowledged packages: the latest deadline first (what just came in) or the earliest (what is most urgent).',
});

@InputType({ description: 'Which packages addressed to the caller’s care link to list; all when left out.' })
export class HandoverInboxFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet acknowledged.' })
  unacknowledged?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those that missed their deadline.' })
  late?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only those due at or after this instant (ISO 8601), e.g. the start of the user’s day.',
  })
  dueFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Only those due before this instant (ISO 8601).' })
  dueBefore?: string | null;
  @Field(() => String, { nullable: true, description: 'Only those of this trigger, e.g. medically-ready.' })
  trigger?: string | null;
}

@ObjectType({ description: 'One page of the inbox, and how many packages the filter keeps in all.' })
export class HandoverInboxPage {
  @Field(() => [HandoverPackage]) packages!: HandoverPackage[];
  @Field(() => Int) totalCount!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}
