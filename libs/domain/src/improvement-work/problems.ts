/** What is wrong with an input, by the field that holds it (e.g. `aim.target`). */
export interface Problem {
  field: string;
  message: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date 'YYYY-MM-DD' that exists. */
export function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export function checkText(field: string, value: string | null | undefined, maxLength: number): Problem[] {
  if (!value?.trim()) return [{ field, message: 'must not be empty' }];
  return value.length > maxLength ? [{ field, message: `must be at most ${maxLength} characters` }] : [];
}

export function checkDay(field: string, value: string): Problem[] {
  return isDay(value) ? [] : [{ field, message: `'${value}' is not a date in the form YYYY-MM-DD` }];
}

/**
 * What is wrong with a period asked for as days `from` to `to`, both included: every day that is no
 * date, or else an end before the start. `prefix` places the fields in the request, e.g. `filter.`.
 */
export function checkPeriod(from: string, to: string, prefix = ''): Problem[] {
  const problems = [...checkDay(`${prefix}from`, from), ...checkDay(`${prefix}to`, to)];
  if (!problems.length && to < from)
    problems.push({ field: `${prefix}to`, message: `must not be before ${prefix}from (${from})` });
  return problems;
}

/** The chart period a day falls in: the last period starting on or before it; null before the first. */
export function periodOf(day: string, periodStarts: readonly string[]): string | null {
  let found: string | null = null;
  for (const start of periodStarts) {
    if (start > day) break;
    found = start;
  }
  return found;
}
