import { checkPeriod } from './problems';

describe('a period asked for (a dashboard filter, breakdowns, quality time) names every day that is no date', () => {
  it('accepts a period of real days, a leap day and a single day among them', () => {
    expect(checkPeriod('2028-02-29', '2028-03-31')).toEqual([]);
    expect(checkPeriod('2026-12-07', '2026-12-07')).toEqual([]);
  });

  it('names both ends when neither is a date, not only the first', () => {
    expect(checkPeriod('2026-02-30', '31/03/2026', 'filter.')).toEqual([
      { field: 'filter.from', message: "'2026-02-30' is not a date in the form YYYY-MM-DD" },
      { field: 'filter.to', message: "'31/03/2026' is not a date in the form YYYY-MM-DD" },
    ]);
  });

  it('refuses an end before the start, naming the start as the request places it', () => {
    expect(checkPeriod('2026-03-31', '2026-03-01', 'filter.')).toEqual([
      { field: 'filter.to', message: 'must not be before filter.from (2026-03-31)' },
    ]);
    expect(checkPeriod('2026-03-31', '2026-03-01')).toEqual([
      { field: 'to', message: 'must not be before from (2026-03-31)' },
    ]);
  });
});
