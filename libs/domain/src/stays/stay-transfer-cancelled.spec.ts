import { stayRecordOf } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

describe('a transfer recorded in error is cancelled', () => {
  it('keeps the patient on the ward she came from', () => {
    const events = [
      e.admitted('2026-11-14T09:00:00+01:00', 'ryhov-akm'),
      e.transferred('2026-11-14T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
      e.transferred('2026-11-15T09:00:00+01:00', 'ryhov-med-3', 'ryhov-kir-2'),
      e.transferCancelled('2026-11-15T09:30:00+01:00', 'ryhov-med-3', 'ryhov-kir-2'),
    ];
    expect(stayRecordOf('stay-1', events)!.wards.map((w) => w.wardCareLinkId)).toEqual([
      'ryhov-akm',
      'ryhov-med-3',
    ]);
  });
});
