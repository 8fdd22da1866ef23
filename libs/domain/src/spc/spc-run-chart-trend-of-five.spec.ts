import { runChart } from './run-chart';
import { labelsWhere, months } from './__fixtures__/series';

describe('a measure climbs five months running', () => {
  it('flags five rising points', () => {
    const chart = runChart(months([9, 3, 4, 6, 8, 10, 7, 5, 6, 2]));
    expect(labelsWhere(chart.points, (p) => p.trend)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
  });

  it('skips a repeated value: 3, 4, 4, 6, 8, 10 is five rising, repeat flagged with them', () => {
    const chart = runChart(months([9, 3, 4, 4, 6, 8, 10, 7]));
    expect(labelsWhere(chart.points, (p) => p.trend)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  });

  it('does not count a repeated value towards the five: 3, 4, 4, 6, 8 is four', () => {
    expect(runChart(months([9, 3, 4, 4, 6, 8, 7])).points.some((p) => p.trend)).toBe(false);
  });

  it('does not flag four rising points', () => {
    expect(runChart(months([9, 3, 4, 6, 8, 7])).points.some((p) => p.trend)).toBe(false);
  });
});
