import { planningCallDeadline } from './deadlines';
import { isWorkingDay, jonkopingPlanningRules as rules } from './regional-planning-rules';

const endOfSummerDay = (date: string) => new Date(`${date}T23:59:59.999+02:00`);
const endOfWinterDay = (date: string) => new Date(`${date}T23:59:59.999+01:00`);

describe('holidays are not working days for the planning call', () => {
  it('ready on skärtorsdag after 14:00: Good Friday and Easter Monday are skipped', () => {
    // Counts from Tuesday 04-07; three working days on: Wed, Thu, Fri 04-10.
    expect(planningCallDeadline(new Date('2026-04-02T15:00:00+02:00'), rules)).toEqual(
      endOfSummerDay('2026-04-10'),
    );
  });

  it('knows the Swedish eves no one works: midsommarafton, julafton, nyårsafton', () => {
    expect(['2026-06-19', '2026-12-24', '2026-12-31'].map((d) => isWorkingDay(d, rules))).toEqual([
      false,
      false,
      false,
    ]);
    expect(isWorkingDay('2026-12-23', rules)).toBe(true);
  });

  it('ready the day before Christmas Eve: called by the end of Wednesday 12-30', () => {
    // Counts from Wednesday 12-23; then 12-28, 12-29, 12-30.
    expect(planningCallDeadline(new Date('2026-12-23T09:00:00+01:00'), rules)).toEqual(
      endOfWinterDay('2026-12-30'),
    );
  });

  it('skips a day the region configures, with no national calendar', () => {
    const ownDays = { ...rules, holidayCalendar: 'none' as const, holidays: ['2026-11-20'] };
    // Ready Wednesday 11-18: Thursday 19, (Friday 20 closed), Monday 23, Tuesday 24.
    expect(planningCallDeadline(new Date('2026-11-18T10:00:00+01:00'), ownDays)).toEqual(
      endOfWinterDay('2026-11-24'),
    );
    expect(isWorkingDay('2026-12-25', ownDays)).toBe(true);
  });
});
