import { randomUUID } from 'node:crypto';
import { topics } from '@carechain/contracts';
import {
  CARE_PLAN_IDENTIFIER_SYSTEM,
  HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM,
  MEDICINE_LIST_IDENTIFIER_SYSTEM,
  writtenVersionOf,
} from '@carechain/fhir';
import { CareEventStore, type PrismaClient } from '@carechain/persistence';
import { careEventEnvelope, eventually, uniquePatientId, type FhirTestServer } from '@carechain/testing';
import type { CarePlan, Communication, List } from '@medplum/fhirtypes';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

describe('the shared care plan and medicine list written back to the EHR', () => {
  let adapter: AdapterUnderTest;
  let ehr: FhirTestServer;
  let prisma: PrismaClient;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start({
      resourceTypes: ['Patient'],
      writeBack: { carePlans: true, medicineLists: true, acknowledgements: true },
    });
    ({ ehr, prisma } = adapter);
  });

  afterAll(() => adapter?.stop());

  let sequence = 0;
  /** A CarePlanUpdated as the outbox relay publishes it. */
  const carePlanUpdated = (patientId: string, version: number, goals: string[]) => ({
    eventId: randomUUID(),
    idempotencyKey: `sip-${patientId}-v${version}`,
    type: 'CarePlanUpdated',
    schemaVersion: 1,
    patientId,
    occurredAt: '2026-11-20T10:00:00.000Z',
    recordedAt: '2026-11-20T10:00:01.000Z',
    sequence: ++sequence,
    source: { system: 'carechain', careLinkId: 'jkpg-home-care-south' },
    payload: {
      carePlanId: `sip-${patientId}`,
      version,
      goals,
      actions: [
        {
          description: 'Home care visits twice daily',
          responsibleCareLinkId: 'jkpg-home-care-south',
          dueDate: '2026-11-25',
        },
      ],
    },
  });
  const publish = (...events: { patientId: string }[]) => adapter.publish(...events);
  const plansOf = (patientId: string) =>
    ehr.search<CarePlan>(`CarePlan?identifier=${CARE_PLAN_IDENTIFIER_SYSTEM}|sip-${patientId}`);

  it('creates the plan once although the EHR fails the first try and the event arrives twice', async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await eventually(
      async () =>
        (await prisma.fhirSyncedResource.findFirst({ where: { patientId: patient.patientId } })) ?? undefined,
      'the patient synced',
    );
    ehr.fail({ status: 500, times: 1, match: (r) => r.method === 'POST' && r.path === 'CarePlan' });

    const v1 = carePlanUpdated(patient.patientId, 1, ['I want to be able to walk to the shop again']);
    await publish(v1, v1);
    const [plan] = await eventually(
      async () => ((await plansOf(patient.patientId)).length ? plansOf(patient.patientId) : undefined),
      'the care plan in the EHR',
    );

    expect(plan).toMatchObject({
      subject: { reference: `Patient/${patient.fhirId}` },
      status: 'active',
      intent: 'plan',
    });
    expect(ehr.requests.filter((r) => r.startsWith('POST CarePlan'))).toHaveLength(2);
    // A later event on the same partition proves both copies were handled.
    const v2 = carePlanUpdated(patient.patientId, 2, [
      'I want to walk to the shop again',
      'I want to cook my own dinner',
    ]);
    await publish(v2, v1);
    await eventually(
      async () =>
        (await plansOf(patient.patientId)).some((p) => writtenVersionOf(p as never) === 2) ? true : undefined,
      'version 2 written',
    );
    const plans = await plansOf(patient.patientId);
    expect(plans).toHaveLength(1);
    expect(plans[0].goal).toHaveLength(2);
  });

  it('leaves a patient the EHR does not know alone', async () => {
    const stranger = uniquePatientId();
    const known = await new EhrPatient(ehr, uniquePatientId()).register();
    await eventually(
      async () =>
        (await prisma.fhirSyncedResource.findFirst({ where: { patientId: known.patientId } })) ?? undefined,
      'the patient synced',
    );
    await publish(carePlanUpdated(stranger, 1, ['goal']), carePlanUpdated(known.patientId, 1, ['goal']));
    await eventually(
      async () => ((await plansOf(known.patientId)).length ? true : undefined),
      'the known patient plan',
    );
    expect(await plansOf(stranger)).toEqual([]);
  });

  it("writes the patient's medicine list once per change, as one List brought up to date", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await eventually(
      async () =>
        (await prisma.fhirSyncedResource.findFirst({ where: { patientId: patient.patientId } })) ?? undefined,
      'the patient synced',
    );
    const store = new CareEventStore(prisma, { topic: topics.careEvents, headers: () => ({}) });
    /** Stores a change as intake does and publishes it as the outbox relay does, twice. */
    const changeList = async (occurredAt: string, change: object) => {
      const event = careEventEnvelope('MedicationListChanged', patient.patientId, occurredAt, 'vc-tranas', {
        listVersion: 0,
        changes: [change],
      });
      await store.append([event] as never);
      const { value } = await prisma.outboxMessage.findFirstOrThrow({ where: { eventId: event.eventId } });
      const published = JSON.parse(value);
      await publish(published, published);
    };
    const listsOf = () =>
      ehr.search<List>(`List?identifier=${MEDICINE_LIST_IDENTIFIER_SYSTEM}|${patient.patientId}`);

    await changeList('2026-11-10T10:00:00+01:00', {
      action: 'added',
      medication: { text: 'Alvedon 500 mg' },
      dose: '1 g',
    });
    await eventually(async () => ((await listsOf()).length ? true : undefined), 'the list in the EHR');
    await changeList('2026-11-16T13:00:00+01:00', {
      action: 'added',
      medication: { text: 'Furosemid 40 mg tablett' },
      dose: '40 mg',
    });
    const [list] = await eventually(async () => {
      const lists = await listsOf();
      return lists.some((l) => writtenVersionOf(l as never) === 2) ? lists : undefined;
    }, 'the second change written');

    expect(await listsOf()).toHaveLength(1);
    expect(list).toMatchObject({
      status: 'current',
      mode: 'snapshot',
      subject: { reference: `Patient/${patient.fhirId}` },
      entry: [
        { item: { display: 'Alvedon 500 mg, 1 g' } },
        { item: { display: 'Furosemid 40 mg tablett, 40 mg' } },
      ],
    });
  });

  it("writes a handover's acknowledgement once, to the EHR of the ward that sent it", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await eventually(
      async () =>
        (await prisma.fhirSyncedResource.findFirst({ where: { patientId: patient.patientId } })) ?? undefined,
      'the patient synced',
    );
    const acknowledged = (packageId: string, sendingCareLinkId: string) => ({
      ...careEventEnvelope(
        'HandoverAcknowledged',
        patient.patientId,
        '2026-11-20T10:15:00.000Z',
        'jkpg-home-care-south',
        {
          packageId,
          specificationId: 'home-care-needs-at-ready',
          specificationVersion: 2,
          receivingCareLinkId: 'jkpg-home-care-south',
          sendingCareLinkId,
          acknowledgedBy: 'home-care-coordinator',
        },
      ),
      idempotencyKey: `acknowledged-${packageId}`,
      source: { system: 'carechain', careLinkId: 'jkpg-home-care-south' },
      recordedAt: '2026-11-20T10:15:01.000Z',
      sequence: ++sequence,
    });
    const [oursId, elsewhereId] = [randomUUID(), randomUUID()];
    const ours = acknowledged(oursId, 'ryhov-med-3');
    const elsewhere = acknowledged(elsewhereId, 'hoglandet-med-1');
    await publish(ours, elsewhere, ours);
    const acknowledgementsOf = (packageId: string) =>
      ehr.search<Communication>(
        `Communication?identifier=${HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM}|${packageId}`,
      );
    const [written] = await eventually(async () => {
      const found = await acknowledgementsOf(oursId);
      return found.length ? found : undefined;
    }, 'the acknowledgement in the EHR');
    expect(written).toMatchObject({
      status: 'completed',
      subject: { reference: `Patient/${patient.fhirId}` },
      sent: '2026-11-20T10:15:00.000Z',
      recipient: [{ display: 'ryhov-med-3' }],
      payload: [{ contentString: expect.stringContaining('jkpg-home-care-south acknowledged the handover') }],
    });
    // A later event on the same partition proves the redelivered copy and the other ward's were handled.
    await publish(carePlanUpdated(patient.patientId, 1, ['goal']));
    await eventually(
      async () => ((await plansOf(patient.patientId)).length ? true : undefined),
      'the plan after',
    );
    expect(await acknowledgementsOf(oursId)).toHaveLength(1);
    expect(await acknowledgementsOf(elsewhereId)).toEqual([]);
  });
});
