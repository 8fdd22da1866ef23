import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

const requestIdDescription =
  'Any unique string per intended change; sending the same again (a retry) records it once.';

@ObjectType({
  description:
    'A notice the law on discharge planning (2017:612) owes the home municipality or primary care unit, with its deadline.',
})
export class DischargeNotice {
  @Field(() => ID) noticeId!: string;
  @Field({
    description:
      'admission-notice, ready-for-discharge-notice, no-longer-ready-notice, planning-meeting-call or expected-discharge-date',
  })
  notice!: string;
  @Field({ description: 'home-municipality or primary-care' }) recipient!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Null while the care-link directory names no link for the recipient.',
  })
  toCareLinkId!: string | null;
  @Field() fromCareLinkId!: string;
  @Field() triggeredAt!: Date;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field({ description: 'due, overdue, sent-on-time, sent-late or cancelled' }) status!: string;
}

@ObjectType({ description: 'A planning meeting (SIP meeting) called for a stay.' })
export class PlanningMeeting {
  @Field(() => ID) meetingId!: string;
  @Field() at!: Date;
  @Field({ description: 'in-person or video' }) mode!: string;
  @Field(() => [String]) participantCareLinkIds!: string[];
  @Field() patientTakesPart!: boolean;
  @Field() relativesInvited!: boolean;
  @Field() calledByCareLinkId!: string;
}

@ObjectType({ description: "One stay's discharge planning, as the reader's care link takes part in it." })
export class DischargePlanningStay {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field(() => String, { nullable: true }) wardCareLinkId!: string | null;
  @Field(() => Date, { nullable: true }) admittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) medicallyReadySince!: Date | null;
  @Field(() => Date, { nullable: true }) dischargedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expectedDischargeDate!: string | null;
  @Field(() => [DischargeNotice]) notices!: DischargeNotice[];
  @Field(() => [PlanningMeeting]) meetings!: PlanningMeeting[];
  @Field({ description: 'Whether the municipality has sent its status message back.' })
  municipalStatusReported!: boolean;
  @Field({
    description:
      'True while the read models have not yet applied an event a notice of this stay follows from: the dates, meetings and status shown may be behind the notices.',
  })
  updating!: boolean;
}

@InputType({ description: 'Calls the planning meeting for a medically ready patient.' })
export class CallPlanningMeetingInput {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field() at!: Date;
  @Field({ description: 'in-person or video' }) mode!: string;
  @Field(() => [String], {
    description: 'The care links invited, the home municipality and primary care among them.',
  })
  participantCareLinkIds!: string[];
  @Field() patientTakesPart!: boolean;
  @Field() relativesInvited!: boolean;
  @Field(() => String, { nullable: true, description: requestIdDescription }) requestId?: string | null;
}

@ObjectType()
export class PlanningMeetingCall {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) meetingId!: string;
  @Field() recordedAt!: Date;
}

@InputType({
  description: "The patient's consent to sharing with the municipality and primary care, or the exception.",
})
export class RecordConsentInput {
  @Field(() => ID) patientId!: string;
  @Field({ description: 'consent-given, consent-withdrawn, emergency or cannot-consent' }) basis!: string;
  @Field(() => String, { nullable: true, description: 'Why an exception applies; required for one.' })
  note?: string | null;
  @Field(() => String, { nullable: true, description: requestIdDescription }) requestId?: string | null;
}

@ObjectType()
export class ConsentRecord {
  @Field(() => ID) eventId!: string;
  @Field() basis!: string;
  @Field() recordedAt!: Date;
}
