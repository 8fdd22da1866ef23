import { chartRows, type XmrChart } from './xmr';

const point = (period: string, value: number): XmrChart['points'][number] => ({
  period,
  value,
  segment: 0,
  outsideLimits: false,
  shift: false,
  trend: false,
  twoOfThreeNearLimit: false,
  specialCause: false,
  variation: 'NEITHER',
});

describe('a month the platform has no data for, on the coach’s chart', () => {
  const chart: XmrChart = {
    segments: [{ firstPeriod: '2010-01-01', mean: 5, upperLimit: 9, lowerLimit: 1 }],
    points: [point('2010-01-01', 6), point('2010-03-01', 4)],
    periodsWithoutData: ['2010-02-01'],
  };

  it('sits in its place in the series as a gap: no value, no limits, no signal', () => {
    const rows = chartRows(chart, 'MONTH', 'sv');
    expect(rows.map((r) => [r.label, r.value, r.noData])).toEqual([
      ['januari 2010', 6, false],
      ['februari 2010', null, true],
      ['mars 2010', 4, false],
    ]);
    expect(rows[1]).toMatchObject({ mean: null, upper: null, lower: null, specialCause: false, signals: [] });
  });

  it('keeps the measured months judged against their segment', () => {
    const rows = chartRows(chart, 'MONTH', 'sv');
    expect(rows[2]).toMatchObject({ mean: 5, upper: 9, lower: 1 });
  });
});
