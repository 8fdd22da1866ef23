import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import { Metrics, metricsRegistry } from '@carechain/service-runtime';
import { createTestDatabase, uniquePatientId, type TestDatabase } from '@carechain/testing';
import { HandoverMetrics } from './handover-metrics';

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

describe('operators see, per receiving care link, the handovers nearly or already past their deadline', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let metrics: Metrics;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 1);
    metrics = new Metrics();
    new HandoverMetrics(prisma, metrics);
  });

  afterAll(async () => {
    metrics?.onModuleDestroy();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const handover = (
    receivingCareLinkId: string,
    nearBreachAt: Date,
    dueAt: Date,
    acknowledgedAt: Date | null = null,
  ) =>
    prisma.handoverPackage.create({
      data: {
        specificationId: randomUUID(),
        specificationVersion: 1,
        patientId: uniquePatientId(),
        receivingCareLinkId,
        sendingCareLinkId: 'ryhov-med-3',
        trigger: 'discharge',
        triggerEventId: randomUUID(),
        triggeredAt: hours(-30),
        sentAt: hours(-30),
        nearBreachAt,
        dueAt,
        data: {},
        missing: [],
        acknowledgedAt,
        acknowledgedBy: acknowledgedAt ? 'nurse-1' : null,
      },
    });

  it('counts unacknowledged packages past three quarters of their time, and past their deadline, and nothing else', async () => {
    await handover('jkpg-home-care-south', hours(-1), hours(2));
    await handover('jkpg-home-care-south', hours(-6), hours(-2));
    await handover('jkpg-home-care-south', hours(-7), hours(-3));
    await handover('jkpg-home-care-north', hours(-6), hours(-2), hours(-1));
    await handover('jkpg-home-care-north', hours(1), hours(4));

    const near = await metricsRegistry.getSingleMetricAsString('carechain_handovers_near_breach');
    const breached = await metricsRegistry.getSingleMetricAsString(
      'carechain_handovers_breached_unacknowledged',
    );
    expect(near).toContain('carechain_handovers_near_breach{receiving_care_link="jkpg-home-care-south"} 1');
    expect(breached).toContain(
      'carechain_handovers_breached_unacknowledged{receiving_care_link="jkpg-home-care-south"} 2',
    );
    expect(`${near}\n${breached}`).not.toContain('jkpg-home-care-north');
  });
});
