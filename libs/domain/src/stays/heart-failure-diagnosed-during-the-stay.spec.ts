import { stayRecordOf, type StayEventFact } from './stay-record';
import { stayEvents as e } from './__fixtures__/stay-events';

const withDiagnosis = (event: StayEventFact, diagnosisGroup: string) =>
  ({ ...event, payload: { ...event.payload, diagnosisGroup } }) as StayEventFact;

describe('an admission for breathlessness turns out to be heart failure, known at discharge', () => {
  const admitted = e.admitted('2026-11-14T09:00:00+01:00');
  const discharged = e.discharged('2026-11-20T11:00:00+01:00');

  it('counts the stay under the diagnosis group sent with the discharge', () => {
    const record = stayRecordOf('stay-1', [
      withDiagnosis(admitted, 'copd'),
      withDiagnosis(discharged, 'heart-failure'),
    ]);
    expect(record?.diagnosisGroup).toBe('heart-failure');
  });

  it("keeps the admission's group when the discharge names none, and none when neither does", () => {
    expect(stayRecordOf('stay-1', [withDiagnosis(admitted, 'copd'), discharged])?.diagnosisGroup).toBe(
      'copd',
    );
    expect(stayRecordOf('stay-1', [admitted, discharged])?.diagnosisGroup).toBeNull();
  });
});
