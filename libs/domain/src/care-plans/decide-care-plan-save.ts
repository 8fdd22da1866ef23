import { decided, conflictOn, invalid, type DecidedEvent, type Decision } from '../commands/decision';
import { checkCarePlan, type CarePlanContent } from './care-plan';

/** The care plan's latest version as stored, or null before the first is saved. */
export interface CarePlanHead {
  carePlanId: string;
  version: number;
  careLinkId: string;
  occurredAt: Date;
}

export interface SaveCarePlan {
  /** The version the sender edited; 0 for a first plan. */
  baseVersion: number;
  /** The id a first plan gets; later versions keep the first one's. */
  newCarePlanId: string;
  content: CarePlanContent;
}

export type CarePlanUpdated = DecidedEvent<
  'CarePlanUpdated',
  CarePlanContent & { carePlanId: string; version: number }
>;

const savedBy = (head: CarePlanHead | null) =>
  head ? `; ${head.careLinkId} saved it last, at ${head.occurredAt.toISOString()}` : '';

/** A new version is made from the latest one, so a version saved meanwhile is never overwritten unseen. */
export function decideCarePlanSave(
  head: CarePlanHead | null,
  command: SaveCarePlan,
): Decision<CarePlanUpdated> {
  const current = head?.version ?? 0;
  if (command.baseVersion !== current)
    return conflictOn(
      'baseVersion',
      `the care plan is at version ${current}, not ${command.baseVersion}${savedBy(head)}. Reload the plan and make your change to it`,
    );
  const problems = checkCarePlan(command.content);
  if (problems.length) return invalid(...problems.map((p) => ({ field: p.path, message: p.message })));
  return decided({
    type: 'CarePlanUpdated',
    payload: {
      carePlanId: head?.carePlanId ?? command.newCarePlanId,
      version: current + 1,
      ...command.content,
    },
  });
}

/**
 * A version submitted by another system names its own number: it must be the next one, or it was
 * made from an older plan than the one stored.
 */
export function decideSubmittedCarePlanVersion<P extends { version: number }>(
  head: CarePlanHead | null,
  submitted: P,
): Decision<DecidedEvent<'CarePlanUpdated', P>> {
  const current = head?.version ?? 0;
  if (submitted.version === current + 1) return decided({ type: 'CarePlanUpdated', payload: submitted });
  return conflictOn(
    'version',
    `the care plan is at version ${current}, so the next version is ${current + 1}, not ${submitted.version}${savedBy(head)}. Reload the plan and make your change to it`,
  );
}

/**
 * A plan an EHR keeps in its own record is edited there, not from a Carechain version: each version
 * it records becomes the plan's next version, whatever number the EHR gives its own.
 */
export function decideRecordedCarePlanVersion<P extends { version: number }>(
  head: CarePlanHead | null,
  recorded: P,
): Decision<DecidedEvent<'CarePlanUpdated', P>> {
  return decided({ type: 'CarePlanUpdated', payload: { ...recorded, version: (head?.version ?? 0) + 1 } });
}
