import { officialExample } from '../__fixtures__/examples';
import { patientIdentityOf } from './patient-identity';

const NETWORK = 'https://esther.example/fhir/sid/patient-pseudonym';

describe('a patient is known to the network by a pseudonym, never by a personal identity number', () => {
  const withIdentifiers = (...identifier: object[]) => ({
    ...officialExample('Patient-example'),
    identifier,
  });

  it('takes the identifier in the agreed pseudonym system', () => {
    expect(
      patientIdentityOf(
        withIdentifiers(
          { system: 'urn:oid:1.2.752.129.2.1.3.1', value: '193811231234' },
          { system: NETWORK, value: 'pat-esther-88' },
        ),
        NETWORK,
      ),
    ).toEqual({
      ok: true,
      patientId: 'pat-esther-88',
    });
  });

  it('refuses a patient without the pseudonym, naming the system', () => {
    expect(patientIdentityOf(officialExample('Patient-example'), NETWORK)).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'required',
          expression: ['Patient.identifier'],
          diagnostics: `the patient has no identifier in the pseudonym system ${NETWORK}`,
        },
      ],
    });
  });

  it('refuses a personal identity number filed as the pseudonym', () => {
    const result = patientIdentityOf(withIdentifiers({ system: NETWORK, value: '19381123-1234' }), NETWORK);
    expect(result.ok === false && result.issues[0].diagnostics).toMatch(
      /looks like a personal identity number/,
    );
  });

  it('refuses to treat the personal identity number system as the pseudonym system', () => {
    const result = patientIdentityOf(withIdentifiers(), 'urn:oid:1.2.752.129.2.1.3.1');
    expect(result.ok === false && result.issues[0].code).toBe('not-supported');
  });
});
