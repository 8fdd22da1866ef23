import { topics } from '@carechain/contracts';
import { CARE_PLAN_IDENTIFIER_SYSTEM } from '@carechain/fhir';
import { CareEventStore, type PrismaClient } from '@carechain/persistence';
import { careEventEnvelope, eventually, uniquePatientId, type FhirTestServer } from '@carechain/testing';
import type { CarePlan } from '@medplum/fhirtypes';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe("the municipality's home-care EHR after Esther withdrew her consent", () => {
  let adapter: AdapterUnderTest;
  let ehr: FhirTestServer;
  let prisma: PrismaClient;
  let store: CareEventStore;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start({
      id: 'jkpg-home-care',
      careLinks: ['jkpg-home-care-south'],
      locations: { 'Location/home-care-south': 'jkpg-home-care-south' },
      resourceTypes: ['Patient'],
      writeBack: { carePlans: true, medicineLists: true, acknowledgements: true },
    });
    ({ ehr, prisma } = adapter);
    await prisma.organisation.create({
      data: {
        organisationId: 'jonkoping-municipality',
        name: 'Jönköpings kommun',
        kind: 'municipality',
        careLinks: {
          create: { careLinkId: 'jkpg-home-care-south', name: 'Hemtjänst Söder', kind: 'home-care' },
        },
      },
    });
    store = new CareEventStore(prisma, { topic: topics.careEvents, headers: () => ({}) });
  });

  afterAll(() => adapter?.stop());

  /** A patient the home-care EHR registered, with her consent as the ward recorded it. */
  const patientWhoseConsentIs = async (basis: string) => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await eventually(
      async () =>
        (await prisma.fhirSyncedResource.findFirst({ where: { patientId: patient.patientId } })) ?? undefined,
      'the patient synced',
    );
    await store.append([
      careEventEnvelope('ConsentRecorded', patient.patientId, '2026-11-19T09:00:00+01:00', 'ryhov-med-3', {
        basis,
      }),
    ] as never);
    return patient;
  };

  /** Her care plan stored and published as the outbox relay does. */
  const carePlanSaved = async (patientId: string) => {
    const event = careEventEnvelope(
      'CarePlanUpdated',
      patientId,
      '2026-11-20T10:00:00+01:00',
      'ryhov-med-3',
      {
        carePlanId: `sip-${patientId}`,
        version: 1,
        goals: ['I want to be able to walk to the shop again'],
        actions: [
          { description: 'Home care visits twice daily', responsibleCareLinkId: 'jkpg-home-care-south' },
        ],
      },
    );
    await store.append([event] as never);
    const { value } = await prisma.outboxMessage.findFirstOrThrow({ where: { eventId: event.eventId } });
    await adapter.publish(JSON.parse(value));
  };
  const plansOf = (patientId: string) =>
    ehr.search<CarePlan>(`CarePlan?identifier=${CARE_PLAN_IDENTIFIER_SYSTEM}|sip-${patientId}`);
  const writeBacksOf = (patientId: string) =>
    eventually(async () => {
      const entries = await prisma.accessAudit.findMany({
        where: { patientId, actorId: 'carechain:fhir-write-back' },
      });
      return entries.length ? entries : undefined;
    }, 'the write-back decided');

  it('is sent no care plan, and her access log says it was kept from the EHR', async () => {
    const esther = await patientWhoseConsentIs('consent-withdrawn');
    await carePlanSaved(esther.patientId);

    expect(await writeBacksOf(esther.patientId)).toEqual([
      expect.objectContaining({
        careLinkId: 'fhir:jkpg-home-care',
        action: 'fhir write-back carePlans',
        permission: 'carePlan.read',
        allowed: false,
        basis: 'no-relationship',
        reason: "the patient's withdrawn consent keeps her record from jkpg-home-care-south",
      }),
    ]);
    expect(await plansOf(esther.patientId)).toEqual([]);
  });

  it('is sent the care plan of a patient who consented, and her access log says so', async () => {
    const patient = await patientWhoseConsentIs('consent-given');
    await carePlanSaved(patient.patientId);

    await eventually(
      async () => ((await plansOf(patient.patientId)).length ? true : undefined),
      'the care plan in the EHR',
    );
    expect(await writeBacksOf(patient.patientId)).toEqual([
      expect.objectContaining({
        careLinkId: 'fhir:jkpg-home-care',
        action: 'fhir write-back carePlans',
        allowed: true,
        basis: 'carechain-process',
      }),
    ]);
  });
});
