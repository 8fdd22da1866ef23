import type { Kafka, KafkaMessage, Producer, ProducerRecord } from 'kafkajs';
import { DatabaseError } from 'pg';
import { deadLetterHeaders } from '@carechain/contracts';
import { Prisma } from '@carechain/persistence';
import { startConsumer } from './consumer';

type EachBatch = (payload: {
  batch: { partition: number; messages: KafkaMessage[] };
  heartbeat: () => Promise<void>;
}) => Promise<void>;

/** The reason a consumer dead-letters a command with when its handler keeps failing with `error`. */
async function reasonFor(error: Error): Promise<string> {
  let eachBatch: EachBatch | undefined;
  const sent: ProducerRecord[] = [];
  await startConsumer({
    kafka: {
      consumer: () => ({
        connect: async () => undefined,
        subscribe: async () => undefined,
        run: async (options: { eachBatch: EachBatch }) => {
          eachBatch = options.eachBatch;
        },
      }),
    } as unknown as Kafka,
    settings: { maxWaitTimeInMs: 100 } as never,
    groupId: 'carechain.care-events.intake',
    topic: 'care.commands.v1',
    deadLetterTopic: 'care.commands.dlq.v1',
    producer: { send: async (record: ProducerRecord) => void sent.push(record) } as unknown as Producer,
    maxTries: 2,
    retryDelayMs: 1,
    handleBatch: async () => {
      throw error;
    },
  });
  const message = { offset: '0', key: Buffer.from('pat-esther'), value: Buffer.from('{}') } as KafkaMessage;
  await eachBatch!({ batch: { partition: 0, messages: [message] }, heartbeat: async () => undefined });
  return String(sent[0].messages[0].headers![deadLetterHeaders.reason]);
}

describe('an integrator reads why its command was dead-lettered after the database refused it', () => {
  it("is told PostgreSQL's SQLSTATE, not its message quoting the value sent", async () => {
    const refused = new DatabaseError(
      'date/time field value out of range: "0000-01-01T00:00:00.000Z"',
      0,
      'error',
    );
    Object.assign(refused, { code: '22008', severity: 'ERROR' });

    expect(await reasonFor(refused)).toBe(
      'processing failed 2 times: the database refused it (SQLSTATE 22008)',
    );
  });

  it("is told Prisma's code, not the call site and statement Prisma's message carries", async () => {
    const refused = new Prisma.PrismaClientKnownRequestError(
      'Invalid `tx.stay.upsert()` invocation in\n/srv/carechain/dist/apps/projector/main.js:4711:20\n\nUnique constraint failed on the fields: (`patient_id`,`stay_id`)',
      {
        code: 'P2002',
        clientVersion: Prisma.prismaVersion.client,
        meta: { driverAdapterError: { cause: { originalCode: '23505' } } },
      },
    );

    expect(await reasonFor(refused)).toBe(
      'processing failed 2 times: the database refused it (P2002, SQLSTATE 23505)',
    );
  });

  it("keeps the words of a failure of Carechain's own, which name no stored value", async () => {
    expect(await reasonFor(new Error('the stay has no admission to transfer from'))).toBe(
      'processing failed 2 times: the stay has no admission to transfer from',
    );
  });
});
