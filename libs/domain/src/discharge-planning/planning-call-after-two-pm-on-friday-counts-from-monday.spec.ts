import { countingDayOf, planningCallDeadline, readyNoticeDeadline } from './deadlines';
import { jonkopingPlanningRules as rules } from './regional-planning-rules';

const endOf = (date: string) => new Date(`${date}T23:59:59.999+01:00`);

describe('the planning meeting is called within 3 working days of readiness, after 14:00 from the next', () => {
  it('ready Monday 10:00: called by the end of Thursday', () => {
    expect(planningCallDeadline(new Date('2026-11-16T10:00:00+01:00'), rules)).toEqual(endOf('2026-11-19'));
  });

  it('ready Friday 10:00: called by the end of Wednesday, the weekend not counted', () => {
    expect(planningCallDeadline(new Date('2026-11-20T10:00:00+01:00'), rules)).toEqual(endOf('2026-11-25'));
  });

  it('ready Friday 15:00: counts from Monday, so called by the end of Thursday', () => {
    const friday = new Date('2026-11-20T15:00:00+01:00');
    expect(countingDayOf(friday, rules)).toBe('2026-11-23');
    expect(planningCallDeadline(friday, rules)).toEqual(endOf('2026-11-26'));
  });

  it('ready Friday at 14:00 sharp still counts from Friday', () => {
    expect(countingDayOf(new Date('2026-11-20T14:00:00+01:00'), rules)).toBe('2026-11-20');
    expect(countingDayOf(new Date('2026-11-20T14:00:01+01:00'), rules)).toBe('2026-11-23');
  });

  it('ready Saturday morning counts from Monday', () => {
    expect(planningCallDeadline(new Date('2026-11-21T09:00:00+01:00'), rules)).toEqual(endOf('2026-11-26'));
  });

  it('the ready notice after 14:00 on Friday is due by the end of Monday, before it by the end of Friday', () => {
    expect(readyNoticeDeadline(new Date('2026-11-20T15:00:00+01:00'), rules)).toEqual(endOf('2026-11-23'));
    expect(readyNoticeDeadline(new Date('2026-11-20T13:00:00+01:00'), rules)).toEqual(endOf('2026-11-20'));
  });

  it('follows a region with a 12:00 cut-off', () => {
    const noon = { ...rules, cutOff: '12:00' };
    expect(countingDayOf(new Date('2026-11-20T13:00:00+01:00'), noon)).toBe('2026-11-23');
  });
});
