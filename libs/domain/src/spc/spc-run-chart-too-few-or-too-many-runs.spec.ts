import { expectedRunsAmong, runChart } from './run-chart';
import { months } from './__fixtures__/series';

describe('the critical numbers of runs (Swed & Eisenhart, as tabled by Perla, Provost & Murray)', () => {
  it('expects 3 to 9 runs among 10 useful points', () => {
    // 5 above, 5 below: C(10,5) = 252 orders. 2 runs: 2 orders (0.8%); 3 runs: 4 + 4 more (10 / 252 = 4.0%).
    // Fewer than 3 has at most 2.5% chance, fewer than 4 more; the same holds mirrored for more than 9.
    expect(expectedRunsAmong(10)).toEqual({ fewest: 3, most: 9 });
  });

  it('expects 7 to 15 among 20, 11 to 21 among 30 and 24 to 38 among 60', () => {
    // For 20: P(runs ≤ 6) = 3422 / 184756 = 1.85% ≤ 2.5% < P(runs ≤ 7) = 5.13%.
    expect(expectedRunsAmong(20)).toEqual({ fewest: 7, most: 15 });
    expect(expectedRunsAmong(30)).toEqual({ fewest: 11, most: 21 });
    expect(expectedRunsAmong(60)).toEqual({ fewest: 24, most: 38 });
  });

  it('gives no expectation outside 10 to 60 useful points', () => {
    expect(expectedRunsAmong(9)).toBeNull();
    expect(expectedRunsAmong(61)).toBeNull();
  });
});

describe('a run chart with too few or too many runs', () => {
  it('is not too few with 7 runs among 20 useful points: L2 H3 L3 H4 L2 H3 L3', () => {
    const chart = runChart(months([3, 1, 15, 12, 18, 5, 2, 7, 14, 11, 19, 16, 4, 9, 13, 20, 17, 6, 10, 8]));
    expect(chart).toMatchObject({
      median: 10.5,
      usefulObservations: 20,
      runs: 7,
      tooFewRuns: false,
      tooManyRuns: false,
    });
  });

  it('is too few with 6 runs among 20 useful points: L3 H3 L4 H3 L3 H4', () => {
    const chart = runChart(months([3, 1, 5, 15, 12, 18, 2, 7, 4, 9, 14, 11, 19, 6, 10, 8, 16, 13, 20, 17]));
    expect(chart).toMatchObject({
      median: 10.5,
      usefulObservations: 20,
      runs: 6,
      tooFewRuns: true,
      tooManyRuns: false,
    });
  });

  it('is too many with 10 runs among 10 useful points, alternating every month', () => {
    // Median 7; the two 7s lie on it and are skipped.
    const chart = runChart(months([8, 5, 9, 6, 7, 10, 4, 7, 11, 6, 9, 5]));
    expect(chart).toMatchObject({
      median: 7,
      usefulObservations: 10,
      runs: 10,
      tooFewRuns: false,
      tooManyRuns: true,
    });
  });

  it('is not too many with 9 runs among the same 10 values', () => {
    const chart = runChart(months([8, 5, 9, 6, 7, 10, 4, 7, 11, 6, 5, 9]));
    expect(chart).toMatchObject({ median: 7, usefulObservations: 10, runs: 9, tooManyRuns: false });
  });
});
