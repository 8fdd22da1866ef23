/** The XmR chart as the gateway returns it (unnecessaryDaysXmrChart). */
export interface XmrChart {
  segments: { firstPeriod: string; mean: number; upperLimit: number | null; lowerLimit: number | null }[];
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
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export const signalNames = ['outsideLimits', 'shift', 'trend', 'twoOfThreeNearLimit'] as const;

/** Period labels as short as the granularity allows: 1999, 1999-03, or the first day. */
export function periodLabel(period: string, granularity: Granularity): string {
  return granularity === 'YEAR' ? period.slice(0, 4) : granularity === 'MONTH' ? period.slice(0, 7) : period;
}

/** One row per point with its segment's mean and limits, as the chart and the CSV need them. */
export function chartRows(chart: XmrChart, granularity: Granularity) {
  return chart.points.map((p) => {
    const segment = chart.segments[p.segment];
    return {
      ...p,
      label: periodLabel(p.period, granularity),
      mean: segment?.mean ?? null,
      upper: segment?.upperLimit ?? null,
      lower: segment?.lowerLimit ?? null,
      signals: signalNames.filter((name) => p[name]),
    };
  });
}
export type ChartRow = ReturnType<typeof chartRows>[number];
