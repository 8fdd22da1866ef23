import { deadlineOf, defaultTargets, nearBreachAt } from './transmission-targets';

const stockholm = 'Europe/Stockholm';

describe('Deadlines in Stockholm across the change to summer time (29 March 2026, 02:00 becomes 03:00)', () => {
  it('gives the planning meeting 3 calendar days at the same local time: ready Friday 10:00 CET, due Monday 10:00 CEST', () => {
    const ready = new Date('2026-03-27T10:00:00+01:00');
    const due = deadlineOf(ready, defaultTargets['medically-ready'].target, stockholm);
    expect(due.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    // One hour of the three days never happened on the clock.
    expect((due.getTime() - ready.getTime()) / 3_600_000).toBe(71);
  });

  it('counts the admission notice in elapsed hours: admitted Saturday 08:00 CET, due Sunday 09:00 CEST', () => {
    const admitted = new Date('2026-03-28T08:00:00+01:00');
    expect(deadlineOf(admitted, defaultTargets.admission.target, stockholm).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });

  it('ends the discharge day at local midnight on the day of the change, which has 23 hours', () => {
    const discharged = new Date('2026-03-29T01:30:00+01:00');
    expect(deadlineOf(discharged, defaultTargets.discharge.target, stockholm).toISOString()).toBe(
      '2026-03-29T21:59:59.999Z',
    );
  });

  it('gives the autumn change its extra hour: ready Friday 23 October 10:00 CEST, due Monday 10:00 CET, 73 hours on', () => {
    const ready = new Date('2026-10-23T10:00:00+02:00');
    const due = deadlineOf(ready, { kind: 'days', days: 3 }, stockholm);
    expect(due.toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect((due.getTime() - ready.getTime()) / 3_600_000).toBe(73);
  });

  it('follows the organisation’s own time zone', () => {
    const ready = new Date('2026-03-27T10:00:00Z');
    expect(deadlineOf(ready, { kind: 'end-of-day', days: 0 }, 'Europe/London').toISOString()).toBe(
      '2026-03-27T23:59:59.999Z',
    );
  });

  it('warns when three quarters of the time to the deadline have passed', () => {
    expect(
      nearBreachAt(new Date('2026-11-23T08:00:00Z'), new Date('2026-11-24T08:00:00Z')).toISOString(),
    ).toBe('2026-11-24T02:00:00.000Z');
  });
});
