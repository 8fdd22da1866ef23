import request from 'supertest';
import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('a sync that maps each page while the page before it commits', () => {
  let adapter: AdapterUnderTest;

  beforeAll(async () => {
    // Pages of three, and no sync but the one asked for once the EHR holds everything.
    adapter = await AdapterUnderTest.start({ pageSize: 3, pollIntervalSeconds: 3600 });
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  it('maps every resource once, though each page starts again at the last resource of the page before', async () => {
    await eventually(async () => ((await adapter.status()).lastSync ? true : undefined), 'the first sync');
    const patients: EhrPatient[] = [];
    for (let i = 0; i < 8; i++)
      patients.push(await (await new EhrPatient(adapter.ehr, uniquePatientId()).register()).admit());

    const requested = new Date().toISOString();
    await request(adapter.app.getHttpServer()).post('/connections/ryhov/sync').expect(202);
    const sync = await eventually(async () => {
      const { lastSync } = await adapter.status();
      return lastSync && lastSync.startedAt > requested ? lastSync : undefined;
    }, 'the requested sync');

    const events = await adapter.prisma.careEvent.findMany({
      where: { patientId: { in: patients.map((p) => p.patientId) } },
      select: { type: true, patientId: true },
    });
    expect(events.map((e) => e.type)).toEqual(Array(8).fill('PatientAdmitted'));
    expect(new Set(events.map((e) => e.patientId)).size).toBe(8);
    expect(sync.eventsAppended).toBe(8);
    expect((await adapter.status()).counts.duplicates).toBe(0);
  });
});
