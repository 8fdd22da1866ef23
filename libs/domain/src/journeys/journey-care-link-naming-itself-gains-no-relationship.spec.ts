import { foldJourney, type JourneyFact } from './journey';
import { facts } from './__fixtures__/facts';

const notice = (from: string, to: string, occurredAt = '2026-11-16T09:00:00+01:00'): JourneyFact => ({
  eventId: `notice-${from}-${to}`,
  sequence: 100,
  occurredAt: new Date(occurredAt),
  careLinkId: from,
  type: 'CareLinkNotified',
  payload: { stayId: 'stay-1', notice: 'admission-notice', toCareLinkId: to },
});

describe('a care link with nothing to do with the patient names itself as the source of events', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00');

  it('gains no care relationship by sending itself an admission notice', () => {
    expect(foldJourney([admitted, notice('vc-strangers', 'vc-strangers')]).careLinkIds).toEqual([
      'ryhov-med-3',
    ]);
  });

  it('gives no relationship to a link it addresses a notice to', () => {
    expect(foldJourney([admitted, notice('vc-strangers', 'jkpg-home-care-south')]).careLinkIds).toEqual([
      'ryhov-med-3',
    ]);
  });

  it('gains nothing by reporting a medicine list change or a delay cause', () => {
    const reported: JourneyFact = {
      eventId: 'med-1',
      sequence: 101,
      occurredAt: new Date('2026-11-16T10:00:00+01:00'),
      careLinkId: 'vc-strangers',
      type: 'MedicationListChanged',
      payload: { changes: [] },
    };
    expect(foldJourney([admitted, reported]).careLinkIds).toEqual(['ryhov-med-3']);
  });
});

describe('the ward sends the admission notice to the patient’s primary care (inskrivningsmeddelande)', () => {
  it('makes the primary care unit take part in the care', () => {
    const journey = foldJourney([
      facts.admitted('2026-11-16T07:40:00+01:00'),
      notice('ryhov-med-3', 'vc-huskvarna'),
    ]);
    expect(journey.careLinkIds).toEqual(['ryhov-med-3', 'vc-huskvarna']);
  });

  it('gives nothing for a notice dated before the ward had the patient', () => {
    const early = notice('ryhov-med-3', 'vc-huskvarna', '2026-11-16T07:00:00+01:00');
    expect(foldJourney([early, facts.admitted('2026-11-16T07:40:00+01:00')]).careLinkIds).toEqual([
      'ryhov-med-3',
    ]);
  });
});
