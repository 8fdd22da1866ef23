import { checkTarget, timelinessOf } from './transmission-targets';

const triggeredAt = new Date('2026-11-23T08:00:00Z');
const dueAt = new Date('2026-11-24T08:00:00Z');
const handover = (sentAt: string, acknowledgedAt: string | null = null) => ({
  triggeredAt,
  dueAt,
  sentAt: new Date(sentAt),
  acknowledgedAt: acknowledgedAt ? new Date(acknowledgedAt) : null,
});

describe('Home care waits for the information about a patient who is medically ready', () => {
  it('is on time while it is sent and not yet acknowledged, early in the period', () => {
    expect(timelinessOf(handover('2026-11-23T08:01:00Z'), new Date('2026-11-23T12:00:00Z'))).toBe('on-time');
  });

  it('is near a breach once three quarters of the period have gone unacknowledged', () => {
    expect(timelinessOf(handover('2026-11-23T08:01:00Z'), new Date('2026-11-24T02:00:00Z'))).toBe(
      'near-breach',
    );
  });

  it('is breached when the deadline passes unacknowledged', () => {
    expect(timelinessOf(handover('2026-11-23T08:01:00Z'), new Date('2026-11-24T08:00:01Z'))).toBe('breached');
  });

  it('stays on time for good once acknowledged before the deadline', () => {
    expect(
      timelinessOf(
        handover('2026-11-23T08:01:00Z', '2026-11-23T09:00:00Z'),
        new Date('2026-12-01T00:00:00Z'),
      ),
    ).toBe('on-time');
  });

  it('is breached when acknowledged after the deadline', () => {
    expect(
      timelinessOf(
        handover('2026-11-23T08:01:00Z', '2026-11-24T09:00:00Z'),
        new Date('2026-12-01T00:00:00Z'),
      ),
    ).toBe('breached');
  });

  it('is breached from the start when the trigger reached Carechain after the deadline (an EHR reporting two days late)', () => {
    expect(
      timelinessOf(
        handover('2026-11-25T08:00:00Z', '2026-11-25T08:05:00Z'),
        new Date('2026-11-25T09:00:00Z'),
      ),
    ).toBe('breached');
  });
});

describe('An agreement sets its own transmission target', () => {
  it('accepts whole hours and days', () => {
    expect(checkTarget({ kind: 'hours', hours: 48 })).toEqual([]);
    expect(checkTarget({ kind: 'end-of-day', days: 0 })).toEqual([]);
  });

  it('names a target that is not a whole number in range', () => {
    expect(checkTarget({ kind: 'hours', hours: 0 })).toEqual([
      { field: 'target.hours', message: 'must be a whole number from 1 to 744' },
    ]);
    expect(checkTarget({ kind: 'days', days: 2.5 })).toEqual([
      { field: 'target.days', message: 'must be a whole number from 1 to 31' },
    ]);
    expect(checkTarget({ kind: 'weeks' } as never)).toEqual([
      { field: 'target.kind', message: 'must be hours, days or end-of-day' },
    ]);
  });
});
