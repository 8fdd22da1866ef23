import { xmrChart } from './xmr';
import { afterBaseline, labelsWhere, steadyBaseline } from './__fixtures__/series';

// Two thirds of the way from the mean (100) to a limit: 100 ± 2/3 × 133 = 188.67 and 11.33.
const flaggedIn = (after: number[]) =>
  labelsWhere(
    xmrChart(afterBaseline(after), { improvement: 'down', baselinePoints: steadyBaseline.length }).points,
    (p) => p.signals.twoOfThreeNearLimit,
  );

describe('months close to a process limit', () => {
  it('flags the two of three consecutive points beyond two thirds on the same side, not the one between', () => {
    expect(flaggedIn([190, 120, 195])).toEqual(['m11', 'm13']);
  });

  it('does not flag one point beyond with one just short of it', () => {
    expect(flaggedIn([188, 120, 195])).toEqual([]);
  });

  it('does not flag two points beyond on opposite sides', () => {
    expect(flaggedIn([190, 100, 10])).toEqual([]);
  });

  it('does not flag two points beyond with two between them', () => {
    expect(flaggedIn([190, 100, 100, 195])).toEqual([]);
  });

  it('counts a point outside the limits as beyond two thirds', () => {
    expect(flaggedIn([240, 195])).toEqual(['m11', 'm12']);
  });

  it('flags two low points too', () => {
    expect(flaggedIn([10, 5])).toEqual(['m11', 'm12']);
  });
});
