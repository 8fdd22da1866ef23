import {
  admissionNoticeDeadline,
  noticeStatus,
  planningCallDeadline,
  readyNoticeDeadline,
} from '../discharge-planning/deadlines';
import type { RegionalPlanningRules } from '../discharge-planning/regional-planning-rules';

/** Whom the law owes discharge-planning notices to: the patient's home municipality and primary care. */
export const noticeRecipients = ['home-municipality', 'primary-care'] as const;
export type NoticeRecipient = (typeof noticeRecipients)[number];

export type DischargeNoticeKind =
  | 'admission-notice'
  | 'ready-for-discharge-notice'
  | 'no-longer-ready-notice'
  | 'planning-meeting-call'
  | 'expected-discharge-date';

/** A care event as the discharge-planning flow sees it. */
export interface PlanningFact {
  eventId: string;
  type: string;
  occurredAt: Date;
  careLinkId: string;
  payload: Record<string, unknown>;
}

/** A notice an event makes owed: Carechain sends it at once (`sendNow`), or staff do by its deadline. */
export interface OwedNotice {
  notice: DischargeNoticeKind;
  recipients: readonly NoticeRecipient[];
  sendNow: boolean;
  dueAt: Date;
}

/** What an event does to the notices of its stay. */
export interface NoticeEffects {
  owed: OwedNotice[];
  /** Notices not yet sent that are no longer owed. */
  cancels: DischargeNoticeKind[];
  /** A planning-meeting call made by staff: the owed call is sent to the invited recipients' links. */
  calledCareLinkIds?: string[];
}

/**
 * The deadline of each notice under the regional rules: the admission notice within 24 hours of
 * admission, the ready and no-longer-ready notices by the end of the day they count from, the
 * planning meeting called within 3 working days of readiness (Jönköping's rules by default).
 */
export interface NoticeDeadlines {
  admissionNotice(admittedAt: Date): Date;
  readyNotice(readyAt: Date): Date;
  planningCall(readyAt: Date): Date;
}

export const regionalNoticeDeadlines = (rules: RegionalPlanningRules): NoticeDeadlines => ({
  admissionNotice: (at) => admissionNoticeDeadline(at, rules),
  readyNotice: (at) => readyNoticeDeadline(at, rules),
  planningCall: (at) => planningCallDeadline(at, rules),
});

const both = noticeRecipients;
const none: NoticeEffects = { owed: [], cancels: [] };
const unsentWhenTheStayEnds: DischargeNoticeKind[] = [
  'admission-notice',
  'ready-for-discharge-notice',
  'planning-meeting-call',
];

/** Carechain sends a notice itself, at once, unless staff must first choose the meeting's time and guests. */
export function sentByCarechain(notice: DischargeNoticeKind): boolean {
  return notice !== 'planning-meeting-call';
}

const owe = (notice: DischargeNoticeKind, dueAt: Date): OwedNotice => ({
  notice,
  recipients: both,
  sendNow: sentByCarechain(notice),
  dueAt,
});

/** The notices an event of the stay makes owed or no longer owed. */
export function noticeEffectsOf(fact: PlanningFact, deadlines: NoticeDeadlines): NoticeEffects {
  switch (fact.type) {
    case 'PatientAdmitted':
      return {
        owed: [owe('admission-notice', deadlines.admissionNotice(fact.occurredAt))],
        cancels: [],
      };
    case 'MedicallyReadyForDischarge': {
      const readyAt = new Date(String(fact.payload.readyAt));
      return {
        owed: [
          owe('ready-for-discharge-notice', deadlines.readyNotice(readyAt)),
          owe('planning-meeting-call', deadlines.planningCall(readyAt)),
        ],
        cancels: [],
      };
    }
    case 'MedicallyReadyWithdrawn':
      return {
        owed: [owe('no-longer-ready-notice', deadlines.readyNotice(fact.occurredAt))],
        cancels: ['ready-for-discharge-notice', 'planning-meeting-call'],
      };
    case 'ExpectedDischargeDateSet':
      return {
        owed: [owe('expected-discharge-date', deadlines.readyNotice(fact.occurredAt))],
        cancels: [],
      };
    case 'PlanningMeetingCalled':
      return {
        owed: [],
        cancels: [],
        calledCareLinkIds: (fact.payload.participantCareLinkIds as string[] | undefined) ?? [],
      };
    case 'PatientDischarged':
    case 'AdmissionCancelled':
      return { owed: [], cancels: unsentWhenTheStayEnds };
    default:
      return none;
  }
}

/** Why a notice's deadline counts as missed, or null while it is not. */
export function noticeBreachOf(
  notice: { dueAt: Date; sentAt: Date | null; toCareLinkId: string | null },
  now: Date,
): string | null {
  switch (noticeStatus(notice.dueAt, notice.sentAt, now)) {
    case 'sent-late':
      return 'sent after the deadline';
    case 'overdue':
      return notice.toCareLinkId
        ? 'not sent by the deadline'
        : "no recipient: the care-link directory names no link for the patient's home municipality or primary care unit";
    default:
      return null;
  }
}
