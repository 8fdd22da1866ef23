import { unnecessaryDays } from '../unnecessary-days/unnecessary-days';
import { declared, stay, stockholm, withdrawn } from '../unnecessary-days/__fixtures__/stays';
import { readyFromOf, waitingAt } from './waiting';

const everyMidnight = { kind: 'every-ready-midnight' } as const;
const admitted = '2026-11-14T09:00:00+01:00';

describe('the ward records a ready time ahead of the moment it is stored', () => {
  // The sender's clock runs a second ahead: the event says 10:00:01, Carechain stores it at 10:00:00.
  const readyAt = '2026-11-16T10:00:01+01:00';
  const stillIn = stay(admitted, null, [declared(readyAt)]);

  it('is not waiting yet at the moment it is stored', () => {
    expect(waitingAt(stillIn, new Date('2026-11-16T10:00:00+01:00'))).toBeNull();
  });

  it('is waiting once its ready time has come, without any further event', () => {
    expect(waitingAt(stillIn, new Date('2026-11-16T10:00:02+01:00'))).toEqual({
      from: new Date(readyAt),
      to: null,
    });
  });

  it('keeps the ready time for the read model whatever the clock said when it was projected', () => {
    expect(readyFromOf(stillIn)).toEqual(new Date(readyAt));
  });

  it('counts its open days two days later: the midnights of Tuesday and Wednesday', () => {
    const now = new Date('2026-11-18T08:00:00+01:00');
    expect(unnecessaryDays(stillIn, everyMidnight, stockholm, now).map((d) => d.date)).toEqual([
      '2026-11-17',
      '2026-11-18',
    ]);
  });
});

describe('a doctor declares the patient ready from tomorrow morning', () => {
  const tomorrow = '2026-11-17T08:00:00+01:00';
  const stillIn = stay(admitted, null, [declared(tomorrow)]);

  it('is waiting from tomorrow 08:00, not tonight', () => {
    expect(waitingAt(stillIn, new Date('2026-11-16T22:00:00+01:00'))).toBeNull();
    expect(waitingAt(stillIn, new Date('2026-11-17T08:30:00+01:00'))?.from).toEqual(new Date(tomorrow));
  });
});

describe('a stay whose readiness was withdrawn and that is still in hospital', () => {
  const deteriorated = stay(admitted, null, [
    declared('2026-11-16T10:00:00+01:00'),
    withdrawn('2026-11-18T09:00:00+01:00'),
  ]);

  it('is not waiting, but still holds a ready time, so its ready days are counted while it stays', () => {
    expect(waitingAt(deteriorated, new Date('2026-11-19T09:00:00+01:00'))).toBeNull();
    expect(readyFromOf(deteriorated)).toEqual(new Date('2026-11-16T10:00:00+01:00'));
  });
});

describe('a discharged stay', () => {
  const home = stay(admitted, '2026-11-18T14:00:00+01:00', [declared('2026-11-16T10:00:00+01:00')]);

  it('waits no longer and needs no ready time kept: its days are stored at discharge', () => {
    expect(waitingAt(home, new Date('2026-11-19T09:00:00+01:00'))).toBeNull();
    expect(readyFromOf(home)).toBeNull();
  });
});
