import type { SqlTransaction } from '@carechain/persistence';

/**
 * Idempotent consumers: records the events as processed by each of `consumers`, in one statement,
 * and returns for each consumer those it had not processed before. Run it in the transaction that
 * applies their effects, so a redelivery after a crash or rebalance finds the markers and changes nothing.
 */
export async function claimUnseen<E extends { eventId: string }>(
  tx: SqlTransaction,
  consumers: readonly string[],
  events: E[],
): Promise<Map<string, E[]>> {
  // In key order, so two transactions claiming overlapping events wait for each other instead of deadlocking.
  const fresh = await tx.$queryRaw<{ consumer: string; event_id: string }[]>`
    INSERT INTO processed_event (consumer, event_id)
    SELECT consumer, id FROM unnest(${consumers}::text[]) AS consumer
      CROSS JOIN unnest(${events.map((e) => e.eventId)}::uuid[]) AS id
    ORDER BY 1, 2
    ON CONFLICT DO NOTHING
    RETURNING consumer, event_id`;
  const claimed = new Set(fresh.map((row) => `${row.consumer} ${row.event_id}`));
  return new Map(
    consumers.map((consumer) => [consumer, events.filter((e) => claimed.delete(`${consumer} ${e.eventId}`))]),
  );
}
