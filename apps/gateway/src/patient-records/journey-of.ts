import type { PrismaClient } from '@carechain/persistence';

/** A patient's journey and its timeline in order, as the read models hold them; read only behind the door. */
export async function journeyOf(prisma: PrismaClient, patientId: string) {
  const [journey, timeline] = await Promise.all([
    prisma.patientJourney.findUnique({ where: { patientId } }),
    prisma.journeyEntry.findMany({
      where: { patientId },
      orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
    }),
  ]);
  return { journey, timeline };
}
