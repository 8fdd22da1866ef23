import { localDate } from './local-days';
import { unnecessaryDays, type StayFacts } from './unnecessary-days';

/** The Swedish national indicator for one month: mean days as medically ready per stay that had any. */
export interface NationalIndicator {
  /** 'YYYY-MM' */
  month: string;
  /** Stays discharged in the month with at least one day as medically ready. */
  stays: number;
  totalDays: number;
  /** totalDays / stays; 0 when no stay qualifies, so a month without waits reads as none. */
  meanDays: number;
}

/**
 * The national indicator for a month: over the stays that ended (were discharged) in that month,
 * by their local discharge date in the organisation's time zone, and had at least one ready day,
 * the mean number of ready days. Ready days are counted as `every-ready-midnight`: the indicator
 * is national, so it does not follow local payment agreements. Stays still in hospital and stays
 * discharged in another month are left out whatever their days.
 *
 * @example stays discharged in 2026-11 with 2, 0 and 5 ready days, one discharged 2026-12-01 00:30
 * with 4: { month: '2026-11', stays: 2, totalDays: 7, meanDays: 3.5 }
 */
export function nationalIndicator(
  stays: readonly StayFacts[],
  month: string,
  timeZone: string,
): NationalIndicator {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new RangeError(`'${month}' is not a month in the form YYYY-MM`);
  const dayCounts = stays.flatMap((stay) => {
    const ended = stay.dischargedAt;
    if (!ended || !localDate(ended, timeZone).startsWith(`${month}-`)) return [];
    const days = unnecessaryDays(stay, { kind: 'every-ready-midnight' }, timeZone, ended).length;
    return days > 0 ? [days] : [];
  });
  const totalDays = dayCounts.reduce((sum, days) => sum + days, 0);
  return {
    month,
    stays: dayCounts.length,
    totalDays,
    meanDays: dayCounts.length ? totalDays / dayCounts.length : 0,
  };
}
