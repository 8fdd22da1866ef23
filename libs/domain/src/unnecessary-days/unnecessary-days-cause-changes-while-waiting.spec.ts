import { unnecessaryDays } from './unnecessary-days';
import { cause, declared, stay, stockholm } from './__fixtures__/stays';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-01-01T00:00:00Z');
// Ready Monday 2026-11-16 10:00, home Monday 2026-11-23 14:00: the midnights of the 17th to the 23rd.
const waitingAWeek = (causes: ReturnType<typeof cause>[]) =>
  stay('2026-11-14T09:00:00+01:00', '2026-11-23T14:00:00+01:00', [declared('2026-11-16T10:00:00+01:00')], {
    causes,
  });

describe('the cause of Esther’s wait changes while she waits', () => {
  const history = [
    cause('2026-11-18T09:00:00+01:00', 'awaiting-assessment'),
    // Exactly at a local midnight (23:00 UTC): that midnight already has the new cause.
    cause('2026-11-20T00:00:00+01:00', 'home-care-capacity'),
    cause('2026-11-22T15:00:00+01:00', 'patient-or-family-choice'),
  ];

  it('gives each day the cause in force at its midnight, not-recorded before the first', () => {
    expect(unnecessaryDays(waitingAWeek(history), everyMidnight, stockholm, asOf)).toEqual([
      { date: '2026-11-17', cause: 'not-recorded' },
      { date: '2026-11-18', cause: 'not-recorded' },
      { date: '2026-11-19', cause: 'awaiting-assessment' },
      { date: '2026-11-20', cause: 'home-care-capacity' },
      { date: '2026-11-21', cause: 'home-care-capacity' },
      { date: '2026-11-22', cause: 'home-care-capacity' },
      { date: '2026-11-23', cause: 'patient-or-family-choice' },
    ]);
  });

  it('gives the same causes whatever order the history is listed in', () => {
    const [first, second, third] = history;
    expect(unnecessaryDays(waitingAWeek([third, first, second]), everyMidnight, stockholm, asOf)).toEqual(
      unnecessaryDays(waitingAWeek(history), everyMidnight, stockholm, asOf),
    );
  });

  it('applies a cause recorded before she was ready from her first day', () => {
    const days = unnecessaryDays(
      waitingAWeek([cause('2026-11-14T12:00:00+01:00', 'nursing-home-place')]),
      everyMidnight,
      stockholm,
      asOf,
    );
    expect(days.map((day) => day.cause)).toEqual(Array(7).fill('nursing-home-place'));
  });

  it('lets the later of two causes recorded for the same time stand', () => {
    const corrected = [
      cause('2026-11-16T10:00:00+01:00', 'other'),
      cause('2026-11-16T10:00:00+01:00', 'primary-care-capacity'),
    ];
    const days = unnecessaryDays(waitingAWeek(corrected), everyMidnight, stockholm, asOf);
    expect(new Set(days.map((day) => day.cause))).toEqual(new Set(['primary-care-capacity']));
  });
});
