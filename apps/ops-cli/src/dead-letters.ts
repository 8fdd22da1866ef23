import type { IHeaders } from 'kafkajs';
import { careEventHeaders, deadLetterHeaders, topics } from '@carechain/contracts';
import { createProducer } from '@carechain/messaging';
import { readTail, type Broker, type ReadMessage } from './kafka-connection';

/** Headers a replayed message carries, so its consumer and a later `dlq list` can tell it was replayed. */
export const replayHeaders = { replayedFrom: 'x-replayed-from', replayedAt: 'x-replayed-at' } as const;

export const deadLetterTopics = [topics.careEventsDeadLetter, topics.careEventCommandsDeadLetter];
const replayableTopics = new Set<string>([topics.careEvents, topics.careEventCommands]);

/** What an operator may see of a dead letter: where it came from and why, never its key or value. */
export interface DeadLetter {
  /** `partition:offset` on the dead-letter topic, as `dlq replay` takes it. */
  position: string;
  reason: string;
  originalTopic: string;
  originalPartition: string;
  originalOffset: string;
  failedAt: string;
  /** The consumer group that dead-lettered it: each group reading the topic does so on its own. */
  consumerGroup: string;
  eventType: string;
  /** The dead letter this message was a replay of, if it was one. */
  replayOf: string;
}

const header = (headers: IHeaders | undefined, name: string): string => {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value)?.toString() ?? '';
};

// A parser's reason quotes the bytes it choked on, and those may be patient data.
const withoutQuotedValue = (reason: string) => reason.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");

function deadLetterOf({ partition, message }: ReadMessage): DeadLetter {
  return {
    position: `${partition}:${message.offset}`,
    reason: withoutQuotedValue(header(message.headers, deadLetterHeaders.reason)),
    originalTopic: header(message.headers, deadLetterHeaders.originalTopic),
    originalPartition: header(message.headers, deadLetterHeaders.originalPartition),
    originalOffset: header(message.headers, deadLetterHeaders.originalOffset),
    failedAt: header(message.headers, deadLetterHeaders.failedAt),
    consumerGroup: header(message.headers, deadLetterHeaders.consumerGroup),
    eventType: header(message.headers, careEventHeaders.type),
    replayOf: header(message.headers, replayHeaders.replayedFrom),
  };
}

/** The newest `limit` dead letters of a topic, oldest first. */
export async function listDeadLetters(
  { kafka }: Broker,
  topic: string,
  limit: number,
): Promise<DeadLetter[]> {
  const letters = (await readTail(kafka, topic, limit)).map(deadLetterOf);
  return letters.sort((a, b) => a.failedAt.localeCompare(b.failedAt)).slice(-limit);
}

export interface ReplayOutcome {
  replayed: DeadLetter[];
  /** Positions asked for that the topic does not hold (any more). */
  missing: string[];
}

/**
 * Publishes the chosen dead letters again to the topics they came from, key, value and headers as
 * they were, without the dead-letter headers and with the replay recorded. For after a fix: a
 * consumer that still cannot process one dead-letters it again.
 */
export async function replayDeadLetters(
  { kafka, settings }: Broker,
  topic: string,
  positions: string[] | 'all',
): Promise<ReplayOutcome> {
  const messages = await readTail(kafka, topic);
  const chosen =
    positions === 'all'
      ? messages
      : messages.filter((m) => positions.includes(`${m.partition}:${m.message.offset}`));
  const found = new Set(chosen.map((m) => `${m.partition}:${m.message.offset}`));
  const missing = positions === 'all' ? [] : positions.filter((p) => !found.has(p));
  const unreplayable = chosen
    .map(deadLetterOf)
    .filter((letter) => !replayableTopics.has(letter.originalTopic));
  if (unreplayable.length) {
    throw new Error(
      `not replayed: ${unreplayable.map((l) => `${l.position} came from ${l.originalTopic || 'no recorded topic'}`).join('; ')}`,
    );
  }
  if (!chosen.length) return { replayed: [], missing };

  const producer = createProducer(kafka, settings);
  await producer.connect();
  try {
    const replayedAt = new Date().toISOString();
    for (const { partition, message } of chosen) {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).filter(
          ([name]) => !Object.values<string>(deadLetterHeaders).includes(name),
        ),
      );
      await producer.send({
        topic: header(message.headers, deadLetterHeaders.originalTopic),
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: {
              ...headers,
              [replayHeaders.replayedFrom]: `${topic}:${partition}:${message.offset}`,
              [replayHeaders.replayedAt]: replayedAt,
            },
          },
        ],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return { replayed: chosen.map(deadLetterOf), missing };
}
