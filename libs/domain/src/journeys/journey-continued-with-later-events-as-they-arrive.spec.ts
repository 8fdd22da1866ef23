import { continueJourney, foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe("Esther's journey continued with each day's events instead of refolding her timeline", () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00', 'ryhov-akm');
  const moved = facts.transferred('2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
  const ready = facts.ready(
    '2026-11-18T10:00:00+01:00',
    '2026-11-18T10:00:00+01:00',
    'stay-1',
    'jonkoping-hemtjanst',
  );
  const plan = facts.carePlanUpdated('2026-11-19T09:00:00+01:00', ['jonkoping-hemtjanst', 'vc-huskvarna']);
  const home = facts.discharged('2026-11-20T11:00:00+01:00', 'jonkoping-hemtjanst');

  it('ends where folding her whole timeline ends, day by day', () => {
    const byDays = [[admitted, moved], [ready], [plan, home]].reduce(
      (state, day) => continueJourney(state, day)!,
      foldJourney([]),
    );
    expect(byDays).toEqual(foldJourney([admitted, moved, ready, plan, home]));
  });

  it('takes a day of events in whatever order they arrive', () => {
    const first = foldJourney([admitted, moved]);
    expect(continueJourney(first, [home, plan, ready])).toEqual(
      foldJourney([admitted, moved, ready, plan, home]),
    );
  });

  it('cannot continue with a cancellation: it reaches back to what came before', () => {
    const cancelled = facts.transferCancelled('2026-11-17T09:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
    expect(continueJourney(foldJourney([admitted, moved]), [cancelled])).toBeNull();
  });
});
