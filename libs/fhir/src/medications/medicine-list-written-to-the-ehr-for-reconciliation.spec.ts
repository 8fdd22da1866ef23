import { ryhov } from '../__fixtures__/examples';
import { writtenVersionOf } from '../mapping/written-version';
import { careEventChanges } from '../resource-changes';
import { MEDICINE_LIST_IDENTIFIER_SYSTEM, medicineListResourceOf } from './medicine-list-resource';

describe("the shared medicine list is written to the EHR for the ward's reconciliation", () => {
  const list = {
    patientId: 'pat-esther-88',
    medications: [
      {
        medication: { text: 'Furosemid 40 mg tablett' },
        dose: '40 mg',
        route: null,
        frequency: 'twice daily',
      },
      { medication: { text: 'Alvedon 500 mg' }, dose: null, route: null, frequency: null },
    ],
    changeCount: 5,
    changedAt: new Date('2026-11-18T08:00:00Z'),
  };

  it('writes a current snapshot List identified by the patient, one entry per medicine with its dose', () => {
    const resource = medicineListResourceOf(list, 'Patient/123');
    expect(resource).toMatchObject({
      resourceType: 'List',
      identifier: [{ system: MEDICINE_LIST_IDENTIFIER_SYSTEM, value: 'pat-esther-88' }],
      status: 'current',
      mode: 'snapshot',
      subject: { reference: 'Patient/123' },
      date: '2026-11-18T08:00:00.000Z',
      entry: [
        { item: { display: 'Furosemid 40 mg tablett, 40 mg, twice daily' } },
        { item: { display: 'Alvedon 500 mg' } },
      ],
    });
    expect(writtenVersionOf(resource)).toBe(5);
  });

  it('says an empty list is known to be empty', () => {
    expect(medicineListResourceOf({ ...list, medications: [] }, 'Patient/123')).toMatchObject({
      entry: [],
      emptyReason: { coding: [{ code: 'nilknown' }] },
    });
  });

  it('does not read back a list Carechain wrote', () => {
    const written = {
      ...medicineListResourceOf(list, 'Patient/123'),
      id: 'x',
      meta: { lastUpdated: '2026-11-20T08:00:00.000Z' },
    };
    expect(careEventChanges('List', written, undefined, ryhov)).toEqual({ ok: true, events: [] });
  });
});
