import { stayRecordFromJson, stayRecordOf, stayRecordToJson, type StayEventFact } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

describe('a stay record stored as JSON and read back at its next event', () => {
  const events: StayEventFact[] = [
    e.admitted('2026-11-14T09:00:00+01:00', 'ryhov-akm'),
    e.transferred('2026-11-14T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
    {
      ...e.ready('2026-11-17T10:00:00+01:00'),
      payload: { readyAt: '2026-11-17T10:00:00+01:00', correctsEventId: 'e-0' },
    } as StayEventFact,
    {
      ...e.ready('2026-11-18T09:00:00+01:00'),
      type: 'MedicallyReadyWithdrawn',
      payload: {},
    } as StayEventFact,
    {
      ...e.ready('2026-11-18T11:00:00+01:00'),
      type: 'DischargeDelayCauseRecorded',
      payload: { cause: 'home-care-capacity', from: '2026-11-18T11:00:00+01:00' },
    } as StayEventFact,
    {
      ...e.ready('2026-11-14T09:05:00+01:00'),
      type: 'CareLinkNotified',
      payload: { notice: 'admission-notice' },
    } as StayEventFact,
    e.discharged('2026-11-21T14:00:00+01:00', 'jkpg-home-care-south'),
  ];
  const record = stayRecordOf('stay-1', events)!;

  it('is written as JSON.stringify would write the record itself', () => {
    expect(JSON.stringify(stayRecordToJson(record))).toBe(JSON.stringify(record));
  });

  it('reads back equal to the record, instants and all', () => {
    expect(stayRecordFromJson(JSON.parse(JSON.stringify(stayRecordToJson(record))))).toEqual(record);
  });
});
