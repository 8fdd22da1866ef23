import { chronological, foldJourney, type JourneyFact } from '../journeys/journey';

/**
 * The care links a handover set off by `trigger` may be addressed to: those taking part in the
 * patient's care as of the trigger, from the patient's facts up to it in the order care happened
 * (the trigger included). Facts after it do not count: home care named by a ready notice an hour
 * after the admission takes no part in the admission, however soon that notice reaches Carechain.
 */
export function careLinksAsOf(trigger: JourneyFact, facts: readonly JourneyFact[]): Set<string> {
  const before = facts.filter((fact) => fact.eventId !== trigger.eventId && chronological(fact, trigger) < 0);
  return new Set(foldJourney([...before, trigger]).careLinkIds);
}

/**
 * The moment a package shows the patient's record at: when it is sent, unless the trigger's own
 * time lies ahead of that (a sender's clock a second ahead, a ready time recorded in advance); then
 * just after that time, as the record holds what was in force up to the moment asked. A package
 * never shows the record from before its trigger, so a ready notice carries its ready time.
 */
export function recordMomentOf(trigger: JourneyFact, sentAt: Date): Date {
  const own =
    trigger.type === 'MedicallyReadyForDischarge' ? new Date(trigger.payload.readyAt) : trigger.occurredAt;
  return own >= sentAt ? new Date(own.getTime() + 1) : sentAt;
}
