import type { INestApplication } from '@nestjs/common';
import { careEventHeaders, topics } from '@carechain/contracts';
import { CareEventStore, createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  careEvents,
  createTestDatabase,
  eventually,
  serviceEnv,
  startTestBroker,
  uniquePatientId,
  type RunningBroker,
  type TestDatabase,
} from '@carechain/testing';
import { ProjectorModule } from '../projector.module';

describe('events the broker never delivered (retention passed, offset reset) reach the read models from the store', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplication;
  let prisma: PrismaClient;
  let store: CareEventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    broker = await startTestBroker();
    prisma = createPrismaClient(db.url, 2);
    store = new CareEventStore(prisma, {
      topic: topics.careEvents,
      headers: (e) => ({ [careEventHeaders.eventId]: e.eventId }),
    });
    const env = {
      ...serviceEnv(db.url, broker.brokers),
      PROJECTOR_CATCH_UP_INTERVAL_MS: '200',
      PROJECTOR_CATCH_UP_GRACE_MS: '0',
    };
    app = await createService({ module: ProjectorModule.fromEnv(env).module, port: 0 });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
    await broker?.stop();
    await db?.drop();
  });

  it('projects a stay whose events were stored but never published, once, into every read model', async () => {
    const patient = uniquePatientId();
    // No relay runs: the outbox rows stay unsent, so Kafka never carries these events.
    const outcomes = await store.append([
      careEvents.admitted(patient, '2026-11-16T07:40:00+01:00', 'ryhov-med-3'),
      careEvents.medicallyReady(patient, '2026-11-18T10:00:00+01:00'),
      careEvents.discharged(patient, '2026-11-20T14:00:00+01:00'),
    ] as Parameters<CareEventStore['append']>[0]);
    const ids = outcomes.map((o) => o.eventId);

    const journey = await eventually(
      async () => (await prisma.patientJourney.findUnique({ where: { patientId: patient } })) ?? undefined,
      'journey caught up from the store',
    );
    expect(journey).toMatchObject({ status: 'discharged', eventCount: 3 });
    const stay = await eventually(
      async () =>
        (await prisma.stay.findFirst({ where: { patientId: patient, dischargedAt: { not: null } } })) ??
        undefined,
      'stay caught up from the store',
    );
    expect(
      await prisma.unnecessaryDay.count({ where: { stayId: stay.stayId, rule: 'every-ready-midnight' } }),
    ).toBe(2);

    // Further passes find nothing left: each event was applied exactly once per model.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await prisma.journeyEntry.count({ where: { patientId: patient } })).toBe(3);
    expect(await prisma.stayEvent.count({ where: { patientId: patient } })).toBe(3);
    // One checkpoint per event speaks for every model, and handover delivery waits for it.
    expect(await prisma.projectionCheckpoint.count({ where: { eventId: { in: ids } } })).toBe(3);
  });
});
