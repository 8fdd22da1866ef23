import { capabilityProblems } from './capabilities';

const full = (type: string) => ({
  type,
  conditionalCreate: true,
  interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'create' }, { code: 'update' }],
  searchParam: [{ name: '_lastUpdated' }],
});
const connection = {
  resourceTypes: ['Patient', 'Encounter'] as ('Patient' | 'Encounter')[],
  writeBack: { carePlans: true, medicineLists: false, acknowledgements: false },
};

describe('an EHR that lacks part of what a connection needs', () => {
  it('finds nothing missing on a full R4 server', () => {
    expect(
      capabilityProblems(
        {
          fhirVersion: '4.0.1',
          rest: [{ mode: 'server', resource: ['Patient', 'Encounter', 'CarePlan'].map(full) }],
        },
        connection,
      ),
    ).toEqual([]);
  });

  it('says plainly what is missing', () => {
    const statement = {
      fhirVersion: '3.0.2',
      rest: [
        {
          mode: 'server',
          resource: [
            { type: 'Patient', interaction: [{ code: 'search-type' }] },
            { ...full('CarePlan'), conditionalCreate: false },
          ],
        },
      ],
    };
    expect(capabilityProblems(statement, connection)).toEqual([
      'the server speaks FHIR 3.0.2, not R4 (4.0.x)',
      'Patient search does not list _lastUpdated: incremental sync may fetch everything each time',
      'Encounter is not offered: it cannot be synced',
      'Patient cannot be read: patient identities cannot be resolved',
      'CarePlan conditional create is not offered: a retried write-back could duplicate',
    ]);
  });
});
