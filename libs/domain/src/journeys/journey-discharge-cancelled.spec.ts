import { describeJourneyFact, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('a discharge recorded in error is cancelled (HL7 A13)', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-akm');
  const toMedicine = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
  const ready = facts.ready('2026-11-18T10:00:00+01:00');
  const discharged = facts.discharged('2026-11-20T14:00:00+01:00', 'jkpg-home-care-south');
  const cancelled = facts.dischargeCancelled('2026-11-20T14:30:00+01:00');

  it('is in hospital again, on the ward she was discharged from', () => {
    expect(foldJourney([admitted, toMedicine, ready, discharged, cancelled])).toMatchObject({
      status: 'in-hospital',
      stayId: 'stay-1',
      wardCareLinkId: 'ryhov-med-3',
      dischargedAt: null,
    });
  });

  it('is medically ready again from the time declared before the discharge', () => {
    expect(foldJourney([admitted, toMedicine, ready, discharged, cancelled]).medicallyReadySince).toEqual(
      new Date('2026-11-18T09:00:00Z'),
    );
  });

  it('drops the destination named only by the cancelled discharge from the care links', () => {
    expect(foldJourney([admitted, toMedicine, discharged, cancelled]).careLinkIds).toEqual([
      'ryhov-akm',
      'ryhov-med-3',
    ]);
  });

  it('is discharged by the discharge that follows, at its time', () => {
    const dischargedAgain = facts.discharged('2026-11-21T11:00:00+01:00');
    expect(foldJourney([admitted, discharged, cancelled, dischargedAgain])).toMatchObject({
      status: 'discharged',
      dischargedAt: dischargedAgain.occurredAt,
    });
  });

  it('gives the same journey when the cancellation arrives before the discharge it cancels', () => {
    expect(foldJourney([cancelled, admitted, toMedicine, ready, discharged])).toEqual(
      foldJourney([admitted, toMedicine, ready, discharged, cancelled]),
    );
  });

  it('changes nothing when there is no discharge to cancel', () => {
    expect(foldJourney([admitted, cancelled])).toMatchObject({
      status: 'in-hospital',
      wardCareLinkId: 'ryhov-akm',
    });
  });

  it('keeps both on the timeline and describes the cancellation', () => {
    expect(foldJourney([admitted, discharged, cancelled]).eventCount).toBe(3);
    expect(describeJourneyFact(cancelled)).toBe('Discharge cancelled');
  });
});
