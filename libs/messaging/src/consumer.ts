import { deadLetterHeaders, validatePublishedCareEvent, type PublishedCareEvent } from '@carechain/contracts';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { Counter } from 'prom-client';
import { failureOf } from './database-error-code';
import { isTransientDatabaseError } from './database-unavailable';
import type { KafkaSettings } from './kafka';
import { withMessageSpans } from './trace-context';

// On the process's default registry, which every service's /metrics reports.
const deadLetters = new Counter({
  name: 'carechain_dead_letters_total',
  help: 'Messages sent to the dead-letter topic because they can never be processed, by consumed topic and consumer group',
  labelNames: ['topic', 'group'],
});

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
  /**
   * Applies a batch of one partition's messages, in order, and returns for each message either null
   * or the reason it can never be processed (it is then dead-lettered). Throwing retries the batch:
   * for ever while `isTransient` says the failure will pass, else up to `maxTries` times, after which
   * the messages are tried one by one and the one that still fails is dead-lettered with the error.
   * A handler that may take longer than the session timeout calls `heartbeat` as it goes: otherwise
   * the group drops the member, its offsets are never committed and the same batch comes back.
   */
  handleBatch(messages: KafkaMessage[], heartbeat: () => Promise<void>): Promise<(string | null)[]>;
  /** Failures worth waiting out however long they last; by default the database being away or in conflict. */
  isTransient?: (error: unknown) => boolean;
  /** Tries of a failing batch (and then of each of its messages) before the failure is the message's fault. */
  maxTries?: number;
  /** Wait before the second try; each further try waits twice as long. */
  retryDelayMs?: number;
  fromBeginning?: boolean;
  partitionsConsumedConcurrently?: number;
}

/**
 * Runs a consumer group member. Poison messages are dead-lettered with the reason and skipped;
 * transient failures (database down) stop the partition until they pass, so nothing is lost.
 */
export async function startConsumer(options: ConsumerOptions): Promise<Consumer> {
  const { kafka, settings, groupId, topic, deadLetterTopic, producer, handleBatch } = options;
  const isTransient = options.isTransient ?? isTransientDatabaseError;
  const maxTries = options.maxTries ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 250;
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
    eachBatch: async ({ batch, heartbeat }) => {
      if (!batch.messages.length) return;
      await withMessageSpans(
        'process',
        'consumer',
        batch.messages,
        (message) => ({
          'messaging.destination.name': topic,
          'messaging.consumer.group.name': groupId,
          'messaging.destination.partition.id': String(batch.partition),
          'messaging.kafka.offset': message.offset,
        }),
        () => applyBatch(batch.partition, batch.messages, heartbeat),
      );
      await heartbeat();
    },
  });
  return consumer;

  /** handleBatch tried up to maxTries times; a transient failure is thrown for kafkajs to retry the batch later. */
  async function attempt(
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<{ reasons: (string | null)[] } | { error: Error }> {
    for (let tries = 1; ; tries++) {
      try {
        return { reasons: await handleBatch(messages, heartbeat) };
      } catch (error) {
        if (isTransient(error) || !(error instanceof Error)) throw error;
        if (tries >= maxTries) return { error };
        await heartbeat();
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (tries - 1)));
      }
    }
  }

  async function applyBatch(
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const whole = await attempt(messages, heartbeat);
    let reasons: (string | null)[];
    if ('reasons' in whole) reasons = whole.reasons;
    else if (messages.length === 1) reasons = [failureReason(whole.error)];
    else {
      // Some message of the batch cannot be processed: each is applied alone, so only it is dead-lettered.
      reasons = [];
      for (const message of messages) {
        const alone = await attempt([message], heartbeat);
        reasons.push('reasons' in alone ? alone.reasons[0] : failureReason(alone.error));
      }
    }
    const dead = messages.flatMap((message, i) => (reasons[i] ? [{ message, reason: reasons[i]! }] : []));
    if (dead.length) {
      await producer.send({
        topic: deadLetterTopic,
        acks: -1,
        messages: dead.map(({ message, reason }) => ({
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [deadLetterHeaders.reason]: reason,
            [deadLetterHeaders.originalTopic]: topic,
            [deadLetterHeaders.originalPartition]: String(partition),
            [deadLetterHeaders.originalOffset]: message.offset,
            [deadLetterHeaders.failedAt]: new Date().toISOString(),
            [deadLetterHeaders.consumerGroup]: groupId,
          },
        })),
      });
      deadLetters.inc({ topic, group: groupId }, dead.length);
    }
  }

  // Dead letters are read outside the service (integrators read care.commands.dlq.v1): a database's words stay in.
  function failureReason(error: Error): string {
    return `processing failed ${maxTries} times: ${failureOf(error)}`;
  }
}

/** Decodes each message; one that cannot be decoded gets the reason instead of a value. */
export function decodeMessages<T>(
  messages: KafkaMessage[],
  decode: (message: KafkaMessage) => T,
): ({ value: T } | { reason: string })[] {
  return messages.map((message) => {
    try {
      return { value: decode(message) };
    } catch (error) {
      if (error instanceof PoisonMessageError) return { reason: error.message };
      throw error;
    }
  });
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
export function consumeInBackground(
  options: ConsumerOptions,
  onRetry: (error: Error) => void,
): RunningConsumer {
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

/** Decodes messages of care.events.v1; one that breaks the published contract gets the reason instead. */
export function decodePublishedCareEvents(
  messages: KafkaMessage[],
): ({ value: PublishedCareEvent } | { reason: string })[] {
  return decodeMessages(messages, (message) => {
    const checked = validatePublishedCareEvent(parseJsonMessage(message));
    if (checked.ok) return checked.event;
    throw new PoisonMessageError(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  });
}
