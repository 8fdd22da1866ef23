import {
  arrayAt,
  instantAt,
  isObject,
  lastUpdatedOf,
  objectAt,
  resourceOf,
  textOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import { orNullIfUnmappable, type CareEventDraft } from '../mapping/mapping-result';
import { CARE_PLAN_IDENTIFIER_SYSTEM, contactAvailabilityNotes } from './care-plan-resource';

const inForce = new Set(['active', 'on-hold', 'completed']);

/**
 * An EHR's CarePlan version as a new version of a shared care plan, when what it says changed:
 * goals, actions, whom to call, follow-ups and recommendations. Its number is the plan's next
 * version in Carechain, given when it is stored (the EHR's own version ids need not be numbers);
 * `version` here only satisfies the contract until then. Care plans Carechain wrote back itself are
 * not read in again.
 */
export function carePlanChanges(
  current: unknown,
  previous: unknown,
  context: MappingContext,
): CareEventDraft[] {
  const plan = planOf(current, context);
  if (!plan) return [];
  const before = previous === undefined ? null : orNullIfUnmappable(() => planOf(previous, context));
  if (before && JSON.stringify(before) === JSON.stringify(plan)) return [];
  const resource = current as Json;
  return [
    {
      fact: 'care-plan-updated',
      type: 'CarePlanUpdated',
      schemaVersion: 2,
      occurredAt: lastUpdatedOf(resource),
      careLinkId: context.defaultCareLinkId,
      payload: { carePlanId: `${context.idPrefix}${resource.id}`, version: 1, ...plan },
    },
  ];
}

function planOf(input: unknown, context: MappingContext) {
  const plan = resourceOf(input, 'CarePlan');
  if (
    arrayAt(plan, 'identifier').some((i) => i.system === CARE_PLAN_IDENTIFIER_SYSTEM) ||
    !inForce.has(String(plan.status))
  )
    return null;
  const contained = new Map(arrayAt(plan, 'contained').map((c) => [`#${c.id}`, c]));
  const goals = arrayAt(plan, 'goal').flatMap((ref) => {
    const goal = typeof ref.reference === 'string' ? contained.get(ref.reference) : undefined;
    const text = textOf(goal?.description) ?? (typeof ref.display === 'string' ? ref.display : undefined);
    return text ? [text] : [];
  });
  const activities = arrayAt(plan, 'activity').flatMap((activity, i) => {
    const detail = objectAt(activity, 'detail');
    const reference = objectAt(activity, 'reference');
    const description =
      (typeof detail?.description === 'string' && detail.description) ||
      textOf(detail?.code) ||
      (typeof reference?.display === 'string' && reference.display);
    if (!description) return [];
    const period = isObject(detail?.scheduledPeriod) ? detail.scheduledPeriod : undefined;
    return [
      { description, kind: detail?.kind, period, at: `CarePlan.activity[${i}].detail.scheduledPeriod` },
    ];
  });
  const followUps = activities
    .filter((a) => a.kind === 'Appointment' && a.period?.start !== undefined)
    .map((a) => ({
      description: a.description,
      careLinkId: context.defaultCareLinkId,
      at: instantAt(a.period?.start, `${a.at}.start`),
    }));
  const actions = activities
    .filter((a) => !(a.kind === 'Appointment' && a.period?.start !== undefined))
    .map((a) => {
      const dueDate = typeof a.period?.end === 'string' ? a.period.end.slice(0, 10) : undefined;
      return {
        description: a.description,
        responsibleCareLinkId: context.defaultCareLinkId,
        ...(dueDate ? { dueDate } : {}),
      };
    });
  const contacts = [...arrayAt(plan, 'careTeam'), ...arrayAt(plan, 'contributor')].flatMap((ref) => {
    const member = typeof ref.reference === 'string' ? contained.get(ref.reference) : undefined;
    return member ? contactOf(member, ref) : [];
  });
  const recommendations = arrayAt(plan, 'note').flatMap((note) =>
    typeof note.text === 'string' && note.text.trim() ? [note.text] : [],
  );
  return { goals, actions, contacts, followUps, recommendations };
}

/**
 * Whom the patient calls: a contained care team, practitioner or organisation with a phone number.
 * When it answers is read from a note Carechain's own wording uses; without one, the daytime only,
 * so nobody is sent to a number that may not answer at night.
 */
function contactOf(member: Json, ref: Json) {
  const participants = arrayAt(member, 'participant').map((p) => objectAt(p, 'member'));
  const phone = [member, ...participants]
    .flatMap((m) => (m ? arrayAt(m, 'telecom') : []))
    .find((t) => t.system === 'phone' && typeof t.value === 'string' && t.value.trim().length >= 3)?.value;
  // A care team or organisation has a name; a practitioner's HumanName gives its text.
  const humanName = Array.isArray(member.name) ? member.name.find(isObject)?.text : undefined;
  const description =
    (typeof member.name === 'string' && member.name) ||
    (typeof ref.display === 'string' && ref.display) ||
    (typeof humanName === 'string' && humanName) ||
    undefined;
  if (typeof phone !== 'string' || !description) return [];
  const notes = arrayAt(member, 'note').map((n) => n.text);
  const available =
    (Object.entries(contactAvailabilityNotes).find(([, text]) => notes.includes(text))?.[0] as
      | keyof typeof contactAvailabilityNotes
      | undefined) ?? 'day';
  return [{ description, phone: phone.trim().slice(0, 32), available }];
}
