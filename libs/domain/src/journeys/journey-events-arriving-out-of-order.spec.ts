import { foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('an EHR sends the admission after the transfer it already reported', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-akm');
  const transferred = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
  const ready = facts.ready('2026-11-18T10:00:00+01:00');
  const discharged = facts.discharged('2026-11-19T10:00:00+01:00');

  it('gives the same journey whatever order the events arrived in', () => {
    const inOrder = foldJourney([admitted, transferred, ready, discharged]);
    expect(foldJourney([discharged, transferred, admitted, ready])).toEqual(inOrder);
    expect(foldJourney([ready, discharged, admitted, transferred])).toEqual(inOrder);
  });

  it('places events of the same instant in the order they were stored', () => {
    const sameInstantTransfer = { ...transferred, occurredAt: admitted.occurredAt };
    expect(foldJourney([sameInstantTransfer, admitted]).wardCareLinkId).toBe('ryhov-med-3');
  });
});
