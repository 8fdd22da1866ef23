import {
  annotatePdsaCycles,
  baselineBefore,
  evaluateAim,
  evaluateMeasure,
  mayCelebrate,
  type Aim,
} from './improvement-project';

// Weekly unnecessary days on a ward: ten weeks before the project, then eight weeks of two PDSA cycles.
const weeks = (from: string, values: number[]) =>
  values.map((value, i) => ({
    label: new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    value,
  }));
const series = weeks('2026-01-05', [11, 12, 10, 12, 11, 10, 12, 11, 12, 10, 9, 8, 6, 5, 3, 2, 3, 2]);
const start = '2026-03-16';
const aim: Aim = { measureKey: 'ward-days', target: 3, by: '2026-06-30', sustainedPoints: 3 };

describe('a ward halves its unnecessary days over two PDSA cycles and reaches its aim after the second', () => {
  const baseline = baselineBefore(series, start);
  const since = series.filter((p) => p.label >= start);

  it('fixes the ten weeks before the start as the baseline: mean 11.1, limits 11.1 ± 2.66 × 1.33', () => {
    expect(baseline).toHaveLength(10);
    const { chart, baselineFixed } = evaluateMeasure(baseline, since, 'down');
    expect(baselineFixed).toBe(true);
    // Moving ranges 1, 2, 2, 1, 1, 2, 1, 1, 2: MR-bar 13/9.
    expect(chart!.segments[0]).toMatchObject({ baselinePoints: 10, mean: 11.1, movingRangeMean: 13 / 9 });
    expect(chart!.segments[0].lowerLimit).toBeCloseTo(11.1 - 2.66 * (13 / 9), 10);
  });

  it('signals improvement from the start: eight weeks below the baseline mean, and from 30 March below its lower limit', () => {
    const { chart, firstImprovementSignal } = evaluateMeasure(baseline, since, 'down');
    // A shift flags the whole run of 7 or more, so its first week is where the signal starts.
    expect(firstImprovementSignal).toBe('2026-03-16');
    const after = chart!.points.slice(10);
    expect(after.every((p) => p.signals.shift && p.variation === 'improvement')).toBe(true);
    // Lower limit 11.1 − 3.84 = 7.26: 9 and 8 lie above it, 6 and below beneath it.
    expect(after.filter((p) => p.signals.outsideLimits).map((p) => p.label)[0]).toBe('2026-03-30');
  });

  it('reaches the aim in the third week in a row at 3 or fewer, before the aim date, and may celebrate', () => {
    const evaluation = evaluateAim(aim, 'down', since, '2026-05-20');
    // 3, 2, 3 in the weeks of 13, 20 and 27 April.
    expect(evaluation).toEqual({ status: 'reached', reachedIn: '2026-04-27' });
    expect(mayCelebrate(evaluation.status)).toBe(true);
  });

  it('places the two cycles on the weeks they ran in, the running one without an end', () => {
    const periods = series.map((p) => p.label);
    expect(
      annotatePdsaCycles(
        [
          { number: 2, change: 'Home care at the ward round', startsOn: '2026-04-08', endsOn: null },
          { number: 1, change: 'Ready notice the day before', startsOn: '2026-03-18', endsOn: '2026-04-03' },
        ],
        periods,
        '2026-05-10',
      ),
    ).toEqual([
      {
        cycleNumber: 1,
        label: 'PDSA 1: Ready notice the day before',
        startPeriod: '2026-03-16',
        endPeriod: '2026-03-30',
      },
      {
        cycleNumber: 2,
        label: 'PDSA 2: Home care at the ward round',
        startPeriod: '2026-04-06',
        endPeriod: null,
      },
    ]);
  });
});
