import { officialExample } from '../__fixtures__/examples';
import { personNamedIn } from './patient-identity';

const esther = (more: object) => ({
  ...officialExample('Patient-example'),
  identifier: [
    { system: 'urn:oid:1.2.752.129.2.1.3.1', value: '19381123-1234' },
    { system: 'https://esther.example/fhir/sid/patient-pseudonym', value: 'pat-esther-88' },
  ],
  ...more,
});

describe("Esther's FHIR Patient names her for the identity register", () => {
  it('gives her official name and the identifier in a personal identity number system', () => {
    expect(
      personNamedIn(
        esther({
          name: [
            { use: 'maiden', family: 'Andersson', given: ['Esther'] },
            { use: 'official', family: 'Svensson', given: ['Esther', 'Märta'] },
          ],
        }),
      ),
    ).toEqual({
      familyName: 'Svensson',
      givenNames: 'Esther Märta',
      personalIdentityNumber: '19381123-1234',
    });
  });

  it('takes the first name when none is official or usual, and no number when none is in those systems', () => {
    expect(
      personNamedIn({
        ...esther({ name: [{ family: 'Svensson', given: ['Esther'] }] }),
        identifier: [{ system: 'https://esther.example/fhir/sid/patient-pseudonym', value: 'pat-esther-88' }],
      }),
    ).toEqual({ familyName: 'Svensson', givenNames: 'Esther', personalIdentityNumber: null });
  });

  it('gives nothing for a patient without a name, or a resource that is no Patient', () => {
    expect(personNamedIn(esther({ name: [] }))).toBeNull();
    expect(personNamedIn({ resourceType: 'Encounter', id: 'x' })).toBeNull();
  });
});
