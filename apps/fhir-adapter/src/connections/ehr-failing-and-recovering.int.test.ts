import type { PrismaClient } from '@carechain/persistence';
import { eventually, uniquePatientId, type FhirTestServer } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('an EHR that answers 500, 429 with Retry-After, or not at all', () => {
  let adapter: AdapterUnderTest;
  let ehr: FhirTestServer;
  let prisma: PrismaClient;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start(
      (baseUrl) => ({
        auth: {
          type: 'client-credentials',
          tokenUrl: baseUrl.replace('/fhir/R4', '/oauth/token'),
          clientId: 'carechain',
          clientSecretEnv: 'RYHOV_FHIR_SECRET',
        },
        timeoutMs: 500,
        retry: { maxAttempts: 2, initialDelayMs: 20, maxDelayMs: 1500 },
      }),
      { server: { clients: { carechain: 'client-secret' } }, env: { RYHOV_FHIR_SECRET: 'client-secret' } },
    );
    ({ ehr, prisma } = adapter);
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  const status = () => adapter.status();
  const admitted = (patientId: string) =>
    eventually(
      async () =>
        (await prisma.careEvent.count({ where: { patientId, type: 'PatientAdmitted' } })) === 1
          ? true
          : undefined,
      `${patientId} admitted`,
    );
  const reported = (pattern: RegExp) =>
    eventually(
      async () =>
        (await status()).errors.some((e: { message: string }) => pattern.test(e.message)) ? true : undefined,
      `an error matching ${pattern}`,
    );

  it('retries 500s, reports them, and catches up when the server recovers', async () => {
    await admitted((await (await new EhrPatient(ehr, uniquePatientId()).register()).admit()).patientId);
    ehr.fail({ status: 500, times: 12 });
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/search [A-Za-z]+: HTTP 500; retrying in \d+ ms/);
    await reported(/circuit opened after repeated failures/);
    await reported(/sync stopped, will resume from the cursor/);
    expect((await status()).counts.retries).toBeGreaterThan(0);
  });

  it('loses nothing and stores nothing twice when the EHR is unreachable for a while and stays are recorded meanwhile', async () => {
    const stayed = await (
      await new EhrPatient(ehr, uniquePatientId()).register()
    ).admit('2026-11-16T07:40:00+01:00');
    await admitted(stayed.patientId);
    const port = Number(new URL(ehr.baseUrl).port);
    await ehr.stop();
    // The ward keeps working in the EHR while its FHIR endpoint is down.
    await stayed.transfer('2026-11-16T12:00:00+01:00');
    await stayed.medicallyReady('2026-11-18T10:00:00+01:00');
    await stayed.discharge('2026-11-20T14:00:00+01:00');
    const newcomers = await Promise.all(
      Array.from({ length: 3 }, async () =>
        (await new EhrPatient(ehr, uniquePatientId()).register()).admit('2026-11-19T09:00:00+01:00'),
      ),
    );
    await reported(/fetch failed \(ECONNREFUSED\)/);
    await reported(/sync stopped, will resume from the cursor: .*ECONNREFUSED/);

    await ehr.start(port);
    const stays = [
      {
        patientId: stayed.patientId,
        types: ['PatientAdmitted', 'PatientTransferred', 'MedicallyReadyForDischarge', 'PatientDischarged'],
      },
      ...newcomers.map((p) => ({ patientId: p.patientId, types: ['PatientAdmitted'] })),
    ];
    const typesOf = async (patientId: string) =>
      (
        await prisma.careEvent.findMany({
          where: { patientId },
          orderBy: { occurredAt: 'asc' },
          select: { type: true },
        })
      ).map((e) => e.type);
    await eventually(async () => {
      const synced = await Promise.all(stays.map((s) => typesOf(s.patientId)));
      return synced.every((types, i) => types.length >= stays[i].types.length) ? true : undefined;
    }, 'every change made during the outage');
    // A sync that finds nothing new must not store anything again.
    const since = Date.now();
    await eventually(
      async () =>
        (await status()).lastSyncedAt && Date.parse((await status()).lastSyncedAt) > since ? true : undefined,
      'a full sync after catching up',
    );
    for (const { patientId, types } of stays) expect(await typesOf(patientId)).toEqual(types);
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
    await reported(/(search Encounter|read the next page): timed out; retrying/);
  });

  it('fetches a new token when the EHR revokes the old one', async () => {
    ehr.revokeTokens();
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await admitted(patient.patientId);
    await reported(/HTTP 401, token refused; retrying/);
    expect((await status()).state).not.toBe('circuit-open');
  });
});
