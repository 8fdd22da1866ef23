import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  eventually,
  serviceEnv,
  startFhirTestServer,
  startServiceProcess,
  startTestBroker,
  startTestIssuer,
  type FhirTestServer,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
  type TestIssuer,
} from '@carechain/testing';

const CONNECTIONS =
  '{ ehrConnections { connectionId state lastSyncedAt resourcesRead failedSyncs lastError } }';

interface Connections {
  ehrConnections: {
    connectionId: string;
    state: string;
    lastSyncedAt: string | null;
    resourcesRead: number;
    failedSyncs: number;
    lastError: string | null;
  }[];
}

describe('integrators and coordinators see how the EHR connections fare, through the gateway', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let ehr: FhirTestServer;
  let issuer: TestIssuer;
  let adapter: RunningService;
  let gateway: RunningService;

  const ask = async (roles: string[]) => {
    const token = await issuer.token('carechain', {
      sub: 'someone',
      carechain_care_link: 'esther-coordination',
      carechain_roles: roles,
    });
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CONNECTIONS }),
    });
    return (await res.json()) as {
      data?: Connections;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };

  beforeAll(async () => {
    [db, broker, ehr, issuer] = await Promise.all([
      createTestDatabase(),
      startTestBroker(),
      startFhirTestServer(),
      startTestIssuer(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'carechain-ehr-')), 'connections.json');
    writeFileSync(
      file,
      JSON.stringify({
        connections: [
          {
            id: 'ryhov',
            baseUrl: ehr.baseUrl,
            careLinks: ['ryhov-akm'],
            patientIdentifierSystem: 'https://esther.example/fhir/sid/patient-pseudonym',
            resourceTypes: ['Patient', 'Encounter'],
            pollIntervalSeconds: 1,
          },
        ],
      }),
    );
    const oidc = { OIDC_ISSUER: issuer.url, OIDC_AUDIENCE: 'carechain' };
    const env = serviceEnv(db.url, broker.brokers);
    adapter = await startServiceProcess('fhir-adapter', {
      ...env,
      ...oidc,
      FHIR_ADAPTER_AUTH_MODE: 'oidc',
      FHIR_CONNECTIONS_FILE: file,
    });
    gateway = await startServiceProcess('gateway', {
      ...env,
      ...oidc,
      GATEWAY_AUTH_MODE: 'oidc',
      FHIR_ADAPTER_URL: adapter.url,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await adapter?.stop();
    await Promise.all([ehr?.stop(), broker?.stop(), issuer?.stop()]);
    await db?.drop();
  });

  it("shows a coordinator each connection's state, passing the coordinator's own token to the adapter", async () => {
    const synced = await eventually(async () => {
      const { data } = await ask(['coordinator']);
      return data?.ehrConnections[0]?.lastSyncedAt ? data.ehrConnections : undefined;
    }, 'a complete sync reported through the gateway');
    expect(synced).toEqual([
      expect.objectContaining({ connectionId: 'ryhov', failedSyncs: 0, lastError: null }),
    ]);
  });

  it('shows the EHR failing while it is down', async () => {
    await ehr.stop();
    const failing = await eventually(async () => {
      const { data } = await ask(['integrator']);
      const connection = data?.ehrConnections[0];
      return connection && connection.failedSyncs > 0 && connection.lastError ? connection : undefined;
    }, 'the failing sync reported through the gateway');
    expect(failing.state).not.toBe('IDLE');
  });

  it('refuses care staff', async () => {
    const { errors } = await ask(['municipal-staff']);
    expect(errors?.[0]).toMatchObject({
      message:
        'In the role municipal-staff you may not see the EHR connections; integrators and coordinators may',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
