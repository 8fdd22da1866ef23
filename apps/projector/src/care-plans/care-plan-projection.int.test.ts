import type { INestApplication } from '@nestjs/common';
import { topics, validatePublishedCareEvent } from '@carechain/contracts';
import { CareEventStore, createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  careEventEnvelope,
  createTestDatabase,
  serviceEnv,
  startTestBroker,
  uniquePatientId,
  type RunningBroker,
  type TestDatabase,
} from '@carechain/testing';
import { ProjectorModule } from '../projector.module';
import { ReadModels } from '../read-models/read-models';

describe('the care-plan projection keeps every version, of either contract version, through redelivery and replay', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplication;
  let prisma: PrismaClient;
  let readModels: ReadModels;
  const patientId = uniquePatientId();

  beforeAll(async () => {
    [db, broker] = await Promise.all([createTestDatabase(), startTestBroker()]);
    prisma = createPrismaClient(db.url, 2);
    app = await createService({
      module: ProjectorModule.fromEnv(serviceEnv(db.url, broker.brokers)).module,
      port: 0,
    });
    await app.init();
    readModels = app.get(ReadModels);
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
    await broker?.stop();
    await db?.drop();
  });

  const action = {
    description: 'Home care visits twice daily',
    responsibleCareLinkId: 'jkpg-home-care-south',
  };
  const published = async () =>
    (await prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => {
      const checked = validatePublishedCareEvent(JSON.parse(r.value));
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return checked.event;
    });
  const versions = () =>
    prisma.carePlanVersion.findMany({
      where: { patientId },
      orderBy: { version: 'asc' },
      select: { version: true, careLinkId: true, payload: true },
    });

  it('stores the plan made at discharge and its revision side by side', async () => {
    const v1 = careEventEnvelope('CarePlanUpdated', patientId, '2026-11-20T10:00:00+01:00', 'ryhov-med-3', {
      carePlanId: 'sip-1',
      version: 1,
      goals: ['I want to be able to walk to the shop again'],
      actions: [action],
    });
    const v2 = {
      ...careEventEnvelope(
        'CarePlanUpdated',
        patientId,
        '2026-11-22T09:00:00+01:00',
        'jkpg-home-care-south',
        {
          carePlanId: 'sip-1',
          version: 2,
          goals: ['I want to cook my own dinner'],
          actions: [action],
          contacts: [{ description: 'Night patrol', phone: '036-10 50 00', available: 'day-and-night' }],
          followUps: [],
          recommendations: [],
        },
      ),
      schemaVersion: 2,
    };
    await new CareEventStore(prisma, { topic: topics.careEvents, headers: () => ({}) }).append([
      v2,
      v1,
    ] as never);
    await readModels.apply(await published());
    expect(
      (await versions()).map((v) => [v.version, v.careLinkId, (v.payload as { goals: string[] }).goals]),
    ).toEqual([
      [1, 'ryhov-med-3', ['I want to be able to walk to the shop again']],
      [2, 'jkpg-home-care-south', ['I want to cook my own dinner']],
    ]);
  });

  it('stores each version once when delivered again, and the same after a replay', async () => {
    const before = await versions();
    await readModels.apply(await published());
    expect(await versions()).toEqual(before);
    await readModels.rebuild();
    expect(await versions()).toEqual(before);
  });
});
