import type { INestApplication } from '@nestjs/common';
import { careEventHeaders, deadLetterHeaders, topics } from '@carechain/contracts';
import { CareEventStore, createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import {
  careEvents,
  collectMessages,
  createTestDatabase,
  eventually,
  serviceEnv,
  startTestBroker,
  type RunningBroker,
  type TestDatabase,
  uniquePatientId,
} from '@carechain/testing';
import { ProjectorModule } from '../projector.module';
import { ReadModels } from '../read-models/read-models';

describe('the journey projection under redelivery and replay', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplication;
  let prisma: PrismaClient;
  let producer: Producer;
  let store: CareEventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    broker = await startTestBroker();
    prisma = createPrismaClient(db.url, 2);
    // Events enter the store as intake would put them there; the test plays the outbox relay.
    store = new CareEventStore(prisma, {
      topic: topics.careEvents,
      headers: (e) => ({ [careEventHeaders.eventId]: e.eventId }),
    });
    const { module } = ProjectorModule.fromEnv(serviceEnv(db.url, broker.brokers));
    app = await createService({ module, port: 0 });
    await app.init();
    producer = new Kafka({
      clientId: 'test-relay',
      brokers: [broker.brokers],
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await prisma?.$disconnect();
    await broker?.stop();
    await db?.drop();
  });

  /** Stores events and returns their published form, as the outbox holds it. */
  async function storeEvents(events: object[]): Promise<string[]> {
    const outcomes = await store.append(events as Parameters<CareEventStore['append']>[0]);
    const ids = outcomes.map((o) => o.eventId);
    const rows = await prisma.outboxMessage.findMany({
      where: { eventId: { in: ids } },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => r.value);
  }

  // Everything on one partition, so a later sentinel proves the earlier messages were consumed.
  const publish = (values: string[]) =>
    producer.send({
      topic: topics.careEvents,
      acks: -1,
      messages: values.map((value) => ({ partition: 0, key: 'k', value })),
    });

  const projected = (eventId: string) =>
    eventually(
      async () => ((await prisma.projectionCheckpoint.count({ where: { eventId } })) ? true : undefined),
      `event ${eventId} projected`,
    );

  async function readModel() {
    const journeys = await prisma.patientJourney.findMany({
      orderBy: { patientId: 'asc' },
      omit: { updatedAt: true },
    });
    const timeline = await prisma.journeyEntry.findMany({ orderBy: { eventId: 'asc' } });
    return { journeys, timeline };
  }

  const patient = uniquePatientId();
  const journey = [
    careEvents.admitted(patient, '2026-11-16T07:40:00+01:00', 'ryhov-akm'),
    careEvents.transferred(patient, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
    careEvents.medicallyReady(patient, '2026-11-18T10:00:00+01:00'),
  ];

  it('projects a journey delivered once', async () => {
    const published = await storeEvents(journey);
    await publish(published);
    await projected(journey[2].eventId);
    expect(await prisma.patientJourney.findUnique({ where: { patientId: patient } })).toMatchObject({
      status: 'in-hospital',
      wardCareLinkId: 'ryhov-med-3',
      medicallyReadySince: new Date('2026-11-18T09:00:00Z'),
      eventCount: 3,
    });
  });

  it('leaves the read model unchanged when the same events are delivered again', async () => {
    const before = await readModel();
    const published = (await prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => r.value);
    const sentinel = careEvents.admitted(uniquePatientId());
    await publish([...published, ...published, ...(await storeEvents([sentinel]))]);
    await projected(sentinel.eventId);

    const after = await readModel();
    expect(after.journeys.filter((j) => j.patientId !== sentinel.patientId)).toEqual(before.journeys);
    expect(after.timeline.filter((e) => e.patientId !== sentinel.patientId)).toEqual(before.timeline);
    expect(await prisma.projectionCheckpoint.count()).toBe(4);
  });

  it('rebuilds an identical read model by replaying the event store', async () => {
    const before = await readModel();
    expect(before.timeline).toHaveLength(4);
    const replayed = await app.get(ReadModels).rebuild();
    expect(replayed).toBe(4);
    expect(await readModel()).toEqual(before);
  });

  it('dead-letters a message that breaks the contract and keeps projecting the rest', async () => {
    const next = careEvents.discharged(patient, '2026-11-20T14:00:00+01:00');
    const [valid] = await storeEvents([next]);
    const withoutSequence = JSON.stringify({
      ...JSON.parse(valid),
      sequence: undefined,
      eventId: careEvents.admitted('x').eventId,
    });
    await publish(['{"half', withoutSequence, valid]);
    await projected(next.eventId);

    expect(await prisma.patientJourney.findUnique({ where: { patientId: patient } })).toMatchObject({
      status: 'discharged',
      eventCount: 4,
    });
    const dead = await collectMessages(broker.brokers, topics.careEventsDeadLetter, 2);
    expect(dead.map((m) => m.headers![deadLetterHeaders.reason]!.toString())).toEqual([
      expect.stringMatching(/^message value is not valid JSON/),
      expect.stringMatching(/^sequence: /),
    ]);
  });

  it('folds later events onto the stored journey and refolds it when an event arrives late', async () => {
    const esther = uniquePatientId();
    const admitted = careEvents.admitted(esther, '2026-11-16T07:40:00+01:00', 'ryhov-akm');
    const ready = careEvents.medicallyReady(esther, '2026-11-18T10:00:00+01:00');
    const transfer = careEvents.transferred(esther, '2026-11-17T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3');
    for (const event of [admitted, ready, transfer]) {
      await publish(await storeEvents([event]));
      await projected(event.eventId);
    }
    const live = await prisma.patientJourney.findUnique({
      where: { patientId: esther },
      omit: { updatedAt: true },
    });
    expect(live).toMatchObject({
      wardCareLinkId: 'ryhov-med-3',
      careLinkIds: ['jkpg-home-care-south', 'ryhov-akm', 'ryhov-med-3'],
      eventCount: 3,
      latestOccurredAt: new Date('2026-11-18T09:00:00Z'),
    });
    await app.get(ReadModels).rebuild();
    expect(
      await prisma.patientJourney.findUnique({ where: { patientId: esther }, omit: { updatedAt: true } }),
    ).toEqual(live);
  });
});
