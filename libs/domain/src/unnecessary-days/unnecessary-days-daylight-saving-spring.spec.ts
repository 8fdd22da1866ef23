import { localMidnightsBetween } from './local-days';
import { unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm } from './__fixtures__/stays';

// Sweden moves its clocks from 02:00 to 03:00 on Sunday 2026-03-29: that day has 23 hours.
const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-01-01T00:00:00Z');

describe('Esther waits over the night the clocks go forward', () => {
  it('counts both midnights of a wait that lasts 24 hours across the short day', () => {
    // 23:30 CET on the 28th is 22:30 UTC; 00:30 CEST on the 30th is 22:30 UTC on the 29th: exactly 24 h.
    const facts = stay('2026-03-27T09:00:00+01:00', '2026-03-30T00:30:00+02:00', [
      declared('2026-03-28T23:30:00+01:00'),
    ]);
    expect(datesOf(unnecessaryDays(facts, everyMidnight, stockholm, asOf))).toEqual([
      '2026-03-29',
      '2026-03-30',
    ]);
  });

  it('counts each midnight of a longer wait once: Friday to Tuesday is 4', () => {
    const facts = stay('2026-03-26T09:00:00+01:00', '2026-03-31T14:00:00+02:00', [
      declared('2026-03-27T10:00:00+01:00'),
    ]);
    expect(datesOf(unnecessaryDays(facts, everyMidnight, stockholm, asOf))).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('finds one midnight in the 23 hours from one midnight to the next', () => {
    expect(
      localMidnightsBetween(
        new Date('2026-03-29T00:00:00+01:00'),
        new Date('2026-03-30T00:00:00+02:00'),
        stockholm,
      ),
    ).toEqual(['2026-03-29']);
  });
});
