import { readyPeriods, unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm, withdrawn } from './__fixtures__/stays';

const asOf = new Date('2027-01-01T00:00:00Z');
const admitted = '2026-11-16T07:40:00+01:00';
const discharged = '2026-11-18T14:00:00+01:00';
const period = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('a ward declares Esther ready a second time while she is already ready', () => {
  it('keeps the first start: the repeat does not begin a new wait', () => {
    const facts = stay(admitted, discharged, [
      declared('2026-11-16T10:00:00+01:00'),
      declared('2026-11-17T09:00:00+01:00'),
    ]);
    expect(readyPeriods(facts, asOf)).toEqual([period('2026-11-16T10:00:00+01:00', discharged)]);
  });
});

describe('the EHR sends a ready time from before the admission', () => {
  it('counts from the admission, so the midnight before it is not a day', () => {
    const facts = stay(admitted, discharged, [declared('2026-11-15T22:00:00+01:00')]);
    expect(readyPeriods(facts, asOf)).toEqual([period(admitted, discharged)]);
    // Unclamped, the midnight starting 11-16 (before the 07:40 admission) would count too.
    expect(datesOf(unnecessaryDays(facts, { kind: 'every-ready-midnight' }, stockholm, asOf))).toEqual([
      '2026-11-17',
      '2026-11-18',
    ]);
  });
});

describe('readiness facts about times after the discharge', () => {
  it('ends the ready period at the discharge when the withdrawal is dated later', () => {
    const facts = stay(admitted, discharged, [
      declared('2026-11-16T10:00:00+01:00'),
      withdrawn('2026-11-19T08:00:00+01:00'),
    ]);
    expect(readyPeriods(facts, asOf)).toEqual([period('2026-11-16T10:00:00+01:00', discharged)]);
  });

  it('starts no period for a declaration after the discharge', () => {
    expect(readyPeriods(stay(admitted, discharged, [declared('2026-11-18T15:00:00+01:00')]), asOf)).toEqual(
      [],
    );
  });
});

describe('a withdrawal arrives when the patient is not ready', () => {
  it('is ignored: it does not end the period declared after it', () => {
    const facts = stay(admitted, discharged, [
      withdrawn('2026-11-16T09:00:00+01:00'),
      declared('2026-11-16T10:00:00+01:00'),
    ]);
    expect(readyPeriods(facts, asOf)).toEqual([period('2026-11-16T10:00:00+01:00', discharged)]);
  });
});

describe('a withdrawal and a declaration are dated the same instant', () => {
  const ready = declared('2026-11-16T10:00:00+01:00', { recordedSequence: 1 });
  const noon = '2026-11-17T12:00:00+01:00';

  it('withdraws last when the withdrawal was recorded last', () => {
    const facts = stay(admitted, discharged, [
      ready,
      declared(noon, { recordedSequence: 2 }),
      withdrawn(noon, { recordedSequence: 3 }),
    ]);
    expect(readyPeriods(facts, asOf)).toEqual([period('2026-11-16T10:00:00+01:00', noon)]);
  });

  it('is ready again when the declaration was recorded last', () => {
    const facts = stay(admitted, discharged, [
      ready,
      withdrawn(noon, { recordedSequence: 2 }),
      declared(noon, { recordedSequence: 3 }),
    ]);
    expect(readyPeriods(facts, asOf)).toEqual([
      period('2026-11-16T10:00:00+01:00', noon),
      period(noon, discharged),
    ]);
  });
});

describe('the readiness events arrive in any order', () => {
  it('gives the same periods for every arrival order', () => {
    const facts = [
      declared('2026-11-16T10:00:00+01:00'),
      withdrawn('2026-11-17T08:00:00+01:00'),
      declared('2026-11-17T20:00:00+01:00'),
      withdrawn('2026-11-18T09:00:00+01:00'),
    ];
    const expected = [
      period('2026-11-16T10:00:00+01:00', '2026-11-17T08:00:00+01:00'),
      period('2026-11-17T20:00:00+01:00', '2026-11-18T09:00:00+01:00'),
    ];
    const [a, b, c, d] = facts;
    for (const order of [
      [a, b, c, d],
      [d, c, b, a],
      [b, d, a, c],
      [c, a, d, b],
    ]) {
      expect(readyPeriods(stay(admitted, discharged, order), asOf)).toEqual(expected);
    }
  });
});
