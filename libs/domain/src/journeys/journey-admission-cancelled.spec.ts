import { describeJourneyFact, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('an admission recorded in error is cancelled (HL7 A11)', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-med-3', 'stay-2');
  const ready = facts.ready('2026-11-16T09:00:00+01:00', undefined, 'stay-2');
  const cancelled = facts.admissionCancelled('2026-11-16T08:10:00+01:00', 'ryhov-med-3', 'stay-2');

  it('is not admitted when she had no stay before', () => {
    expect(foldJourney([admitted, cancelled])).toMatchObject({
      status: 'not-admitted',
      stayId: null,
      wardCareLinkId: null,
      admittedAt: null,
    });
  });

  it('is back where the earlier stay left her', () => {
    const earlierStay = [
      facts.admitted('2026-10-01T10:00:00+02:00', 'ryhov-ger-1'),
      facts.discharged('2026-10-05T14:00:00+02:00'),
    ];
    expect(foldJourney([...earlierStay, admitted, cancelled])).toMatchObject({
      status: 'discharged',
      stayId: 'stay-1',
      wardCareLinkId: 'ryhov-ger-1',
      dischargedAt: earlierStay[1].occurredAt,
    });
  });

  it('counts the admission made again under the same stay id after the cancellation', () => {
    const admittedAgain = facts.admitted('2026-11-16T08:20:00+01:00', 'ryhov-akm', 'stay-2');
    expect(foldJourney([admitted, cancelled, admittedAgain, ready])).toMatchObject({
      status: 'in-hospital',
      wardCareLinkId: 'ryhov-akm',
      admittedAt: admittedAgain.occurredAt,
      medicallyReadySince: new Date('2026-11-16T08:00:00Z'),
    });
  });

  it('keeps the ward that reported the cancellation among the care links', () => {
    expect(foldJourney([admitted, cancelled]).careLinkIds).toEqual(['ryhov-med-3']);
  });

  it('describes the cancellation', () => {
    expect(describeJourneyFact(cancelled)).toBe('Admission cancelled');
  });
});
