import { runChart } from './run-chart';
import { labelsWhere, months } from './__fixtures__/series';

describe('six months in a row above the median', () => {
  // Sorted: 1,2,3,4,5,6,7,10,10,11,11,12,13: median 7 (m8 lies on it).
  const chart = runChart(months([2, 4, 3, 5, 1, 10, 11, 7, 12, 10, 13, 11, 6]));

  it('flags the six points above, skipping the point on the median, which neither breaks nor joins the shift', () => {
    expect(labelsWhere(chart.points, (p) => p.shift)).toEqual(['m6', 'm7', 'm9', 'm10', 'm11', 'm12']);
  });

  it('does not flag the five points below before them', () => {
    expect(chart.points.slice(0, 5).some((p) => p.shift)).toBe(false);
  });

  it('counts three runs among the twelve useful points', () => {
    expect(chart).toMatchObject({ median: 7, usefulObservations: 12, runs: 3 });
  });
});
