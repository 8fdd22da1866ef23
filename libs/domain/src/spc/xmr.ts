import { average, forEachLongRun, sideOf, type Side, type SpcPoint } from './series';

// 3 / d2, with d2 = 1.128 for ranges of two points: mean ± 2.66 × MR-bar estimates mean ± 3 sigma.
const LIMIT_FACTOR = 2.66;
const SHIFT_POINTS = 7;
const TREND_POINTS = 7;

export interface XmrOptions {
  /** Which way is better: fewer unnecessary days is 'down'. */
  improvement: 'up' | 'down';
  /** Labels that start a new segment with its own mean and limits, e.g. the start of an improvement project. */
  rebaseAt?: readonly string[];
  /** How many of each segment's first points its mean and limits come from (2 or more); default all its points. */
  baselinePoints?: number;
  /** Raise a negative lower limit to 0, for measures that cannot go below it, such as counts of days. */
  floorAtZero?: boolean;
}

/** A stretch of the chart judged against one baseline. */
export interface XmrSegment {
  firstLabel: string;
  /** How many points the mean and limits come from. */
  baselinePoints: number;
  mean: number;
  /** MR-bar, the mean of the baseline's moving ranges; null for a single point, which has none. */
  movingRangeMean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
}

export interface XmrSignals {
  /** Above the upper or below the lower limit; a point exactly on a limit is inside. */
  outsideLimits: boolean;
  /** In a run of 7 or more consecutive points on one side of the mean; a point on the mean breaks the run. */
  shift: boolean;
  /** In a run of 7 or more consecutive points each above (or each below) the one before; a repeat breaks it. */
  trend: boolean;
  /** Beyond two thirds of the way from the mean to a limit, with another of 3 consecutive points beyond on that side. */
  twoOfThreeNearLimit: boolean;
}

export type Variation = 'improvement' | 'concern' | 'neither';

export interface XmrPoint extends SpcPoint {
  /** Index into the chart's segments. */
  segment: number;
  /** |value − previous value|; null for a segment's first point, whose predecessor belongs to another process. */
  movingRange: number | null;
  signals: XmrSignals;
  specialCause: boolean;
  /** 'improvement' or 'concern' when every signal of the point points the same way; else 'neither'. */
  variation: Variation;
}

export interface XmrChart {
  segments: XmrSegment[];
  points: XmrPoint[];
}

/**
 * An XmR (individuals and moving range) chart as NHS England's Making Data Count reads it.
 *
 * The series is split into segments at the rebase labels. Each segment takes its mean, its MR-bar
 * (mean of |x_i − x_{i−1}| within the baseline) and its process limits mean ± 2.66 × MR-bar from
 * its baseline, its first `baselinePoints` points, and judges the rest of the segment against them
 * (a fixed baseline). The lower limit may be negative unless `floorAtZero` is set; the two-thirds
 * zone keeps the unfloored distance. A one-point segment (rebased at the latest label) has no moving
 * range and so no limits: only shifts and trends can show there. Signals look within a segment:
 * a run does not continue across a rebase. A signal above the mean (or rising) is 'high'; a point
 * whose signals disagree, e.g. the peak ending a rising trend and starting a falling one, is 'neither'.
 */
export function xmrChart(points: readonly SpcPoint[], options: XmrOptions): XmrChart {
  if (points.length === 0) throw new RangeError('An XmR chart needs at least one point');
  const { baselinePoints } = options;
  if (baselinePoints !== undefined && (!Number.isInteger(baselinePoints) || baselinePoints < 2)) {
    throw new RangeError(`baselinePoints must be a whole number, 2 or more; got ${baselinePoints}`);
  }
  const improvementSide: Side = options.improvement === 'up' ? 'high' : 'low';
  const starts = segmentStarts(points, options.rebaseAt ?? []);

  const chart: XmrChart = { segments: [], points: [] };
  starts.forEach((start, index) => {
    const segmentPoints = points.slice(start, starts[index + 1]);
    const values = segmentPoints.map((p) => p.value);
    const segment = segmentOf(segmentPoints, baselinePoints ?? values.length, options.floorAtZero ?? false);
    const flags = signalsIn(values, segment);
    chart.segments.push(segment);
    segmentPoints.forEach(({ label, value }, i) => {
      const { signals, sides } = flags[i];
      chart.points.push({
        label,
        value,
        segment: index,
        movingRange: i === 0 ? null : Math.abs(value - values[i - 1]),
        signals,
        specialCause: Object.values(signals).some(Boolean),
        variation: sides.size !== 1 ? 'neither' : sides.has(improvementSide) ? 'improvement' : 'concern',
      });
    });
  });
  return chart;
}

