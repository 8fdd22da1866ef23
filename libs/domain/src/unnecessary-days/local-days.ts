// Local days are 'YYYY-MM-DD' strings: they compare and sort as text, and carry no clock.

// Building a DateTimeFormat costs far more than using one, and a dashboard counts thousands of days.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date an instant falls on in an IANA time zone; an unknown zone throws a RangeError. */
export function localDate(instant: Date, timeZone: string): string {
  // 'MM/DD/YYYY': one string costs less than the parts, and a stay's days ask for many dates.
  const text = dateFormatIn(timeZone).format(instant);
  return `${text.slice(6)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
}

/** Calendar arithmetic on a local date, which knows nothing of clock changes. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The local date of the first midnight at or after an instant. */
export function firstMidnightFrom(instant: Date, timeZone: string): string {
  // A midnight lies at or after the instant exactly when it lies after the millisecond before it.
  return addDays(localDate(new Date(instant.getTime() - 1), timeZone), 1);
}

/**
 * The local midnights in [from, to), each named by the date of the day it starts.
 *
 * A midnight is the first instant of a local date, so a 23-hour spring day and a 25-hour autumn day
 * each have exactly one; stepping by 24 hours would skip or repeat one. Half-open: a patient
 * ready at 00:00 is ready at that midnight; one discharged at 00:00 has left by it.
 *
 * @example localMidnightsBetween(new Date('2026-12-30T18:00+01:00'), new Date('2027-01-02T09:00+01:00'), 'Europe/Stockholm')
 *   // ['2026-12-31', '2027-01-01', '2027-01-02']
 */
export function localMidnightsBetween(from: Date, to: Date, timeZone: string): string[] {
  const last = localDate(new Date(to.getTime() - 1), timeZone);
  const midnights: string[] = [];
  for (let day = firstMidnightFrom(from, timeZone); day <= last; day = addDays(day, 1)) midnights.push(day);
  return midnights;
}
