import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';

const changes = (
  type: 'MedicationStatement' | 'MedicationRequest' | 'List',
  current: unknown,
  previous?: unknown,
) => {
  const result = careEventChanges(type, current, previous, ryhov);
  if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
  return result.events.flatMap((e) => (e.payload as { changes: object[] }).changes);
};

describe('a medication is started, its dose changed, and then stopped', () => {
  const started = officialExample('MedicationStatement-example006');
  const doubled = {
    ...started,
    meta: { versionId: '2', lastUpdated: '2026-11-21T08:00:00.000Z' },
    dosage: [{ text: '10ml three times daily' }],
  };
  const stopped = {
    ...doubled,
    meta: { versionId: '3', lastUpdated: '2026-11-22T08:00:00.000Z' },
    status: 'stopped',
  };
  const amoxicillin = {
    text: 'Amoxicillin (product)',
    coding: [{ system: 'http://snomed.info/sct', code: '27658006', display: 'Amoxicillin (product)' }],
  };

  it('adds the medication with its dose and route', () => {
    expect(changes('MedicationStatement', started)).toEqual([
      { action: 'added', medication: amoxicillin, dose: '5ml three times daily', route: 'Oral' },
    ]);
  });

  it('records a new dose as a dose change', () => {
    expect(changes('MedicationStatement', doubled, started)).toEqual([
      { action: 'dose-changed', medication: amoxicillin, dose: '10ml three times daily' },
    ]);
  });

  it('stops it when the statement is stopped, saying why', () => {
    expect(changes('MedicationStatement', stopped, doubled)).toEqual([
      { action: 'stopped', medication: amoxicillin, reason: 'MedicationStatement status stopped' },
    ]);
  });

  it('names a contained medication by its code', () => {
    expect(
      changes('MedicationStatement', officialExample('MedicationStatement-example007'))[0],
    ).toMatchObject({
      action: 'added',
      medication: { text: 'Mometasone Furoate 0.05mg/Actuat' },
    });
  });

  it('reads an active medication order the same way, and leaves proposals out', () => {
    const order = officialExample('MedicationRequest-medrx0302');
    expect(changes('MedicationRequest', order)[0]).toMatchObject({
      action: 'added',
      medication: { text: 'Azithromycin 250mg capsule (product)' },
    });
    expect(changes('MedicationRequest', { ...order, intent: 'proposal' })).toEqual([]);
  });

  it('dates the change by when it was asserted, or else when the server stored it', () => {
    const result = careEventChanges('MedicationStatement', started, undefined, ryhov);
    expect(result.ok && result.events[0].occurredAt).toBe('2026-11-20T08:00:00.000Z');
  });
});

describe('a medication review list records what was prescribed and what was cancelled', () => {
  const review = {
    ...officialExample('List-med-list'),
    code: { coding: [{ system: 'http://snomed.info/sct', code: '182836005' }] },
  };

  it('adds the prescribed entry and stops the deleted one', () => {
    expect(changes('List', review)).toEqual([
      { action: 'added', medication: { text: 'hydroxocobalamin' } },
      { action: 'stopped', medication: { text: 'Morphine Sulfate' } },
    ]);
  });

  it('in snapshot mode stops what disappears from the list', () => {
    const snapshot = {
      ...review,
      mode: 'snapshot',
      entry: [{ item: { display: 'hydroxocobalamin' } }, { item: { display: 'Furosemid 40 mg' } }],
    };
    const next = {
      ...snapshot,
      meta: { versionId: '2', lastUpdated: '2026-11-21T08:00:00.000Z' },
      entry: [{ item: { display: 'Furosemid 40 mg' } }],
    };
    expect(changes('List', next, snapshot)).toEqual([
      { action: 'stopped', medication: { text: 'hydroxocobalamin' } },
    ]);
  });

  it('leaves lists of other things alone', () => {
    expect(changes('List', officialExample('List-current-allergies'))).toEqual([]);
  });
});
