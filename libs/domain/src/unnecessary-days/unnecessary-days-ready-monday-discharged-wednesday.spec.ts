import { unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm } from './__fixtures__/stays';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-01-01T00:00:00Z');
const daysOf = (readyAt: string, dischargedAt: string, timeZone = stockholm) =>
  datesOf(
    unnecessaryDays(
      stay('2026-11-14T09:00:00+01:00', dischargedAt, [declared(readyAt)]),
      everyMidnight,
      timeZone,
      asOf,
    ),
  );

describe('Esther is medically ready on Monday morning and goes home on Wednesday afternoon', () => {
  it('counts the midnights starting Tuesday and Wednesday: 2 days', () => {
    expect(
      unnecessaryDays(
        stay('2026-11-14T09:00:00+01:00', '2026-11-18T14:00:00+01:00', [
          declared('2026-11-16T10:00:00+01:00'),
        ]),
        everyMidnight,
        stockholm,
        asOf,
      ),
    ).toEqual([
      { date: '2026-11-17', cause: 'not-recorded' },
      { date: '2026-11-18', cause: 'not-recorded' },
    ]);
  });

  it('counts nothing when she is ready and discharged the same day', () => {
    expect(daysOf('2026-11-16T10:00:00+01:00', '2026-11-16T18:00:00+01:00')).toEqual([]);
  });

  it('counts a midnight, not 24 hours: ready 23:50 and gone 00:10 is one day', () => {
    expect(daysOf('2026-11-16T23:50:00+01:00', '2026-11-17T00:10:00+01:00')).toEqual(['2026-11-17']);
  });

  it('counts the midnight she is declared ready at', () => {
    expect(daysOf('2026-11-17T00:00:00+01:00', '2026-11-18T14:00:00+01:00')).toEqual([
      '2026-11-17',
      '2026-11-18',
    ]);
  });

  it('does not count the midnight she is discharged at', () => {
    expect(daysOf('2026-11-16T10:00:00+01:00', '2026-11-18T00:00:00+01:00')).toEqual(['2026-11-17']);
  });

  it('counts midnights on Swedish clocks, not UTC ones', () => {
    // Ready 00:30 Stockholm time is 23:30 UTC the day before, so UTC's midnight falls inside the wait.
    expect(daysOf('2026-11-16T00:30:00+01:00', '2026-11-16T18:00:00+01:00')).toEqual([]);
    expect(daysOf('2026-11-16T00:30:00+01:00', '2026-11-16T18:00:00+01:00', 'UTC')).toEqual(['2026-11-16']);
  });

  it('refuses a time zone that does not exist', () => {
    expect(() =>
      daysOf('2026-11-16T10:00:00+01:00', '2026-11-18T14:00:00+01:00', 'Europe/Jonkoping'),
    ).toThrow(RangeError);
  });
});
