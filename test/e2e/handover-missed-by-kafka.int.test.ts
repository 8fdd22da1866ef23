import { careEventHeaders, topics } from '@carechain/contracts';
import { CareEventStore, createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  careEventEnvelope,
  careEvents,
  createTestDatabase,
  eventually,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  uniquePatientId,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';

describe('a trigger the broker never delivered (retention passed, offset reset) still becomes a handover', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let prisma: PrismaClient;
  let store: CareEventStore;
  let services: RunningService[] = [];
  let gateway: RunningService;

  beforeAll(async () => {
    db = await createTestDatabase();
    broker = await startTestBroker();
    prisma = createPrismaClient(db.url, 2);
    store = new CareEventStore(prisma, {
      topic: topics.careEvents,
      headers: (e) => ({ [careEventHeaders.eventId]: e.eventId }),
    });
    const env = serviceEnv(db.url, broker.brokers);
    // No care-events service, so no outbox relay: what is stored never reaches Kafka.
    services = await Promise.all([
      startServiceProcess('projector', {
        ...env,
        PROJECTOR_CATCH_UP_INTERVAL_MS: '200',
        PROJECTOR_CATCH_UP_GRACE_MS: '0',
      }),
      startServiceProcess('gateway', {
        ...env,
        HANDOVER_CATCH_UP_INTERVAL_MS: '200',
        HANDOVER_CATCH_UP_GRACE_MS: '1',
      }),
    ]);
    gateway = services[1];
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await prisma?.$disconnect();
    await broker?.stop();
    await db?.drop();
  });

  const graphql = async <T>(query: string, variables: object = {}) => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-carechain-actor': 'nurse-e2e',
        'x-carechain-care-link': 'jonkoping-home-care',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };

  it('delivers the package from the event store, once', async () => {
    await graphql(
      `
        mutation ($input: HandoverSpecificationInput!) {
          saveHandoverSpecification(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          specificationId: 'at-ready',
          name: 'At ready',
          trigger: 'medically-ready',
          document: '{ patient { patientId } }',
        },
      },
    );
    const patient = uniquePatientId();
    const readyAt = new Date(Date.now() - 60_000).toISOString();
    await store.append([
      careEvents.admitted(patient, new Date(Date.now() - 86_400_000).toISOString()),
      careEventEnvelope('MedicallyReadyForDischarge', patient, readyAt, 'ryhov-med-3', {
        stayId: `stay-${patient}`,
        readyAt,
        expectedDestinationCareLinkId: 'jonkoping-home-care',
      }),
    ] as Parameters<CareEventStore['append']>[0]);

    const inbox = await eventually(async () => {
      const { handoverInboxPage } = await graphql<{
        handoverInboxPage: { packages: { patientId: string; data: unknown }[] };
      }>('{ handoverInboxPage(first: 200) { packages { patientId data } } }');
      return handoverInboxPage.packages.length ? handoverInboxPage.packages : undefined;
    }, 'handover delivered from the store');
    expect(inbox).toEqual([{ patientId: patient, data: { patient: { patientId: patient } } }]);
    // Later passes find it delivered and add nothing.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await prisma.handoverPackage.count()).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(2);
  });

  it('moves on past a backlog of triggers that address no one it serves', async () => {
    const readyAt = new Date(Date.now() - 60_000).toISOString();
    const readyFor = (patient: string, destination: string) =>
      careEventEnvelope('MedicallyReadyForDischarge', patient, readyAt, 'ryhov-med-3', {
        stayId: `stay-${patient}`,
        readyAt,
        expectedDestinationCareLinkId: destination,
      });
    // More patients going to Habo than one page of the catch-up holds, then one going to Jönköping.
    const elsewhere = Array.from({ length: 501 }, () => readyFor(uniquePatientId(), 'habo-home-care'));
    await store.append(elsewhere as Parameters<CareEventStore['append']>[0]);
    const patient = uniquePatientId();
    await store.append([readyFor(patient, 'jonkoping-home-care')] as Parameters<CareEventStore['append']>[0]);

    await eventually(
      async () =>
        (await prisma.handoverPackage.count({ where: { patientId: patient } })) ? true : undefined,
      'the package of the patient behind the backlog',
      120_000,
    );
    expect(
      await prisma.handoverPackage.count({ where: { receivingCareLinkId: 'jonkoping-home-care' } }),
    ).toBe(2);
  });
});
