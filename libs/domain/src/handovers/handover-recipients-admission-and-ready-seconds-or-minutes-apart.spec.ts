import { facts } from '../journeys/__fixtures__/facts';
import { careLinksAsOf } from './handover-recipients';

const HOME_CARE = 'jonkoping-home-care';

describe('admission and ready notice reach Carechain seconds apart or minutes apart', () => {
  const admitted = facts.admitted('2026-11-23T07:40:00+01:00', 'ryhov-med-3');
  const ready = facts.ready('2026-11-23T09:00:00+01:00', '2026-11-23T09:00:00+01:00', 'stay-1', HOME_CARE);

  it('addresses the admission to the same care links either way: home care is not yet in the care', () => {
    const minutesApart = careLinksAsOf(admitted, [admitted]);
    const secondsApart = careLinksAsOf(admitted, [admitted, ready]);
    expect(secondsApart).toEqual(minutesApart);
    expect(minutesApart.has(HOME_CARE)).toBe(false);
    expect(minutesApart.has('ryhov-med-3')).toBe(true);
  });

  it('addresses the ready notice to home care, which the notice itself names', () => {
    expect(careLinksAsOf(ready, [admitted, ready]).has(HOME_CARE)).toBe(true);
  });

  it('counts a fact that happened before the trigger even if it reached Carechain after it', () => {
    const transferred = facts.transferred('2026-11-23T08:30:00+01:00', 'ryhov-med-3', 'ryhov-geriatrics');
    // Stored after the ready notice (a later sequence), but it happened before it.
    const late = { ...transferred, sequence: ready.sequence + 1 };
    expect(careLinksAsOf(ready, [admitted, ready, late]).has('ryhov-geriatrics')).toBe(true);
    expect(careLinksAsOf(admitted, [admitted, ready, late]).has('ryhov-geriatrics')).toBe(false);
  });
});
