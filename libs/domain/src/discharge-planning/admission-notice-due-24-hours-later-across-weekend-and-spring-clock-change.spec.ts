import { admissionNoticeDeadline, noticeStatus, sentOnTime } from './deadlines';
import { jonkopingPlanningRules as rules } from './regional-planning-rules';

describe('the admission notice is due 24 elapsed hours after admission', () => {
  it('does not wait for Monday: admitted Friday 22:00, due Saturday 22:00', () => {
    const admitted = new Date('2026-11-20T22:00:00+01:00');
    expect(admissionNoticeDeadline(admitted, rules)).toEqual(new Date('2026-11-21T22:00:00+01:00'));
  });

  it('runs through a holiday: admitted on julafton 09:00, due juldagen 09:00', () => {
    const admitted = new Date('2026-12-24T09:00:00+01:00');
    expect(admissionNoticeDeadline(admitted, rules)).toEqual(new Date('2026-12-25T09:00:00+01:00'));
  });

  it('is 24 real hours across the spring change: admitted Saturday 10:00 CET, due Sunday 11:00 CEST', () => {
    // 2026-03-29 02:00 CET becomes 03:00 CEST.
    const admitted = new Date('2026-03-28T10:00:00+01:00');
    expect(admissionNoticeDeadline(admitted, rules)).toEqual(new Date('2026-03-29T11:00:00+02:00'));
  });

  it('follows a region that allows 48 hours', () => {
    const admitted = new Date('2026-11-20T22:00:00+01:00');
    expect(admissionNoticeDeadline(admitted, { ...rules, admissionNoticeHours: 48 })).toEqual(
      new Date('2026-11-22T22:00:00+01:00'),
    );
  });

  it('is on time at the deadline, late a second after, and overdue while unsent', () => {
    const due = admissionNoticeDeadline(new Date('2026-11-20T22:00:00+01:00'), rules);
    const justAfter = new Date(due.getTime() + 1000);
    expect(sentOnTime(due, due)).toBe(true);
    expect(noticeStatus(due, justAfter, justAfter)).toBe('sent-late');
    expect(noticeStatus(due, null, due)).toBe('due');
    expect(noticeStatus(due, null, justAfter)).toBe('overdue');
    expect(noticeStatus(due, due, justAfter)).toBe('sent-on-time');
  });
});
