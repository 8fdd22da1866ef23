import { readyPeriods } from '../unnecessary-days/unnecessary-days';
import { declared, stay } from '../unnecessary-days/__fixtures__/stays';
import { facts } from '../journeys/__fixtures__/facts';
import { recordMomentOf } from './handover-recipients';

describe('a ready notice carries its ready time', () => {
  const sentAt = new Date('2026-11-23T09:00:00+01:00');

  it('shows the record at its ready time when the sender recorded it a second ahead of Carechain', () => {
    const readyAt = '2026-11-23T09:00:01+01:00';
    const ready = facts.ready('2026-11-23T09:00:01+01:00', readyAt);
    const moment = recordMomentOf(ready, sentAt);
    expect(moment > new Date(readyAt)).toBe(true);
    // The stay as the package reads it is ready at that moment: medicallyReadySince is filled.
    const stillIn = stay('2026-11-22T07:40:00+01:00', null, [declared(readyAt)]);
    expect(readyPeriods(stillIn, moment).find((p) => p.to === null)?.from).toEqual(new Date(readyAt));
  });

  it('shows the record when it is sent for a ready time already past', () => {
    const ready = facts.ready('2026-11-23T08:55:00+01:00', '2026-11-23T08:00:00+01:00');
    expect(recordMomentOf(ready, sentAt)).toEqual(sentAt);
  });

  it('shows the record when it is sent for an admission reported a little late', () => {
    const admitted = facts.admitted('2026-11-23T07:40:00+01:00');
    expect(recordMomentOf(admitted, sentAt)).toEqual(sentAt);
  });
});
