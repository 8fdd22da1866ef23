import type { DelayCause, NoticeFact, ReadinessFact, StayFacts, UnnecessaryDay } from '../unnecessary-days';

export const stockholm = 'Europe/Stockholm';

let sequence = 0;

interface Recorded {
  eventId?: string;
  recordedSequence?: number;
}

export const declared = (
  readyAt: string,
  { eventId, recordedSequence = ++sequence, correctsEventId }: Recorded & { correctsEventId?: string } = {},
): ReadinessFact => ({
  kind: 'declared',
  eventId: eventId ?? `ready-${recordedSequence}`,
  at: new Date(readyAt),
  recordedSequence,
  ...(correctsEventId ? { correctsEventId } : {}),
});

export const withdrawn = (
  at: string,
  { eventId, recordedSequence = ++sequence }: Recorded = {},
): ReadinessFact => ({
  kind: 'withdrawn',
  eventId: eventId ?? `withdrawn-${recordedSequence}`,
  at: new Date(at),
  recordedSequence,
});

export const cause = (from: string, delayCause: DelayCause) => ({ from: new Date(from), cause: delayCause });

export const stay = (
  admittedAt: string,
  dischargedAt: string | null,
  readiness: ReadinessFact[],
  more: Partial<Pick<StayFacts, 'stayId' | 'causes' | 'notices'>> = {},
): StayFacts => ({
  stayId: 'stay-1',
  admissionEventId: 'admitted-1',
  admittedAt: new Date(admittedAt),
  dischargedAt: dischargedAt === null ? null : new Date(dischargedAt),
  readiness,
  causes: [],
  notices: [],
  ...more,
});

export const notice = (
  kind: NoticeFact['kind'],
  sentAt: string,
  eventId = `${kind}-${sentAt}`,
): NoticeFact => ({ kind, eventId, sentAt: new Date(sentAt) });

export const datesOf = (days: UnnecessaryDay[]) => days.map((day) => day.date);
