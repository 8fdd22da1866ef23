import { formatDay, formatMonth } from '../coach/dates';

/** The XmR chart as the gateway returns it (unnecessaryDaysXmrChart, or a measure's chart). */
export interface XmrChart {
  segments: { firstPeriod: string; mean: number; upperLimit?: number | null; lowerLimit?: number | null }[];
  points: {
    period: string;
    value: number;
    segment: number;
    outsideLimits: boolean;
    shift: boolean;
    trend: boolean;
    twoOfThreeNearLimit: boolean;
    specialCause: boolean;
    variation: 'IMPROVEMENT' | 'CONCERN' | 'NEITHER';
  }[];
  periodsWithoutData?: string[];
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export const signalNames = ['outsideLimits', 'shift', 'trend', 'twoOfThreeNearLimit'] as const;

/** Period labels as people read them and as short as the granularity allows: 1999, mars 1999, or the first day. */
export function periodLabel(period: string, granularity: Granularity, language: string): string {
  if (granularity === 'YEAR') return period.slice(0, 4);
  return granularity === 'MONTH' ? formatMonth(period, language) : formatDay(period, language);
}

/**
 * One row per period with its segment's mean and limits, as the chart and the CSV need them. A
 * period without data is a row without a value: a gap in the line, never a zero or a signal.
 */
export function chartRows(chart: XmrChart, granularity: Granularity, language: string) {
  const measured = chart.points.map((p) => {
    const segment = chart.segments[p.segment];
    return {
      ...p,
      value: p.value as number | null,
      noData: false,
      label: periodLabel(p.period, granularity, language),
      mean: segment?.mean ?? null,
      upper: segment?.upperLimit ?? null,
      lower: segment?.lowerLimit ?? null,
      signals: signalNames.filter((name) => p[name]),
    };
  });
  const gaps = (chart.periodsWithoutData ?? []).map((period) => ({
    period,
    value: null,
    noData: true,
    segment: -1,
    outsideLimits: false,
    shift: false,
    trend: false,
    twoOfThreeNearLimit: false,
    specialCause: false,
    variation: 'NEITHER' as const,
    label: periodLabel(period, granularity, language),
    mean: null,
    upper: null,
    lower: null,
    signals: [] as (typeof signalNames)[number][],
  }));
  return [...measured, ...gaps].sort((a, b) => a.period.localeCompare(b.period));
}
export type ChartRow = ReturnType<typeof chartRows>[number];

/** A stretch of periods to mark on a chart: a PDSA cycle, or a note a coach added. */
export interface ChartNote {
  label: string;
  start: string;
  end?: string | null;
}
