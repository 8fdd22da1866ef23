import { xmrChart } from './xmr';
import { labelsWhere, months } from './__fixtures__/series';

describe('an improvement project starts in month 13 and the coach rebases the chart there', () => {
  // Before: 55 and 45 alternating (mean 50, MR-bar 10). After: 25 and 35 alternating (mean 30, MR-bar 10).
  const before = [55, 45, 55, 45, 55, 45, 55, 45, 55, 45, 55, 45];
  const after = [25, 35, 25, 35, 25, 35, 25, 35];
  const series = months([...before, ...after]);

  it('gives each segment its own mean and limits: 50 ± 26.6 and 30 ± 26.6', () => {
    const { segments } = xmrChart(series, { improvement: 'down', rebaseAt: ['m13'] });
    expect(segments).toEqual([
      {
        firstLabel: 'm1',
        baselinePoints: 12,
        mean: 50,
        movingRangeMean: 10,
        upperLimit: expect.closeTo(76.6, 10),
        lowerLimit: expect.closeTo(23.4, 10),
      },
      {
        firstLabel: 'm13',
        baselinePoints: 8,
        mean: 30,
        movingRangeMean: 10,
        upperLimit: expect.closeTo(56.6, 10),
        lowerLimit: expect.closeTo(3.4, 10),
      },
    ]);
  });

  it('leaves the jump across the rebase out of the new moving ranges', () => {
    // Were |25 − 45| = 20 included, MR-bar would be (20 + 7 × 10) / 8 = 11.25.
    const { points } = xmrChart(series, { improvement: 'down', rebaseAt: ['m13'] });
    expect(points.slice(11, 14).map((p) => [p.label, p.segment, p.movingRange])).toEqual([
      ['m12', 0, 10],
      ['m13', 1, null],
      ['m14', 1, 10],
    ]);
  });

  it('sees two shifts on either side of one blended mean when not rebased', () => {
    // One segment: mean (600 + 240) / 20 = 42; the 12 months before lie above it, the 8 after below.
    const { segments, points } = xmrChart(series, { improvement: 'down' });
    expect(segments[0].mean).toBe(42);
    expect(points.every((p) => p.signals.shift)).toBe(true);
    expect(labelsWhere(points, (p) => p.variation === 'concern')).toHaveLength(12);
    expect(labelsWhere(points, (p) => p.variation === 'improvement')).toEqual([
      'm13',
      'm14',
      'm15',
      'm16',
      'm17',
      'm18',
      'm19',
      'm20',
    ]);
  });

  it('sees no special cause in either segment once rebased', () => {
    expect(
      xmrChart(series, { improvement: 'down', rebaseAt: ['m13'] }).points.some((p) => p.specialCause),
    ).toBe(false);
  });

  it('has a mean but no limits in a segment of one month, just after rebasing', () => {
    const { segments } = xmrChart(months([...before, 25]), { improvement: 'down', rebaseAt: ['m13'] });
    expect(segments[1]).toEqual({
      firstLabel: 'm13',
      baselinePoints: 1,
      mean: 25,
      movingRangeMean: null,
      upperLimit: null,
      lowerLimit: null,
    });
  });

  it('refuses to rebase at a month that is not on the chart', () => {
    expect(() => xmrChart(series, { improvement: 'down', rebaseAt: ['m21'] })).toThrow(RangeError);
  });
});
