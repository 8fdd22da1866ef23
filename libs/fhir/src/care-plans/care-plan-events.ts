import {
  arrayAt,
  isObject,
  lastUpdatedOf,
  objectAt,
  resourceOf,
  textOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import { orNullIfUnmappable, type CareEventDraft } from '../mapping/mapping-result';
import { CARE_PLAN_IDENTIFIER_SYSTEM } from './care-plan-resource';

const inForce = new Set(['active', 'on-hold', 'completed']);

/**
 * An EHR's CarePlan version as a new version of a shared care plan, when its goals or actions
 * changed. Care plans Carechain wrote back itself are not read in again.
 */
export function carePlanChanges(
  current: unknown,
  previous: unknown,
  context: MappingContext,
): CareEventDraft[] {
  const plan = planOf(current, context);
  if (!plan) return [];
  const before = previous === undefined ? null : orNullIfUnmappable(() => planOf(previous, context));
  if (before && JSON.stringify(before.content) === JSON.stringify(plan.content)) return [];
  const resource = current as Json;
  return [
    {
      fact: 'care-plan-updated',
      type: 'CarePlanUpdated',
      occurredAt: lastUpdatedOf(resource),
      careLinkId: context.defaultCareLinkId,
      // FHIR version ids need not be numbers; the time the server stored this version orders them.
      payload: {
        carePlanId: `${context.idPrefix}${resource.id}`,
        version: Math.floor(Date.parse(lastUpdatedOf(resource)) / 1000),
        ...plan.content,
      },
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
  const actions = arrayAt(plan, 'activity').flatMap((activity) => {
    const detail = objectAt(activity, 'detail');
    const reference = objectAt(activity, 'reference');
    const description =
      (typeof detail?.description === 'string' && detail.description) ||
      textOf(detail?.code) ||
      (typeof reference?.display === 'string' && reference.display);
    if (!description) return [];
    const end = isObject(detail?.scheduledPeriod) ? detail.scheduledPeriod.end : undefined;
    const dueDate = typeof end === 'string' ? end.slice(0, 10) : undefined;
    return [
      { description, responsibleCareLinkId: context.defaultCareLinkId, ...(dueDate ? { dueDate } : {}) },
    ];
  });
  return { content: { goals, actions } };
}
