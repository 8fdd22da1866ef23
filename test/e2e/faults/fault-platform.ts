import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { careEventHeaders } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  careEvents,
  createTestDatabase,
  eventually,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  uniquePatientId,
  type RunningBroker,
  type RunningService,
  type ServiceName,
} from '@carechain/testing';
import { askGateway, JOURNEY_QUERY, type GraphqlAnswer, type JourneyView } from '../running-platform';

/** A database the platform runs on; a test that restarts PostgreSQL brings its own. */
export interface FaultDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface FaultPlatformOptions {
  careEvents?: number;
  projectors?: number;
  gateways?: number;
  /** Settings for every projector and gateway (the consumers), e.g. how often they catch up from the event store. */
  consumerEnv?: NodeJS.ProcessEnv;
  database?: FaultDatabase;
}

type ScaledService = 'care-events' | 'projector' | 'gateway';

// Catching up from the store would hide a Kafka path that loses events; tests that need it say so.
export const KAFKA_ONLY: NodeJS.ProcessEnv = {
  PROJECTOR_CATCH_UP_INTERVAL_MS: '600000',
  PROJECTOR_CATCH_UP_GRACE_MS: '600000',
  HANDOVER_CATCH_UP_INTERVAL_MS: '600000',
  HANDOVER_CATCH_UP_GRACE_MS: '600000',
};

/** Catching up from the store every half second, for faults in which Kafka loses what it held. */
export const QUICK_CATCH_UP: NodeJS.ProcessEnv = {
  PROJECTOR_CATCH_UP_INTERVAL_MS: '500',
  PROJECTOR_CATCH_UP_GRACE_MS: '3000',
  HANDOVER_CATCH_UP_INTERVAL_MS: '500',
  HANDOVER_CATCH_UP_GRACE_MS: '3000',
};

// The admitting ward asks for a handover at each discharge: every stay of the load owes it one package.
const DISCHARGE_HANDOVER = {
  specificationId: 'akm-at-discharge',
  name: 'Efter utskrivning',
  trigger: 'discharge',
  document: '{ patient { patientId stay { dischargedAt } } }',
  // Stays end an hour ago (see stayOf), so no package nears its deadline during a test.
  target: { kind: 'days', days: 3 },
};
export const HANDOVER_RECEIVER = 'ryhov-akm';

/**
 * Several care-events, projector and gateway instances as real processes on one database and
 * broker, so a test can crash one of them, or the broker, while the others carry on.
 */
export class FaultPlatform {
  readonly instances: Record<ScaledService, RunningService[]> = {
    'care-events': [],
    projector: [],
    gateway: [],
  };
  readonly prisma: PrismaClient;
  private started = 0;
  private readonly applicationNames = new Map<RunningService, string>();

  private constructor(
    readonly db: FaultDatabase,
    public broker: RunningBroker,
    private readonly consumerEnv: NodeJS.ProcessEnv,
  ) {
    this.prisma = createPrismaClient(db.url, 2);
  }

  /** Stops whatever did start, and drops the database, if any part cannot start. */
  static async start(options: FaultPlatformOptions = {}): Promise<FaultPlatform> {
    const db = options.database ?? (await createTestDatabase());
    const broker = await startTestBroker().catch(async (error) => {
      await db.drop();
      throw error;
    });
    const platform = new FaultPlatform(db, broker, options.consumerEnv ?? {});
    try {
      const started = await Promise.allSettled([
        ...Array.from({ length: options.careEvents ?? 2 }, () => platform.startInstance('care-events')),
        ...Array.from({ length: options.projectors ?? 2 }, () => platform.startInstance('projector')),
        ...Array.from({ length: options.gateways ?? 2 }, () => platform.startInstance('gateway')),
      ]);
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      const saved = await platform.graphql(
        'mutation($input: HandoverSpecificationInput!) { saveHandoverSpecification(input: $input) { version } }',
        { input: DISCHARGE_HANDOVER },
        HANDOVER_RECEIVER,
      );
      if (saved.errors)
        throw new Error(
          `the discharge handover could not be specified: ${saved.errors.map((e) => e.message).join('; ')}`,
        );
      return platform;
    } catch (error) {
      await platform.stop().catch(() => undefined);
      throw error;
    }
  }

  /**
   * One more instance; its database sessions carry its name (`care-events-2`) as application_name,
   * so a test can tell which instance holds a lock.
   */
  async startInstance(name: ScaledService): Promise<RunningService> {
    const url = new URL(this.db.url);
    url.searchParams.set('application_name', `${name}-${++this.started}`);
    const settings = name === 'care-events' ? {} : this.consumerEnv;
    const service = await startServiceProcess(name as ServiceName, {
      ...serviceEnv(url.toString(), this.broker.brokers),
      ...settings,
    });
    this.applicationNames.set(service, url.searchParams.get('application_name')!);
    this.instances[name].push(service);
    return service;
  }

  applicationNameOf(service: RunningService): string {
    return this.applicationNames.get(service)!;
  }

  /** SIGKILL: the instance leaves the load balancer and dies with no shutdown. */
  async crash(service: RunningService): Promise<void> {
    const list = this.instances[service.name as ScaledService];
    list.splice(list.indexOf(service), 1);
    await service.crash();
  }

