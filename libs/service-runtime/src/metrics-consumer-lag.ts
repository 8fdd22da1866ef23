import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Admin } from 'kafkajs';
import { BrokerAdmin, Recent } from './health-broker';
import { Metrics } from './metrics-registry';

/** A consumer group of this service and the topic it consumes. */
export interface ConsumerGroup {
  group: string;
  topic: string;
}

export const CONSUMER_GROUPS = Symbol('ConsumerGroups');

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Messages of each partition the group has yet to consume: the high watermark less the committed
 * offset, or less the low watermark while the group has committed nothing (it starts from the beginning).
 */
export function lagOf(
  topic: string,
  committed: { partition: number; offset: string }[],
  watermarks: { partition: number; high: string; low: string }[],
): PartitionLag[] {
  const offsets = new Map(committed.map((c) => [c.partition, Number(c.offset)]));
  return watermarks
    .map(({ partition, high, low }) => {
      const at = offsets.get(partition) ?? -1;
      return { topic, partition, lag: Math.max(0, Number(high) - (at >= 0 ? at : Number(low))) };
    })
    .sort((a, b) => a.partition - b.partition);
}

async function lagOfGroup(admin: Admin, group: string, topic: string): Promise<PartitionLag[]> {
  const [committed, watermarks] = await Promise.all([
    admin.fetchOffsets({ groupId: group, topics: [topic] }),
    admin.fetchTopicOffsets(topic),
  ]);
  return lagOf(topic, committed.find((t) => t.topic === topic)?.partitions ?? [], watermarks);
}

/**
 * carechain_kafka_consumer_lag for the consumer groups this service runs, read from the broker at
 * scrape time (cached a few seconds). While the broker does not answer, a group's series are absent
 * and carechain_kafka_consumer_lag_known is 0 for it.
 */
@Injectable()
export class ConsumerLagMetrics {
  private readonly logger = new Logger(ConsumerLagMetrics.name);
  private readonly recent = new Recent<Map<string, PartitionLag[] | null>>(5000);

  constructor(
    private readonly admin: BrokerAdmin,
    @Inject(CONSUMER_GROUPS) private readonly groups: ConsumerGroup[],
    metrics: Metrics,
  ) {
    if (!groups.length) return;
    const lags = () => this.recent.get(() => this.read());
    metrics.gauge({
      name: 'carechain_kafka_consumer_lag',
      help: 'Messages not yet consumed by the group: high watermark minus committed offset, per partition',
      labelNames: ['group', 'topic', 'partition'],
      async collect() {
        this.reset();
        for (const [group, partitions] of await lags()) {
          for (const { topic, partition, lag } of partitions ?? [])
            this.set({ group, topic, partition: String(partition) }, lag);
        }
      },
    });
    metrics.gauge({
      name: 'carechain_kafka_consumer_lag_known',
      help: "1 when the group's lag could be read from the broker for this scrape, else 0",
      labelNames: ['group'],
      async collect() {
        this.reset();
        for (const [group, partitions] of await lags()) this.set({ group }, partitions ? 1 : 0);
      },
    });
  }

  private async read(): Promise<Map<string, PartitionLag[] | null>> {
    const entries = await Promise.all(
      this.groups.map(async ({ group, topic }) => {
        const lags = await this.admin
          .use(`the broker (lag of ${group})`, (admin) => lagOfGroup(admin, group, topic))
          .catch((error: Error) => {
            this.logger.debug(`consumer lag of ${group} unknown: ${error.message}`);
            return null;
          });
        return [group, lags] as const;
      }),
    );
    return new Map(entries);
  }
}
