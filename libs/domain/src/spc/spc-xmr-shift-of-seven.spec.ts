import { xmrChart } from './xmr';
import { afterBaseline, labelsWhere, steadyBaseline } from './__fixtures__/series';

const chartOf = (after: number[]) =>
  xmrChart(afterBaseline(after), { improvement: 'down', baselinePoints: steadyBaseline.length }).points;

describe('unnecessary days stay above the mean month after month', () => {
  it('flags all seven points of a run of seven above the mean (100)', () => {
    const points = chartOf([110, 120, 105, 130, 115, 101, 125]);
    expect(labelsWhere(points, (p) => p.signals.shift)).toEqual([
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]);
    expect(labelsWhere(points, (p) => p.variation === 'concern')).toEqual([
      'm11',
      'm12',
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
    ]);
  });

  it('does not flag a run of six', () => {
    expect(chartOf([110, 120, 105, 130, 115, 101, 90]).some((p) => p.signals.shift)).toBe(false);
  });

  it('does not flag seven above the mean broken by a point exactly on it', () => {
    expect(chartOf([110, 120, 105, 100, 130, 115, 101, 125]).some((p) => p.signals.shift)).toBe(false);
  });
});
