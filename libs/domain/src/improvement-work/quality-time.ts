import { addDays } from '../unnecessary-days/local-days';
import { isDay, periodOf, type Problem } from './problems';

/**
 * Quality Time for Esther: each week a social-care unit offers every person it cares for a
 * half-hour session used for whatever that person chooses. A unit records, per ISO week, how many
 * sessions it offered and how many were used.
 */
export interface QualityTimeWeek {
  careLinkId: string;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  offered: number;
  used: number;
}

export interface QualityTimeUptake {
  group: string;
  period: string;
  offered: number;
  used: number;
  /** used / offered, pooled over the group's weeks in the period; null when nothing was offered. */
  uptake: number | null;
}

export function checkQualityTimeWeek(week: QualityTimeWeek): Problem[] {
  const problems: Problem[] = [];
  if (!isDay(week.week) || new Date(`${week.week}T00:00:00Z`).getUTCDay() !== 1) {
    problems.push({
      field: 'week',
      message: `'${week.week}' is not a Monday in the form YYYY-MM-DD (the first day of an ISO week)`,
    });
  }
  for (const field of ['offered', 'used'] as const) {
    if (!Number.isInteger(week[field]) || week[field] < 0)
      problems.push({ field, message: 'must be a whole number, 0 or more' });
  }
  if (week.used > week.offered)
    problems.push({ field: 'used', message: `${week.used} used is more than the ${week.offered} offered` });
  return problems;
}

/**
 * Uptake per group (a unit, its organisation, the network) and period: the sessions used over the
 * sessions offered in the weeks of the period, summed before dividing, so a big unit weighs as
 * much as its sessions. A week belongs to the period holding its Thursday, as ISO 8601 assigns
 * weeks to years, so a week spanning two months counts once. `periodStarts` are sorted period
 * starts; weeks before the first are left out, as are groups and periods with nothing recorded.
 */
export function qualityTimeUptake(
  weeks: readonly QualityTimeWeek[],
  periodStarts: readonly string[],
  groupOf: (careLinkId: string) => string,
): QualityTimeUptake[] {
  const totals = new Map<string, QualityTimeUptake>();
  for (const week of weeks) {
    const period = periodOf(addDays(week.week, 3), periodStarts);
    if (!period) continue;
    const group = groupOf(week.careLinkId);
    const key = `${group}\u0000${period}`;
    const total = totals.get(key) ?? { group, period, offered: 0, used: 0, uptake: null };
    total.offered += week.offered;
    total.used += week.used;
    totals.set(key, total);
  }
  return [...totals.values()]
    .map((t) => ({ ...t, uptake: t.offered ? t.used / t.offered : null }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.period.localeCompare(b.period));
}
