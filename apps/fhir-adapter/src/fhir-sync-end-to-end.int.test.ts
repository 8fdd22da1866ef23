import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  createTestDatabase,
  eventually,
  serviceEnv,
  startFhirTestServer,
  startServiceProcess,
  startTestBroker,
  uniquePatientId,
  type FhirTestServer,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';
import { connectionsFile, EhrPatient } from './__fixtures__/ehr';

const JOURNEY_AND_MEDICINES = `query Patient($patientId: ID!) {
  patientJourney(patientId: $patientId) { status stay { wardCareLinkId dischargedAt } timeline { type summary } }
  medicineList(patientId: $patientId) { changeCount medications { text dose lastChangedByCareLinkId } }
}`;

interface PatientView {
  patientJourney: {
    status: string;
    stay: { wardCareLinkId: string; dischargedAt: string | null };
    timeline: { type: string; summary: string }[];
  } | null;
  medicineList: {
    changeCount: number;
    medications: { text: string; dose: string | null; lastChangedByCareLinkId: string }[];
  } | null;
}

describe('the FHIR adapter as a process beside the platform', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let ehr: FhirTestServer;
  let services: RunningService[] = [];
  let gateway: RunningService;
  let prisma: PrismaClient;

  beforeAll(async () => {
    [db, broker, ehr] = await Promise.all([createTestDatabase(), startTestBroker(), startFhirTestServer()]);
    prisma = createPrismaClient(db.url, 2);
    const env = serviceEnv(db.url, broker.brokers);
    services = await Promise.all(
      (['care-events', 'projector', 'gateway'] as const).map((name) => startServiceProcess(name, env)),
    );
    gateway = services[2];
    services.push(
      await startServiceProcess('fhir-adapter', {
        ...env,
        FHIR_CONNECTIONS_FILE: connectionsFile(ehr.baseUrl),
      }),
    );
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await prisma?.$disconnect();
    await Promise.all([ehr?.stop(), broker?.stop()]);
    await db?.drop();
  });

  const query = async (patientId: string, careLinkId = 'ryhov-med-3') => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-carechain-actor': 'nurse-fhir',
        'x-carechain-care-link': careLinkId,
      },
      body: JSON.stringify({ query: JOURNEY_AND_MEDICINES, variables: { patientId } }),
    });
    return (await res.json()) as {
      data?: PatientView;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };
  const view = (patientId: string, ready: (v: PatientView) => boolean, what: string, careLinkId?: string) =>
    eventually(async () => {
      const { data } = await query(patientId, careLinkId);
      return data && ready(data) ? data : undefined;
    }, what);

  it("shows a synced patient's journey and medicine list in GraphQL, and a later sync brings only the changes", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await patient.admit('2026-11-16T07:40:00+01:00');
    await patient.transfer('2026-11-16T12:00:00+01:00');
    const furosemid = await patient.startsMedication(
      'Furosemid 40 mg tablett',
      '1 tablet twice daily',
      '2026-11-16T13:00:00+01:00',
    );
    await patient.startsMedication('Alvedon 500 mg', '1 g four times daily', '2026-11-16T13:05:00+01:00');

    const first = await view(
      patient.patientId,
      (v) =>
        v.medicineList?.medications.length === 2 &&
        v.patientJourney?.stay.wardCareLinkId === 'ryhov-med-3' &&
        // The journey and the medicine list are projected apart, so one may show a change the other has yet to.
        v.patientJourney.timeline.length >= 4,
      'journey and medicines',
    );
    expect(first.patientJourney).toMatchObject({
      status: 'IN_HOSPITAL',
      timeline: [
        { type: 'PatientAdmitted', summary: 'Admitted to ryhov-akm (emergency)' },
        { type: 'PatientTransferred', summary: 'Transferred from ryhov-akm to ryhov-med-3' },
        { type: 'MedicationListChanged', summary: 'Medicine list changed (1 change)' },
        { type: 'MedicationListChanged', summary: 'Medicine list changed (1 change)' },
      ],
    });
    expect(first.medicineList!.medications).toEqual([
      { text: 'Alvedon 500 mg', dose: '1 g four times daily', lastChangedByCareLinkId: 'ryhov-akm' },
      { text: 'Furosemid 40 mg tablett', dose: '1 tablet twice daily', lastChangedByCareLinkId: 'ryhov-akm' },
    ]);

    await patient.discharge('2026-11-20T14:00:00+01:00');
    await patient.stopsMedication(furosemid);
    const second = await view(
      patient.patientId,
      (v) =>
        v.patientJourney?.status === 'DISCHARGED' &&
        v.patientJourney.timeline.length >= 6 &&
        v.medicineList?.medications.length === 1,
      'discharge and the stopped medicine',
    );
    expect(
      second
        .patientJourney!.timeline.slice(4)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['MedicationListChanged', 'PatientDischarged']);
    expect(second.medicineList).toMatchObject({ changeCount: 3, medications: [{ text: 'Alvedon 500 mg' }] });
    expect(await prisma.careEvent.count({ where: { patientId: patient.patientId } })).toBe(6);
  });

  it('refuses the medicine list to a care link with no care relationship, and audits it', async () => {
    const patient = await (await new EhrPatient(ehr, uniquePatientId()).register()).admit();
    await view(patient.patientId, (v) => !!v.patientJourney, 'the journey', 'ryhov-akm');
    const refused = await query(patient.patientId, 'vc-tranas');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Care link vc-tranas has no care relationship with this patient',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      await prisma.accessAudit.findMany({
        where: { patientId: patient.patientId, allowed: false },
        select: { action: true },
      }),
    ).toEqual(expect.arrayContaining([{ action: 'read medicineList' }]));
  });

  it('loses nothing and stores nothing twice when killed in the middle of a sync', async () => {
    const busy = await startFhirTestServer();
    const patients = await Promise.all(
      Array.from({ length: 24 }, async () =>
        (await new EhrPatient(busy, uniquePatientId()).register()).admit(),
      ),
    );
    for (const p of patients.slice(0, 12)) await p.transfer('2026-11-16T12:00:00+01:00');
    let encounterSearches = 0;
    const held = busy.hold((r) => r.path === 'Encounter' && ++encounterSearches === 3);
    const env = {
      ...serviceEnv(db.url, broker.brokers),
      FHIR_CONNECTIONS_FILE: connectionsFile(busy.baseUrl, { id: 'busy', pageSize: 5 }),
    };
    let adapter = await startServiceProcess('fhir-adapter', env);
    try {
      await held.reached;
      await adapter.crash();
      held.release();
      const before = await prisma.careEvent.count({ where: { sourceSystem: 'fhir:busy' } });
      expect(before).toBeLessThan(36);

      adapter = await startServiceProcess('fhir-adapter', env);
      await eventually(
        async () =>
          (await prisma.careEvent.count({ where: { sourceSystem: 'fhir:busy' } })) >= 36 ? true : undefined,
        'every event after the restart',
      );
      await eventually(
        async () =>
          (
            (await fetch(`${adapter.url}/connections/status`).then((r) => r.json())) as {
              connections: { lastSyncedAt: string | null }[];
            }
          ).connections[0].lastSyncedAt
            ? true
            : undefined,
        'a complete sync',
      );

      const stored = await prisma.careEvent.findMany({
        where: { sourceSystem: 'fhir:busy' },
        select: { patientId: true, type: true },
      });
      expect(stored).toHaveLength(36);
      for (const [i, p] of patients.entries()) {
        expect(
          stored
            .filter((e) => e.patientId === p.patientId)
            .map((e) => e.type)
            .sort(),
        ).toEqual(i < 12 ? ['PatientAdmitted', 'PatientTransferred'] : ['PatientAdmitted']);
      }
    } finally {
      await adapter.stop();
      await busy.stop();
    }
  });
});
