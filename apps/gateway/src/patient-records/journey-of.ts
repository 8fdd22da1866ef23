import type { PrismaClient } from '@carechain/persistence';

/**
 * A patient's journey and its timeline in order, as the read models hold them; read only behind the
 * door. One snapshot for both, so a projector commit between the two reads cannot show a journey
 * counting an event its timeline lacks.
 */
export async function journeyOf(prisma: PrismaClient, patientId: string) {
  const [journey, timeline] = await prisma.$transaction(
    [
      prisma.patientJourney.findUnique({ where: { patientId } }),
      prisma.journeyEntry.findMany({
        where: { patientId },
        orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
      }),
    ],
    { isolationLevel: 'RepeatableRead' },
  );
  return { journey, timeline };
}
