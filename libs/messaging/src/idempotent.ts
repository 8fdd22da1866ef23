import type { TransactionClient } from '@carechain/persistence';

/**
 * Idempotent consumers: records the events as processed by `consumer` and returns those it had
 * not processed before. Run it in the transaction that applies their effects, so a redelivery
 * after a crash or rebalance finds the markers and changes nothing.
 */
export async function claimUnseen<E extends { eventId: string }>(
  tx: TransactionClient,
  consumer: string,
  events: E[],
): Promise<E[]> {
  const fresh = await tx.$queryRaw<{ event_id: string }[]>`
    INSERT INTO processed_event (consumer, event_id)
    SELECT ${consumer}, id FROM unnest(${events.map((e) => e.eventId)}::uuid[]) AS id
    ON CONFLICT DO NOTHING
    RETURNING event_id`;
  const ids = new Set(fresh.map((row) => row.event_id));
  return events.filter((e) => ids.delete(e.eventId));
}
