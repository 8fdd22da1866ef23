import { ConfigurationError } from '@carechain/service-runtime';
import { parseConnections } from './connection-config';

const valid = {
  id: 'ryhov',
  baseUrl: 'https://ehr.ryhov.example/fhir/R4',
  auth: {
    type: 'client-credentials',
    tokenUrl: 'https://ehr.ryhov.example/oauth/token',
    clientId: 'carechain',
    clientSecretEnv: 'RYHOV_FHIR_SECRET',
  },
  careLinks: ['ryhov-akm', 'ryhov-med-3'],
  locations: { 'Location/akm': 'ryhov-akm' },
  patientIdentifierSystem: 'https://esther.example/fhir/sid/patient-pseudonym',
};

function problemsOf(json: unknown, env: NodeJS.ProcessEnv = { RYHOV_FHIR_SECRET: 's' }): string[] {
  try {
    parseConnections(json, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected the connections to be refused');
}

describe('an integrator configures EHR connections with wrong values', () => {
  it('reads a valid connection with defaults and its secret from the environment', () => {
    expect(parseConnections({ connections: [valid] }, { RYHOV_FHIR_SECRET: 's3cret' })).toEqual([
      expect.objectContaining({
        id: 'ryhov',
        idPrefix: 'ryhov-',
        secret: 's3cret',
        pageSize: 100,
        pollIntervalSeconds: 30,
        writeBack: { carePlans: false, medicineLists: false, acknowledgements: false },
      }),
    ]);
  });

  it('names each wrong value with its place in the file', () => {
    const wrong = {
      ...valid,
      id: 'Ryhov EHR',
      baseUrl: 'ftp://ehr',
      careLinks: [],
      resourceTypes: ['Encounter', 'Observation'],
      pageSize: 0,
    };
    expect(problemsOf({ connections: [wrong] })).toEqual([
      'FHIR_CONNECTIONS_FILE: connections[0].id: must be 1-32 lower-case letters, digits or -',
      'FHIR_CONNECTIONS_FILE: connections[0].baseUrl: must be the http(s) base URL of a FHIR R4 server',
      'FHIR_CONNECTIONS_FILE: connections[0].careLinks: name at least one care link this EHR speaks for',
      'FHIR_CONNECTIONS_FILE: connections[0].resourceTypes[1]: must be one of Patient, Encounter, Flag, MedicationStatement, MedicationRequest, MedicationAdministration, MedicationDispense, List, CarePlan',
      'FHIR_CONNECTIONS_FILE: connections[0].pageSize: Too small: expected number to be >=1',
    ]);
  });

  it('refuses a location mapped to a care link the connection does not speak for', () => {
    expect(problemsOf({ connections: [{ ...valid, locations: { 'Location/x': 'vc-tranas' } }] })).toEqual([
      "FHIR_CONNECTIONS_FILE: connections[0].locations.Location/x: maps to vc-tranas, which is not among this connection's careLinks",
    ]);
  });

  it('refuses an unknown auth type and a secret written into the file', () => {
    expect(problemsOf({ connections: [{ ...valid, auth: { type: 'basic' } }] })[0]).toMatch(
      /connections\[0\]\.auth\.type: must be \{ type: 'none' \}/,
    );
    expect(problemsOf({ connections: [{ ...valid, auth: { type: 'bearer', token: 'abc' } }] })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/connections\[0\]\.auth\.tokenEnv: name the environment variable/),
      ]),
    );
  });

  it('says which secret is missing from the environment', () => {
    expect(problemsOf({ connections: [valid] }, {})).toEqual([
      'FHIR_CONNECTIONS_FILE: connections[0].auth: environment variable RYHOV_FHIR_SECRET is not set',
    ]);
  });

  it('refuses two connections with one id', () => {
    expect(problemsOf({ connections: [valid, valid] })).toEqual([
      'FHIR_CONNECTIONS_FILE: connections[1].id: ryhov is used by another connection',
    ]);
  });
});
