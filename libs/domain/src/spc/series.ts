/** One value of a measure over time, e.g. a month's unnecessary days; labels are unique. */
export interface SpcPoint {
  label: string;
  value: number;
}

/** Which way from the centre line, or which way a trend goes: up is 'high'. */
export type Side = 'high' | 'low';

export function sideOf(value: number, centre: number): Side | null {
  return value > centre ? 'high' : value < centre ? 'low' : null;
}

/** Calls back with [start, end) of each maximal run of at least `minLength` equal sides; null breaks a run. */
export function forEachLongRun(
  sides: readonly (Side | null)[],
  minLength: number,
  onRun: (start: number, end: number, side: Side) => void,
): void {
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i < sides.length && sides[i] === sides[start]) continue;
    const side = sides[start];
    if (side && i - start >= minLength) onRun(start, i, side);
    start = i;
  }
}

export function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
