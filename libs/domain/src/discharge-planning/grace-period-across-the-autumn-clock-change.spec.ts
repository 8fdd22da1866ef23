import { declared, notice, stay, withdrawn } from '../unnecessary-days/__fixtures__/stays';
import { chargedDays } from './payment-liability';
import { jonkopingPlanningRules as rules } from './regional-planning-rules';

const asOf = new Date('2027-01-01T00:00:00Z');

describe('the municipality pays from the day after 3 calendar days of grace, clock changes or not', () => {
  // 2026-10-25 03:00 CEST becomes 02:00 CET: that day has 25 hours and still one midnight.
  const admission = notice('admission-notice', '2026-10-20T12:00:00+02:00', 'admission-notice-1');
  const readyNotice = notice('ready-for-discharge-notice', '2026-10-23T10:30:00+02:00', 'ready-notice-1');
  const waitOverTheChange = stay(
    '2026-10-20T09:00:00+02:00',
    '2026-10-29T12:00:00+01:00',
    [declared('2026-10-23T10:00:00+02:00', { eventId: 'ready-1' })],
    { notices: [admission, readyNotice] },
  );

  it('ready Friday 10-23: grace Saturday, Sunday (25 hours), Monday; charged 10-27, 10-28, 10-29', () => {
    expect(chargedDays(waitOverTheChange, rules, asOf)).toEqual(
      ['2026-10-27', '2026-10-28', '2026-10-29'].map((date) => ({
        date,
        admissionEventId: 'admitted-1',
        admissionNoticeEventId: 'admission-notice-1',
        readinessEventId: 'ready-1',
        readyNoticeEventId: 'ready-notice-1',
      })),
    );
  });

  it('counts a stay still in hospital up to now', () => {
    const stillIn = { ...waitOverTheChange, dischargedAt: null };
    expect(chargedDays(stillIn, rules, new Date('2026-10-28T08:00:00+01:00')).map((d) => d.date)).toEqual([
      '2026-10-27',
      '2026-10-28',
    ]);
  });

  it('grace is calendar days: a weekend and a holiday inside it are not added', () => {
    // Ready notice Wednesday 12-23; grace 24 (julafton), 25, 26; charged from Sunday 12-27.
    const christmas = stay(
      '2026-12-20T09:00:00+01:00',
      '2026-12-29T12:00:00+01:00',
      [declared('2026-12-23T09:00:00+01:00')],
      {
        notices: [
          notice('admission-notice', '2026-12-20T10:00:00+01:00'),
          notice('ready-for-discharge-notice', '2026-12-23T09:15:00+01:00'),
        ],
      },
    );
    expect(chargedDays(christmas, rules, asOf).map((d) => d.date)).toEqual([
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
    ]);
  });

  it('a new ready period after a withdrawal needs its own notice and restarts the grace', () => {
    const readyAgain = stay(
      '2026-11-14T09:00:00+01:00',
      '2026-11-27T14:00:00+01:00',
      [
        declared('2026-11-16T10:00:00+01:00', { eventId: 'ready-a' }),
        withdrawn('2026-11-20T08:00:00+01:00'),
        declared('2026-11-21T10:00:00+01:00', { eventId: 'ready-b' }),
      ],
      {
        notices: [
          notice('admission-notice', '2026-11-14T10:00:00+01:00'),
          notice('ready-for-discharge-notice', '2026-11-16T10:05:00+01:00', 'notice-a'),
          notice('ready-for-discharge-notice', '2026-11-21T10:05:00+01:00', 'notice-b'),
        ],
      },
    );
    expect(
      chargedDays(readyAgain, rules, asOf).map((d) => [d.date, d.readinessEventId, d.readyNoticeEventId]),
    ).toEqual([
      ['2026-11-20', 'ready-a', 'notice-a'],
      ['2026-11-25', 'ready-b', 'notice-b'],
      ['2026-11-26', 'ready-b', 'notice-b'],
      ['2026-11-27', 'ready-b', 'notice-b'],
    ]);
  });
});
