import request from 'supertest';
import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('an EHR slow to answer the search for stays', () => {
  let adapter: AdapterUnderTest;

  beforeAll(async () => {
    // The adapter waits for the held search longer than the test waits for anything.
    adapter = await AdapterUnderTest.start({
      resourceTypes: ['Patient', 'Encounter', 'MedicationStatement'],
      pollIntervalSeconds: 3600,
      timeoutMs: 120_000,
    });
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  it('stores the medicine list change meanwhile, and the admission once the search answers', async () => {
    await eventually(async () => ((await adapter.status()).lastSync ? true : undefined), 'the first sync');
    const patient = await (await new EhrPatient(adapter.ehr, uniquePatientId()).register()).admit();
    await patient.startsMedication('Furosemid 40 mg tablett', 'twice daily', '2026-11-16T09:00:00+01:00');
    const held = adapter.ehr.hold((r) => r.path === 'Encounter');
    const typesStored = async () =>
      (
        await adapter.prisma.careEvent.findMany({
          where: { patientId: patient.patientId },
          select: { type: true },
        })
      ).map((e) => e.type);

    await request(adapter.app.getHttpServer()).post('/connections/ryhov/sync').expect(202);
    await held.reached;
    expect(
      await eventually(async () => ((await typesStored()).length ? typesStored() : undefined), 'an event'),
    ).toEqual(['MedicationListChanged']);

    held.release();
    await eventually(
      async () => ((await typesStored()).includes('PatientAdmitted') ? true : undefined),
      'the admission',
    );
    expect((await typesStored()).sort()).toEqual(['MedicationListChanged', 'PatientAdmitted']);
  });
});
