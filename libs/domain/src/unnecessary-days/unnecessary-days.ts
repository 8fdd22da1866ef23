import { chargedDays } from '../discharge-planning/payment-liability';
import type { RegionalPlanningRules } from '../discharge-planning/regional-planning-rules';
import { firstMidnightFrom, localMidnightsBetween } from './local-days';
import { readyPeriods, type DelayCause, type ReadyPeriod, type StayFacts } from './ready-periods';

export * from './ready-periods';

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
 * - `municipal-liability`: the days the municipality pays for under the region's planning rules
 *   (see `chargedDays`): with Jönköping's 3 grace days, admission and ready notices on time,
 *   discharged Sunday 2026-11-22 14:00: ready midnights 11-17 .. 11-22 (6), grace 11-17, 11-18,
 *   11-19, liable 11-20, 11-21, 11-22: 3.
 */
export type CountingRule =
  | { kind: 'every-ready-midnight' }
  | { kind: 'final-ready-period' }
  | { kind: 'municipal-liability'; rules: RegionalPlanningRules };

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
    case 'municipal-liability':
      return chargedDays(stay, rule.rules, asOf).map((day) => day.date);
  }
}

function causeHistory(causes: StayFacts['causes'], timeZone: string): (date: string) => DelayCause {
  // The sort is stable, so causes with the same `from` keep their list order and the later one wins.
  const history = [...causes]
    .sort((a, b) => a.from.getTime() - b.from.getTime())
    .map(({ from, cause }) => ({ firstDate: firstMidnightFrom(from, timeZone), cause }));
  return (date) => history.findLast((entry) => entry.firstDate <= date)?.cause ?? 'not-recorded';
}
