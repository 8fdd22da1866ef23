import { isCancellation, withoutCancelled } from '../stays/cancellations';

/** A care event as the journey rules see it: only what the rules need, nothing of transport or storage. */
export type JourneyFact = {
  eventId: string;
  /** Store order, to break ties between events that happened at the same instant. */
  sequence: number;
  occurredAt: Date;
  /** The care link that reported the event. */
  careLinkId: string;
} & (
  | { type: 'PatientAdmitted'; payload: { stayId: string; wardCareLinkId: string; admissionType: string } }
  | {
      type: 'PatientTransferred';
      payload: { stayId: string; fromWardCareLinkId: string; toWardCareLinkId: string };
    }
  | { type: 'AdmissionCancelled'; payload: { stayId: string } }
  | {
      type: 'TransferCancelled';
      payload: { stayId: string; fromWardCareLinkId: string; toWardCareLinkId: string };
    }
  | { type: 'DischargeCancelled'; payload: { stayId: string } }
  | {
      type: 'MedicallyReadyForDischarge';
      payload: {
        stayId: string;
        readyAt: string;
        expectedDestinationCareLinkId?: string;
        correctsEventId?: string;
      };
    }
  | { type: 'MedicallyReadyWithdrawn'; payload: { stayId: string; reason: string } }
  | {
      type: 'PatientDischarged';
      payload: { stayId: string; destination: string; destinationCareLinkId?: string };
    }
  | { type: 'MedicationListChanged'; payload: { changes: unknown[] } }
  | {
      type: 'CarePlanUpdated';
      payload: { carePlanId: string; version: number; actions: { responsibleCareLinkId: string }[] };
    }
  | { type: 'DischargeDelayCauseRecorded'; payload: { stayId: string; cause: string; from: string } }
  | { type: 'CareLinkNotified'; payload: { stayId: string; notice: string; toCareLinkId: string } }
  | { type: 'CareLinkNoticeBreached'; payload: { stayId: string; notice: string; toCareLinkId?: string } }
  | { type: 'CareLinkNoticeAcknowledged'; payload: { stayId: string; notice: string } }
  | { type: 'PatientHomeRecorded'; payload: Record<string, string | undefined> }
  | { type: 'MunicipalStatusReported'; payload: { stayId: string; supportBeforeAdmission: string[] } }
  | { type: 'ExpectedDischargeDateSet'; payload: { stayId: string; expectedDischargeDate: string } }
  | { type: 'PlanningMeetingCalled'; payload: { stayId: string; at: string; mode: string } }
  | { type: 'PlanningMeetingHeld'; payload: { stayId: string; outcome: string } }
  | { type: 'ConsentRecorded'; payload: { basis: string } }
  | { type: 'HandoverAcknowledged'; payload: HandoverFactPayload }
  | {
      type: 'HandoverTargetNearlyBreached' | 'HandoverTargetBreached';
      payload: HandoverFactPayload & { dueAt: string; reason: string };
    }
);

interface HandoverFactPayload {
  receivingCareLinkId: string;
  sendingCareLinkId: string;
}

export type JourneyStatus = 'not-admitted' | 'in-hospital' | 'discharged';

export interface JourneyState {
  status: JourneyStatus;
  stayId: string | null;
  wardCareLinkId: string | null;
  admittedAt: Date | null;
  medicallyReadySince: Date | null;
  dischargedAt: Date | null;
  /** Every care link that has taken part in the patient's care, sorted. */
  careLinkIds: string[];
  eventCount: number;
}

export const emptyJourney: JourneyState = {
  status: 'not-admitted',
  stayId: null,
  wardCareLinkId: null,
  admittedAt: null,
  medicallyReadySince: null,
  dischargedAt: null,
  careLinkIds: [],
  eventCount: 0,
};

/** The order in which care happened: occurrence time, then the order Carechain stored the events. */
export function chronological(
  a: Pick<JourneyFact, 'occurredAt' | 'sequence'>,
  b: Pick<JourneyFact, 'occurredAt' | 'sequence'>,
): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence;
}

/**
 * The care links an event gives a care relationship, given the links that hold one already. Only
 * what the care chain itself establishes counts: the ward of an admission or transfer, the
 * discharge destination, the links responsible in the care plan made at the planning meeting, and
 * a notice or handover addressed to a link by a link that holds a relationship. The link that
 * reports an event gains nothing by naming itself as its source.
 */
