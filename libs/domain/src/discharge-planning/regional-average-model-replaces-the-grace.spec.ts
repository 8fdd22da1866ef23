import { declared, notice, stay } from '../unnecessary-days/__fixtures__/stays';
import { chargedDays, liabilityGraceDays } from './payment-liability';
import {
  checkPlanningRules,
  jonkopingPlanningRules,
  type RegionalPlanningRules,
} from './regional-planning-rules';

const asOf = new Date('2027-01-01T00:00:00Z');
const averageOf = (averageDays: number): RegionalPlanningRules => ({
  ...jonkopingPlanningRules,
  liability: { kind: 'regional-average', averageDays },
});

describe('a region paying after its agreed average number of days instead of 3 days of grace', () => {
  const weekWait = stay(
    '2026-11-14T09:00:00+01:00',
    '2026-11-22T14:00:00+01:00',
    [declared('2026-11-16T10:00:00+01:00')],
    {
      notices: [
        notice('admission-notice', '2026-11-14T10:00:00+01:00'),
        notice('ready-for-discharge-notice', '2026-11-16T10:30:00+01:00'),
      ],
    },
  );

  it('with an average of 4.2 days, pays from the 6th day: 11-22 only', () => {
    expect(liabilityGraceDays(averageOf(4.2).liability)).toBe(5);
    expect(chargedDays(weekWait, averageOf(4.2), asOf).map((d) => d.date)).toEqual(['2026-11-22']);
  });

  it('with an average of exactly 2 days, pays from the 3rd day', () => {
    expect(chargedDays(weekWait, averageOf(2), asOf).map((d) => d.date)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
  });

  it('refuses a negative average, and names it among the settings’ problems', () => {
    expect(() => chargedDays(weekWait, averageOf(-1), asOf)).toThrow(RangeError);
    expect(checkPlanningRules(averageOf(-1))).toEqual([
      { field: 'liability.averageDays', message: 'must be from 0 to 31; got -1' },
    ]);
  });
});
