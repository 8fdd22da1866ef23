import { checkText, type Problem } from './problems';

export const ideaSubmitterKinds = [
  'staff',
  'coach',
  'patient-representative',
  'patient',
  'relative',
] as const;
export type IdeaSubmitterKind = (typeof ideaSubmitterKinds)[number];

export interface IdeaDraft {
  title: string;
  description: string;
  submitterKind: string;
}

export function checkIdea(draft: IdeaDraft): Problem[] {
  const problems = [
    ...checkText('title', draft.title, 200),
    ...checkText('description', draft.description, 4000),
  ];
  if (!ideaSubmitterKinds.includes(draft.submitterKind as IdeaSubmitterKind)) {
    problems.push({
      field: 'submitterKind',
      message: `unknown kind '${draft.submitterKind}'; known: ${ideaSubmitterKinds.join(', ')}`,
    });
  }
  return problems;
}

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
