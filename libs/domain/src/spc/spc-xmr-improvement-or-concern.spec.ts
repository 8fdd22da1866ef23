import { xmrChart } from './xmr';
import { afterBaseline, steadyBaseline } from './__fixtures__/series';

const seven = [60, 70, 80, 90, 95, 85, 65];

describe('whether a signal is good news depends on which way is better', () => {
  it('calls seven months below the mean an improvement when fewer days is better, a concern when more is', () => {
    const down = xmrChart(afterBaseline(seven), {
      improvement: 'down',
      baselinePoints: steadyBaseline.length,
    });
    const up = xmrChart(afterBaseline(seven), { improvement: 'up', baselinePoints: steadyBaseline.length });
    // With the baseline's last point (75) the run below 100 is eight long.
    expect(down.points.slice(9).map((p) => p.variation)).toEqual(Array(8).fill('improvement'));
    expect(up.points.slice(9).map((p) => p.variation)).toEqual(Array(8).fill('concern'));
  });

  it('calls a point neither when its signals disagree: the peak that ends a rise and starts a fall', () => {
    // 20 → 160 rises over 7 points and 160 → 50 falls over 7; only the peak is in both trends.
    const { points } = xmrChart(afterBaseline([20, 40, 60, 80, 120, 140, 160, 150, 130, 110, 90, 70, 50]), {
      improvement: 'down',
      baselinePoints: steadyBaseline.length,
    });
    const peak = points.find((p) => p.label === 'm17');
    expect(peak).toMatchObject({ value: 160, specialCause: true, variation: 'neither' });
    expect(points.find((p) => p.label === 'm16')?.variation).toBe('concern');
    expect(points.find((p) => p.label === 'm18')?.variation).toBe('improvement');
  });
});
