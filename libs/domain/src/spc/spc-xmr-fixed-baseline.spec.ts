import { xmrChart } from './xmr';
import { labelsWhere, months } from './__fixtures__/series';

describe('the coach fixes the limits on the first 20 months and extends them', () => {
  const first20 = [52, 47, 60, 55, 49, 58, 62, 51, 45, 57, 53, 50, 59, 48, 56, 61, 46, 54, 52, 55];
  const next7 = [40, 38, 41, 39, 37, 36, 35];
  const series = months([...first20, ...next7]);

  it('keeps the limits of the 20 baseline months (53.5, 72.96, 34.04) whatever comes after', () => {
    const [segment] = xmrChart(series, { improvement: 'down', baselinePoints: 20 }).segments;
    expect(segment).toMatchObject({ baselinePoints: 20, mean: 53.5 });
    expect(segment.upperLimit).toBeCloseTo(72.96, 10);
    expect(segment.lowerLimit).toBeCloseTo(34.04, 10);
  });

  it('judges the new months against the fixed mean: seven below 53.5 is a shift for the better', () => {
    const { points } = xmrChart(series, { improvement: 'down', baselinePoints: 20 });
    expect(labelsWhere(points, (p) => p.signals.shift)).toEqual([
      'm21',
      'm22',
      'm23',
      'm24',
      'm25',
      'm26',
      'm27',
    ]);
    expect(labelsWhere(points, (p) => p.variation === 'improvement')).toEqual([
      'm21',
      'm22',
      'm23',
      'm24',
      'm25',
      'm26',
      'm27',
    ]);
  });

  it('moves the mean when every month is baseline: (1070 + 266) / 27 = 49.48', () => {
    expect(xmrChart(series, { improvement: 'down' }).segments[0].mean).toBeCloseTo(49.4815, 4);
  });

  it('refuses a baseline that cannot give a moving range', () => {
    expect(() => xmrChart(series, { improvement: 'down', baselinePoints: 1 })).toThrow(RangeError);
    expect(() => xmrChart(series, { improvement: 'down', baselinePoints: 2.5 })).toThrow(RangeError);
  });
});
