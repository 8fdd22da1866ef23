import { Counter } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/** Where a care event entered Carechain. */
export type IntakeChannel = 'http' | 'kafka-command' | 'hl7' | 'fhir';

/**
 * accepted and duplicate are taken in; rejected (breaks the contract), forbidden (the submitter may
 * not send it for that care link or patient) and conflict (id reused for another event) are refused.
 */
export type IntakeOutcome = 'accepted' | 'duplicate' | 'rejected' | 'forbidden' | 'conflict';

const intake = new Counter({
  name: 'carechain_care_events_intake_total',
  help: 'Care events submitted, by channel and outcome (accepted, duplicate, rejected, forbidden, conflict)',
  labelNames: ['channel', 'outcome'],
  registers: [metricsRegistry],
});

/** Counts the outcome of each submitted care event once the store (or the contract check) has answered. */
export function countIntake(channel: IntakeChannel, outcomes: { status: IntakeOutcome }[]): void {
  // One label lookup per outcome, not per event: a batch of a thousand mostly shares one.
  const tally = new Map<IntakeOutcome, number>();
  for (const { status } of outcomes) tally.set(status, (tally.get(status) ?? 0) + 1);
  for (const [outcome, count] of tally) intake.inc({ channel, outcome }, count);
}
