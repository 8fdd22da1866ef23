import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateCareEvent } from '@carechain/contracts';
import { asSubmitted, officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';
import { medicationUseOf, medicationUseTypes, type MedicationUseType } from './medication-use';

const examples = readdirSync(dirname(require.resolve('hl7.fhir.r4.examples/package.json')))
  .map((file) => /^(Medication[A-Za-z]+)-(.+)\.json$/.exec(file))
  .flatMap((m) =>
    m && (medicationUseTypes as readonly string[]).includes(m[1])
      ? [{ type: m[1] as MedicationUseType, name: `${m[1]}-${m[2]}` }]
      : [],
  );

/** A status in which each kind of resource says the medicine is in use. */
const inUse: Record<MedicationUseType, string> = {
  MedicationStatement: 'active',
  MedicationRequest: 'active',
  MedicationAdministration: 'in-progress',
  MedicationDispense: 'completed',
};

describe('every official R4 example that names a medication becomes a medicine-list change', () => {
  it('finds the statements, orders, administrations and dispenses of the example set', () => {
    expect(new Set(examples.map((e) => e.type))).toEqual(new Set(medicationUseTypes));
    expect(examples.length).toBeGreaterThanOrEqual(90);
  });

  it.each(examples.map((e) => [e.name, e.type] as const))('%s', (name, type) => {
    const example = officialExample(name);
    const use = medicationUseOf(example);
    expect(use?.medication.text).toEqual(expect.stringMatching(/\S/));
    // An ended one is a change only after a version in use; compare it with one.
    const previous = use!.taking
      ? undefined
      : {
          ...example,
          status: inUse[type],
          meta: { versionId: '0', lastUpdated: '2026-11-19T08:00:00.000Z' },
        };
    const result = careEventChanges(type, example, previous, ryhov);
    if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
    expect(result.events).toHaveLength(1);
    const [event] = result.events;
    expect(validateCareEvent(asSubmitted(event))).toMatchObject({ ok: true });
    expect(event.payload.changes).toEqual([
      expect.objectContaining({
        action: use!.taking ? 'added' : 'stopped',
        medication: use!.medication,
      }),
    ]);
  });

  it('names an IV mixture by its ingredients when neither code nor reference names it', () => {
    const mixture = officialExample('MedicationRequest-medrx0322');
    const { display: _named, ...unnamed } = mixture.medicationReference as Record<string, unknown>;
    expect(medicationUseOf({ ...mixture, medicationReference: unnamed })?.medication.text).toBe(
      'Potassium Chloride + Sodium Chloride 0.9% injectable solution (Injection Solution (qualifier value))',
    );
  });

  it('writes a structured dosage in words when it has no text', () => {
    expect(medicationUseOf(officialExample('MedicationDispense-meddisp008'))).toMatchObject({
      taking: true,
      dose: expect.stringMatching(/2 times every 21 days/),
    });
  });
});
