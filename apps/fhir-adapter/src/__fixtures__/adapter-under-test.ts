import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import request from 'supertest';
import { topics } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  createTestDatabase,
  serviceEnv,
  startFhirTestServer,
  startTestBroker,
  type FhirTestServer,
  type FhirTestServerOptions,
  type RunningBroker,
  type TestDatabase,
} from '@carechain/testing';
import { FhirAdapterModule } from '../fhir-adapter.module';
import { connectionsFile } from './ehr';

/** The adapter in this process, on a database, broker and FHIR server of the test's own. */
export class AdapterUnderTest {
  private producer?: Producer;

  private constructor(
    readonly db: TestDatabase,
    readonly broker: RunningBroker,
    readonly ehr: FhirTestServer,
    readonly app: INestApplication,
    readonly prisma: PrismaClient,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(
    connection: object | ((baseUrl: string) => object) = {},
    options: { server?: FhirTestServerOptions; env?: NodeJS.ProcessEnv } = {},
  ): Promise<AdapterUnderTest> {
    const [db, broker, ehr] = await Promise.all([
      createTestDatabase(),
      startTestBroker(),
      startFhirTestServer(options.server),
    ]);
    const env = {
      ...serviceEnv(db.url, broker.brokers),
      FHIR_CONNECTIONS_FILE: connectionsFile(
        ehr.baseUrl,
        typeof connection === 'function' ? connection(ehr.baseUrl) : connection,
      ),
      ...options.env,
    };
    const app = await AdapterUnderTest.app(env);
    return new AdapterUnderTest(db, broker, ehr, app, createPrismaClient(db.url, 2), env);
  }

  private static async app(env: NodeJS.ProcessEnv): Promise<INestApplication> {
    const app = await createService({ module: FhirAdapterModule.fromEnv(env).module, port: 0 });
    await app.init();
    return app;
  }

  /** A second replica of the adapter on the same database, broker, EHR and connections. */
  async replica(): Promise<INestApplication> {
    return AdapterUnderTest.app(this.env);
  }

  /** The connection's entry in GET /connections/status. */
  async status(app = this.app) {
    return (await request(app.getHttpServer()).get('/connections/status').expect(200)).body.connections[0];
  }

  /** Publishes care events on care.events.v1 as the outbox relay does, keyed by patient. */
  async publish(...events: { patientId: string }[]): Promise<void> {
    if (!this.producer) {
      this.producer = new Kafka({
        clientId: 'test-outbox',
        brokers: [this.broker.brokers],
        logLevel: logLevel.NOTHING,
      }).producer();
      await this.producer.connect();
    }
    await this.producer.send({
      topic: topics.careEvents,
      acks: -1,
      messages: events.map((e) => ({ key: e.patientId, value: JSON.stringify(e) })),
    });
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
    await this.app.close();
    await this.prisma.$disconnect();
    await Promise.all([this.ehr.stop(), this.broker.stop()]);
    await this.db.drop();
  }
}
