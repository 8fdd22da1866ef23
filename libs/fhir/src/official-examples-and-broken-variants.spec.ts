import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateCareEvent } from '@carechain/contracts';
import { asSubmitted, officialExample, ryhov } from './__fixtures__/examples';
import { careEventChanges, syncableResourceTypes, type SyncableResourceType } from './resource-changes';

type Mapped = Exclude<SyncableResourceType, 'Patient'>;
const types = syncableResourceTypes.filter((t): t is Mapped => t !== 'Patient');
const examples = readdirSync(dirname(require.resolve('hl7.fhir.r4.examples/package.json')))
  .map((file) => /^([A-Za-z]+)-(.+)\.json$/.exec(file))
  .flatMap((m) =>
    m && (types as string[]).includes(m[1]) ? [{ type: m[1] as Mapped, name: `${m[1]}-${m[2]}` }] : [],
  );

describe('the official HL7 R4 examples and broken variants of them', () => {
  it('finds the examples of every synced type', () => {
    expect(new Set(examples.map((e) => e.type))).toEqual(new Set(types));
  });

  it.each(examples.map((e) => [e.name, e.type] as const))(
    '%s maps to valid care events or says why not',
    (name, type) => {
      const result = careEventChanges(type, officialExample(name), undefined, ryhov);
      if (result.ok) {
        for (const event of result.events)
          expect(validateCareEvent(asSubmitted(event))).toMatchObject({ ok: true });
      } else {
        expect(result.issues).toEqual([
          {
            severity: 'error',
            code: expect.any(String),
            expression: [expect.stringMatching(new RegExp(`^${type}`))],
            diagnostics: expect.any(String),
          },
        ]);
      }
    },
  );

  const emerg = officialExample('Encounter-emerg');
  it.each([
    ['not an object', 'Encounter', '<Encounter/>', 'Encounter', 'the resource is not a JSON object'],
    [
      'another resource type',
      'Encounter',
      { ...emerg, resourceType: 'Observation' },
      'Encounter.resourceType',
      'expected resourceType Encounter, got Observation',
    ],
    ['no id', 'Encounter', { ...emerg, id: undefined }, 'Encounter.id', 'the resource has no id'],
    [
      'no status',
      'Encounter',
      { ...emerg, status: undefined },
      'Encounter.status',
      'the encounter has no status',
    ],
    [
      'a start without a zone',
      'Encounter',
      { ...emerg, period: { start: '2017-02-01T07:15:00' } },
      'Encounter.period.start',
      'Encounter.period.start is not a valid FHIR dateTime with a zone',
    ],
    [
      'a start that is only a date',
      'Encounter',
      officialExample('Encounter-f203'),
      'Encounter.period.start',
      'Encounter.period.start is a date without a time of day; Carechain needs the time with its zone',
    ],
    [
      'a location list that is not a list',
      'Encounter',
      { ...emerg, location: { display: 'Emergency' } },
      'Encounter.location',
      'location must be a list of objects',
    ],
    [
      'a location no care link stands for',
      'Encounter',
      { ...emerg, location: [{ location: { display: 'Ward 9' } }] },
      'Encounter.location[0].location',
      'location 0 is not mapped to a care link of this connection',
    ],
    [
      'no medication',
      'MedicationStatement',
      { ...officialExample('MedicationStatement-example003'), medicationCodeableConcept: undefined },
      'MedicationStatement.medication[x]',
      'the medication is missing',
    ],
    [
      'a medication referenced by id only',
      'MedicationStatement',
      {
        ...officialExample('MedicationStatement-example003'),
        medicationCodeableConcept: undefined,
        medicationReference: { reference: 'Medication/42' },
      },
      'MedicationStatement.medicationReference',
      'the medication is referenced without a name; contain it or give a display',
    ],
    [
      'a flag without its encounter',
      'Flag',
      {
        ...officialExample('Flag-example-encounter'),
        code: {
          coding: [
            { system: 'https://carechain.se/fhir/CodeSystem/care-chain-flag', code: 'medically-ready' },
          ],
        },
        encounter: undefined,
      },
      'Flag.encounter',
      'Flag.encounter must reference a Encounter',
    ],
  ] as const)(
    'reports %s with the element and the reason',
    (_case, type, resource, expression, diagnostics) => {
      expect(careEventChanges(type, resource, undefined, ryhov)).toEqual({
        ok: false,
        issues: [expect.objectContaining({ expression: [expression], diagnostics })],
      });
    },
  );
});
