import { runChart } from './run-chart';
import { months } from './__fixtures__/series';

describe('a new measure has only a year of data, so the coach starts with a run chart', () => {
  // Sorted: 3,4,5,6,6,7,7,8,8,9,9,10: median (7 + 7) / 2 = 7, and the two 7s lie on it.
  const chart = runChart(months([5, 8, 6, 9, 7, 4, 10, 7, 8, 3, 6, 9]));

  it('counts runs among the 10 points off the median: L H L H L HH LL H is 8', () => {
    expect(chart).toMatchObject({
      median: 7,
      usefulObservations: 10,
      runs: 8,
      expectedRuns: { fewest: 3, most: 9 },
    });
  });

  it('finds no signal', () => {
    expect(chart).toMatchObject({ tooFewRuns: false, tooManyRuns: false });
    expect(chart.points.some((p) => p.shift || p.trend)).toBe(false);
  });

  it('takes the middle value as the median of an odd number of points', () => {
    expect(runChart(months([3, 1, 2]))).toMatchObject({ median: 2, usefulObservations: 2, runs: 2 });
  });

  it('does not judge the number of runs among fewer than 10 useful points', () => {
    expect(runChart(months([3, 1, 2]))).toMatchObject({
      expectedRuns: null,
      tooFewRuns: false,
      tooManyRuns: false,
    });
  });

  it('refuses an empty series', () => {
    expect(() => runChart([])).toThrow(RangeError);
  });
});
