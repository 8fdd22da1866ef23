import { periodsIn } from './operation-cost';

describe('a dashboard series costs the periods it computes', () => {
  it('counts thirty years as about eleven thousand days, fifteen hundred weeks, 360 months or 30 years', () => {
    expect(periodsIn('1996-01-01', '2025-12-31', 'day')).toBe(10_958);
    expect(periodsIn('1996-01-01', '2025-12-31', 'week')).toBe(1_567);
    expect(periodsIn('1996-01-01', '2025-12-31', 'month')).toBe(360);
    expect(periodsIn('1996-01-01', '2025-12-31', 'year')).toBe(30);
  });

  it('counts a single day as one period of any granularity', () => {
    for (const granularity of ['day', 'month', 'year'])
      expect(periodsIn('2026-03-01', '2026-03-01', granularity)).toBe(1);
  });

  it('leaves unreadable or reversed ranges to the resolver, which names what is wrong', () => {
    expect(periodsIn('2026-13-01', '2026-12-31', 'day')).toBe(0);
    expect(periodsIn('2026-12-31', '2026-01-01', 'day')).toBe(0);
    expect(periodsIn(undefined, '2026-01-01', 'day')).toBe(0);
  });
});
