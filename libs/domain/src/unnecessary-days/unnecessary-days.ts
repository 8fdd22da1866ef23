import { addDays, firstMidnightFrom, localDate, localMidnightsBetween } from './local-days';

/** Why a medically ready patient is still in hospital; 'not-recorded' until a cause is recorded. */
export type DelayCause =
  | 'home-care-capacity'
  | 'primary-care-capacity'
  | 'nursing-home-place'
  | 'awaiting-assessment'
  | 'patient-or-family-choice'
  | 'other'
  | 'not-recorded';

/**
 * A declaration that the patient is medically ready from `at` (the declared ready time, not the
 * time it was reported), or a withdrawal at `at`. `recordedSequence` is the store order, which
 * breaks ties between facts at the same instant. A declaration with `correctsEventId` corrects the
 * ready time of an earlier declaration.
 */
export type ReadinessFact =
  | { kind: 'declared'; eventId: string; at: Date; recordedSequence: number; correctsEventId?: string }
  | { kind: 'withdrawn'; eventId: string; at: Date; recordedSequence: number };

/** What the counting rules need to know about one stay, built from its care events in any order. */
export interface StayFacts {
  stayId: string;
  admittedAt: Date;
  dischargedAt: Date | null;
  readiness: ReadinessFact[];
  /** Each cause holds from `from` until a later one; of two with the same `from`, the later in the list. */
  causes: { from: Date; cause: DelayCause }[];
  /** Whether the hospital sent the notices that municipal payment liability depends on. */
  requiredNoticesSent: boolean;
}

/** A time the patient was medically ready; `to` is null while the patient is still ready at `asOf`. */
export interface ReadyPeriod {
  from: Date;
  to: Date | null;
}

type Declaration = Extract<ReadinessFact, { kind: 'declared' }>;

/**
 * The periods in which the patient was medically ready, in time order:
 * - of a declaration and its corrections (each naming the declaration or an earlier correction),
 *   only the one recorded last counts, with its own ready time and recorded order;
 * - facts are taken in order of `at`, ties in recorded order;
 * - a declaration starts a period unless one is open (a repeated declaration keeps the earlier start);
 * - a withdrawal ends the open period at its time, and is ignored when none is open;
 * - periods are clipped to the stay: a declaration before admission counts from admission, and no
 *   period runs past discharge or, for a stay still in hospital, past `asOf`. Empty periods vanish.
 *
 * The result depends only on the set of facts, not the order they arrived in.
 */
export function readyPeriods(stay: StayFacts, asOf: Date): ReadyPeriod[] {
  const declarations = stay.readiness.filter((fact): fact is Declaration => fact.kind === 'declared');
  const withdrawals = stay.readiness.filter((fact) => fact.kind === 'withdrawn');
  const timeline = [...correctedDeclarations(declarations), ...withdrawals].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.recordedSequence - b.recordedSequence,
  );

  const periods: ReadyPeriod[] = [];
  let readySince: Date | null = null;
  for (const fact of timeline) {
    if (fact.kind === 'declared') {
      readySince ??= fact.at;
    } else if (readySince) {
      periods.push({ from: readySince, to: fact.at });
      readySince = null;
    }
  }
  if (readySince) periods.push({ from: readySince, to: null });
  return periods.flatMap((period) => clipToStay(period, stay, asOf));
}

function correctedDeclarations(declarations: readonly Declaration[]): Declaration[] {
  const byId = new Map(declarations.map((d) => [d.eventId, d]));
  const lastRecorded = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const original = originalOf(declaration, byId);
    const last = lastRecorded.get(original);
    if (!last || declaration.recordedSequence > last.recordedSequence) {
      lastRecorded.set(original, declaration);
    }
  }
  return [...lastRecorded.values()];
}

function originalOf(declaration: Declaration, byId: ReadonlyMap<string, Declaration>): string {
  let current = declaration;
  while (current.correctsEventId !== undefined) {
    const corrected = byId.get(current.correctsEventId);
    // Grouped under the missing id, the result is the same once the corrected declaration arrives.
    if (!corrected) return current.correctsEventId;
    // A correction is recorded after what it corrects; a forward link is malformed and could loop.
    if (corrected.recordedSequence >= current.recordedSequence) return current.eventId;
    current = corrected;
  }
  return current.eventId;
}

function clipToStay(period: ReadyPeriod, stay: StayFacts, asOf: Date): ReadyPeriod[] {
  const end = stay.dischargedAt ?? asOf;
  const from = period.from < stay.admittedAt ? stay.admittedAt : period.from;
  const withdrawnAt = period.to && period.to <= end ? period.to : null;
  const to = withdrawnAt ?? end;
  if (from >= to) return [];
  return [{ from, to: withdrawnAt || stay.dischargedAt ? to : null }];
}