function careLinksJoining(fact: JourneyFact, holders: ReadonlySet<string>): (string | undefined)[] {
  switch (fact.type) {
    case 'PatientAdmitted':
      return [fact.payload.wardCareLinkId];
    case 'PatientTransferred':
      return [fact.payload.fromWardCareLinkId, fact.payload.toWardCareLinkId];
    case 'TransferCancelled':
      return [fact.payload.fromWardCareLinkId];
    case 'MedicallyReadyForDischarge':
      return [fact.payload.expectedDestinationCareLinkId];
    case 'PatientDischarged':
      return [fact.payload.destinationCareLinkId];
    case 'CarePlanUpdated':
      return fact.payload.actions.map((a) => a.responsibleCareLinkId);
    case 'CareLinkNotified':
      return holders.has(fact.careLinkId) ? [fact.payload.toCareLinkId] : [];
    case 'HandoverAcknowledged':
    case 'HandoverTargetNearlyBreached':
    case 'HandoverTargetBreached':
      return holders.has(fact.payload.sendingCareLinkId) ? [fact.payload.receivingCareLinkId] : [];
    default:
      return [];
  }
}

function applyToStay(state: JourneyState, fact: JourneyFact): JourneyState {
  if (fact.type === 'PatientAdmitted') {
    return {
      ...state,
      status: 'in-hospital',
      stayId: fact.payload.stayId,
      wardCareLinkId: fact.payload.wardCareLinkId,
      admittedAt: fact.occurredAt,
      medicallyReadySince: null,
      dischargedAt: null,
    };
  }
  // Events about another stay than the current one (late or mis-keyed) stay on the timeline only.
  const aboutCurrentStay =
    'stayId' in fact.payload && fact.payload.stayId === state.stayId && state.status === 'in-hospital';
  if (!aboutCurrentStay) return state;
  switch (fact.type) {
    case 'PatientTransferred':
      return { ...state, wardCareLinkId: fact.payload.toWardCareLinkId };
    case 'MedicallyReadyForDischarge': {
      const readyAt = new Date(fact.payload.readyAt);
      // A correction replaces the ready time; a repeated declaration keeps the earlier one.
      return {
        ...state,
        medicallyReadySince: fact.payload.correctsEventId
          ? readyAt
          : earliest(state.medicallyReadySince, readyAt),
      };
    }
    case 'MedicallyReadyWithdrawn':
      return { ...state, medicallyReadySince: null };
    case 'PatientDischarged':
      return { ...state, status: 'discharged', dischargedAt: fact.occurredAt, medicallyReadySince: null };
    default:
      return state;
  }
}

function earliest(current: Date | null, next: Date): Date {
  return current && current <= next ? current : next;
}

/**
 * Where the patient is now, from all facts known so far, whatever order they arrived in. Facts
 * undone by a cancellation do not count, nor do the care links only they named: a ward a patient
 * was transferred to in error takes no part in the care.
 */
export function foldJourney(facts: readonly JourneyFact[]): JourneyState {
  const links = new Set<string>(wardsThatCancelledTheirAdmission(facts));
  const state = applyInOrder(emptyJourney, withoutCancelled([...facts].sort(chronological)), links);
  return { ...state, eventCount: facts.length };
}

/**
 * The state after facts that all happened later than every fact folded into `state`, without the
 * earlier facts: equal to folding them all. Null when that cannot be known from the state alone,
 * because a cancellation among them reaches back to earlier facts; fold the whole timeline then.
 */
export function continueJourney(state: JourneyState, later: readonly JourneyFact[]): JourneyState | null {
  if (later.some((fact) => isCancellation(fact.type))) return null;
  const next = applyInOrder(state, [...later].sort(chronological), new Set(state.careLinkIds));
  return { ...next, eventCount: state.eventCount + later.length };
}

function applyInOrder(
  state: JourneyState,
  ordered: readonly JourneyFact[],
  links: Set<string>,
): JourneyState {
  const next = ordered.reduce((current, fact) => {
    careLinksJoining(fact, links).forEach((id) => id && links.add(id));
    return applyToStay(current, fact);
  }, state);
  return { ...next, careLinkIds: [...links].sort() };
}

