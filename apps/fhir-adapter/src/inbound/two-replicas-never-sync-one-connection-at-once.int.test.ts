import type { INestApplication } from '@nestjs/common';
import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('two replicas of the adapter share the work of one hospital EHR', () => {
  let adapter: AdapterUnderTest;
  let second: INestApplication | undefined;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start();
    second = await adapter.replica();
  });

  afterAll(async () => {
    await second?.close();
    await adapter?.stop();
  });

  const admittedStays = (patientId: string) =>
    adapter.prisma.careEvent.count({ where: { patientId, type: 'PatientAdmitted' } });

  it('lets one replica sync the connection while the other stands by, and the other take over when it stops', async () => {
    const first = await new EhrPatient(adapter.ehr, uniquePatientId()).register();
    await first.admit();
    await eventually(
      async () => ((await admittedStays(first.patientId)) ? true : undefined),
      'the stay synced',
    );

    const states = await eventually(async () => {
      const both = [await adapter.status(), await adapter.status(second!)];
      return both.some((s) => s.state === 'standby') ? both : undefined;
    }, 'one replica standing by');
    const [active, standing] =
      states[0].state === 'standby' ? [second!, adapter.app] : [adapter.app, second!];
    expect((await adapter.status(standing)).counts.resourcesRead).toBe(0);

    // The active replica stops (as a pod is moved); its database session, and its lease, end with it.
    await active.close();
    if (active === second) second = undefined;
    const later = await new EhrPatient(adapter.ehr, uniquePatientId()).register();
    await later.admit();
    await eventually(async () => ((await admittedStays(later.patientId)) ? true : undefined), 'taken over');
    const survivor = await adapter.status(standing);
    expect(survivor.state).not.toBe('standby');
    expect(survivor.counts.resourcesRead).toBeGreaterThan(0);
    expect(await admittedStays(first.patientId)).toBe(1);
  });
});
