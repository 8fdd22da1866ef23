import type { SqlTransaction } from '@carechain/persistence';

/**
 * The projector's idempotency record and its word that every read model holds an event: claimed in
 * the transaction that applies the event to every model, so a redelivery (a crash, a rebalance, a
 * republished outbox batch) finds the checkpoint and changes nothing. One row per event, whatever
 * the number of models. What builds on the read models (handover delivery) waits for it too.
 * Returns the events not claimed before. Claimed in id order, so a batch and a catch-up claiming
 * the same events wait for each other instead of deadlocking.
 */
export async function claimCheckpoints<E extends { eventId: string }>(
  tx: SqlTransaction,
  events: E[],
): Promise<E[]> {
  const claimed = await tx.$queryRaw<{ event_id: string }[]>`
    INSERT INTO projection_checkpoint (event_id) SELECT unnest(${events.map((e) => e.eventId)}::uuid[]) ORDER BY 1
    ON CONFLICT DO NOTHING RETURNING event_id::text`;
  const fresh = new Set(claimed.map((row) => row.event_id));
  // The same event twice in one batch (a republished outbox batch) is applied once.
  return events.filter((e) => fresh.delete(e.eventId));
}
