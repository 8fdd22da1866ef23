import type { INestApplication } from '@nestjs/common';
import { topics, validatePublishedCareEvent, type PublishedCareEvent } from '@carechain/contracts';
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

describe('the medicine-list projection under late changes, redelivery and replay', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplication;
  let prisma: PrismaClient;
  let readModels: ReadModels;

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

  const patientId = uniquePatientId();
  const furosemid = {
    text: 'Furosemid 40 mg tablett',
    coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
  };
  const changed = (occurredAt: string, careLinkId: string, ...changes: object[]) =>
    careEventEnvelope('MedicationListChanged', patientId, occurredAt, careLinkId, {
      listVersion: 0,
      changes,
    });

  /** Every stored event as consumers receive it from the outbox. */
  async function published(): Promise<PublishedCareEvent[]> {
    const rows = await prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    return rows.map((r) => {
      const checked = validatePublishedCareEvent(JSON.parse(r.value));
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return checked.event;
    });
  }

  const list = () => prisma.medicineList.findUnique({ where: { patientId } });

  it('folds the changes in the order they happened, whatever order they arrive in', async () => {
    await new CareEventStore(prisma, { topic: topics.careEvents, headers: () => ({}) }).append([
      // The stop on the ward is reported before the primary care start it ends.
      changed('2026-11-18T09:00:00+01:00', 'ryhov-med-3', {
        action: 'stopped',
        medication: { text: 'Alvedon 500 mg' },
      }),
      changed('2026-11-10T10:00:00+01:00', 'vc-tranas', {
        action: 'added',
        medication: { text: 'Alvedon 500 mg' },
        dose: '1 g',
      }),
      changed('2026-11-16T13:00:00+01:00', 'ryhov-med-3', {
        action: 'added',
        medication: furosemid,
        dose: '40 mg',
        frequency: 'twice daily',
      }),
    ] as never);
    await readModels.apply(await published());
    expect(await list()).toMatchObject({
      changeCount: 3,
      changedAt: new Date('2026-11-18T08:00:00Z'),
      medications: [
        {
          medication: furosemid,
          dose: '40 mg',
          frequency: 'twice daily',
          since: '2026-11-16T12:00:00.000Z',
          lastChangedByCareLinkId: 'ryhov-med-3',
        },
      ],
    });
  });

  it('leaves the list unchanged when the same events are delivered again', async () => {
    const before = await list();
    await readModels.apply(await published());
    expect(await list()).toEqual(before);
    expect(await prisma.medicineListChange.count({ where: { patientId } })).toBe(3);
  });

  it('rebuilds the same list by replaying the event store', async () => {
    const before = await list();
    await readModels.rebuild();
    expect(await list()).toEqual(before);
  });
});
