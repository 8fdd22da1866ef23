import { DateTime } from 'luxon';

/**
 * When information must have reached the receiving care link, counted from the trigger:
 * - `hours`: elapsed hours (24 hours after an admission at 08:00 before the spring change is 09:00 local);
 * - `days`: calendar days at the same local time, as agreements on "within 3 days" are read;
 * - `end-of-day`: by the end of the trigger's local day plus `days` ("no later than the discharge day").
 */
export type TransmissionTarget =
  | { kind: 'hours'; hours: number }
  | { kind: 'days'; days: number }
  | { kind: 'end-of-day'; days: number };

export const handoverTriggers = [
  'admission',
  'transfer',
  'medically-ready',
  'discharge',
  'medication-change',
] as const;
export type HandoverTrigger = (typeof handoverTriggers)[number];

/** The care events that set off each trigger. */
export const triggerOfEventType: Readonly<Record<string, HandoverTrigger>> = {
  PatientAdmitted: 'admission',
  PatientTransferred: 'transfer',
  MedicallyReadyForDischarge: 'medically-ready',
  PatientDischarged: 'discharge',
  MedicationListChanged: 'medication-change',
};

/**
 * Defaults from the Swedish law on discharge cooperation (2017:612) and the Esther work plan;
 * each agreement may set its own in the specification.
 */
export const defaultTargets: Readonly<
  Record<HandoverTrigger, { target: TransmissionTarget; basis: string }>
> = {
  admission: {
    target: { kind: 'hours', hours: 24 },
    basis: 'admission notice to the municipality within 24 hours of admission',
  },
  'medically-ready': {
    target: { kind: 'days', days: 3 },
    basis: 'coordinated planning meeting called within 3 days of the patient being medically ready',
  },
  discharge: {
    target: { kind: 'end-of-day', days: 0 },
    basis: 'information to the receiving link no later than the discharge day',
  },
  transfer: {
    target: { kind: 'hours', hours: 24 },
    basis: 'Esther: information follows the patient within 24 hours',
  },
  'medication-change': {
    target: { kind: 'hours', hours: 24 },
    basis: 'Esther: the medicine list follows the patient within 24 hours',
  },
};

/** Esther's own goal, beside the law's: home within 24 hours of being medically ready. */
export const estherHomeWithin: TransmissionTarget = { kind: 'hours', hours: 24 };

export function deadlineOf(triggeredAt: Date, target: TransmissionTarget, timeZone: string): Date {
  // Elapsed hours need no calendar; the others build one (a stay's counted days ask for many).
  const local = () => DateTime.fromJSDate(triggeredAt, { zone: timeZone });
  switch (target.kind) {
    case 'hours':
      return new Date(triggeredAt.getTime() + target.hours * 3_600_000);
    case 'days':
      return local().plus({ days: target.days }).toJSDate();
    case 'end-of-day':
      return local().plus({ days: target.days }).endOf('day').toJSDate();
  }
}

export interface TargetProblem {
  field: string;
  message: string;
}

export function checkTarget(target: TransmissionTarget): TargetProblem[] {
  const whole = (field: string, value: number, min: number, max: number) =>
    Number.isInteger(value) && value >= min && value <= max
      ? []
      : [{ field, message: `must be a whole number from ${min} to ${max}` }];
  switch (target.kind) {
    case 'hours':
      return whole('target.hours', target.hours, 1, 24 * 31);
    case 'days':
      return whole('target.days', target.days, 1, 31);
    case 'end-of-day':
      return whole('target.days', target.days, 0, 31);
    default:
      return [{ field: 'target.kind', message: 'must be hours, days or end-of-day' }];
  }
}

/** Near a breach once this share of the time to the deadline has passed without acknowledgement. */
export const NEAR_BREACH_SHARE = 0.75;

export function nearBreachAt(triggeredAt: Date, dueAt: Date): Date {
  return new Date(triggeredAt.getTime() + (dueAt.getTime() - triggeredAt.getTime()) * NEAR_BREACH_SHARE);
}

export type HandoverTimeliness = 'on-time' | 'near-breach' | 'breached';

/**
 * A handover is on target when it was both sent and acknowledged by its deadline: information
 * counts as transmitted once the receiving link has it, not when it leaves the sender.
 */
export function timelinessOf(
  handover: { triggeredAt: Date; sentAt: Date; dueAt: Date; acknowledgedAt: Date | null },
  now: Date,
): HandoverTimeliness {
  if (handover.sentAt > handover.dueAt) return 'breached';
  if (handover.acknowledgedAt) return handover.acknowledgedAt > handover.dueAt ? 'breached' : 'on-time';
  if (now > handover.dueAt) return 'breached';
  return now >= nearBreachAt(handover.triggeredAt, handover.dueAt) ? 'near-breach' : 'on-time';
}
