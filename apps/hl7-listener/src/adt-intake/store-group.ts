import type { CareEventStore, ExpectedAppendOutcome, PatientIdentityRegister } from '@carechain/persistence';
import type { MessageIntake, MessageTaken, StoreGroup } from './group-append';

/**
 * A group's events, outbox rows and identities in one transaction: set-based statements whatever
 * the group's size, so an identity commits with the events of its message. Only a message whose
 * events are all taken (stored or duplicates) has its identity kept; one refused keeps nothing.
 * Identities the register holds as told already are not written again (most messages repeat the
 * patient's), and a group left without identities is one statement, its own transaction.
 */
export function storeGroup(store: CareEventStore, identities: PatientIdentityRegister): StoreGroup {
  return async (messages) => {
    const events = messages.flatMap((m) => m.events);
    const group = await withoutIdentitiesHeld(messages, store, identities);
    if (!group.some((m) => m.identity))
      return taken(group, events.length ? await store.appendInOneStatement(events) : []);
    return store.inTransaction(async (tx) => {
      const outcomes = events.length ? await store.appendExpectingIn(tx, events) : [];
      const answers = taken(group, outcomes);
      const told = group.flatMap((m, i) =>
        m.identity && answers[i].outcomes.every((o) => o.status === 'accepted' || o.status === 'duplicate')
          ? [{ at: i, ...m.identity }]
          : [],
      );
      const problems = await identities.recordMany(told, tx);
      told.forEach(({ at }, i) => (answers[at].identityProblems = problems[i]));
      return answers;
    });
  };
}

/** The group without the identities the register holds as told; their messages' events stay. */
async function withoutIdentitiesHeld(
  group: MessageIntake[],
  store: CareEventStore,
  identities: PatientIdentityRegister,
): Promise<MessageIntake[]> {
  const told = group.flatMap((m) => (m.identity ? [m.identity] : []));
  if (!told.length) return group;
  const held = await identities.heldAsTold(told, store.outsideTransaction());
  return group.map((m) =>
    m.identity && held.has(m.identity.patientId) && !identities.problemsOf(m.identity.told).length
      ? { events: m.events }
      : m,
  );
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
