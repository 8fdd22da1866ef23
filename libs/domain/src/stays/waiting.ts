import { readyPeriods, type ReadyPeriod, type StayFacts } from '../unnecessary-days/unnecessary-days';

// Later than any ready time a stay can hold.
const END_OF_TIME = new Date(8.64e15);

/**
 * The ready period a stay still in hospital is in at `now`, or null when the patient is not
 * waiting. Decided for the moment asked: a ready time recorded ahead (a sender's clock a second
 * ahead, a doctor declaring tomorrow morning) makes the patient wait from that time on.
 */
export function waitingAt(facts: StayFacts, now: Date): ReadyPeriod | null {
  if (facts.dischargedAt) return null;
  return readyPeriods(facts, now).find((period) => period.to === null) ?? null;
}

/**
 * When a stay still in hospital is first medically ready, however far ahead that is; null for a
 * discharged stay and one never declared ready. It does not change with the clock, so a read
 * model may keep it: the stays worth asking `waitingAt` about are those ready from before now.
 */
export function readyFromOf(facts: StayFacts): Date | null {
  if (facts.dischargedAt) return null;
  return readyPeriods(facts, END_OF_TIME)[0]?.from ?? null;
}
