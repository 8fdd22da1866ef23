import type { SpcPoint } from '../series';

/** Points labelled m1, m2, … in order. */
export const months = (values: number[], firstMonth = 1): SpcPoint[] =>
  values.map((value, i) => ({ label: `m${firstMonth + i}`, value }));

/**
 * Ten points alternating 125 and 75, ending below the mean: mean 100, MR-bar 50, limits
 * 100 ± 2.66 × 50 = 233 and −33, two-thirds zone 100 ± 88.67 (beyond 188.67 or below 11.33).
 */
export const steadyBaseline = [125, 75, 125, 75, 125, 75, 125, 75, 125, 75];

/** The baseline followed by `after`, charted against the baseline's limits (labels m11 onwards). */
export const afterBaseline = (after: number[]) => months([...steadyBaseline, ...after]);

export const labelsWhere = <P extends SpcPoint>(points: P[], flagged: (point: P) => boolean) =>
  points.filter(flagged).map((p) => p.label);
