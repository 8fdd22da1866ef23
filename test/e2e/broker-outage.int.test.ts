import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

describe('the broker goes down while care events keep arriving', () => {
  let platform: RunningPlatform;
  let prisma: PrismaClient;

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    prisma = createPrismaClient(platform.db.url, 1);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await platform?.stop();
  });

  it('accepts and stores every event during the outage and projects each exactly once after it', async () => {
    const patients = Array.from({ length: 5 }, uniquePatientId);
    const events = patients.flatMap((p) => [
      careEvents.admitted(p, '2026-11-16T07:40:00+01:00', 'ryhov-akm'),
      careEvents.transferred(p, '2026-11-16T12:00:00+01:00', 'ryhov-akm', 'ryhov-med-3'),
      careEvents.medicallyReady(p, '2026-11-18T10:00:00+01:00'),
      careEvents.discharged(p, '2026-11-20T14:00:00+01:00'),
    ]);

    await platform.stopBroker();
    for (const event of events) expect((await platform.submit(event)).status).toBe(201);
    expect(await prisma.careEvent.count()).toBe(events.length);
    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(events.length);

    await platform.restartBroker();
    // Every read model applied every event once: a checkpoint each.
    await eventually(
      async () => ((await prisma.projectionCheckpoint.count()) === events.length ? true : undefined),
      'every event projected into every read model',
      90000,
    );

    for (const patientId of patients) {
      const { data } = await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId }, 'ryhov-med-3');
      expect(data?.patientJourney).toMatchObject({ status: 'DISCHARGED', eventCount: 4 });
      expect(new Set(data!.patientJourney!.timeline.map((e) => e.eventId)).size).toBe(4);
    }
    expect(await prisma.journeyEntry.count()).toBe(events.length);
    expect(await prisma.stayEvent.count()).toBe(events.length);
    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
  });
});
