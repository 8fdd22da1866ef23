import { continueStayRecord, stayRecordOf, type StayEventFact } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

const withDestination = (event: StayEventFact, expectedDestinationCareLinkId: string): StayEventFact =>
  ({ ...event, payload: { ...event.payload, expectedDestinationCareLinkId } }) as StayEventFact;

describe('a stay whose events arrive one after the other, each later than the last', () => {
  it('folds each onto the stored record and ends where the record made from all of them ends', () => {
    const events = [
      e.admitted('2026-11-14T09:00:00+01:00', 'ryhov-akm'),
      e.transferred('2026-11-14T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
      withDestination(e.ready('2026-11-17T10:00:00+01:00'), 'jkpg-home-care-south'),
      {
        ...e.ready('2026-11-18T09:00:00+01:00'),
        type: 'MedicallyReadyWithdrawn',
        payload: { stayId: 'stay-1', reason: 'new fever' },
      } as StayEventFact,
      e.ready('2026-11-19T10:00:00+01:00'),
      e.discharged('2026-11-21T14:00:00+01:00'),
    ];
    let record = stayRecordOf('stay-1', events.slice(0, 1))!;
    for (const event of events.slice(1, -1)) {
      record = continueStayRecord(record, [event])!;
      expect(record).toEqual(stayRecordOf('stay-1', events.slice(0, events.indexOf(event) + 1)));
    }
    // The last two together, as one batch brings them.
    const all = stayRecordOf('stay-1', events)!;
    expect(continueStayRecord(stayRecordOf('stay-1', events.slice(0, 4))!, events.slice(4))).toEqual(all);
    expect(all.receivingCareLinkId).toBe('jkpg-home-care-south');
  });

  it('cannot continue past a cancellation, which reaches back to earlier events', () => {
    const admitted = stayRecordOf('stay-1', [e.admitted('2026-11-14T09:00:00+01:00')])!;
    expect(continueStayRecord(admitted, [e.admissionCancelled('2026-11-14T09:30:00+01:00')])).toBeNull();
  });

  it('cannot continue a discharged stay: its receiving care link may be the discharge’s own', () => {
    const discharged = stayRecordOf('stay-1', [
      e.admitted('2026-11-14T09:00:00+01:00'),
      e.discharged('2026-11-20T14:00:00+01:00', 'jkpg-home-care-north'),
    ])!;
    expect(
      continueStayRecord(discharged, [withDestination(e.ready('2026-11-21T09:00:00+01:00'), 'x')]),
    ).toBeNull();
  });
});
