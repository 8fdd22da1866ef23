import { foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('the care links that take part in a patient’s care', () => {
  it('includes the home care named as destination and the links responsible in the care plan', () => {
    const journey = foldJourney([
      facts.admitted('2026-11-16T07:40:00+01:00'),
      facts.ready('2026-11-18T10:00:00+01:00', undefined, 'stay-1', 'jkpg-home-care-south'),
      facts.carePlanUpdated('2026-11-19T10:00:00+01:00', ['vc-huskvarna', 'jkpg-home-care-south']),
    ]);
    // ryhov-akm reported the admission to ryhov-med-3; reporting it gives the emergency ward no part.
    expect(journey.careLinkIds).toEqual(['jkpg-home-care-south', 'ryhov-med-3', 'vc-huskvarna']);
  });

  it('has no care links before any event', () => {
    expect(foldJourney([]).careLinkIds).toEqual([]);
  });
});
