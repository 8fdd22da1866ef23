import { readyPeriods, unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm, withdrawn } from './__fixtures__/stays';
import type { ReadinessFact } from './unnecessary-days';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const asOf = new Date('2027-01-01T00:00:00Z');
const admitted = '2026-11-16T07:40:00+01:00';
const discharged = '2026-11-21T14:00:00+01:00';
const daysOf = (readiness: ReadinessFact[]) =>
  datesOf(unnecessaryDays(stay(admitted, discharged, readiness), everyMidnight, stockholm, asOf));

describe('a ward corrects the ready time it declared', () => {
  // Declared ready Wednesday 10:00: midnights of Thursday, Friday and Saturday.
  const original = declared('2026-11-18T10:00:00+01:00', { eventId: 'ready-1', recordedSequence: 1 });

  it('counts 3 days from the declaration as first recorded', () => {
    expect(daysOf([original])).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
  });

  it('counts from the earlier time when the correction moves it to Monday 15:00: 5 days', () => {
    const earlier = declared('2026-11-16T15:00:00+01:00', {
      recordedSequence: 2,
      correctsEventId: 'ready-1',
    });
    expect(daysOf([original, earlier])).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
    ]);
  });

  it('counts from the later time when the correction moves it to Friday 09:00: 1 day', () => {
    const later = declared('2026-11-20T09:00:00+01:00', { recordedSequence: 2, correctsEventId: 'ready-1' });
    expect(daysOf([original, later])).toEqual(['2026-11-21']);
  });

  it('gives the same days when the correction arrives first, or before the declaration is known at all', () => {
    const later = declared('2026-11-20T09:00:00+01:00', { recordedSequence: 2, correctsEventId: 'ready-1' });
    expect(daysOf([later, original])).toEqual(['2026-11-21']);
    expect(daysOf([later])).toEqual(['2026-11-21']);
  });

  it('keeps the later of two corrections of a declaration not yet known, though the earlier moves it further back', () => {
    const first = declared('2026-11-17T12:00:00+01:00', { recordedSequence: 2, correctsEventId: 'ready-1' });
    const second = declared('2026-11-20T09:00:00+01:00', { recordedSequence: 3, correctsEventId: 'ready-1' });
    expect(daysOf([second, first])).toEqual(['2026-11-21']);
  });

  it('keeps the correction recorded last, whether it names the declaration or the first correction', () => {
    const first = declared('2026-11-20T09:00:00+01:00', {
      eventId: 'fix-1',
      recordedSequence: 2,
      correctsEventId: 'ready-1',
    });
    const ofOriginal = declared('2026-11-17T12:00:00+01:00', {
      recordedSequence: 3,
      correctsEventId: 'ready-1',
    });
    const ofCorrection = declared('2026-11-17T12:00:00+01:00', {
      recordedSequence: 3,
      correctsEventId: 'fix-1',
    });
    const fromTuesdayNoon = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];
    expect(daysOf([ofOriginal, original, first])).toEqual(fromTuesdayNoon);
    expect(daysOf([ofCorrection, original, first])).toEqual(fromTuesdayNoon);
  });

  it('corrects the declaration after a withdrawal without touching the first period', () => {
    const readiness = [
      declared('2026-11-16T10:00:00+01:00', { recordedSequence: 1 }),
      withdrawn('2026-11-17T08:00:00+01:00', { recordedSequence: 2 }),
      declared('2026-11-19T10:00:00+01:00', { eventId: 'ready-again', recordedSequence: 3 }),
      declared('2026-11-18T12:00:00+01:00', { recordedSequence: 4, correctsEventId: 'ready-again' }),
    ];
    expect(readyPeriods(stay(admitted, discharged, readiness), asOf)).toEqual([
      { from: new Date('2026-11-16T10:00:00+01:00'), to: new Date('2026-11-17T08:00:00+01:00') },
      { from: new Date('2026-11-18T12:00:00+01:00'), to: new Date(discharged) },
    ]);
  });

  it('neither hangs nor counts twice when malformed corrections name each other', () => {
    const a = declared('2026-11-18T10:00:00+01:00', {
      eventId: 'a',
      recordedSequence: 1,
      correctsEventId: 'b',
    });
    const b = declared('2026-11-20T10:00:00+01:00', {
      eventId: 'b',
      recordedSequence: 2,
      correctsEventId: 'a',
    });
    // b, recorded last, stands alone: ready Friday 10:00.
    expect(daysOf([a, b])).toEqual(['2026-11-21']);
  });
});
