import { localDate } from '../unnecessary-days/local-days';
import { chronological } from '../journeys/journey';
import { isCancellation, withoutCancelled } from './cancellations';
import type { RegionalPlanningRules } from '../discharge-planning/regional-planning-rules';
import type { CountingRule, DelayCause, StayFacts } from '../unnecessary-days/unnecessary-days';

/** A care event of one stay, as the stay rules see it. */
export type StayEventFact = {
  eventId: string;
  sequence: number;
  occurredAt: Date;
} & (
  | { type: 'PatientAdmitted'; payload: { wardCareLinkId: string; diagnosisGroup?: string } }
  | { type: 'PatientTransferred'; payload: { toWardCareLinkId: string } }
  | {
      type: 'MedicallyReadyForDischarge';
      payload: { readyAt: string; expectedDestinationCareLinkId?: string; correctsEventId?: string };
    }
  | { type: 'MedicallyReadyWithdrawn'; payload: Record<string, unknown> }
  | { type: 'PatientDischarged'; payload: { destinationCareLinkId?: string; diagnosisGroup?: string } }
  | { type: 'DischargeDelayCauseRecorded'; payload: { cause: DelayCause; from: string } }
  | { type: 'CareLinkNotified'; payload: { notice: 'admission-notice' | 'ready-for-discharge-notice' } }
  | { type: 'AdmissionCancelled'; payload: Record<string, unknown> }
  | { type: 'TransferCancelled'; payload: { toWardCareLinkId: string } }
  | { type: 'DischargeCancelled'; payload: Record<string, unknown> }
);

/** The care event types a stay record is made of. */
export const stayEventTypes: readonly StayEventFact['type'][] = [
  'PatientAdmitted',
  'PatientTransferred',
  'MedicallyReadyForDischarge',
  'MedicallyReadyWithdrawn',
  'PatientDischarged',
  'DischargeDelayCauseRecorded',
  'CareLinkNotified',
  'AdmissionCancelled',
  'TransferCancelled',
  'DischargeCancelled',
];

export interface WardPeriod {
  from: Date;
  wardCareLinkId: string;
}

export interface StayRecord {
  facts: StayFacts;
  /** Wards in the order the patient was on them. */
  wards: WardPeriod[];
  /** Where the patient goes: the discharge destination, else the expected one. */
  receivingCareLinkId: string | null;
  diagnosisGroup: string | null;
}

/**
 * Everything the counting rules need about one stay, from its events in any order. Null until the
 * admission is known, and when it is cancelled: days are only counted for stays whose start is
 * known. Events undone by a cancellation do not count (see `withoutCancelled`).
 */
export function stayRecordOf(stayId: string, events: readonly StayEventFact[]): StayRecord | null {
  const sorted = withoutCancelled([...events].sort(chronological));
  const admission = sorted.find((e) => e.type === 'PatientAdmitted');
  if (!admission || admission.type !== 'PatientAdmitted') return null;
  const admitted: StayRecord = {
    facts: {
      stayId,
      admissionEventId: admission.eventId,
      admittedAt: admission.occurredAt,
      dischargedAt: null,
      readiness: [],
      causes: [],
      notices: [],
    },
    wards: [{ from: admission.occurredAt, wardCareLinkId: admission.payload.wardCareLinkId }],
    receivingCareLinkId: null,
    diagnosisGroup: admission.payload.diagnosisGroup ?? null,
  };
  return withFacts(admitted, sorted);
}

/**
 * The record after events that all happened later than every event it was made of, without those:
 * equal to `stayRecordOf` over them all. Null when the record alone cannot tell: a cancellation
 * among them reaches back, or the stay is discharged (whether its receiving care link came from the
 * discharge or from an expected destination is no longer known); make it from every event then.
 */
export function continueStayRecord(record: StayRecord, later: readonly StayEventFact[]): StayRecord | null {
  if (record.facts.dischargedAt || later.some((e) => isCancellation(e.type))) return null;
  return withFacts(record, [...later].sort(chronological));
}

