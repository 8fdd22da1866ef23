import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { deadLetterHeaders, topics } from '@carechain/contracts';
import { eventually, uniquePatientId } from '@carechain/testing';
import {
  eventIdOf,
  expectEveryEventAppliedOnce,
  faultPlatformPerFile,
  KAFKA_ONLY,
  readWholeTopic,
  stayOf,
} from './fault-platform';

describe('two projectors share the care events; one crashes, or meets a poison message', () => {
  const running = faultPlatformPerFile({ consumerEnv: KAFKA_ONLY });

  it('loses and repeats nothing when a projector is killed in the middle of a batch, a gateway building handovers dies too, and new ones join later', async () => {
    const { platform, load } = running;
    load.start();
    await load.acceptMore(40);
    const [victim] = platform.instances.projector;
    await platform.inTransaction(victim);
    await platform.crash(victim);
    // The gateway not serving the test's reads; its share of the handover triggers moves to the other.
    await platform.crash(platform.instances.gateway[1]);
    // The survivor takes the dead member's partitions once the group notices, and redoes its uncommitted batch.
    await load.acceptMore(40);
    await Promise.all([platform.startInstance('projector'), platform.startInstance('gateway')]);
    await load.acceptMore(40);
    await load.stop();
    expect(load.refusals).toEqual([]);
    await expectEveryEventAppliedOnce(platform, load, 90_000);
    // The group notices the dead member only after its session timeout, then rebalances twice.
  }, 180_000);

  it('dead-letters a malformed and a contract-breaking message with the reason, and projects the events after them in the same partition', async () => {
    const { platform } = running;
    const patient = uniquePatientId();
    const [admitted, ...rest] = stayOf(patient);
    expect((await platform.submit(admitted)).status).toBe(201);
    const published = await eventually(
      async () =>
        (await readWholeTopic(platform.broker.brokers, topics.careEvents)).find(
          (m) => eventIdOf(m) === admitted.eventId,
        ),
      'the admission on the care-events topic',
    );

    const brokenJson = '{"eventId": "' + randomUUID() + '", "type": "PatientTransferred", ';
    const breaksContract = JSON.parse(published.message.value!.toString());
    breaksContract.eventId = randomUUID();
    delete breaksContract.payload.stayId;
    const kafka = new Kafka({
      clientId: 'carechain-fault-test',
      brokers: [platform.broker.brokers],
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.careEvents,
      acks: -1,
      messages: [
        { key: patient, value: brokenJson },
        { key: patient, value: JSON.stringify(breaksContract) },
      ],
    });
    await producer.disconnect();

    for (const event of rest) expect((await platform.submit(event)).status).toBe(201);
    await eventually(
      async () =>
        (await platform.prisma.patientJourney.findUnique({ where: { patientId: patient } }))?.eventCount === 4
          ? true
          : undefined,
      'the events after the poison projected',
    );

    // The poison sits between the admission and the rest of the stay, in the patient's partition.
    const partition = (await readWholeTopic(platform.broker.brokers, topics.careEvents)).filter(
      (m) => m.message.key?.toString() === patient,
    );
    expect(new Set(partition.map((m) => m.partition)).size).toBe(1);
    const offsets = partition.map((m) => Number(m.message.offset)).sort((a, b) => a - b);
    const ofEvent = (id: string) => Number(partition.find((m) => eventIdOf(m) === id)!.message.offset);
    expect(ofEvent(admitted.eventId)).toBe(offsets[0]);
    expect(rest.map((e) => ofEvent(e.eventId))).toEqual(offsets.slice(3));

    // Every consumer group of the topic (the projectors', the gateway's) dead-letters what it cannot read.
    const dead = await eventually(async () => {
      const all = await readWholeTopic(platform.broker.brokers, topics.careEventsDeadLetter);
      const ours = all.filter((m) => m.message.key?.toString() === patient);
      return new Set(ours.map((m) => m.message.headers?.[deadLetterHeaders.originalOffset]?.toString()))
        .size === 2
        ? ours
        : undefined;
    }, 'both poison messages dead-lettered');
    const header = (m: (typeof dead)[number], name: string) => m.message.headers?.[name]?.toString();
    const reasonAt = new Map<number, Set<string>>();
    for (const m of dead) {
      const offset = Number(header(m, deadLetterHeaders.originalOffset));
      reasonAt.set(offset, (reasonAt.get(offset) ?? new Set()).add(header(m, deadLetterHeaders.reason)!));
      expect(header(m, deadLetterHeaders.originalTopic)).toBe(topics.careEvents);
      expect(Number(header(m, deadLetterHeaders.originalPartition))).toBe(partition[0].partition);
    }
    expect([...reasonAt.keys()].sort((a, b) => a - b)).toEqual(offsets.slice(1, 3));
    expect([...reasonAt.get(offsets[1])!]).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect([...reasonAt.get(offsets[2])!]).toEqual([expect.stringMatching(/payload\.stayId/)]);

    // Whichever projector met them dead-lettered them once, and applied the stay's four events once.
    const entries = await platform.prisma.journeyEntry.findMany({
      where: { patientId: patient },
      orderBy: { occurredAt: 'asc' },
    });
    expect(entries.map((e) => e.eventId)).toEqual([admitted, ...rest].map((e) => e.eventId));
    expect(
      await platform.prisma.projectionCheckpoint.count({
        where: { eventId: { in: entries.map((e) => e.eventId) } },
      }),
    ).toBe(4); // four events, each applied once to every read model
  });
});
