import request from 'supertest';
import { startTestIssuer, type TestIssuer } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';

describe("the adapter's operator API asks who is calling", () => {
  let issuer: TestIssuer;
  let adapter: AdapterUnderTest;
  const bearer = async (claims: Record<string, unknown>) =>
    `Bearer ${await issuer.token('carechain', claims)}`;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    adapter = await AdapterUnderTest.start(
      {},
      { env: { FHIR_ADAPTER_AUTH_MODE: 'oidc', OIDC_ISSUER: issuer.url, OIDC_AUDIENCE: 'carechain' } },
    );
  });

  afterAll(async () => {
    await adapter?.stop();
    await issuer?.stop();
  });

  it('refuses connection status and sync-now without a token, naming what is missing', async () => {
    const status = await request(adapter.app.getHttpServer()).get('/connections/status');
    expect(status.status).toBe(401);
    expect(status.body.message).toMatch(/token/i);
    expect((await request(adapter.app.getHttpServer()).post('/connections/ehr/sync')).status).toBe(401);
  });

  it('refuses care staff and coaches, who have no business with the connections', async () => {
    for (const roles of [['municipal-staff'], ['coach']]) {
      const res = await request(adapter.app.getHttpServer())
        .get('/connections/status')
        .set(
          'authorization',
          await bearer({ carechain_roles: roles, carechain_care_link: 'jonkoping-home-care' }),
        );
      expect(res.status).toBe(403);
      expect(res.body.message).toBe(
        `In the role ${roles[0]} you may not operate EHR connections; integrators and coordinators may`,
      );
    }
  });

  it('shows the status to an integrator and a coordinator, and lets them start a sync', async () => {
    const integrator = await bearer({
      sub: 'ehr-integration',
      scope: 'carechain/intake',
      carechain_care_link: 'ryhov-akm',
    });
    const status = await request(adapter.app.getHttpServer())
      .get('/connections/status')
      .set('authorization', integrator)
      .expect(200);
    expect(status.body.connections).toHaveLength(1);
    const coordinator = await bearer({
      carechain_roles: ['coordinator'],
      carechain_care_link: 'esther-coordination',
    });
    await request(adapter.app.getHttpServer())
      .get('/connections/status')
      .set('authorization', coordinator)
      .expect(200);
    const connectionId = status.body.connections[0].connectionId as string;
    const sync = await request(adapter.app.getHttpServer())
      .post(`/connections/${connectionId}/sync`)
      .set('authorization', coordinator);
    expect(sync.status).toBe(202);
    expect(sync.body.connectionId).toBe(connectionId);
  });
});
