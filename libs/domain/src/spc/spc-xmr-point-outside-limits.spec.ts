import { xmrChart } from './xmr';
import { afterBaseline, labelsWhere, months, steadyBaseline } from './__fixtures__/series';

describe('a month falls outside the process limits', () => {
  // Limits 233 and −33; points on the mean between the extremes keep other rules quiet.
  const chart = xmrChart(afterBaseline([233, 100, 100, 233.5, 100, 100, -33, 100, 100, -34]), {
    improvement: 'down',
    baselinePoints: steadyBaseline.length,
  });

  it('flags the points beyond a limit, and not those exactly on it', () => {
    expect(labelsWhere(chart.points, (p) => p.signals.outsideLimits)).toEqual(['m14', 'm20']);
  });

  it('calls a high point a concern and a low one an improvement when fewer is better', () => {
    expect(chart.points.find((p) => p.label === 'm14')).toMatchObject({
      specialCause: true,
      variation: 'concern',
    });
    expect(chart.points.find((p) => p.label === 'm20')).toMatchObject({
      specialCause: true,
      variation: 'improvement',
    });
  });
});

describe('a count of days cannot go below zero', () => {
  // Mean 19 / 8 = 2.375; moving ranges 4,4,6,5,4,5,3: MR-bar 31 / 7; 2.66 × 31 / 7 = 11.78.
  const days = months([0, 4, 0, 6, 1, 5, 0, 3]);

  it('keeps the negative lower limit by default: 2.375 − 11.78 = −9.405', () => {
    const [segment] = xmrChart(days, { improvement: 'down' }).segments;
    expect(segment.upperLimit).toBeCloseTo(14.155, 10);
    expect(segment.lowerLimit).toBeCloseTo(-9.405, 10);
  });

  it('raises it to 0 when asked, and a month with no days is not below it', () => {
    const chart = xmrChart(days, { improvement: 'down', floorAtZero: true });
    expect(chart.segments[0].lowerLimit).toBe(0);
    expect(chart.segments[0].upperLimit).toBeCloseTo(14.155, 10);
    expect(chart.points.some((p) => p.signals.outsideLimits)).toBe(false);
  });
});
