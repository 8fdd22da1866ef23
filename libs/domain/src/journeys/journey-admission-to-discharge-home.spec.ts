import { describeJourneyFact, emptyJourney, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('Esther is admitted, becomes medically ready and goes home with home care', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00');
  const ready = facts.ready(
    '2026-11-18T10:00:00+01:00',
    '2026-11-18T10:00:00+01:00',
    'stay-1',
    'jkpg-home-care-south',
  );
  const discharged = facts.discharged('2026-11-20T14:00:00+01:00', 'jkpg-home-care-south');

  it('has no stay before anything is known', () => {
    expect(foldJourney([])).toEqual(emptyJourney);
  });

  it('is in hospital on the admitting ward after admission', () => {
    expect(foldJourney([admitted])).toMatchObject({
      status: 'in-hospital',
      stayId: 'stay-1',
      wardCareLinkId: 'ryhov-med-3',
      admittedAt: new Date('2026-11-16T06:40:00Z'),
      medicallyReadySince: null,
      eventCount: 1,
    });
  });

  it('is medically ready from the declared time, not the time it was reported', () => {
    const lateReport = facts.ready('2026-11-18T15:00:00+01:00', '2026-11-18T10:00:00+01:00');
    expect(foldJourney([admitted, lateReport]).medicallyReadySince).toEqual(new Date('2026-11-18T09:00:00Z'));
  });

  it('is discharged, no longer ready, and remembers the admission', () => {
    expect(foldJourney([admitted, ready, discharged])).toMatchObject({
      status: 'discharged',
      stayId: 'stay-1',
      admittedAt: new Date('2026-11-16T06:40:00Z'),
      dischargedAt: new Date('2026-11-20T13:00:00Z'),
      medicallyReadySince: null,
      eventCount: 3,
    });
  });

  it('describes each step in the care chain’s words', () => {
    expect([admitted, ready, discharged].map(describeJourneyFact)).toEqual([
      'Admitted to ryhov-med-3 (emergency)',
      'Medically ready for discharge from 2026-11-18T10:00:00+01:00',
      'Discharged to home-with-home-care (jkpg-home-care-south)',
    ]);
  });

  it('starts a fresh stay on readmission', () => {
    const readmitted = facts.admitted('2026-11-25T03:00:00+01:00', 'ryhov-akm', 'stay-2');
    expect(foldJourney([admitted, ready, discharged, readmitted])).toMatchObject({
      status: 'in-hospital',
      stayId: 'stay-2',
      wardCareLinkId: 'ryhov-akm',
      dischargedAt: null,
      medicallyReadySince: null,
    });
  });
});
