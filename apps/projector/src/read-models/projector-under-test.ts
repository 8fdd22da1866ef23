import type { INestApplication } from '@nestjs/common';
import { validatePublishedCareEvent, type PublishedCareEvent } from '@carechain/contracts';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { createService } from '@carechain/service-runtime';
import {
  createTestDatabase,
  serviceEnv,
  startTestBroker,
  type RunningBroker,
  type TestDatabase,
} from '@carechain/testing';
import { ProjectorModule } from '../projector.module';
import { ReadModels } from './read-models';

/** The projector on a database and broker of the test's own, for projection tests that apply batches by hand. */
export class ProjectorUnderTest {
  private constructor(
    private readonly db: TestDatabase,
    private readonly broker: RunningBroker,
    private readonly app: INestApplication,
    readonly prisma: PrismaClient,
    readonly readModels: ReadModels,
  ) {}

  static async start(): Promise<ProjectorUnderTest> {
    const [db, broker] = await Promise.all([createTestDatabase(), startTestBroker()]);
    const app = await createService({
      module: ProjectorModule.fromEnv(serviceEnv(db.url, broker.brokers)).module,
      port: 0,
    });
    await app.init();
    return new ProjectorUnderTest(db, broker, app, createPrismaClient(db.url, 2), app.get(ReadModels));
  }

  /** Every event the store has put in the outbox, as the projector receives them from Kafka. */
  async published(): Promise<PublishedCareEvent[]> {
    return (await this.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => {
      const checked = validatePublishedCareEvent(JSON.parse(r.value));
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return checked.event;
    });
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.prisma.$disconnect();
    await this.broker.stop();
    await this.db.drop();
  }
}
