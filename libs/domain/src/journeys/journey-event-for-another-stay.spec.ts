import { foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('an event refers to a stay other than the current one', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-med-3', 'stay-2');

  it('does not move the patient on a transfer of another stay', () => {
    const stray = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-med-3', 'ryhov-ger-1', 'stay-1');
    expect(foldJourney([admitted, stray]).wardCareLinkId).toBe('ryhov-med-3');
  });

  it('does not discharge the patient on a discharge of another stay', () => {
    const stray = facts.discharged('2026-11-17T12:00:00+01:00', undefined, 'stay-1');
    expect(foldJourney([admitted, stray]).status).toBe('in-hospital');
  });

  it('does not act on stay events before any admission is known', () => {
    expect(foldJourney([facts.ready('2026-11-17T10:00:00+01:00')])).toMatchObject({
      status: 'not-admitted',
      medicallyReadySince: null,
      eventCount: 1,
    });
  });

  it('still counts the stray events on the timeline', () => {
    const stray = facts.withdrawn('2026-11-16T12:00:00+01:00', 'stay-1');
    expect(foldJourney([admitted, stray]).eventCount).toBe(2);
  });
});
