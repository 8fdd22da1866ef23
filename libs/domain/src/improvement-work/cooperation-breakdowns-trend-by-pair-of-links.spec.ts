import { breakdownTrends, checkBreakdownReport } from './cooperation-breakdowns';

describe('cooperation breakdowns, trended by pair of care links', () => {
  const months = ['2026-01-01', '2026-02-01'];

  it('counts each pair a report names, per month, most reported pair first', () => {
    const trends = breakdownTrends(
      [
        { occurredOn: '2026-01-10', careLinkIds: ['ryhov-med-1', 'home-care'] },
        { occurredOn: '2026-02-03', careLinkIds: ['home-care', 'ryhov-med-1'] },
        { occurredOn: '2026-02-20', careLinkIds: ['ryhov-med-1', 'home-care', 'vc-tranas'] },
        { occurredOn: '2025-12-31', careLinkIds: ['ryhov-med-1', 'home-care'] },
      ],
      months,
    );
    expect(trends).toEqual([
      {
        careLinkIds: ['home-care', 'ryhov-med-1'],
        total: 3,
        series: [
          { period: '2026-01-01', value: 1 },
          { period: '2026-02-01', value: 2 },
        ],
      },
      {
        careLinkIds: ['home-care', 'vc-tranas'],
        total: 1,
        series: [
          { period: '2026-01-01', value: 0 },
          { period: '2026-02-01', value: 1 },
        ],
      },
      {
        careLinkIds: ['ryhov-med-1', 'vc-tranas'],
        total: 1,
        series: [
          { period: '2026-01-01', value: 0 },
          { period: '2026-02-01', value: 1 },
        ],
      },
    ]);
  });

  it('needs two known care links and what happened, and no date in the future', () => {
    const problems = checkBreakdownReport(
      {
        occurredOn: '2026-03-02',
        careLinkIds: ['ryhov-med-1', 'ryhov-med-1', 'nowhere'],
        whatHappened: '',
        consequence: null,
      },
      new Set(['ryhov-med-1']),
      '2026-03-01',
    );
    expect(problems).toEqual([
      { field: 'whatHappened', message: 'must not be empty' },
      { field: 'careLinkIds', message: "no care link 'nowhere' in the directory" },
    ]);
    expect(
      checkBreakdownReport(
        { occurredOn: '2026-03-02', careLinkIds: ['a', 'b'], whatHappened: 'x', consequence: null },
        new Set(['a', 'b']),
        '2026-03-01',
      ),
    ).toEqual([{ field: 'occurredOn', message: 'must not be after today (2026-03-01)' }]);
  });
});
