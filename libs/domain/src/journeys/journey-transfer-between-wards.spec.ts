import { describeJourneyFact, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('a patient is moved from the emergency ward to medicine and then to geriatrics', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-akm');
  const toMedicine = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
  const toGeriatrics = facts.transferred('2026-11-17T09:00:00+01:00', 'ryhov-med-3', 'ryhov-ger-1');

  it('is on the ward of the latest transfer', () => {
    expect(foldJourney([admitted, toMedicine, toGeriatrics]).wardCareLinkId).toBe('ryhov-ger-1');
  });

  it('keeps the admission time through transfers', () => {
    expect(foldJourney([admitted, toMedicine, toGeriatrics]).admittedAt).toEqual(admitted.occurredAt);
  });

  it('counts every ward it passed through as taking part in the care', () => {
    expect(foldJourney([admitted, toMedicine, toGeriatrics]).careLinkIds).toEqual([
      'ryhov-akm',
      'ryhov-ger-1',
      'ryhov-med-3',
    ]);
  });

  it('describes the move', () => {
    expect(describeJourneyFact(toMedicine)).toBe('Transferred from ryhov-akm to ryhov-med-3');
  });
});
