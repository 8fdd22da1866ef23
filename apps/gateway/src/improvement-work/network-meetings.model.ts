import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AgendaSourceKind {
  COMPLAINT = 'complaint',
  BREAKDOWN_REPORT = 'breakdown-report',
  PROJECT = 'project',
  OTHER = 'other',
}
registerEnumType(AgendaSourceKind, {
  name: 'AgendaSourceKind',
  description:
    'What an agenda item is about: an open complaint, breakdown report or project, or other business.',
});

@InputType({
  description: 'A six-weekly local network meeting. It names organisations and care links, never patients.',
})
export class NetworkMeetingInput {
  @Field({ description: 'The local area, e.g. the municipality the meeting is for.' }) area!: string;
  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; by default six weeks after the area's latest meeting.",
  })
  heldOn?: string | null;
  @Field(() => [String], {
    description: 'The participating organisations (municipalities, the region), at least two.',
  })
  organisationIds!: string[];
  @Field(() => [String], { description: 'The care links taking part, from those organisations.' })
  participantCareLinkIds!: string[];
  @Field(() => Int, {
    defaultValue: 0,
    description: 'How many patients or patient representatives take part; never who.',
  })
  patientRepresentatives!: number;
}

@InputType()
export class AgendaItemInput {
  @Field(() => AgendaSourceKind) sourceKind!: AgendaSourceKind;
  @Field(() => ID, {
    nullable: true,
    description: 'The complaint, breakdown report or project; none for OTHER.',
  })
  sourceId?: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) detail?: string | null;
}

@InputType({ description: 'The minute of one agenda item.' })
export class AgendaMinuteInput {
  @Field(() => ID) itemId!: string;
  @Field({ description: 'What the meeting decided.' }) decision!: string;
  @Field(() => String, { nullable: true, description: 'The care link that owns the decision.' })
  ownerCareLinkId?: string | null;
}

@ObjectType({ description: 'An agenda item as proposed from what is open, pointing at its source.' })
export class ProposedAgendaItem {
  @Field(() => AgendaSourceKind) sourceKind!: AgendaSourceKind;
  @Field(() => ID, { nullable: true }) sourceId!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType({ description: "An item on a meeting's agenda, and its minute once the meeting is held." })
export class NetworkMeetingItem extends ProposedAgendaItem {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) position!: number;
  @Field(() => String, { nullable: true }) decision!: string | null;
  @Field(() => String, { nullable: true }) ownerCareLinkId!: string | null;
}

@ObjectType()
export class NetworkMeeting {
  @Field(() => ID) meetingId!: string;
  @Field() area!: string;
  @Field() heldOn!: string;
  @Field({ description: 'Six weeks on.' }) nextMeetingOn!: string;
  @Field(() => [String]) organisationIds!: string[];
  @Field(() => [String]) participantCareLinkIds!: string[];
  @Field(() => Int) patientRepresentatives!: number;
  @Field() plannedBy!: string;
  @Field() plannedAt!: Date;
  @Field(() => [NetworkMeetingItem]) agenda!: NetworkMeetingItem[];
  @Field(() => String, { nullable: true }) minutesRecordedBy!: string | null;
  @Field(() => Date, { nullable: true }) minutesRecordedAt!: Date | null;
}
