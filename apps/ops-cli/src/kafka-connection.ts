import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { createKafka, type KafkaSettings } from '@carechain/messaging';
import { kafkaSettings, kafkaSettingsOf, loadConfig } from '@carechain/service-runtime';

export interface Broker {
  kafka: Kafka;
  settings: KafkaSettings;
}

/** The broker named by KAFKA_BROKERS, checked as the services check it. */
export function brokerFromEnv(env: NodeJS.ProcessEnv = process.env): Broker {
  const settings = kafkaSettingsOf(loadConfig(kafkaSettings, env), 'ops');
  return { kafka: createKafka(settings), settings };
}

export interface ReadMessage {
  partition: number;
  message: KafkaMessage;
}

const READ_TIMEOUT_MS = 60_000;

/**
 * The last `perPartition` messages of every partition of a topic, oldest first per partition.
 * A consumer group of its own that commits nothing: reading moves no service's position.
 */
export async function readTail(
  kafka: Kafka,
  topic: string,
  perPartition = Number.MAX_SAFE_INTEGER,
): Promise<ReadMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const ranges = new Map(
    offsets
      .map((o) => ({
        partition: o.partition,
        from: Math.max(Number(o.low), Number(o.high) - perPartition),
        last: Number(o.high) - 1,
      }))
      .filter((r) => r.last >= r.from)
      .map((r) => [r.partition, r]),
  );
  if (!ranges.size) return [];

  const consumer = kafka.consumer({
    groupId: `carechain.ops.${randomUUID()}`,
    maxWaitTimeInMs: 200,
    sessionTimeout: 10_000,
    heartbeatInterval: 1000,
  });
  const read: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const pending = new Set(ranges.keys());
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `read ${read.length} messages of ${topic} in ${READ_TIMEOUT_MS / 1000} s; is the broker reachable?`,
            ),
          ),
        READ_TIMEOUT_MS,
      );
      void consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const range = ranges.get(partition);
          const offset = Number(message.offset);
          if (!range || offset < range.from || offset > range.last) return;
          read.push({ partition, message });
          if (offset === range.last) pending.delete(partition);
          if (!pending.size) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
      for (const range of ranges.values())
        consumer.seek({ topic, partition: range.partition, offset: String(range.from) });
    });
  } finally {
    await consumer.disconnect();
  }
  return read.sort(
    (a, b) => a.partition - b.partition || Number(a.message.offset) - Number(b.message.offset),
  );
}
