export interface InboxItem {
  packageId: string;
  dueAt: string;
  acknowledgedAt: string | null;
  timeliness: string;
}

const urgency: Record<string, number> = { breached: 0, 'near-breach': 1, 'on-time': 2 };

/**
 * What needs doing first: unacknowledged before acknowledged; among those, late, then nearly
 * late, then the earliest due. Live arrivals and the queried inbox merge by package id, the
 * queried version winning as the newer one.
 */
export function inboxOrder<T extends InboxItem>(queried: readonly T[], arrived: readonly T[] = []): T[] {
  const byId = new Map<string, T>();
  for (const item of [...arrived, ...queried]) byId.set(item.packageId, item);
  return [...byId.values()].sort(
    (a, b) =>
      Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
      (urgency[a.timeliness] ?? 3) - (urgency[b.timeliness] ?? 3) ||
      Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
}
