import { Injectable } from '@nestjs/common';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { Metrics, Recent } from '@carechain/service-runtime';

interface Backlog {
  unsent: number;
  oldestAgeSeconds: number;
}

/**
 * How far the outbox relay is behind, read at scrape time with one query over the unsent rows
 * (a partial index holds only them): a backlog that grows, or an oldest row that ages, means events
 * are stored but not reaching Kafka.
 */
@Injectable()
export class OutboxMetrics {
  private readonly recent = new Recent<Backlog>(1000);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    metrics: Metrics,
  ) {
    const backlog = () => this.recent.get(() => this.read());
    metrics.gauge({
      name: 'carechain_outbox_unsent_messages',
      help: 'Outbox messages stored with their care event but not yet published to Kafka',
      async collect() {
        this.set((await backlog()).unsent);
      },
    });
    metrics.gauge({
      name: 'carechain_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest unpublished outbox message; 0 when none waits',
      async collect() {
        this.set((await backlog()).oldestAgeSeconds);
      },
    });
  }

  private async read(): Promise<Backlog> {
    const [row] = await this.prisma.$queryRaw<{ unsent: number; age: number | null }[]>`
      SELECT count(*)::int AS unsent, extract(epoch FROM now() - min(created_at))::float8 AS age
      FROM outbox_message WHERE sent_at IS NULL`;
    return { unsent: row.unsent, oldestAgeSeconds: Math.max(0, row.age ?? 0) };
  }
}
