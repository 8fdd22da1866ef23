import { xmrChart } from './xmr';
import { months } from './__fixtures__/series';

describe('an Esther coach charts 20 months of unnecessary days on one ward', () => {
  const values = [52, 47, 60, 55, 49, 58, 62, 51, 45, 57, 53, 50, 59, 48, 56, 61, 46, 54, 52, 55];
  const chart = xmrChart(months(values), { improvement: 'down' });

  it('has one segment, with the mean, MR-bar and process limits computed by hand', () => {
    // Sum 1070, mean 1070 / 20 = 53.5.
    // Moving ranges 5,13,5,6,9,4,11,6,12,4,3,9,11,8,5,15,8,2,3: sum 139, MR-bar 139 / 19 = 7.3158.
    // 2.66 × 139 / 19 = 369.74 / 19 = 19.46: limits 53.5 ± 19.46 = 72.96 and 34.04.
    expect(chart.segments).toHaveLength(1);
    const [segment] = chart.segments;
    expect(segment).toMatchObject({ firstLabel: 'm1', baselinePoints: 20, mean: 53.5 });
    expect(segment.movingRangeMean).toBeCloseTo(7.315789, 6);
    expect(segment.upperLimit).toBeCloseTo(72.96, 10);
    expect(segment.lowerLimit).toBeCloseTo(34.04, 10);
  });

  it('gives each month its moving range, none for the first', () => {
    expect(chart.points.map((p) => p.movingRange)).toEqual([
      null,
      5,
      13,
      5,
      6,
      9,
      4,
      11,
      6,
      12,
      4,
      3,
      9,
      11,
      8,
      5,
      15,
      8,
      2,
      3,
    ]);
  });

  it('finds only common cause variation', () => {
    // Between 45 and 62, inside 40.53 .. 66.47; no 7 on one side of 53.5; no 7 rising or falling.
    expect(chart.points.filter((p) => p.specialCause)).toEqual([]);
    expect(new Set(chart.points.map((p) => p.variation))).toEqual(new Set(['neither']));
  });

  it('refuses an empty series', () => {
    expect(() => xmrChart([], { improvement: 'down' })).toThrow(RangeError);
  });
});