  intakeUrls(): string[] {
    return this.instances['care-events'].map((s) => s.url);
  }

  async stopBroker(): Promise<void> {
    await this.broker.stop();
  }

  /** The broker comes back on the same port, empty, as after a full Kafka outage. */
  async restartBroker(): Promise<void> {
    this.broker = await startTestBroker(this.broker.port);
  }

  /** The care-events instance that holds the outbox relay's leader lock, once one does. */
  async relayLeader(): Promise<RunningService> {
    return eventually(async () => {
      const rows = await this.prisma.$queryRaw<{ application_name: string }[]>`
        SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.objid::bigint = (hashtext('carechain.outbox-relay')::bigint & 4294967295) AND l.objsubid = 1`;
      return this.instances['care-events'].find((s) =>
        rows.some((r) => r.application_name === this.applicationNameOf(s)),
      );
    }, 'a care-events instance leading the outbox relay');
  }

  submit(event: object): Promise<Response> {
    return fetch(`${this.intakeUrls()[0]}/care-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  }

  /** Resolves once `service` is inside a database transaction: a crash then lands mid-batch. */
  async inTransaction(service: RunningService): Promise<void> {
    await eventually(
      async () => {
        const [{ open }] = await this.prisma.$queryRaw<{ open: bigint }[]>`
        SELECT count(*) AS open FROM pg_stat_activity WHERE application_name = ${this.applicationNameOf(service)} AND xact_start IS NOT NULL`;
        return open > 0n ? true : undefined;
      },
      `${this.applicationNameOf(service)} applying a batch`,
    );
  }

  graphql<T>(query: string, variables: object, careLinkId: string): Promise<GraphqlAnswer<T>> {
    return askGateway<T>(this.instances.gateway[0].url, query, variables, careLinkId);
  }

  async stop(): Promise<void> {
    await this.prisma.$disconnect();
    await Promise.all(
      Object.values(this.instances)
        .flat()
        .map((s) => s.stop()),
    );
    await this.broker.stop();
    await this.db.drop();
  }
}

/**
 * A platform and a load of care events for the describe block this is called in, stopped after
 * it. `options` may be a function, for settings known only once its own start-up has run.
 */
export function faultPlatformPerFile(
  options: FaultPlatformOptions | (() => Promise<FaultPlatformOptions>) = {},
): { platform: FaultPlatform; load: CareEventLoad } {
  const running = {} as { platform: FaultPlatform; load: CareEventLoad };
  beforeAll(async () => {
    running.platform = await FaultPlatform.start(typeof options === 'function' ? await options() : options);
    running.load = new CareEventLoad(() => running.platform.intakeUrls());
  });
  afterAll(async () => {
    await running.load?.stop().catch(() => undefined);
    await running.platform?.stop();
  });
  return running;
}

/** An answer from intake that was not an acceptance, kept so a test can say what clients saw. */
export interface Refusal {
  status: number | 'no answer';
  body: string;
}

/**
 * Patients go through admission, transfer, medically ready and discharge, each patient's events
 * one after the other, several patients at once, sent in turn to every intake instance. Like a
 * careful EHR, a submission that is not accepted is sent again (the event id makes that safe)
 * until it is accepted; `stop` lets every patient under way finish their stay.
 */
export class CareEventLoad {
  /** Accepted events per patient, in the order sent (which is also their occurrence order). */
  readonly accepted = new Map<string, string[]>();
  readonly refusals: Refusal[] = [];
  private running = false;
  private workers: Promise<void>[] = [];
  private turn = 0;

  constructor(
    private readonly intakeUrls: () => string[],
    private readonly concurrency = 3,
    /** How long one event may keep being refused before the load gives up (and the test fails). */
    private readonly patienceMs = 90_000,
  ) {}

  start(): this {
    this.running = true;
    this.workers = Array.from({ length: this.concurrency }, () => this.work());
    return this;
  }

  get acceptedCount(): number {
    return [...this.accepted.values()].reduce((sum, ids) => sum + ids.length, 0);
  }

  /** Waits until `more` events beyond those accepted so far have been accepted. */
  async acceptMore(more: number, timeoutMs = 60_000): Promise<void> {
    const target = this.acceptedCount + more;
    await eventually(
      async () => (this.acceptedCount >= target ? true : undefined),
      `${more} more accepted care events`,
      timeoutMs,
    );
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    while (this.running) {
      const patient = uniquePatientId();
      this.accepted.set(patient, []);
      for (const event of stayOf(patient)) {
        await this.submitUntilAccepted(event);
        this.accepted.get(patient)!.push(event.eventId);
      }
    }
  }

  private async submitUntilAccepted(event: { eventId: string }): Promise<void> {
    const deadline = Date.now() + this.patienceMs;
    for (;;) {
      const urls = this.intakeUrls();
      const url = urls[this.turn++ % urls.length];
      try {
        const res = await fetch(`${url}/care-events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(15_000),
        });
        if (res.status === 201 || res.status === 200) return;
        this.refusals.push({ status: res.status, body: await res.text() });
        if (res.status < 500)
          throw new Error(`intake refused a valid event: ${res.status} ${this.refusals.at(-1)!.body}`);
      } catch (error) {
        if ((error as Error).message.startsWith('intake refused')) throw error;
        this.refusals.push({ status: 'no answer', body: (error as Error).message });
      }
      if (Date.now() > deadline)
        throw new Error(`intake did not accept event ${event.eventId} within ${this.patienceMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** A stay that ended an hour ago: its discharge handover is on time, so the store gains no breach events. */
export function stayOf(patient: string) {
  return [
    careEvents.admitted(patient, hoursAgo(100), 'ryhov-akm'),
    careEvents.transferred(patient, hoursAgo(96), 'ryhov-akm', 'ryhov-med-3'),
    careEvents.medicallyReady(patient, hoursAgo(50)),
    careEvents.discharged(patient, hoursAgo(1)),
  ];
}

/**
 * After the load: every accepted event is stored once, sent from the outbox, applied exactly once
 * to every read model, every discharge handed over once by one of the gateways, and the journeys of a few patients read through GraphQL show whole stays in
 * order. Waits up to `timeoutMs` for the platform to settle.
 */
export async function expectEveryEventAppliedOnce(
  platform: FaultPlatform,
  load: CareEventLoad,
  timeoutMs = 60_000,
): Promise<void> {
  const { prisma } = platform;
  const accepted = [...load.accepted.values()].flat();
  const stored = await prisma.careEvent.findMany({ select: { eventId: true } });
  expect(new Set(stored.map((e) => e.eventId))).toEqual(new Set(accepted));
  expect(stored).toHaveLength(accepted.length);

  const patients = [...load.accepted.keys()];
  const settled = async () => {
    const unsent = await prisma.outboxMessage.count({ where: { sentAt: null } });
    // A checkpoint is claimed in the transaction that applies its event to every read model.
    const applied = await prisma.projectionCheckpoint.count({ where: { eventId: { in: accepted } } });
    const handovers = await prisma.handoverPackage.count({
      where: { patientId: { in: patients }, receivingCareLinkId: HANDOVER_RECEIVER },
    });
    return { unsent, applied, handovers };
  };
  const everything = {
    unsent: 0,
    applied: accepted.length,
    handovers: patients.length,
  };
  let last = await settled();
  await eventually(
    async () => {
      last = await settled();
      return JSON.stringify(last) === JSON.stringify(everything) ? true : undefined;
    },
    'every event sent and applied to every read model',
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(last)} of ${accepted.length} events`);
  });

  // Checkpoints of events the store does not hold would mean something was applied twice under two ids.
  const [{ strays }] = await prisma.$queryRaw<{ strays: bigint }[]>`
    SELECT count(*) AS strays FROM projection_checkpoint p LEFT JOIN care_event e ON e.event_id = p.event_id
    WHERE e.event_id IS NULL`;
  expect(Number(strays)).toBe(0);
  expect(await prisma.journeyEntry.count()).toBe(accepted.length);
  expect(await prisma.stayEvent.count()).toBe(accepted.length);
  expect(
    await prisma.patientJourney.count({
      where: { patientId: { in: patients }, status: 'discharged', eventCount: 4 },
    }),
  ).toBe(patients.length);

  // Store order within each patient is the order the events were sent in.
  const entries = await prisma.journeyEntry.findMany({
    orderBy: { sequence: 'asc' },
    select: { patientId: true, eventId: true },
  });
  const inStoreOrder = new Map<string, string[]>();
  for (const e of entries)
    inStoreOrder.set(e.patientId, [...(inStoreOrder.get(e.patientId) ?? []), e.eventId]);
  expect(inStoreOrder).toEqual(load.accepted);

  for (const patientId of [patients[0], patients[Math.floor(patients.length / 2)], patients.at(-1)!]) {
    const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-med-3');
    expect(data?.patientJourney).toMatchObject({ status: 'DISCHARGED', eventCount: 4 });
    expect(data!.patientJourney!.timeline.map((e) => e.eventId)).toEqual(load.accepted.get(patientId));
  }
}

export interface TopicMessage {
  partition: number;
  message: KafkaMessage;
}

/** Every message now on `topic`, read from the beginning up to the high watermarks taken at the start. */
export async function readWholeTopic(brokers: string, topic: string): Promise<TopicMessage[]> {
  const kafka = new Kafka({
    clientId: 'carechain-fault-test',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
  await admin.disconnect();
  const expected = [...ends.values()].reduce((a, b) => a + b, 0);
  const received: TopicMessage[] = [];
  if (!expected) return received;
  const consumer = kafka.consumer({
    groupId: `fault-test-${randomUUID()}`,
    maxWaitTimeInMs: 100,
    sessionTimeout: 6000,
    heartbeatInterval: 1000,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${received.length} of the ${expected} messages on ${topic}`)),
        30_000,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (Number(message.offset) < ends.get(partition)!) received.push({ partition, message });
          if (received.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return received;
}

export const eventIdOf = (m: TopicMessage) => m.message.headers?.[careEventHeaders.eventId]?.toString();
