import { deadLetterHeaders, topics } from '@carechain/contracts';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { collectMessages, eventually, startTestBroker, type RunningBroker } from '@carechain/testing';
import { startConsumer } from '@carechain/messaging';

describe('a message that makes its consumer fail every time, mid-partition', () => {
  let broker: RunningBroker;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    broker = await startTestBroker();
    kafka = new Kafka({ clientId: 'poison-test', brokers: [broker.brokers], logLevel: logLevel.NOTHING });
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await broker?.stop();
  });

  it('is dead-lettered with the error after a bounded number of tries, and the partition goes on', async () => {
    const applied: string[] = [];
    let triesOfPoison = 0;
    // One key, so all three messages share a partition: the one after the poison must not wait for ever.
    await producer.send({
      topic: topics.careEventCommands,
      messages: ['before', 'poison', 'after'].map((value) => ({ key: 'patient-1', value })),
    });
    const consumer = await startConsumer({
      kafka,
      settings: {
        brokers: [broker.brokers],
        clientId: 'poison-test',
        idempotent: false,
        createTopics: false,
        replicationFactor: 1,
        maxWaitTimeInMs: 100,
      },
      groupId: 'poison-test',
      topic: topics.careEventCommands,
      deadLetterTopic: topics.careEventCommandsDeadLetter,
      producer,
      retryDelayMs: 10,
      handleBatch: async (messages) => {
        if (messages.some((m) => m.value?.toString() === 'poison')) {
          triesOfPoison++;
          throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
        }
        applied.push(...messages.map((m) => m.value!.toString()));
        return messages.map(() => null);
      },
    });
    try {
      await eventually(
        async () => (applied.includes('after') ? true : undefined),
        'the message after the poison applied',
      );
      const [dead] = await collectMessages(broker.brokers, topics.careEventCommandsDeadLetter, 1);
      expect(dead.value!.toString()).toBe('poison');
      expect(dead.headers![deadLetterHeaders.reason]!.toString()).toBe(
        'processing failed 4 times: invalid byte sequence for encoding "UTF8": 0x00',
      );
      expect(applied).toEqual(['before', 'after']);
      // Four tries of the whole batch holding it, and four of the poison alone.
      expect(triesOfPoison).toBeGreaterThanOrEqual(4);
      expect(triesOfPoison).toBeLessThanOrEqual(8);
    } finally {
      await consumer.disconnect();
    }
  });
});