/** `record` with chronological events that still count folded on; a stay not yet discharged. */
function withFacts(record: StayRecord, events: readonly StayEventFact[]): StayRecord {
  const readiness = [...record.facts.readiness];
  const causes = [...record.facts.causes];
  const notices = [...record.facts.notices];
  const wards = [...record.wards];
  // Until the discharge, the receiving care link is the latest expected destination.
  let expectedDestination = record.receivingCareLinkId;
  let discharge: Extract<StayEventFact, { type: 'PatientDischarged' }> | undefined;
  for (const event of events) {
    switch (event.type) {
      case 'PatientTransferred':
        wards.push({ from: event.occurredAt, wardCareLinkId: event.payload.toWardCareLinkId });
        break;
      case 'MedicallyReadyForDischarge':
        readiness.push({
          kind: 'declared',
          eventId: event.eventId,
          at: new Date(event.payload.readyAt),
          recordedSequence: event.sequence,
          ...(event.payload.correctsEventId ? { correctsEventId: event.payload.correctsEventId } : {}),
        });
        expectedDestination = event.payload.expectedDestinationCareLinkId ?? expectedDestination;
        break;
      case 'MedicallyReadyWithdrawn':
        readiness.push({
          kind: 'withdrawn',
          eventId: event.eventId,
          at: event.occurredAt,
          recordedSequence: event.sequence,
        });
        break;
      case 'PatientDischarged':
        discharge ??= event;
        break;
      case 'DischargeDelayCauseRecorded':
        causes.push({ from: new Date(event.payload.from), cause: event.payload.cause });
        break;
      case 'CareLinkNotified':
        notices.push({ kind: event.payload.notice, eventId: event.eventId, sentAt: event.occurredAt });
        break;
    }
  }
  const { destinationCareLinkId: destination, diagnosisGroup: dischargeDiagnosis } = discharge?.payload ?? {};
  return {
    facts: { ...record.facts, dischargedAt: discharge?.occurredAt ?? null, readiness, causes, notices },
    wards,
    receivingCareLinkId: destination ?? expectedDestination,
    // The diagnosis known at discharge is the better one when the EHR sends it.
    diagnosisGroup: dischargeDiagnosis ?? record.diagnosisGroup,
  };
}

/** The ward the patient was on at the start of a local day (`YYYY-MM-DD`) in the given time zone. */
export function wardAtStartOf(day: string, wards: readonly WardPeriod[], timeZone: string): string {
  // A move on an earlier local day happened before that day's midnight.
  const before = wards.filter((w) => localDate(w.from, timeZone) < day);
  return (before.at(-1) ?? wards[0]).wardCareLinkId;
}

/** The counting rules an agreement can choose; the read model keeps the days under each. */
export const countingRuleNames = [
  'every-ready-midnight',
  'final-ready-period',
  'municipal-liability',
] as const;
export type CountingRuleName = (typeof countingRuleNames)[number];

export function countingRule(name: CountingRuleName, planningRules: RegionalPlanningRules): CountingRule {
  return name === 'municipal-liability' ? { kind: name, rules: planningRules } : { kind: name };
}

/**
 * The record ready for JSON storage, equal to what `JSON.stringify` makes of it: a Date's `toJSON`
 * takes JSON.stringify off its fast path, and a batch writes hundreds of records.
 */
export function stayRecordToJson(record: StayRecord) {
  const { facts } = record;
  return {
    ...record,
    facts: {
      ...facts,
      admittedAt: facts.admittedAt.toISOString(),
      dischargedAt: facts.dischargedAt?.toISOString() ?? null,
      readiness: facts.readiness.map((r) => ({ ...r, at: r.at.toISOString() })),
      causes: facts.causes.map((c) => ({ ...c, from: c.from.toISOString() })),
      notices: facts.notices.map((n) => ({ ...n, sentAt: n.sentAt.toISOString() })),
    },
    wards: record.wards.map((w) => ({ ...w, from: w.from.toISOString() })),
  };
}

/** A stay record read back from JSON storage, with its instants as dates again. */
export function stayRecordFromJson(json: unknown): StayRecord {
  const raw = json as StayRecord;
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...raw,
    facts: {
      ...raw.facts,
      admittedAt: new Date(raw.facts.admittedAt),
      dischargedAt: date(raw.facts.dischargedAt),
      readiness: raw.facts.readiness.map((r) => ({ ...r, at: new Date(r.at) })),
      causes: raw.facts.causes.map((c) => ({ ...c, from: new Date(c.from) })),
      // Stays stored before notices were kept have none until the stays model is rebuilt.
      notices: (raw.facts.notices ?? []).map((n) => ({ ...n, sentAt: new Date(n.sentAt) })),
    },
    wards: raw.wards.map((w) => ({ ...w, from: new Date(w.from) })),
  };
}
