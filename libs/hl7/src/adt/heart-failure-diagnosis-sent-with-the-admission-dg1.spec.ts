import { adtMessages, careEventOf, mappingInput, mappingsOf } from './__fixtures__/adt-messages';

// The network follows heart failure (I50) and COPD (J44) in its indicators.
const network = mappingsOf({
  ...mappingInput,
  diagnosisGroups: { I50: 'heart-failure', J44: 'copd', 'I50.1': 'left-heart-failure' },
});
const withDiagnoses = (text: string, ...dg1: string[]) => [text, ...dg1].join('\r');

describe('the EHR sends the diagnoses with admission and discharge as DG1 segments', () => {
  it('puts an admission for heart failure in the heart-failure group', () => {
    const admitted = withDiagnoses(
      adtMessages.admitted,
      'DG1|1||I50.9^Hj\\XE4\\rtsvikt, ospecificerad^ICD-10-SE||20261116074000|A',
    );
    expect(careEventOf(admitted, network).payload).toMatchObject({ diagnosisGroup: 'heart-failure' });
  });

  it('takes the main diagnosis (DG1-15 priority 1) over the ones sent before it, and the longest code beginning', () => {
    const admitted = withDiagnoses(
      adtMessages.admitted,
      'DG1|1||J44.1^KOL med akut exacerbation^ICD-10-SE||20261116074000|W|||||||||2',
      'DG1|2||I501^V\\XE4\\nstersidig hj\\XE4\\rtsvikt^ICD-10-SE||20261116074000|W|||||||||1',
    );
    expect(careEventOf(admitted, network).payload.diagnosisGroup).toBe('left-heart-failure');
  });

  it('sends the final diagnosis of the discharge along, so it replaces the admission one', () => {
    const discharged = withDiagnoses(
      adtMessages.discharged,
      'DG1|1||J44.1^KOL med akut exacerbation^ICD-10-SE||20261120140000|F|||||||||1',
    );
    expect(careEventOf(discharged, network).payload).toMatchObject({ diagnosisGroup: 'copd' });
  });

  it('leaves the group out for a diagnosis the network does not follow, or none', () => {
    const fracture = withDiagnoses(
      adtMessages.admitted,
      'DG1|1||S72.0^Collumfraktur^ICD-10-SE||20261116074000|A',
    );
    expect(careEventOf(fracture, network).payload).not.toHaveProperty('diagnosisGroup');
    expect(careEventOf(adtMessages.admitted, network).payload).not.toHaveProperty('diagnosisGroup');
  });
});
