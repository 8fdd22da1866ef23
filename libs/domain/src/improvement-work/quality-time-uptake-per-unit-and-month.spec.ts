import { checkQualityTimeWeek, qualityTimeUptake } from './quality-time';

describe('Quality Time uptake per unit and month, by hand', () => {
  const weeks = [
    // Nursing home Bräcke: weeks of 26 Jan (Thursday 29 Jan: January), 2 and 9 Feb.
    { careLinkId: 'bracke-nursing-home', week: '2026-01-26', offered: 20, used: 15 },
    { careLinkId: 'bracke-nursing-home', week: '2026-02-02', offered: 20, used: 16 },
    { careLinkId: 'bracke-nursing-home', week: '2026-02-09', offered: 18, used: 18 },
    // Home care south: week of 23 Feb runs into March but its Thursday (26 Feb) is in February.
    { careLinkId: 'home-care-south', week: '2026-02-23', offered: 40, used: 28 },
    { careLinkId: 'home-care-south', week: '2026-03-02', offered: 0, used: 0 },
  ];
  const months = ['2026-01-01', '2026-02-01', '2026-03-01'];

  it('divides the sessions used by those offered for each unit and month', () => {
    expect(qualityTimeUptake(weeks, months, (id) => id)).toEqual([
      { group: 'bracke-nursing-home', period: '2026-01-01', offered: 20, used: 15, uptake: 0.75 },
      // (16 + 18) / (20 + 18) = 34 / 38
      { group: 'bracke-nursing-home', period: '2026-02-01', offered: 38, used: 34, uptake: 34 / 38 },
      { group: 'home-care-south', period: '2026-02-01', offered: 40, used: 28, uptake: 0.7 },
      { group: 'home-care-south', period: '2026-03-01', offered: 0, used: 0, uptake: null },
    ]);
  });

  it('pools sessions across the network rather than averaging the units’ shares', () => {
    // February: (34 + 28) / (38 + 40) = 62 / 78, not the mean of 0.895 and 0.7.
    const network = qualityTimeUptake(weeks, months, () => 'network');
    expect(network.find((u) => u.period === '2026-02-01')).toEqual({
      group: 'network',
      period: '2026-02-01',
      offered: 78,
      used: 62,
      uptake: 62 / 78,
    });
  });

  it('refuses a week that does not start on Monday, and more sessions used than offered', () => {
    expect(checkQualityTimeWeek({ careLinkId: 'x', week: '2026-02-04', offered: 3, used: 4 })).toEqual([
      {
        field: 'week',
        message: "'2026-02-04' is not a Monday in the form YYYY-MM-DD (the first day of an ISO week)",
      },
      { field: 'used', message: '4 used is more than the 3 offered' },
    ]);
  });
});
