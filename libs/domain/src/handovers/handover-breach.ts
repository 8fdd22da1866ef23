import { breachMomentOf, sentOnTime } from '../discharge-planning/deadlines';

export interface HandoverBreach {
  reason: string;
  /** When the breach happened, which is not when Carechain noticed it. */
  at: Date;
}

/** Why a handover that timelinessOf calls breached missed its target, and when. */
export function handoverBreachOf(handover: { sentAt: Date; dueAt: Date }, now: Date): HandoverBreach {
  return {
    reason: sentOnTime(handover.sentAt, handover.dueAt)
      ? 'not acknowledged by the deadline'
      : 'sent after the deadline',
    at: breachMomentOf(handover.dueAt, handover.sentAt, now),
  };
}