// A ward that cancels its own admission recorded in error keeps seeing the record it corrected.
function wardsThatCancelledTheirAdmission(facts: readonly JourneyFact[]): string[] {
  return facts.flatMap((cancel) =>
    cancel.type === 'AdmissionCancelled' &&
    facts.some(
      (admission) =>
        admission.type === 'PatientAdmitted' &&
        admission.payload.stayId === cancel.payload.stayId &&
        admission.payload.wardCareLinkId === cancel.careLinkId,
    )
      ? [cancel.careLinkId]
      : [],
  );
}

const noticeNames: Record<string, string> = {
  'admission-notice': 'Admission notice',
  'ready-for-discharge-notice': 'Ready-for-discharge notice',
  'no-longer-ready-notice': 'No-longer-ready notice',
  'planning-meeting-call': 'Planning-meeting call',
  'expected-discharge-date': 'Expected discharge date',
};

/** One line for the timeline, in the care chain's words. */
export function describeJourneyFact(fact: JourneyFact): string {
  switch (fact.type) {
    case 'PatientAdmitted':
      return `Admitted to ${fact.payload.wardCareLinkId} (${fact.payload.admissionType})`;
    case 'PatientTransferred':
      return `Transferred from ${fact.payload.fromWardCareLinkId} to ${fact.payload.toWardCareLinkId}`;
    case 'MedicallyReadyForDischarge':
      return `Medically ready for discharge from ${fact.payload.readyAt}`;
    case 'MedicallyReadyWithdrawn':
      return 'Medically ready withdrawn';
    case 'AdmissionCancelled':
      return 'Admission cancelled';
    case 'TransferCancelled':
      return `Transfer from ${fact.payload.fromWardCareLinkId} to ${fact.payload.toWardCareLinkId} cancelled`;
    case 'DischargeCancelled':
      return 'Discharge cancelled';
    case 'PatientDischarged':
      return `Discharged to ${fact.payload.destination}${fact.payload.destinationCareLinkId ? ` (${fact.payload.destinationCareLinkId})` : ''}`;
    case 'MedicationListChanged': {
      const n = fact.payload.changes.length;
      return `Medicine list changed (${n} ${n === 1 ? 'change' : 'changes'})`;
    }
    case 'CarePlanUpdated':
      return `Care plan ${fact.payload.carePlanId} updated to version ${fact.payload.version}`;
    case 'DischargeDelayCauseRecorded':
      return `Discharge delayed: ${fact.payload.cause.replace(/-/g, ' ')}`;
    case 'CareLinkNotified':
      return `${noticeNames[fact.payload.notice] ?? fact.payload.notice} sent to ${fact.payload.toCareLinkId}`;
    case 'CareLinkNoticeBreached':
      return `${noticeNames[fact.payload.notice] ?? fact.payload.notice} missed its deadline${fact.payload.toCareLinkId ? ` (${fact.payload.toCareLinkId})` : ''}`;
    case 'CareLinkNoticeAcknowledged':
      return `${noticeNames[fact.payload.notice] ?? fact.payload.notice} acknowledged by ${fact.careLinkId}`;
    case 'PatientHomeRecorded':
      return 'Home municipality or listed primary care unit recorded';
    case 'MunicipalStatusReported':
      return `Support before admission: ${fact.payload.supportBeforeAdmission.join(', ')}`;
    case 'ExpectedDischargeDateSet':
      return `Expected discharge on ${fact.payload.expectedDischargeDate}`;
    case 'PlanningMeetingCalled':
      return `Planning meeting called for ${fact.payload.at} (${fact.payload.mode})`;
    case 'PlanningMeetingHeld':
      return 'Planning meeting held';
    case 'ConsentRecorded':
      return `Consent to sharing: ${fact.payload.basis.replace(/-/g, ' ')}`;
    case 'HandoverAcknowledged':
      return `Handover from ${fact.payload.sendingCareLinkId} acknowledged by ${fact.payload.receivingCareLinkId}`;
    case 'HandoverTargetNearlyBreached':
      return `Handover from ${fact.payload.sendingCareLinkId} to ${fact.payload.receivingCareLinkId} near its deadline (${fact.payload.dueAt})`;
    case 'HandoverTargetBreached':
      return `Handover from ${fact.payload.sendingCareLinkId} to ${fact.payload.receivingCareLinkId} missed its target: ${fact.payload.reason}`;
  }
}
