// DTM: YYYYMMDD[HH[MM[SS[.S[S[S[S]]]]]]][+/-ZZZZ]. A care event needs at least the day it happened.
const dateTime =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,4}))?)?)?)?(?:([+-])(\d{2})(\d{2}))?$/;

/** How much of a time the sender gave: a date-only time is not a time at midnight. */
export type Hl7TimePrecision = 'day' | 'hour' | 'minute' | 'second';

export interface Hl7Instant {
  /** ISO 8601; the start of the day or hour when the sender gave no more. */
  instant: string;
  precision: Hl7TimePrecision;
}

/**
 * The instant an HL7 date-time names and how precisely, or undefined when it is not one to the day
 * at least. A time without an offset is the wall-clock time of `timeZone` (in a daylight-saving
 * gap, the offset before the change applies; in the repeated autumn hour, the later occurrence); a
 * date alone is the start of that day there.
 */
export function instantOfHl7DateTime(value: string, timeZone: string): Hl7Instant | undefined {
  const parts = dateTime.exec(value);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '0', sign, offsetHours, offsetMinutes] = parts;
  const precision: Hl7TimePrecision =
    second !== undefined ? 'second' : minute !== undefined ? 'minute' : hour !== undefined ? 'hour' : 'day';
  const [h, m, s] = [hour, minute, second].map((v) => Number(v ?? 0));
  const wallClock = Date.UTC(+year, +month - 1, +day, h, m, s, Math.round(Number(`0.${fraction}`) * 1000));
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== +month - 1 || check.getUTCDate() !== +day || h > 23 || m > 59 || s > 59)
    return undefined;
  const offsetMs = sign
    ? (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60000
    : zoneOffsetAt(wallClock - zoneOffsetAt(wallClock, timeZone), timeZone);
  return { instant: new Date(wallClock - offsetMs).toISOString(), precision };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const hourMs = 3_600_000;
// Offsets by zone and UTC hour: every message of an hour asks for the same few.
const offsetsByHour = new Map<string, number>();
const hoursKept = 10_000;

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. Asked of Intl only
 * once per hour for an hour whose start and end have the same offset; an hour with a change in it
 * is asked each time.
 */
function zoneOffsetAt(instant: number, timeZone: string): number {
  const hour = Math.floor(instant / hourMs);
  const key = `${timeZone} ${hour}`;
  const known = offsetsByHour.get(key);
  if (known !== undefined) return known;
  const start = offsetFromIntl(hour * hourMs, timeZone);
  if (start !== offsetFromIntl((hour + 1) * hourMs - 1000, timeZone))
    return offsetFromIntl(instant, timeZone);
  if (offsetsByHour.size >= hoursKept) offsetsByHour.clear();
  offsetsByHour.set(key, start);
  return start;
}

function offsetFromIntl(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wall - Math.floor(instant / 1000) * 1000;
}
