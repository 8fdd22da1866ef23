import { fromLocalInput, toLocalInput } from '../forms/local-time';

export interface PlanContent {
  goals: readonly string[];
  actions: readonly { description: string; responsibleCareLinkId: string; dueDate?: string | null }[];
  contacts: readonly { description: string; phone: string; available: string }[];
  followUps: readonly { description: string; careLinkId: string; at: string }[];
  recommendations: readonly string[];
}

/** The plan as the editor holds it: follow-up times in the user's clock, empty rows allowed. */
export interface Draft {
  goals: string[];
  actions: { description: string; responsibleCareLinkId: string; dueDate: string }[];
  contacts: { description: string; phone: string; available: string }[];
  followUps: { description: string; careLinkId: string; at: string }[];
  recommendations: string[];
}

export const draftOf = (plan: PlanContent | null | undefined): Draft => ({
  goals: plan?.goals.length ? [...plan.goals] : [''],
  actions: (plan?.actions ?? []).map((a) => ({ ...a, dueDate: a.dueDate ?? '' })),
  contacts: plan?.contacts.length
    ? plan.contacts.map(({ description, phone, available }) => ({ description, phone, available }))
    : [{ description: '', phone: '', available: 'day-and-night' }],
  followUps: (plan?.followUps ?? []).map(({ description, careLinkId, at }) => ({
    description,
    careLinkId,
    at: toLocalInput(at),
  })),
  recommendations: plan?.recommendations.length ? [...plan.recommendations] : [],
});

const filled = (s: string) => s.trim() !== '';

/** The plan to save: rows left wholly empty are dropped, text trimmed. */
export function contentOf(draft: Draft) {
  return {
    goals: draft.goals.map((g) => g.trim()).filter(filled),
    actions: draft.actions
      .filter((a) => filled(a.description) || filled(a.responsibleCareLinkId))
      .map((a) => ({
        description: a.description.trim(),
        responsibleCareLinkId: a.responsibleCareLinkId,
        dueDate: a.dueDate || null,
      })),
    contacts: draft.contacts
      .filter((c) => filled(c.description) || filled(c.phone))
      .map((c) => ({ ...c, description: c.description.trim(), phone: c.phone.trim() })),
    followUps: draft.followUps
      .filter((f) => filled(f.description) || filled(f.at))
      .map((f) => ({ ...f, description: f.description.trim(), at: fromLocalInput(f.at) ?? '' })),
    recommendations: draft.recommendations.map((r) => r.trim()).filter(filled),
  };
}

export type ProblemKey =
  | 'goals'
  | 'contacts'
  | `actions.${number}`
  | `contacts.${number}`
  | `followUps.${number}`;

/**
 * What the plan lacks before it can help at home, as message keys per field: a goal in her own
 * words, someone to call by day and by night, and every action, contact and follow-up whole.
 */
export function problemsOf(draft: Draft): Partial<Record<ProblemKey, string>> {
  const content = contentOf(draft);
  const problems: Partial<Record<ProblemKey, string>> = {};
  if (content.goals.length === 0) problems.goals = 'carePlanEditor.goalMissing';
  const covers = (time: string) =>
    content.contacts.some((c) => c.available === time || c.available === 'day-and-night');
  if (!covers('day') || !covers('night')) problems.contacts = 'carePlanEditor.dayAndNight';
  draft.actions.forEach((a, i) => {
    if (
      (filled(a.description) || filled(a.responsibleCareLinkId)) &&
      !(filled(a.description) && a.responsibleCareLinkId)
    )
      problems[`actions.${i}`] = 'carePlanEditor.actionIncomplete';
  });
  draft.contacts.forEach((c, i) => {
    if ((filled(c.description) || filled(c.phone)) && !(filled(c.description) && filled(c.phone)))
      problems[`contacts.${i}`] = 'carePlanEditor.contactIncomplete';
  });
  draft.followUps.forEach((f, i) => {
    if (
      (filled(f.description) || filled(f.at)) &&
      !(filled(f.description) && f.careLinkId && fromLocalInput(f.at))
    )
      problems[`followUps.${i}`] = 'carePlanEditor.followUpIncomplete';
  });
  return problems;
}
