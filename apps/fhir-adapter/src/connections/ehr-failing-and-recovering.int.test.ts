import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  createTestDatabase,
  eventually,
  serviceEnv,
  startFhirTestServer,
  startTestBroker,
  uniquePatientId,
  type FhirTestServer,
  type RunningBroker,
  type TestDatabase,
} from '@carechain/testing';
import { connectionsFile, EhrPatient } from '../__fixtures__/ehr';
import { FhirAdapterModule } from '../fhir-adapter.module';

describe('an EHR that answers 500, 429 with Retry-After, or not at all', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let ehr: FhirTestServer;
  let app: INestApplication;
  let prisma: PrismaClient;

  beforeAll(async () => {
    [db, broker, ehr] = await Promise.all([createTestDatabase(), startTestBroker(), startFhirTestServer({ clients: { carechain: 'client-secret' } })]);
    prisma = createPrismaClient(db.url, 2);
    const file = connectionsFile(ehr.baseUrl, {
      auth: { type: 'client-credentials', tokenUrl: ehr.baseUrl.replace('/fhir/R4', '/oauth/token'), clientId: 'carechain', clientSecretEnv: 'RYHOV_FHIR_SECRET' },
      timeoutMs: 500,
      retry: { maxAttempts: 2, initialDelayMs: 20, maxDelayMs: 1500 },
    });
    const env = { ...serviceEnv(db.url, broker.brokers), FHIR_CONNECTIONS_FILE: file, RYHOV_FHIR_SECRET: 'client-secret' };
    app = await createService({ module: FhirAdapterModule.fromEnv(env).module, port: 0 });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
    await Promise.all([ehr?.stop(), broker?.stop()]);
    await db?.drop();
  });

  const status = async () => (await request(app.getHttpServer()).get('/connections/status').expect(200)).body.connections[0];
  const admitted = (patientId: string) =>
    eventually(async () => ((await prisma.careEvent.count({ where: { patientId, type: 'PatientAdmitted' } })) === 1 ? true : undefined), `${patientId} admitted`);
  const reported = (pattern: RegExp) =>
    eventually(async () => ((await status()).errors.some((e: { message: string }) => pattern.test(e.message)) ? true : undefined), `an error matching ${pattern}`);

  it('retries 500s, reports them, and catches up when the server recovers', async () => {
    await admitted((await (await new EhrPatient(ehr, uniquePatientId()).register()).admit()).patientId);
    ehr.fail({ status: 500, times: 12 });
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/search (Patient|Encounter): HTTP 500; retrying in \d+ ms/);
    await reported(/circuit opened after repeated failures/);
    await reported(/sync stopped, will resume from the cursor/);
    expect((await status()).counts.retries).toBeGreaterThan(0);
  });

  it('waits as long as Retry-After asks on 429', async () => {
    ehr.fail({ status: 429, retryAfterSeconds: 1, times: 1 });
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/HTTP 429; retrying in 1000 ms/);
  });

  it('gives up on a request that never gets an answer and asks again', async () => {
    ehr.fail({ hang: true, times: 1, match: (r) => r.path === 'Encounter' });
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/search Encounter: timed out; retrying/);
  });

  it('fetches a new token when the EHR revokes the old one', async () => {
    ehr.revokeTokens();
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/HTTP 401, token refused; retrying/);
    expect((await status()).state).not.toBe('circuit-open');
  });
});
