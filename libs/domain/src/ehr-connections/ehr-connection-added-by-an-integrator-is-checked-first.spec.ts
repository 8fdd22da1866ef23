import { decideAccess } from '../access/permissions';
import { decideEhrConnectionChange, decideEhrConnectionSettings } from './ehr-connection-settings';

const ryhov = {
  connectionId: 'ryhov',
  baseUrl: 'https://fhir.ryhov.example/r4/',
  careLinkIds: ['ryhov-akm', 'ryhov-med-3'],
  locations: [{ location: 'Location/akm', careLinkId: 'ryhov-akm' }],
  patientIdentifierSystem: 'https://esther.example/fhir/sid/patient-pseudonym',
};

describe('an EHR connection an integrator adds is checked before the adapter sees it', () => {
  it("gives a sound connection as the adapter's connections file writes it", () => {
    expect(
      decideEhrConnectionSettings({ ...ryhov, authType: 'bearer', credentialEnv: 'FHIR_SECRET_RYHOV' }),
    ).toEqual({
      problems: [],
      config: {
        id: 'ryhov',
        baseUrl: 'https://fhir.ryhov.example/r4',
        careLinks: ['ryhov-akm', 'ryhov-med-3'],
        locations: { 'Location/akm': 'ryhov-akm' },
        patientIdentifierSystem: 'https://esther.example/fhir/sid/patient-pseudonym',
        auth: { type: 'bearer', tokenEnv: 'FHIR_SECRET_RYHOV' },
        pollIntervalSeconds: 30,
        pageSize: 100,
      },
    });
  });

  it('names every wrong field at once', () => {
    const { problems, config } = decideEhrConnectionSettings({
      connectionId: 'Ryhov Hospital',
      baseUrl: 'ftp://fhir.ryhov.example',
      careLinkIds: ['ryhov-akm'],
      locations: [{ location: 'Location/x', careLinkId: 'elsewhere' }],
      patientIdentifierSystem: ' ',
      authType: 'client-credentials',
      credentialEnv: 's3cr3t-value',
      tokenUrl: 'not a url',
      clientId: '',
      pollIntervalSeconds: 0,
      pageSize: 5000,
    });
    expect(config).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual([
      'connectionId',
      'baseUrl',
      'locations[0].careLinkId',
      'patientIdentifierSystem',
      'pollIntervalSeconds',
      'pageSize',
      'credentialEnv',
      'tokenUrl',
      'clientId',
    ]);
    expect(problems.find((p) => p.field === 'pageSize')?.message).toBe(
      'must be a whole number from 1 to 1000',
    );
  });

  it('takes credentials only from variables set aside for them, so no other setting can be sent away', () => {
    const { problems } = decideEhrConnectionSettings({
      ...ryhov,
      authType: 'bearer',
      credentialEnv: 'DATABASE_URL',
    });
    expect(problems.map((p) => p.field)).toEqual(['credentialEnv']);
  });

  it('wants at least one care link and a known kind of authentication', () => {
    const { problems } = decideEhrConnectionSettings({
      ...ryhov,
      careLinkIds: [],
      locations: [],
      authType: 'basic',
    });
    expect(problems).toEqual([
      { field: 'careLinkIds', message: 'name at least one care link this EHR speaks for' },
      { field: 'authType', message: 'must be one of none, bearer, client-credentials' },
    ]);
  });
});

describe('a change of a connection names the version it was made from', () => {
  it('writes over the version the integrator saw, keeping or setting whether it syncs', () => {
    expect(decideEhrConnectionChange({ version: 2, enabled: true }, 2, 'pause')).toEqual({
      outcome: 'write',
      enabled: false,
    });
    expect(decideEhrConnectionChange({ version: 3, enabled: false }, 3, 'resume')).toEqual({
      outcome: 'write',
      enabled: true,
    });
    expect(decideEhrConnectionChange({ version: 3, enabled: false }, 3, 'change')).toEqual({
      outcome: 'write',
      enabled: false,
    });
  });

  it('refuses a change made from a version someone has since replaced, and one of an unknown connection', () => {
    expect(decideEhrConnectionChange({ version: 3, enabled: true }, 2, 'change')).toMatchObject({
      outcome: 'conflict',
    });
    expect(decideEhrConnectionChange(null, 1, 'pause')).toMatchObject({ outcome: 'not-found' });
  });
});

describe('only integrators add and change EHR connections', () => {
  it('lets the integrator in and keeps everyone else out, the coordinator too', () => {
    const as = (role: string) =>
      decideAccess(
        'ehrConnections.write',
        { roles: [role as never], careLinkId: 'esther-coordination' },
        null,
      ).allowed;
    expect(as('integrator')).toBe(true);
    for (const role of ['coordinator', 'coach', 'care-staff', 'municipal-staff', 'complaints-handler'])
      expect(as(role)).toBe(false);
  });
});
