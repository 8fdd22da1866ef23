import type { CareEventStore, ExpectedAppendOutcome, PatientIdentityRegister } from '@carechain/persistence';
import type { MessageIntake, MessageTaken, StoreGroup } from './group-append';

/**
 * A group's events, outbox rows and identities in one statement, its own transaction, whatever the
 * group's size, so an identity commits with the events of its message. Only a message whose events
 * are all taken (stored or duplicates) has its identity kept; one refused keeps nothing. An identity
 * the register holds as told already is not written again (most messages repeat the patient's).
 */
export function storeGroup(store: CareEventStore, identities: PatientIdentityRegister): StoreGroup {
  return async (messages) => {
    let next = 1;
    const told = messages.flatMap((m, message) => {
      const firstEvent = next;
      next += m.events.length;
      return m.identity ? [{ ...m.identity, firstEvent, events: m.events.length, message }] : [];
    });
    const { problems, written } = identities.recordedWith(told);
    const events = messages.flatMap((m) => m.events);
    const outcomes = events.length || written ? await store.appendInOneStatement(events, written) : [];
    const answers = taken(messages, outcomes);
    const kept = told.flatMap((t, i) => {
      const mine = answers[t.message].outcomes;
      if (!mine.every((o) => o.status === 'accepted' || o.status === 'duplicate')) return [];
      answers[t.message].identityProblems = problems[i];
      return [{ ...t, stored: mine.every((o) => o.status === 'accepted') }];
    });
    // A message sent again stored nothing new, so the statement left its identity out: kept now,
    // unless a later message of the group told the patient's.
    const resent = kept.filter(
      (t) =>
        !t.stored &&
        !kept.some((later) => later.stored && later.patientId === t.patientId && later.message > t.message),
    );
    if (resent.length) await identities.recordMany(resent);
    return answers;
  };
}

/** Each message's share of the group's outcomes, in order. */
function taken(group: MessageIntake[], outcomes: ExpectedAppendOutcome[]): MessageTaken[] {
  let next = 0;
  return group.map((m) => {
    const mine = outcomes.slice(next, next + m.events.length);
    next += m.events.length;
    return { outcomes: mine, identityProblems: [] };
  });
}
