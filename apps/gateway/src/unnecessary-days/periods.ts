import { Granularity } from './unnecessary-days.model';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** First day of the period a local day belongs to; weeks start on Monday, as in ISO 8601. */
export function periodStart(day: string, granularity: Granularity): string {
  switch (granularity) {
    case Granularity.DAY:
      return day;
    case Granularity.WEEK: {
      const d = utc(day);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return iso(d);
    }
    case Granularity.MONTH:
      return `${day.slice(0, 7)}-01`;
    case Granularity.YEAR:
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** Every period from the one holding `from` to the one holding `to`, so empty periods show as 0. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  const cursor = utc(periodStart(from, granularity));
  while (iso(cursor) <= to) {
    periods.push(iso(cursor));
    if (granularity === Granularity.DAY) cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (granularity === Granularity.WEEK) cursor.setUTCDate(cursor.getUTCDate() + 7);
    else if (granularity === Granularity.MONTH) cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
  }
  return periods;
}
