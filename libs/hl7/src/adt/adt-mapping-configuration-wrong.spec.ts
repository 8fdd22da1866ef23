import { parseAdtMapping } from './adt-mapping';
import { mappingInput } from './__fixtures__/adt-messages';

const problemsOf = (input: unknown) => {
  const result = parseAdtMapping(input);
  if (result.ok) throw new Error('expected the mapping to be refused');
  return result.problems;
};

describe('the listener starts with an ADT mapping that is missing or wrong', () => {
  it('reads a complete mapping and fills the defaults', () => {
    expect(parseAdtMapping({ patientIdentifier: { type: 'PI' }, wards: { MED3: 'ryhov-med-3' } })).toEqual({
      ok: true,
      mapping: {
        senders: [
          {
            patientIdentifier: [{ type: 'PI' }],
            wards: { MED3: 'ryhov-med-3' },
            dischargeDispositions: {},
            dischargeLocations: {},
            inpatientClasses: ['I'],
            diagnosisGroups: {},
            processingIds: ['P'],
          },
        ],
      },
    });
  });

  it('names every missing part at once', () => {
    expect(problemsOf({})).toEqual([
      'patientIdentifier is required: { "type": "PI" }, or a list of them in order of preference',
      'wards is required: an object of PV1-3 ward codes to care link ids',
    ]);
  });

  it('refuses a personal identity number as the patient identifier type', () => {
    for (const type of ['NNSWE', 'SS', 'PN', 'PPN']) {
      expect(problemsOf({ ...mappingInput, patientIdentifier: { type } })).toEqual([
        expect.stringMatching(
          /^patientIdentifier\.0\.type: names a personal identity number or document; choose the type of the pseudonymous patient id/,
        ),
      ]);
    }
  });

  it('explains each wrong value with where it is', () => {
    expect(
      problemsOf({
        ...mappingInput,
        wards: {},
        dischargeDispositions: { '06': 'home-care' },
        processingIds: ['X'],
        extra: true,
      }),
    ).toEqual([
      'wards must map at least one PV1-3 ward code to a care link id',
      'dischargeDispositions.06: must be one of home, home-with-home-care, nursing-home, other-hospital, deceased, other',
      'processingIds.0: processing ids are P (production), T (training) or D (debugging)',
      'Unrecognized key: "extra"',
    ]);
  });

  it('names the sender mapping a problem is in, and asks each of several for its sending application', () => {
    expect(
      problemsOf({
        senders: [
          { sendingApplication: 'COSMIC', patientIdentifier: { type: 'PI' }, wards: { MED3: 'ryhov-med-3' } },
          { patientIdentifier: [{ type: 'PI' }], wards: { 31: 'varnamo-med' } },
          {
            sendingApplication: 'PASIS',
            patientIdentifier: [{ type: 'PI' }],
            wards: { 31: 'varnamo-med' },
            diagnosisGroups: { 'heart failure': 'x' },
          },
        ],
      }),
    ).toEqual([
      'senders.1.sendingApplication: sendingApplication is required when a file maps several senders',
      'senders.2.diagnosisGroups.heart failure: keys are ICD-10 codes or their beginnings, e.g. I50',
    ]);
  });
});
