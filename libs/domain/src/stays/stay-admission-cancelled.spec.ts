import { stayRecordOf } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

describe('an admission recorded in error is cancelled', () => {
  it('has no stay record, so none of its days count', () => {
    const events = [
      e.admitted('2026-11-14T09:00:00+01:00'),
      e.ready('2026-11-14T10:00:00+01:00'),
      e.admissionCancelled('2026-11-14T11:00:00+01:00'),
    ];
    expect(stayRecordOf('stay-1', events)).toBeNull();
  });
});
