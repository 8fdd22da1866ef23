import { deadLetterHeaders } from '@carechain/contracts';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { KafkaSettings } from './kafka';

/** A message that can never be processed (malformed, wrong contract): it goes to the dead-letter topic. */
export class PoisonMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PoisonMessageError';
  }
}

export interface ConsumerOptions {
  kafka: Kafka;
  settings: KafkaSettings;
  groupId: string;
  topic: string;
  deadLetterTopic: string;
  /** Used to dead-letter poison messages; the caller owns its connection. */
  producer: Producer;
  /** Throw PoisonMessageError for bad input; any other error is retried, never skipped. */
  handle(message: KafkaMessage, partition: number): Promise<void>;
  fromBeginning?: boolean;
  partitionsConsumedConcurrently?: number;
}

/**
 * Runs a consumer group member. Poison messages are dead-lettered with the reason and skipped;
 * transient failures (database down) stop the partition until they pass, so nothing is lost.
 */
export async function startConsumer(options: ConsumerOptions): Promise<Consumer> {
  const { kafka, settings, groupId, topic, deadLetterTopic, producer, handle } = options;
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: 10000,
    heartbeatInterval: 1000,
    maxWaitTimeInMs: settings.maxWaitTimeInMs,
    allowAutoTopicCreation: false,
    retry: { initialRetryTime: 300, retries: 10, restartOnFailure: async () => true },
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: options.fromBeginning ?? true });
  await consumer.run({
    // Partitions are independent (each patient lives in one), so they can be applied side by side.
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 4,
    eachMessage: async ({ message, partition }) => {
      try {
        await handle(message, partition);
      } catch (error) {
        if (!(error instanceof PoisonMessageError)) throw error;
        await producer.send({
          topic: deadLetterTopic,
          acks: -1,
          messages: [
            {
              key: message.key,
              value: message.value,
              headers: {
                ...message.headers,
                [deadLetterHeaders.reason]: error.message,
                [deadLetterHeaders.originalTopic]: topic,
                [deadLetterHeaders.originalPartition]: String(partition),
                [deadLetterHeaders.originalOffset]: message.offset,
                [deadLetterHeaders.failedAt]: new Date().toISOString(),
              },
            },
          ],
        });
      }
    },
  });
  return consumer;
}

/** Parses a message value as JSON, or declares it poison with a reason naming what is wrong. */
export function parseJsonMessage(message: KafkaMessage): unknown {
  if (!message.value?.length) throw new PoisonMessageError('message has no value');
  try {
    return JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    throw new PoisonMessageError(`message value is not valid JSON: ${(error as Error).message}`);
  }
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

/**
 * Starts a consumer without blocking start-up: while the broker is away it retries every two
 * seconds, so a service keeps serving (and its outbox keeps filling) through a Kafka outage.
 */
export function consumeInBackground(options: ConsumerOptions, onRetry: (error: Error) => void): RunningConsumer {
  let stopped = false;
  let consumer: Consumer | undefined;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    try {
      await options.producer.connect();
      consumer = await startConsumer(options);
      if (stopped) await consumer.disconnect();
    } catch (error) {
      onRetry(error as Error);
      setTimeout(() => void connect(), 2000).unref();
    }
  };
  void connect();
  return {
    stop: async () => {
      stopped = true;
      await consumer?.disconnect();
    },
  };
}
