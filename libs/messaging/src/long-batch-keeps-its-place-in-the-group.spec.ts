import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { startConsumer } from './consumer';

type EachBatch = (payload: {
  batch: { partition: number; messages: KafkaMessage[] };
  heartbeat: () => Promise<void>;
}) => Promise<void>;

describe('a backlog of a thousand triggers reaches a consumer in one batch', () => {
  it('lets the handler beat between messages, so the group does not drop it and send the batch again', async () => {
    let eachBatch: EachBatch | undefined;
    const kafka = {
      consumer: () => ({
        connect: async () => undefined,
        subscribe: async () => undefined,
        run: async (options: { eachBatch: EachBatch }) => {
          eachBatch = options.eachBatch;
        },
      }),
    } as unknown as Kafka;
    const beats: number[] = [];
    const handled: number[] = [];
    await startConsumer({
      kafka,
      settings: { maxWaitTimeInMs: 100 } as never,
      groupId: 'handovers',
      topic: 'care-events',
      deadLetterTopic: 'care-events.dead-letter',
      producer: {} as Producer,
      handleBatch: async (messages, heartbeat) => {
        for (const message of messages) {
          handled.push(Number(message.offset));
          await heartbeat();
        }
        return messages.map(() => null);
      },
    });
    const messages = [0, 1, 2].map((offset) => ({ offset: String(offset), value: null }) as KafkaMessage);
    await eachBatch!({
      batch: { partition: 0, messages },
      heartbeat: async () => {
        beats.push(handled.length);
      },
    });
    // One beat after each message while the batch is handled, and kafkajs's own at its end.
    expect(beats).toEqual([1, 2, 3, 3]);
  });
});
