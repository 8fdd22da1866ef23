import { foldJourney } from './journey';
import { facts } from './__fixtures__/facts';

describe('medically ready is declared, withdrawn when the patient deteriorates, and declared again', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00');
  const ready = facts.ready('2026-11-17T10:00:00+01:00');
  const withdrawn = facts.withdrawn('2026-11-18T08:00:00+01:00');
  const readyAgain = facts.ready('2026-11-20T11:00:00+01:00');

  it('is no longer ready after the withdrawal', () => {
    expect(foldJourney([admitted, ready, withdrawn]).medicallyReadySince).toBeNull();
  });

  it('is ready from the new declaration, not the first one', () => {
    expect(foldJourney([admitted, ready, withdrawn, readyAgain]).medicallyReadySince).toEqual(
      new Date('2026-11-20T10:00:00Z'),
    );
  });

  it('keeps the first declaration when readiness is repeated without a withdrawal', () => {
    expect(foldJourney([admitted, ready, readyAgain]).medicallyReadySince).toEqual(
      new Date('2026-11-17T09:00:00Z'),
    );
  });

  it('ignores a withdrawal when the patient was not ready', () => {
    expect(foldJourney([admitted, withdrawn])).toMatchObject({
      status: 'in-hospital',
      medicallyReadySince: null,
    });
  });
});

describe('a ward corrects the ready time it declared', () => {
  const admitted = facts.admitted('2026-11-16T07:40:00+01:00');
  const ready = facts.ready('2026-11-17T10:00:00+01:00');
  const correction = (readyAt: string) => {
    const fact = facts.ready('2026-11-19T09:00:00+01:00', readyAt);
    return { ...fact, payload: { ...fact.payload, correctsEventId: ready.eventId } } as typeof fact;
  };

  it('moves the ready time later when the first declaration was too early', () => {
    expect(
      foldJourney([admitted, ready, correction('2026-11-18T12:00:00+01:00')]).medicallyReadySince,
    ).toEqual(new Date('2026-11-18T11:00:00Z'));
  });

  it('moves the ready time earlier when the declaration was late', () => {
    expect(
      foldJourney([admitted, ready, correction('2026-11-16T15:00:00+01:00')]).medicallyReadySince,
    ).toEqual(new Date('2026-11-16T14:00:00Z'));
  });
});
