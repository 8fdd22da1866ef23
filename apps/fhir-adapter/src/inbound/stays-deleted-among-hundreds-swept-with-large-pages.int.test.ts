import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('a deletion sweep over hundreds of stays, read in pages of a thousand', () => {
  let adapter: AdapterUnderTest;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start({
      resourceTypes: ['Patient', 'Encounter'],
      pageSize: 1000,
      deletionSweepSeconds: 1,
    });
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  it('cancels the admission of a stay deleted in the EHR', async () => {
    // 500 ids in one search would make a URL of about 20 kB, more than servers accept.
    const patients = [];
    for (let i = 0; i < 500; i++)
      patients.push(await (await new EhrPatient(adapter.ehr, uniquePatientId()).register()).admit());
    const gone = patients[250];
    await eventually(
      async () =>
        (await adapter.prisma.careEvent.count({ where: { sourceSystem: 'fhir:ryhov' } })) === 500
          ? true
          : undefined,
      'every admission',
    );

    await adapter.ehr.delete('Encounter', gone.encounter!.id);
    await eventually(
      async () =>
        (await adapter.prisma.careEvent.count({
          where: { patientId: gone.patientId, type: 'AdmissionCancelled' },
        })) === 1
          ? true
          : undefined,
      'the admission cancelled',
    );
    expect(
      (await adapter.status()).errors.filter((e: { message: string }) => /sync stopped/.test(e.message)),
    ).toEqual([]);
  });
});
