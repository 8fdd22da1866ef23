// DTM: YYYYMMDDHHMM[SS[.S[S[S[S]]]]][+/-ZZZZ]. Carechain needs at least the minute of an event.
const dateTime = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,4}))?(?:([+-])(\d{2})(\d{2}))?$/;

/**
 * The instant an HL7 date-time names, as an ISO 8601 string, or undefined when it is not one. A
 * time without an offset is the wall-clock time of `timeZone` (in a daylight-saving gap, the
 * offset before the change applies; in the repeated autumn hour, the later occurrence).
 */
export function instantOfHl7DateTime(value: string, timeZone: string): string | undefined {
  const parts = dateTime.exec(value);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', sign, offsetHours, offsetMinutes] =
    parts;
  const wallClock = Date.UTC(
    +year,
    +month - 1,
    +day,
    +hour,
    +minute,
    +second,
    Math.round(Number(`0.${fraction}`) * 1000),
  );
  const check = new Date(wallClock);
  if (
    check.getUTCMonth() !== +month - 1 ||
    check.getUTCDate() !== +day ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 59
  )
    return undefined;
  const offsetMs = sign
    ? (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60000
    : zoneOffsetAt(wallClock - zoneOffsetAt(wallClock, timeZone), timeZone);
  return new Date(wallClock - offsetMs).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetAt(instant: number, timeZone: string): number {
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
