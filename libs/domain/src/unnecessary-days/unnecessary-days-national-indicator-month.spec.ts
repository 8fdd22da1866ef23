import { nationalIndicator } from './national-indicator';
import { declared, stay, stockholm, withdrawn } from './__fixtures__/stays';

describe('the national indicator for November 2026', () => {
  const stays = [
    // 2 days: 11-04, 11-05.
    stay('2026-11-02T09:00:00+01:00', '2026-11-05T14:00:00+01:00', [declared('2026-11-03T10:00:00+01:00')], {
      stayId: 'a',
    }),
    // 6 days: 11-11 .. 11-16.
    stay('2026-11-09T09:00:00+01:00', '2026-11-16T09:00:00+01:00', [declared('2026-11-10T10:00:00+01:00')], {
      stayId: 'b',
    }),
    // Ready and home the same day: no day, so not in the indicator.
    stay('2026-11-19T09:00:00+01:00', '2026-11-20T18:00:00+01:00', [declared('2026-11-20T10:00:00+01:00')], {
      stayId: 'c',
    }),
    // 3 days: 11-25, then 11-29 and 11-30; home 23:30 on the last evening of the month.
    stay(
      '2026-11-23T09:00:00+01:00',
      '2026-11-30T23:30:00+01:00',
      [
        declared('2026-11-24T10:00:00+01:00'),
        withdrawn('2026-11-25T08:00:00+01:00'),
        declared('2026-11-28T12:00:00+01:00'),
      ],
      { stayId: 'd' },
    ),
    // 5 days, but home at 00:30 on 1 December in Stockholm (still 30 November in UTC): December's.
    stay('2026-11-25T09:00:00+01:00', '2026-12-01T00:30:00+01:00', [declared('2026-11-26T10:00:00+01:00')], {
      stayId: 'e',
    }),
    // Still in hospital: it has not ended.
    stay('2026-11-02T09:00:00+01:00', null, [declared('2026-11-03T10:00:00+01:00')], { stayId: 'f' }),
    // Ended in October.
    stay('2026-10-20T09:00:00+02:00', '2026-10-31T12:00:00+01:00', [declared('2026-10-21T10:00:00+02:00')], {
      stayId: 'g',
    }),
  ];

  it('averages the days of the stays that ended in the month with at least one: (2 + 6 + 3) / 3', () => {
    const indicator = nationalIndicator(stays, '2026-11', stockholm);
    expect(indicator).toEqual({ month: '2026-11', stays: 3, totalDays: 11, meanDays: expect.any(Number) });
    expect(indicator.meanDays).toBeCloseTo(3.6667, 4);
  });

  it('gives December the stay that ended half an hour into it', () => {
    // The 5 days of stay e: 11-27, 11-28, 11-29, 11-30 and 12-01, whose midnight came before the 00:30 discharge.
    expect(nationalIndicator(stays, '2026-12', stockholm)).toEqual({
      month: '2026-12',
      stays: 1,
      totalDays: 5,
      meanDays: 5,
    });
  });

  it('reads as no days for a month in which no stay with days ended', () => {
    expect(nationalIndicator(stays, '2026-09', stockholm)).toEqual({
      month: '2026-09',
      stays: 0,
      totalDays: 0,
      meanDays: 0,
    });
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => nationalIndicator(stays, '2026-13', stockholm)).toThrow(RangeError);
    expect(() => nationalIndicator(stays, '2026-1', stockholm)).toThrow(RangeError);
  });
});
