import { forEachLongRun, sideOf, type SpcPoint } from './series';

const SHIFT_POINTS = 6;
const TREND_POINTS = 5;
// Perla, Provost & Murray give critical numbers of runs for 10 to 60 useful observations.
const FEWEST_USEFUL = 10;
const MOST_USEFUL = 60;
// 5% risk of a false signal, split over too few and too many.
const TAIL = 0.025;

export interface RunChartPoint extends SpcPoint {
  shift: boolean;
  trend: boolean;
}

export interface RunChart {
  median: number;
  /** Points not on the median: the only ones runs are made of. */
  usefulObservations: number;
  runs: number;
  /** The fewest and most runs random variation is expected to give; null outside 10–60 useful observations. */
  expectedRuns: { fewest: number; most: number } | null;
  tooFewRuns: boolean;
  tooManyRuns: boolean;
  points: RunChartPoint[];
}

/**
 * A run chart, for series too short for an XmR chart, read by the rules of Perla, Provost & Murray,
 * "The run chart: a simple analytical tool for learning from variation in healthcare processes",
 * BMJ Qual Saf 2011;20:46–51:
 * - shift: 6 or more consecutive points on one side of the median; points on the median are skipped,
 *   neither adding to nor breaking the shift (and are not flagged);
 * - trend: 5 or more consecutive points each going up (or each going down); a repeated value is
 *   skipped, neither adding to nor breaking the trend (and is flagged with it);
 * - runs: a run is one or more consecutive points on one side of the median, points on the median
 *   ignored; fewer than `expectedRuns.fewest` or more than `expectedRuns.most` signals non-random
 *   variation. The rule is not applied outside 10–60 useful observations.
 * The fourth rule, an astronomical point, is a judgement that a value is obviously unlike the rest,
 * not a computation, so it is out of scope.
 */
export function runChart(points: readonly SpcPoint[]): RunChart {
  if (points.length === 0) throw new RangeError('A run chart needs at least one point');
  const values = points.map((p) => p.value);
  const median = medianOf(values);
  const chartPoints = points.map(({ label, value }) => ({ label, value, shift: false, trend: false }));

  const useful = values.flatMap((value, i) => (value === median ? [] : [i]));
  const sides = useful.map((i) => sideOf(values[i], median));
  forEachLongRun(sides, SHIFT_POINTS, (start, end) => {
    for (let i = start; i < end; i++) chartPoints[useful[i]].shift = true;
  });
  let runs = 0;
  forEachLongRun(sides, 1, () => runs++);

  // Repeated values collapse into one, so the trend looks only at real moves up or down.
  const groups = values.reduce<number[][]>((found, value, i) => {
    const last = found.at(-1);
    if (last && values[last[0]] === value) last.push(i);
    else found.push([i]);
    return found;
  }, []);
  const moves = groups.slice(1).map((group, g) => sideOf(values[group[0]], values[groups[g][0]]));
  forEachLongRun(moves, TREND_POINTS - 1, (start, end) => {
    for (const i of groups.slice(start, end + 1).flat()) chartPoints[i].trend = true;
  });

  const expectedRuns = expectedRunsAmong(useful.length);
  return {
    median,
    usefulObservations: useful.length,
    runs,
    expectedRuns,
    tooFewRuns: expectedRuns !== null && runs < expectedRuns.fewest,
    tooManyRuns: expectedRuns !== null && runs > expectedRuns.most,
    points: chartPoints,
  };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The critical numbers of runs for `useful` observations: fewer than `fewest` or more than `most`
 * has at most a 2.5% chance each under random variation. They come from the exact distribution of
 * the number of runs (Swed & Eisenhart, Ann Math Stat 1943;14:66–87), with the observations split
 * as evenly as possible above and below the median: the distribution Perla, Provost & Murray's
 * table is drawn from. Computing it spares a transcribed table's typos; e.g. 10 useful
 * observations give 3 to 9 runs, 20 give 7 to 15, 60 give 24 to 38.
 */
export function expectedRunsAmong(useful: number): { fewest: number; most: number } | null {
  if (useful < FEWEST_USEFUL || useful > MOST_USEFUL) return null;
  const below = Math.floor(useful / 2);
  const chance = Array.from({ length: useful + 1 }, (_, runs) => runsChance(runs, below, useful - below));
  let fewest = 0;
  for (let tail = 0; tail + chance[fewest] <= TAIL; fewest++) tail += chance[fewest];
  let most = useful;
  for (let tail = 0; tail + chance[most] <= TAIL; most--) tail += chance[most];
  return { fewest, most };
}

/** The chance of exactly `runs` runs when n1 and n2 points lie on either side in random order. */
function runsChance(runs: number, n1: number, n2: number): number {
  const k = Math.floor(runs / 2);
  const orders =
    runs % 2 === 0
      ? 2 * choose(n1 - 1, k - 1) * choose(n2 - 1, k - 1)
      : choose(n1 - 1, k) * choose(n2 - 1, k - 1) + choose(n1 - 1, k - 1) * choose(n2 - 1, k);
  return orders / choose(n1 + n2, n1);
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}
