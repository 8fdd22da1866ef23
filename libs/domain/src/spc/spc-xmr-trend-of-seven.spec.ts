import { xmrChart } from './xmr';
import { afterBaseline, labelsWhere, steadyBaseline } from './__fixtures__/series';

const chartOf = (after: number[]) =>
  xmrChart(afterBaseline(after), { improvement: 'down', baselinePoints: steadyBaseline.length }).points;

describe('unnecessary days rise month after month', () => {
  // The baseline ends on 75, so the rise starts at 60; it crosses the mean (100) and never goes near a limit.
  it('flags all seven points of seven rising points as a concern', () => {
    const points = chartOf([60, 70, 90, 105, 110, 120, 130]);
    expect(labelsWhere(points, (p) => p.signals.trend)).toEqual([
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]);
    expect(labelsWhere(points, (p) => p.specialCause)).toEqual([
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]);
    expect(labelsWhere(points, (p) => p.variation === 'concern')).toHaveLength(7);
  });

  it('flags seven falling points as an improvement', () => {
    const points = chartOf([140, 130, 120, 110, 95, 85, 80]);
    expect(labelsWhere(points, (p) => p.signals.trend)).toEqual([
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]);
    expect(labelsWhere(points, (p) => p.variation === 'improvement')).toHaveLength(7);
  });

  it('does not flag six rising points', () => {
    expect(chartOf([60, 70, 90, 105, 110, 120, 115]).some((p) => p.signals.trend)).toBe(false);
  });

  it('does not flag seven points rising but for two equal neighbours', () => {
    expect(chartOf([60, 70, 90, 90, 110, 120, 130]).some((p) => p.signals.trend)).toBe(false);
  });
});