function segmentStarts(points: readonly SpcPoint[], rebaseAt: readonly string[]): number[] {
  const starts = new Set([0]);
  for (const label of rebaseAt) {
    const index = points.findIndex((p) => p.label === label);
    if (index < 0) throw new RangeError(`No point is labelled '${label}' to rebase at`);
    starts.add(index);
  }
  return [...starts].sort((a, b) => a - b);
}

function segmentOf(points: readonly SpcPoint[], baselineSize: number, floorAtZero: boolean): XmrSegment {
  const baseline = points.slice(0, baselineSize).map((p) => p.value);
  const mean = average(baseline);
  const ranges = baseline.slice(1).map((value, i) => Math.abs(value - baseline[i]));
  const base = { firstLabel: points[0].label, baselinePoints: baseline.length, mean };
  if (ranges.length === 0) return { ...base, movingRangeMean: null, upperLimit: null, lowerLimit: null };
  const movingRangeMean = average(ranges);
  const reach = LIMIT_FACTOR * movingRangeMean;
  const lowerLimit = mean - reach;
  return {
    ...base,
    movingRangeMean,
    upperLimit: mean + reach,
    lowerLimit: floorAtZero ? Math.max(0, lowerLimit) : lowerLimit,
  };
}

interface PointFlags {
  signals: XmrSignals;
  sides: Set<Side>;
}

function signalsIn(values: readonly number[], segment: XmrSegment): PointFlags[] {
  const flags: PointFlags[] = values.map(() => ({
    signals: { outsideLimits: false, shift: false, trend: false, twoOfThreeNearLimit: false },
    sides: new Set(),
  }));
  const mark = (i: number, signal: keyof XmrSignals, side: Side) => {
    flags[i].signals[signal] = true;
    flags[i].sides.add(side);
  };
  const { mean, movingRangeMean, upperLimit, lowerLimit } = segment;

  forEachLongRun(
    values.map((value) => sideOf(value, mean)),
    SHIFT_POINTS,
    (start, end, side) => {
      for (let i = start; i < end; i++) mark(i, 'shift', side);
    },
  );
  // Step i is the move from point i to point i + 1, so steps [start, end) span points start..end.
  forEachLongRun(
    values.slice(1).map((value, i) => sideOf(value, values[i])),
    TREND_POINTS - 1,
    (start, end, side) => {
      for (let i = start; i <= end; i++) mark(i, 'trend', side);
    },
  );
  if (movingRangeMean === null || upperLimit === null || lowerLimit === null) return flags;

  values.forEach((value, i) => {
    if (value > upperLimit) mark(i, 'outsideLimits', 'high');
    if (value < lowerLimit) mark(i, 'outsideLimits', 'low');
  });
  const nearLimit = (2 / 3) * LIMIT_FACTOR * movingRangeMean;
  const beyond = values.map((value) => (Math.abs(value - mean) > nearLimit ? sideOf(value, mean) : null));
  for (let first = 0; first + 3 <= values.length; first++) {
    for (const side of ['high', 'low'] as const) {
      const window = [first, first + 1, first + 2].filter((i) => beyond[i] === side);
      if (window.length >= 2) window.forEach((i) => mark(i, 'twoOfThreeNearLimit', side));
    }
  }
  return flags;
}