/**
 * How an agreement counts unnecessary days. The examples use a stay in Europe/Stockholm, ready
 * Monday 2026-11-16 10:00.
 *
 * - `every-ready-midnight` (the default): every midnight of every ready period. Discharged
 *   Wednesday 14:00: 2 days (the midnights starting 11-17 and 11-18). Discharged Monday 18:00: 0.
 * - `final-ready-period`: only the ready period in force at discharge (or at `asOf` for a stay still
 *   in hospital), as NHS England counts delay from the final discharge ready date. Withdrawn
 *   Tuesday 08:00, ready again Thursday 10:00, discharged Saturday 14:00: 2 (11-20, 11-21), where
 *   `every-ready-midnight` gives 3 (11-17, 11-20, 11-21). A patient who is not ready when
 *   discharged has none.
 * - `municipal-liability`: the days the municipality pays for. Each ready period is a ready notice
 *   sent at its start; the municipality is liable for the period's midnights whose local date is
 *   more than `graceDays` calendar days after the notice's local date, i.e. from notice date +
 *   graceDays + 1. The default grace in lag (2017:612) om samverkan vid utskrivning från sluten
 *   hälso- och sjukvård is 3. A new period after a withdrawal is a new notice and restarts the
 *   grace. Nothing counts unless the required notices were sent. graceDays 3, discharged Sunday
 *   2026-11-22 14:00: ready midnights 11-17 .. 11-22 (6), grace 11-17, 11-18, 11-19, liable 11-20,
 *   11-21, 11-22: 3.
 */
export type CountingRule =
  | { kind: 'every-ready-midnight' }
  | { kind: 'final-ready-period' }
  | { kind: 'municipal-liability'; graceDays: number };

/** One unnecessary day: the local date its midnight starts, and the cause in force at that midnight. */
export interface UnnecessaryDay {
  date: string;
  cause: DelayCause;
}

/**
 * The unnecessary days of a stay under a counting rule, in date order. An unnecessary day is a
 * midnight in the organisation's IANA time zone that the patient spends in hospital while
 * medically ready (see `localMidnightsBetween` for how midnights are found). A stay still in
 * hospital is counted up to `asOf`. Each day carries the latest cause whose `from` is at or before
 * its midnight, or 'not-recorded' when there is none.
 */
export function unnecessaryDays(
  stay: StayFacts,
  rule: CountingRule,
  timeZone: string,
  asOf: Date,
): UnnecessaryDay[] {
  const causeAt = causeHistory(stay.causes, timeZone);
  return countedMidnights(stay, rule, timeZone, asOf).map((date) => ({ date, cause: causeAt(date) }));
}

function countedMidnights(stay: StayFacts, rule: CountingRule, timeZone: string, asOf: Date): string[] {
  const periods = readyPeriods(stay, asOf);
  const midnightsOf = (period: ReadyPeriod) =>
    localMidnightsBetween(period.from, period.to ?? asOf, timeZone);
  switch (rule.kind) {
    case 'every-ready-midnight':
      return periods.flatMap(midnightsOf);
    case 'final-ready-period': {
      const final = periods.at(-1);
      if (!final) return [];
      const inForceAtEnd = final.to === null || final.to.getTime() === stay.dischargedAt?.getTime();
      return inForceAtEnd ? midnightsOf(final) : [];
    }
    case 'municipal-liability': {
      const { graceDays } = rule;
      if (!Number.isInteger(graceDays) || graceDays < 0) {
        throw new RangeError(`graceDays must be a whole number of days, 0 or more; got ${graceDays}`);
      }
      if (!stay.requiredNoticesSent) return [];
      return periods.flatMap((period) => {
        const firstLiable = addDays(localDate(period.from, timeZone), graceDays + 1);
        return midnightsOf(period).filter((date) => date >= firstLiable);
      });
    }
  }
}

function causeHistory(causes: StayFacts['causes'], timeZone: string): (date: string) => DelayCause {
  // The sort is stable, so causes with the same `from` keep their list order and the later one wins.
  const history = [...causes]
    .sort((a, b) => a.from.getTime() - b.from.getTime())
    .map(({ from, cause }) => ({ firstDate: firstMidnightFrom(from, timeZone), cause }));
  return (date) => history.findLast((entry) => entry.firstDate <= date)?.cause ?? 'not-recorded';
}
