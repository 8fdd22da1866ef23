import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { deadLetterHeaders, topics, validatePublishedCareEvent } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import { Kafka, logLevel } from 'kafkajs';
import {
  careEventEnvelope,
  careEvents,
  collectMessages,
  createTestDatabase,
  eventually,
  produceMessages,
  serviceEnv,
  startTestBroker,
  type RunningBroker,
  type TestDatabase,
  uniquePatientId,
} from '@carechain/testing';
import { CareEventsModule } from '../care-events.module';

describe('care-event intake over HTTP and Kafka', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplication;
  let prisma: PrismaClient;
  const post = (path: string, body: unknown) =>
    request(app.getHttpServer())
      .post(path)
      .send(body as object);

  beforeAll(async () => {
    db = await createTestDatabase();
    broker = await startTestBroker();
    const { module } = CareEventsModule.fromEnv(serviceEnv(db.url, broker.brokers));
    app = await createService({ module, port: 0, bodyLimit: '2mb' });
    await app.init();
    prisma = createPrismaClient(db.url, 2);
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
    await broker?.stop();
    await db?.drop();
  });

  it('stores an admission with its outbox message and publishes it keyed by patient id', async () => {
    const admission = careEvents.admitted(uniquePatientId());
    const res = await post('/care-events', admission).expect(201);
    expect(res.body).toEqual({
      status: 'accepted',
      eventId: admission.eventId,
      sequence: expect.any(Number),
      recordedAt: expect.any(String),
    });

    const published = await eventually(async () => {
      const messages = await collectMessages(broker.brokers, topics.careEvents, 1, 5000);
      return messages.find((m) => m.key?.toString() === admission.patientId);
    }, 'the admission on care.events.v1');
    const event = validatePublishedCareEvent(JSON.parse(published.value!.toString()));
    expect(event).toMatchObject({
      ok: true,
      event: { eventId: admission.eventId, sequence: res.body.sequence },
    });
    await eventually(
      async () =>
        (await prisma.outboxMessage.findFirst({ where: { eventId: admission.eventId } }))?.sentAt
          ? true
          : undefined,
      'the outbox row marked sent',
    );
  });

  it('answers a resubmission with the original result and stores the event once', async () => {
    const admission = careEvents.admitted(uniquePatientId());
    const first = await post('/care-events', admission).expect(201);
    const again = await post('/care-events', admission).expect(200);
    expect(again.body).toEqual({ ...first.body, status: 'duplicate' });
    expect(await prisma.careEvent.count({ where: { patientId: admission.patientId } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { eventId: admission.eventId } })).toBe(1);
  });

  it('accepts an event id sent in capitals the first time and answers its resubmission as a duplicate', async () => {
    const admission = careEvents.admitted(uniquePatientId());
    const shouted = { ...admission, eventId: admission.eventId.toUpperCase() };
    const first = await post('/care-events', shouted).expect(201);
    expect(first.body).toMatchObject({ status: 'accepted', eventId: admission.eventId });
    const again = await post('/care-events', shouted).expect(200);
    expect(again.body).toEqual({ ...first.body, status: 'duplicate' });
    expect(await prisma.outboxMessage.count({ where: { eventId: admission.eventId } })).toBe(1);
  });

  it('treats a retry under the same idempotency key with a fresh event id as a duplicate', async () => {
    const admission = {
      ...careEvents.admitted(uniquePatientId()),
      idempotencyKey: 'Encounter/123/_history/2' + uniquePatientId(),
    };
    const first = await post('/care-events', admission).expect(201);
    const retry = await post('/care-events', {
      ...admission,
      eventId: careEvents.admitted('x').eventId,
    }).expect(200);
    expect(retry.body).toEqual({ ...first.body, status: 'duplicate' });
  });

  it('refuses to reuse an event id for different content', async () => {
    const admission = careEvents.admitted(uniquePatientId());
    await post('/care-events', admission).expect(201);
    const res = await post('/care-events', {
      ...admission,
      payload: { ...admission.payload, admissionType: 'elective' },
    }).expect(409);
    expect(res.body).toEqual({
      status: 'conflict',
      eventId: admission.eventId,
      message: `eventId ${admission.eventId} was already used for a different event`,
    });
  });

  it('rejects malformed JSON and says so', async () => {
    const res = await request(app.getHttpServer())
      .post('/care-events')
      .set('content-type', 'application/json')
      .send('{"eventId": "0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10", "type": ')
      .expect(400);
    expect(res.body).toEqual({
      status: 'rejected',
      problems: [{ path: '(body)', message: expect.stringMatching(/^request body is not valid JSON: /) }],
    });
  });

  it.each([
    [
      'an unknown event type',
      { type: 'PatientTeleported' },
      'type',
      /unknown event type 'PatientTeleported'/,
    ],
    [
      'a schema version that does not exist',
      { schemaVersion: 2 },
      'schemaVersion',
      /schemaVersion 2 is not supported for PatientAdmitted; supported: 1/,
    ],
    ['a missing patient id', { patientId: undefined }, 'patientId', /patientId is required/],
  ])('rejects %s with a problem naming the field', async (_case, change, path, message) => {
    const event = { ...careEvents.admitted(uniquePatientId()), ...change };
    const res = await post('/care-events', event).expect(400);
    expect(res.body).toEqual({
      status: 'rejected',
      eventId: event.eventId,
      problems: [{ path, message: expect.stringMatching(message) }],
    });
    expect(await prisma.careEvent.count({ where: { eventId: event.eventId } })).toBe(0);
  });

  it('stores the valid events of a mixed batch and reports each one', async () => {
    const patientId = uniquePatientId();
    const good = careEvents.admitted(patientId);
    const bad = {
      ...careEvents.transferred(patientId, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
      schemaVersion: 9,
    };
    const alsoGood = careEvents.medicallyReady(patientId, '2026-11-18T10:00:00+01:00');
    const res = await post('/care-events/batch', { events: [good, bad, alsoGood] }).expect(207);
    expect(res.body.results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'accepted'],
      [1, 'rejected'],
      [2, 'accepted'],
    ]);
    const stored = await prisma.careEvent.findMany({ where: { patientId }, orderBy: { sequence: 'asc' } });
    expect(stored.map((e) => e.eventId)).toEqual([good.eventId, alsoGood.eventId]);
  });

  it('refuses an event holding a NUL character with 400 naming the field, not a 500', async () => {
    const event = careEvents.medicallyReady(uniquePatientId(), '2026-11-18T10:00:00+01:00');
    const res = await post('/care-events', { ...event, correlationId: 'sip\u0000-1' }).expect(400);
    expect(res.body).toEqual({
      status: 'rejected',
      eventId: event.eventId,
      problems: [{ path: 'correlationId', message: 'must not contain a NUL character (\\u0000)' }],
    });
  });

  it('refuses only the event with a NUL or a lone surrogate in a batch and stores the rest (207)', async () => {
    const patientId = uniquePatientId();
    const good = careEvents.admitted(patientId);
    const withNul = {
      ...careEvents.admitted(patientId, '2026-11-16T08:00:00+01:00'),
      source: { system: 'test-ehr\u0000', careLinkId: 'ryhov-akm' },
    };
    const withSurrogate = {
      ...careEventEnvelope('MedicallyReadyWithdrawn', patientId, '2026-11-17T08:00:00+01:00', 'ryhov-med-3', {
        stayId: `stay-${patientId}`,
        reason: 'fever \uD83D',
      }),
    };
    const alsoGood = careEvents.medicallyReady(patientId, '2026-11-18T10:00:00+01:00');
    const res = await post('/care-events/batch', { events: [good, withNul, withSurrogate, alsoGood] }).expect(
      207,
    );
    expect(res.body.results).toEqual([
      expect.objectContaining({ index: 0, status: 'accepted' }),
      {
        index: 1,
        status: 'rejected',
        eventId: withNul.eventId,
        problems: [{ path: 'source.system', message: 'must not contain a NUL character (\\u0000)' }],
      },
      {
        index: 2,
        status: 'rejected',
        eventId: withSurrogate.eventId,
        problems: [
          { path: 'payload.reason', message: 'must be valid Unicode: it contains an unpaired surrogate' },
        ],
      },
      expect.objectContaining({ index: 3, status: 'accepted' }),
    ]);
    const stored = await prisma.careEvent.findMany({ where: { patientId }, orderBy: { sequence: 'asc' } });
    expect(stored.map((e) => e.eventId)).toEqual([good.eventId, alsoGood.eventId]);
  });

  it('answers 200 when every event of a batch is stored', async () => {
    const patientId = uniquePatientId();
    const res = await post('/care-events/batch', { events: [careEvents.admitted(patientId)] }).expect(200);
    expect(res.body.results).toEqual([expect.objectContaining({ index: 0, status: 'accepted' })]);
  });

  it('rejects a batch that is not a list of events', async () => {
    const res = await post('/care-events/batch', { events: {} }).expect(400);
    expect(res.body.problems).toEqual([
      { path: 'events', message: 'events must be an array of 1 to 1000 care events' },
    ]);
  });

  it('stores valid commands from Kafka and dead-letters the others with the reason', async () => {
    const patientId = uniquePatientId();
    const valid = careEvents.admitted(patientId);
    const unknownType = { ...careEvents.admitted(patientId), type: 'PatientVanished' };
    const kafka = new Kafka({
      clientId: 'test-integrator',
      brokers: [broker.brokers],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.careEventCommands,
      messages: [
        { key: patientId, value: '{"not json' },
        { key: patientId, value: JSON.stringify(unknownType) },
        { key: patientId, value: JSON.stringify(valid) },
      ],
    });
    await producer.disconnect();

    await eventually(
      async () => ((await prisma.careEvent.count({ where: { eventId: valid.eventId } })) ? true : undefined),
      'the valid command stored',
    );
    const dead = await collectMessages(broker.brokers, topics.careEventCommandsDeadLetter, 2);
    const reasons = dead.map((m) => m.headers![deadLetterHeaders.reason]!.toString());
    expect(reasons).toEqual([
      expect.stringMatching(/^message value is not valid JSON: /),
      expect.stringMatching(/^type: unknown event type 'PatientVanished'/),
    ]);
    expect(dead[1].value!.toString()).toBe(JSON.stringify(unknownType));
    expect(
      dead.every((m) => m.headers![deadLetterHeaders.originalTopic]!.toString() === topics.careEventCommands),
    ).toBe(true);

    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toContain(
      `carechain_dead_letters_total{topic="${topics.careEventCommands}",group="carechain.care-events.intake"} 2`,
    );
    expect(metrics).toMatch(
      /^carechain_care_events_intake_total\{channel="kafka-command",outcome="rejected"\} 1$/m,
    );
  });

  it('dead-letters a command holding a NUL within seconds and stores the next command on its partition', async () => {
    const patientId = uniquePatientId();
    const poisoned = { ...careEvents.admitted(patientId), correlationId: 'x\u0000' };
    const next = careEvents.medicallyReady(patientId, '2026-11-18T10:00:00+01:00');
    // JSON.stringify writes the NUL as \u0000, as a sender's serializer would.
    await produceMessages(
      broker.brokers,
      topics.careEventCommands,
      [poisoned, next].map((event) => ({ key: patientId, value: JSON.stringify(event) })),
    );
    await eventually(
      async () => ((await prisma.careEvent.count({ where: { eventId: next.eventId } })) ? true : undefined),
      'the command after the poisoned one stored',
      10_000,
    );
    const dead = await collectMessages(broker.brokers, topics.careEventCommandsDeadLetter, 3);
    const mine = dead.find((m) => m.key?.toString() === patientId);
    expect(mine?.headers![deadLetterHeaders.reason]!.toString()).toBe(
      'correlationId: must not contain a NUL character (\\u0000)',
    );
    expect(await prisma.careEvent.count({ where: { eventId: poisoned.eventId } })).toBe(0);
  });
});
