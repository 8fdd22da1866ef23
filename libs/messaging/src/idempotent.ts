import type { PrismaClient, TransactionClient } from '@carechain/persistence';

/**
 * Applies an event's effects at most once per consumer, in the same transaction that records it
 * as processed: redelivery after a crash or rebalance finds the marker and changes nothing.
 */
export function applyOnce(
  prisma: PrismaClient,
  consumer: string,
  eventId: string,
  effects: (tx: TransactionClient) => Promise<void>,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const marked = await tx.$executeRaw`
      INSERT INTO processed_event (consumer, event_id) VALUES (${consumer}, ${eventId}::uuid) ON CONFLICT DO NOTHING`;
    if (marked === 0) return false;
    await effects(tx);
    return true;
  });
}
