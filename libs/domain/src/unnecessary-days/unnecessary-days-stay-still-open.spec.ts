import { readyPeriods, unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm, withdrawn } from './__fixtures__/stays';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const readyMonday = '2026-11-16T10:00:00+01:00';

describe('Esther is ready and still in hospital', () => {
  const stillIn = stay('2026-11-14T09:00:00+01:00', null, [declared(readyMonday)]);

  it('is still ready: the period has no end', () => {
    expect(readyPeriods(stillIn, new Date('2026-11-19T09:00:00+01:00'))).toEqual([
      { from: new Date(readyMonday), to: null },
    ]);
  });

  it('counts the midnights up to now: Tuesday, Wednesday and Thursday on Thursday morning', () => {
    const days = unnecessaryDays(stillIn, everyMidnight, stockholm, new Date('2026-11-19T09:00:00+01:00'));
    expect(datesOf(days)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19']);
  });

  it('counts a midnight only once it has begun: at Thursday 00:00 exactly, two days', () => {
    const days = unnecessaryDays(stillIn, everyMidnight, stockholm, new Date('2026-11-19T00:00:00+01:00'));
    expect(datesOf(days)).toEqual(['2026-11-17', '2026-11-18']);
  });

  it('gains a day every midnight: five by Saturday afternoon', () => {
    expect(
      unnecessaryDays(stillIn, everyMidnight, stockholm, new Date('2026-11-21T15:00:00+01:00')),
    ).toHaveLength(5);
  });

  it('is no longer ready at the very instant of a withdrawal', () => {
    const withdrawnNow = {
      ...stillIn,
      readiness: [...stillIn.readiness, withdrawn('2026-11-19T09:00:00+01:00')],
    };
    expect(readyPeriods(withdrawnNow, new Date('2026-11-19T09:00:00+01:00'))).toEqual([
      { from: new Date(readyMonday), to: new Date('2026-11-19T09:00:00+01:00') },
    ]);
  });

  it('counts nothing yet for a ready time that is still to come', () => {
    const plannedReady = stay('2026-11-14T09:00:00+01:00', null, [declared('2026-11-20T08:00:00+01:00')]);
    const thursday = new Date('2026-11-19T09:00:00+01:00');
    expect(readyPeriods(plannedReady, thursday)).toEqual([]);
    expect(unnecessaryDays(plannedReady, everyMidnight, stockholm, thursday)).toEqual([]);
  });
});
