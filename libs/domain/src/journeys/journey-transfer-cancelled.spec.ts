import { describeJourneyFact, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('a transfer recorded in error is cancelled (HL7 A12)', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-akm');
  const toMedicine = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
  const toSurgery = facts.transferred('2026-11-17T09:00:00+01:00', 'ryhov-med-3', 'ryhov-kir-2');
  const cancelled = facts.transferCancelled('2026-11-17T09:20:00+01:00', 'ryhov-med-3', 'ryhov-kir-2');

  it('is on the ward she was moved from', () => {
    expect(foldJourney([admitted, toMedicine, toSurgery, cancelled]).wardCareLinkId).toBe('ryhov-med-3');
  });

  it('no longer counts the wrong ward as taking part in her care', () => {
    expect(foldJourney([admitted, toMedicine, toSurgery, cancelled]).careLinkIds).toEqual([
      'ryhov-akm',
      'ryhov-med-3',
    ]);
  });

  it('leaves an earlier transfer to another ward in place', () => {
    const cancelsNothing = facts.transferCancelled('2026-11-17T09:20:00+01:00', 'ryhov-akm', 'ryhov-ger-1');
    expect(foldJourney([admitted, toMedicine, toSurgery, cancelsNothing]).wardCareLinkId).toBe('ryhov-kir-2');
  });

  it('describes the cancellation', () => {
    expect(describeJourneyFact(cancelled)).toBe('Transfer from ryhov-med-3 to ryhov-kir-2 cancelled');
  });
});
