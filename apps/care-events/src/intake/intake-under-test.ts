import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Kafka, logLevel } from 'kafkajs';
import { topics } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import { createTestDatabase, serviceEnv, startTestBroker, type RunningBroker } from '@carechain/testing';
import { CareEventsModule } from '../care-events.module';

/**
 * The care-events service on a fresh database and broker, for intake tests. A set-up that fails
 * stops what it had started.
 */
export async function startIntake() {
  const db = await createTestDatabase();
  let broker: RunningBroker | undefined;
  let app: INestApplication | undefined;
  let prisma: PrismaClient | undefined;
  const stop = async () => {
    await app?.close();
    await prisma?.$disconnect();
    await broker?.stop();
    await db.drop();
  };
  try {
    broker = await startTestBroker();
    const { module } = CareEventsModule.fromEnv(serviceEnv(db.url, broker.brokers));
    app = await createService({ module, port: 0 });
    await app.init();
    prisma = createPrismaClient(db.url, 2);
  } catch (error) {
    await stop();
    throw error;
  }
  const server = app.getHttpServer();
  return {
    brokers: broker.brokers,
    prisma,
    post: (path: string, body: object) => request(server).post(path).send(body),
    /** Sends a body as written, for JSON that does not parse. */
    sendRaw: (method: 'post' | 'put', path: string, body: string) =>
      request(server)[method](path).set('content-type', 'application/json').send(body),
    /** Submits care events on the Kafka command topic, as an integrator does. */
    sendCommands: async (key: string, events: object[]) => {
      const kafka = new Kafka({
        clientId: 'test-integrator',
        brokers: [broker.brokers],
        logLevel: logLevel.NOTHING,
      });
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: topics.careEventCommands,
        messages: events.map((event) => ({ key, value: JSON.stringify(event) })),
      });
      await producer.disconnect();
    },
    stop,
  };
}
