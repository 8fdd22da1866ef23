import Holidays from 'date-holidays';
import { isTimeZone } from '../care-links/care-link-directory';
import { isDay } from '../improvement-work/problems';
import { addDays } from '../unnecessary-days/local-days';

/**
 * How the municipality's payment liability (betalningsansvar) starts after an on-time ready notice:
 * - `grace-days`: from the day after `graceDays` calendar days following the notice's local date;
 *   lag (2017:612) sets 3 when the region and its municipalities have agreed nothing else;
 * - `regional-average`: the agreed regional average number of days (e.g. last year's mean from
 *   ready to discharge) replaces the grace; a fractional average is rounded up, so the municipality
 *   never pays for a day inside the average.
 */
export type LiabilityModel =
  | { kind: 'grace-days'; graceDays: number }
  | { kind: 'regional-average'; averageDays: number };

/** The discharge-planning agreement of one region and its municipalities (SVPL, lag 2017:612). */
export interface RegionalPlanningRules {
  /** The region whose agreement this is, for reports. */
  region: string;
  /** The organisation's IANA time zone: days, cut-offs and midnights are its local ones. */
  timeZone: string;
  /**
   * Public holidays that are not working days besides Saturdays and Sundays: `SE` takes the Swedish
   * public holidays plus midsommarafton, julafton and nyårsafton; `none` only `holidays`.
   */
  holidayCalendar: 'SE' | 'none';
  /** Further non-working days the region has agreed, as local dates `YYYY-MM-DD`. */
  holidays: readonly string[];
  /** Local time `HH:mm` after which a readiness or call counts from the next working day. */
  cutOff: string;
  /** Working days after the patient is ready within which the planning meeting (SIP) is called. */
  planningCallWorkingDays: number;
  /** Hours after admission within which the admission notice (inskrivningsmeddelande) is sent. */
  admissionNoticeHours: number;
  liability: LiabilityModel;
  /** The national daily rate per liable day, for the invoice's amount basis; null when not set. */
  dailyRate: { amount: number; currency: string } | null;
}

/** Region Jönköpings län's rule: the default. */
export const jonkopingPlanningRules: RegionalPlanningRules = {
  region: 'Region Jönköpings län',
  timeZone: 'Europe/Stockholm',
  holidayCalendar: 'SE',
  holidays: [],
  cutOff: '14:00',
  planningCallWorkingDays: 3,
  admissionNoticeHours: 24,
  liability: { kind: 'grace-days', graceDays: 3 },
  dailyRate: null,
};

export interface PlanningRulesProblem {
  field: string;
  message: string;
}

/** What is wrong with a region's settings, each problem named by its field; empty when usable. */
export function checkPlanningRules(rules: RegionalPlanningRules): PlanningRulesProblem[] {
  const problems: PlanningRulesProblem[] = [];
  const whole = (field: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field, message: `must be a whole number from ${min} to ${max}; got ${value}` });
  };
  if (!isTimeZone(rules.timeZone))
    problems.push({ field: 'timeZone', message: `'${rules.timeZone}' is not an IANA time zone` });
  if (rules.holidayCalendar !== 'SE' && rules.holidayCalendar !== 'none')
    problems.push({
      field: 'holidayCalendar',
      message: `must be SE or none; got '${rules.holidayCalendar}'`,
    });
  const badDates = Array.isArray(rules.holidays)
    ? rules.holidays.filter((day) => typeof day !== 'string' || !isDay(day))
    : [JSON.stringify(rules.holidays)];
  if (badDates.length)
    problems.push({ field: 'holidays', message: `not dates in the form YYYY-MM-DD: ${badDates.join(', ')}` });
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(rules.cutOff))
    problems.push({ field: 'cutOff', message: `must be a local time HH:mm; got '${rules.cutOff}'` });
  whole('planningCallWorkingDays', rules.planningCallWorkingDays, 0, 31);
  whole('admissionNoticeHours', rules.admissionNoticeHours, 1, 24 * 31);
  if (rules.liability?.kind === 'grace-days') whole('liability.graceDays', rules.liability.graceDays, 0, 31);
  else if (rules.liability?.kind === 'regional-average') {
    const { averageDays } = rules.liability;
    if (!(averageDays >= 0 && averageDays <= 31))
      problems.push({ field: 'liability.averageDays', message: `must be from 0 to 31; got ${averageDays}` });
  } else problems.push({ field: 'liability.kind', message: 'must be grace-days or regional-average' });
  if (rules.dailyRate && !(rules.dailyRate.amount >= 0))
    problems.push({ field: 'dailyRate.amount', message: 'must be a number of 0 or more' });
  return problems;
}

const swedishCalendar = new Holidays('SE');
const swedishYears = new Map<number, ReadonlySet<string>>();

// Midsommarafton, julafton and nyårsafton are 'bank' days in the calendar, yet no one works them.
function swedishNonWorkingDays(year: number): ReadonlySet<string> {
  let days = swedishYears.get(year);
  if (!days) {
    days = new Set(
      swedishCalendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    swedishYears.set(year, days);
  }
  return days;
}

/** Whether a local date is a working day: a weekday that is no holiday of the region. */
export function isWorkingDay(date: string, rules: RegionalPlanningRules): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (rules.holidays.includes(date)) return false;
  return !(rules.holidayCalendar === 'SE' && swedishNonWorkingDays(Number(date.slice(0, 4))).has(date));
}

/** The first working day after a local date. */
export function nextWorkingDay(date: string, rules: RegionalPlanningRules): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, rules)) day = addDays(day, 1);
  return day;
}

/** The working day `count` working days after a local date (which need not be one itself). */
export function addWorkingDays(date: string, count: number, rules: RegionalPlanningRules): string {
  let day = date;
  for (let n = 0; n < count; n++) day = nextWorkingDay(day, rules);
  return day;
}
