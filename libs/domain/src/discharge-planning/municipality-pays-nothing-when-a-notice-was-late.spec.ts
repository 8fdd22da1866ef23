import { declared, notice, stay } from '../unnecessary-days/__fixtures__/stays';
import { chargedDays } from './payment-liability';
import { jonkopingPlanningRules as rules } from './regional-planning-rules';

const asOf = new Date('2027-01-01T00:00:00Z');
// Admitted Saturday 11-14 09:00, ready Monday 11-16 10:00, home Sunday 11-22: liable 11-20 .. 11-22 if on time.
const waitingAWeek = (notices: ReturnType<typeof notice>[]) =>
  stay('2026-11-14T09:00:00+01:00', '2026-11-22T14:00:00+01:00', [declared('2026-11-16T10:00:00+01:00')], {
    notices,
  });
const admissionOnTime = notice('admission-notice', '2026-11-15T09:00:00+01:00');
const readyOnTime = notice('ready-for-discharge-notice', '2026-11-16T23:00:00+01:00');

describe('the municipality pays only when the hospital sent the required notices on time', () => {
  it('charges three days when both were on time (the admission notice at exactly 24 hours)', () => {
    expect(chargedDays(waitingAWeek([admissionOnTime, readyOnTime]), rules, asOf)).toHaveLength(3);
  });

  it('charges nothing when the admission notice came 25 hours after admission', () => {
    const late = notice('admission-notice', '2026-11-15T10:00:00+01:00');
    expect(chargedDays(waitingAWeek([late, readyOnTime]), rules, asOf)).toEqual([]);
  });

  it('charges nothing when the ready notice came the day after readiness', () => {
    const late = notice('ready-for-discharge-notice', '2026-11-17T08:00:00+01:00');
    expect(chargedDays(waitingAWeek([admissionOnTime, late]), rules, asOf)).toEqual([]);
  });

  it('charges nothing without a ready notice', () => {
    expect(chargedDays(waitingAWeek([admissionOnTime]), rules, asOf)).toEqual([]);
  });

  it('counts the grace from a notice sent ahead of a readiness declared for the next morning', () => {
    const ahead = stay(
      '2026-11-14T09:00:00+01:00',
      '2026-11-22T14:00:00+01:00',
      [declared('2026-11-17T08:00:00+01:00')],
      { notices: [admissionOnTime, notice('ready-for-discharge-notice', '2026-11-16T16:00:00+01:00')] },
    );
    // Grace from the ready date 11-17: 18, 19, 20; charged 11-21, 11-22.
    expect(chargedDays(ahead, rules, asOf).map((d) => d.date)).toEqual(['2026-11-21', '2026-11-22']);
  });
});
