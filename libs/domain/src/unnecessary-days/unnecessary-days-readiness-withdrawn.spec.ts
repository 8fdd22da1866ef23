import { readyPeriods, unnecessaryDays } from './unnecessary-days';
import { datesOf, declared, stay, stockholm, withdrawn } from './__fixtures__/stays';

const asOf = new Date('2027-01-01T00:00:00Z');

describe('Esther deteriorates after being declared ready and is declared ready again', () => {
  // Ready Monday 10:00, withdrawn Tuesday 08:00, ready again Thursday 10:00, home Saturday 14:00.
  const withdrawnAndReadyAgain = stay('2026-11-14T09:00:00+01:00', '2026-11-21T14:00:00+01:00', [
    declared('2026-11-16T10:00:00+01:00'),
    withdrawn('2026-11-17T08:00:00+01:00'),
    declared('2026-11-19T10:00:00+01:00'),
  ]);

  it('has two ready periods, the first ended by the withdrawal', () => {
    expect(readyPeriods(withdrawnAndReadyAgain, asOf)).toEqual([
      { from: new Date('2026-11-16T10:00:00+01:00'), to: new Date('2026-11-17T08:00:00+01:00') },
      { from: new Date('2026-11-19T10:00:00+01:00'), to: new Date('2026-11-21T14:00:00+01:00') },
    ]);
  });

  it('counts the days of both periods by default: Tuesday, Friday and Saturday', () => {
    const days = unnecessaryDays(withdrawnAndReadyAgain, { kind: 'every-ready-midnight' }, stockholm, asOf);
    expect(datesOf(days)).toEqual(['2026-11-17', '2026-11-20', '2026-11-21']);
  });

  it('counts only the final period under final-ready-period: Friday and Saturday', () => {
    const days = unnecessaryDays(withdrawnAndReadyAgain, { kind: 'final-ready-period' }, stockholm, asOf);
    expect(datesOf(days)).toEqual(['2026-11-20', '2026-11-21']);
  });
});

describe('Esther is withdrawn and discharged without being ready again', () => {
  // Ready Monday 10:00, withdrawn Wednesday 08:00, discharged Friday 14:00 while not ready.
  const notReadyAtDischarge = stay('2026-11-14T09:00:00+01:00', '2026-11-20T14:00:00+01:00', [
    declared('2026-11-16T10:00:00+01:00'),
    withdrawn('2026-11-18T08:00:00+01:00'),
  ]);

  it('still counts the days she waited while ready by default', () => {
    const days = unnecessaryDays(notReadyAtDischarge, { kind: 'every-ready-midnight' }, stockholm, asOf);
    expect(datesOf(days)).toEqual(['2026-11-17', '2026-11-18']);
  });

  it('has no final ready period to count: she was not ready when she left', () => {
    expect(unnecessaryDays(notReadyAtDischarge, { kind: 'final-ready-period' }, stockholm, asOf)).toEqual([]);
  });

  it('has no final ready period while she is still in hospital and not ready', () => {
    const stillIn = { ...notReadyAtDischarge, dischargedAt: null };
    expect(
      unnecessaryDays(
        stillIn,
        { kind: 'final-ready-period' },
        stockholm,
        new Date('2026-11-20T14:00:00+01:00'),
      ),
    ).toEqual([]);
  });
});
