import { timelinessOf } from './transmission-targets';

/**
 * The requested items that came back empty (null, an empty list, blank text), as paths such as
 * `stay.medicallyReadySince` or `medicineList.medications[0].dose`: what makes a package incomplete.
 */
export function missingItems(data: unknown, path = ''): string[] {
  if (data === null || data === undefined || (typeof data === 'string' && !data.trim())) return [path];
  if (Array.isArray(data))
    return data.length ? data.flatMap((item, i) => missingItems(item, `${path}[${i}]`)) : [path];
  if (typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      missingItems(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

export interface HandoverTimes {
  sendingCareLinkId: string;
  receivingCareLinkId: string;
  triggeredAt: Date;
  sentAt: Date;
  dueAt: Date;
  acknowledgedAt: Date | null;
}

export interface PairStatistics {
  sendingCareLinkId: string;
  receivingCareLinkId: string;
  handovers: number;
  acknowledged: number;
  medianMinutesToSend: number;
  p90MinutesToSend: number;
  /** From the trigger to the receiving link's acknowledgement; null while none is acknowledged. */
  medianMinutesToAcknowledge: number | null;
  p90MinutesToAcknowledge: number | null;
  /** On time among the handovers whose outcome is known (acknowledged, or past their deadline). */
  shareOnTarget: number | null;
}

/** Nearest-rank percentile: a value that occurred, as coaches can point to it. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const minutes = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

export function transmissionStatistics(handovers: readonly HandoverTimes[], now: Date): PairStatistics[] {
  const pairs = new Map<string, HandoverTimes[]>();
  for (const h of handovers) {
    const key = `${h.sendingCareLinkId}\u0000${h.receivingCareLinkId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), h]);
  }
  return [...pairs.values()]
    .map((group) => {
      const toSend = group.map((h) => minutes(h.triggeredAt, h.sentAt)).sort((a, b) => a - b);
      const toAck = group
        .flatMap((h) => (h.acknowledgedAt ? [minutes(h.triggeredAt, h.acknowledgedAt)] : []))
        .sort((a, b) => a - b);
      const decided = group.filter((h) => h.acknowledgedAt || now > h.dueAt || h.sentAt > h.dueAt);
      const onTime = decided.filter((h) => timelinessOf(h, now) === 'on-time').length;
      return {
        sendingCareLinkId: group[0].sendingCareLinkId,
        receivingCareLinkId: group[0].receivingCareLinkId,
        handovers: group.length,
        acknowledged: toAck.length,
        medianMinutesToSend: percentile(toSend, 50),
        p90MinutesToSend: percentile(toSend, 90),
        medianMinutesToAcknowledge: toAck.length ? percentile(toAck, 50) : null,
        p90MinutesToAcknowledge: toAck.length ? percentile(toAck, 90) : null,
        shareOnTarget: decided.length ? onTime / decided.length : null,
      };
    })
    .sort(
      (a, b) =>
        a.sendingCareLinkId.localeCompare(b.sendingCareLinkId) ||
        a.receivingCareLinkId.localeCompare(b.receivingCareLinkId),
    );
}
