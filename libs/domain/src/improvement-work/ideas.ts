import type { Problem } from './problems';

export const ideaSubmitterKinds = [
  'staff',
  'coach',
  'patient-representative',
  'patient',
  'relative',
] as const;
export type IdeaSubmitterKind = (typeof ideaSubmitterKinds)[number];

/** new: not yet looked at; adopted: became a project; parked: not now, for a stated reason. */
export type IdeaStatus = 'new' | 'adopted' | 'parked';

export type IdeaDecision = { status: 'parked'; reason: string } | { status: 'adopted'; projectId: string };

/**
 * Coaches triage ideas: a new or parked idea may be adopted as a project; a new idea may be parked,
 * always with a reason so the person who had it hears why. An adopted idea stays with its project.
 */
export function triageProblems(current: IdeaStatus, decision: IdeaDecision): Problem[] {
  if (current === 'adopted')
    return [{ field: 'ideaId', message: 'the idea is already adopted as a project' }];
  if (decision.status === 'parked') {
    if (current === 'parked') return [{ field: 'ideaId', message: 'the idea is already parked' }];
    if (!decision.reason.trim()) return [{ field: 'reason', message: 'say why the idea is parked' }];
  }
  return [];
}
