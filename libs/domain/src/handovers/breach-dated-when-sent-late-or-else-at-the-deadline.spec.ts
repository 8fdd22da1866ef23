import { breachMomentOf } from '../discharge-planning/deadlines';
import { handoverBreachOf } from './handover-breach';

describe('a breach is dated when the late sending happened, or else at the deadline', () => {
  const dueAt = new Date('2026-03-30T10:00:00+02:00');
  const sentLate = new Date('2026-03-30T14:00:00+02:00');

  it('dates a handover sent late at its sending, though the check that publishes it runs later', () => {
    // The handover service used the check's own time; the notices used the sending. The sending is kept.
    const checkedAt = new Date('2026-03-30T14:05:00+02:00');
    expect(handoverBreachOf({ sentAt: sentLate, dueAt }, checkedAt)).toEqual({
      reason: 'sent after the deadline',
      at: sentLate,
    });
  });

  it('dates a handover sent on time but not acknowledged by its deadline at the deadline', () => {
    const sentOnTime = new Date('2026-03-27T10:00:00+01:00');
    expect(handoverBreachOf({ sentAt: sentOnTime, dueAt }, sentLate)).toEqual({
      reason: 'not acknowledged by the deadline',
      at: dueAt,
    });
  });

  it('dates an admission notice Carechain sends late, and reports in the same run, at its sending', () => {
    // The discharge-planning flow used the deadline when the sending and the check were one moment.
    expect(breachMomentOf(dueAt, sentLate, sentLate)).toEqual(sentLate);
  });

  it('dates a notice never sent, or one reported as sent later than now, at the deadline', () => {
    expect(breachMomentOf(dueAt, null, sentLate)).toEqual(dueAt);
    expect(breachMomentOf(dueAt, sentLate, new Date('2026-03-30T12:00:00+02:00'))).toEqual(dueAt);
  });
});
