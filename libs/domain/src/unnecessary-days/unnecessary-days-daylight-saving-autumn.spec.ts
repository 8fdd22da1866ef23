import { localMidnightsBetween } from './local-days';
import { unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm } from './__fixtures__/stays';

// Sweden moves its clocks back from 03:00 to 02:00 on Sunday 2026-10-25: that day has 25 hours.
const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-01-01T00:00:00Z');

describe('Esther waits over the night the clocks go back', () => {
  it('counts two midnights in a 26-hour wait, not one day per 24 hours', () => {
    // 23:30 CEST on the 24th is 21:30 UTC; 00:30 CET on the 26th is 23:30 UTC on the 25th: 26 h.
    const facts = stay('2026-10-23T09:00:00+02:00', '2026-10-26T00:30:00+01:00', [
      declared('2026-10-24T23:30:00+02:00'),
    ]);
    expect(datesOf(unnecessaryDays(facts, everyMidnight, stockholm, asOf))).toEqual([
      '2026-10-25',
      '2026-10-26',
    ]);
  });

  it('counts the long day once: Saturday to Tuesday is 3', () => {
    // 24 h after Sunday's midnight it is still Sunday 23:00 on the clock; the next midnight is an hour later.
    const facts = stay('2026-10-23T09:00:00+02:00', '2026-10-27T14:00:00+01:00', [
      declared('2026-10-24T10:00:00+02:00'),
    ]);
    expect(datesOf(unnecessaryDays(facts, everyMidnight, stockholm, asOf))).toEqual([
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
  });

  it('finds one midnight in the 25 hours from one midnight to the next', () => {
    expect(
      localMidnightsBetween(
        new Date('2026-10-25T00:00:00+02:00'),
        new Date('2026-10-26T00:00:00+01:00'),
        stockholm,
      ),
    ).toEqual(['2026-10-25']);
  });
});
