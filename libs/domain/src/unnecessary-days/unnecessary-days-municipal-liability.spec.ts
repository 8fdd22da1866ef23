import { jonkopingPlanningRules } from '../discharge-planning/regional-planning-rules';
import { unnecessaryDays, type CountingRule } from './unnecessary-days';
import { cause, datesOf, declared, notice, stay, stockholm, withdrawn } from './__fixtures__/stays';

const asOf = new Date('2027-01-01T00:00:00Z');
const liability = (graceDays: number): CountingRule => ({
  kind: 'municipal-liability',
  rules: { ...jonkopingPlanningRules, liability: { kind: 'grace-days', graceDays } },
});
const admitted = '2026-11-14T09:00:00+01:00';
const readyMonday = declared('2026-11-16T10:00:00+01:00');
const noticesOnTime = [
  notice('admission-notice', '2026-11-14T11:00:00+01:00'),
  notice('ready-for-discharge-notice', '2026-11-16T10:30:00+01:00'),
];

describe('the municipality pays for days after the grace period following the ready notice', () => {
  // Ready Monday 11-16 10:00, home Sunday 11-22 14:00: ready midnights 11-17 .. 11-22 (6).
  const weekWait = stay(admitted, '2026-11-22T14:00:00+01:00', [readyMonday], {
    causes: [cause('2026-11-16T10:00:00+01:00', 'home-care-capacity')],
    notices: noticesOnTime,
  });

  it('is liable from the 4th day with the law’s 3 grace days: 11-20, 11-21, 11-22', () => {
    // Notice date 11-16; grace 11-17, 11-18, 11-19; liable from 11-16 + 3 + 1 = 11-20.
    expect(unnecessaryDays(weekWait, liability(3), stockholm, asOf)).toEqual([
      { date: '2026-11-20', cause: 'home-care-capacity' },
      { date: '2026-11-21', cause: 'home-care-capacity' },
      { date: '2026-11-22', cause: 'home-care-capacity' },
    ]);
  });

  it('is liable for every ready midnight with no grace', () => {
    expect(unnecessaryDays(weekWait, liability(0), stockholm, asOf)).toHaveLength(6);
  });

  it('is not liable for a wait within the grace period', () => {
    const short = stay(admitted, '2026-11-19T14:00:00+01:00', [readyMonday], { notices: noticesOnTime });
    expect(unnecessaryDays(short, liability(3), stockholm, asOf)).toEqual([]);
  });

  it('is not liable at all when the required notices were not sent', () => {
    expect(unnecessaryDays({ ...weekWait, notices: [] }, liability(3), stockholm, asOf)).toEqual([]);
  });

  it('restarts the grace with the new notice after a withdrawal', () => {
    // First notice 11-16: liable from 11-20; withdrawn Friday 11-20 08:00, so only 11-20.
    // New notice Saturday 11-21: liable from 11-25 to discharge on Friday 11-27.
    const readyAgain = stay(
      admitted,
      '2026-11-27T14:00:00+01:00',
      [readyMonday, withdrawn('2026-11-20T08:00:00+01:00'), declared('2026-11-21T10:00:00+01:00')],
      { notices: [...noticesOnTime, notice('ready-for-discharge-notice', '2026-11-21T10:05:00+01:00')] },
    );
    expect(datesOf(unnecessaryDays(readyAgain, liability(3), stockholm, asOf))).toEqual([
      '2026-11-20',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
  });

  it('refuses a grace period that is not a whole number of days, notices or not', () => {
    expect(() => unnecessaryDays(weekWait, liability(-1), stockholm, asOf)).toThrow(RangeError);
    expect(() => unnecessaryDays({ ...weekWait, notices: [] }, liability(2.5), stockholm, asOf)).toThrow(
      RangeError,
    );
  });
});
