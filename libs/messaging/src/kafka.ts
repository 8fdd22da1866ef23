import { EventEmitter } from 'node:events';
import { Kafka, logLevel, type Producer, type ProducerConfig } from 'kafkajs';
import { offsetResetLogging, offsetResetsOf } from './offset-resets';
import { topicDefinitions } from '@carechain/contracts';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Idempotent producers need a real Kafka controller; off for the embedded broker. */
  idempotent: boolean;
  /** Create the contract's topics at start (real Kafka); the embedded broker pre-creates them. */
  createTopics: boolean;
  replicationFactor: number;
  /** How long an empty fetch waits; short in tests, longer in production. */
  maxWaitTimeInMs: number;
}

export function createKafka(settings: KafkaSettings): Kafka {
  const resets = new EventEmitter();
  return offsetResetsOf(
    new Kafka({
      clientId: settings.clientId,
      brokers: settings.brokers,
      logLevel: logLevel.ERROR,
      logCreator: offsetResetLogging(resets),
      retry: { initialRetryTime: 200, retries: 8 },
    }),
    resets,
  );
}

export function createProducer(kafka: Kafka, settings: KafkaSettings, config: ProducerConfig = {}): Producer {
  return kafka.producer({
    idempotent: settings.idempotent,
    ...(settings.idempotent ? { maxInFlightRequests: 1 } : {}),
    allowAutoTopicCreation: false,
    ...config,
  });
}

/** Creates the topics of the contract when configured to; existing topics are left as they are. */
export async function ensureTopics(kafka: Kafka, settings: KafkaSettings): Promise<void> {
  if (!settings.createTopics) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topicDefinitions.map((t) => ({
        topic: t.name,
        numPartitions: t.partitions,
        replicationFactor: settings.replicationFactor,
        configEntries: settings.replicationFactor > 1 ? [{ name: 'min.insync.replicas', value: '2' }] : [],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
