/** Whom the patient or her family calls, and when the number answers. */
export interface CarePlanContact {
  description: string;
  careLinkId?: string;
  phone: string;
  available: 'day' | 'night' | 'day-and-night';
}

/** The shared individual care plan (SIP) made at discharge, as one version holds it. */
export interface CarePlanContent {
  /** In the patient's own words: what matters to her. */
  goals: string[];
  actions: { description: string; responsibleCareLinkId: string; dueDate?: string }[];
  contacts: CarePlanContact[];
  followUps: { description: string; careLinkId: string; at: string }[];
  recommendations: string[];
}

export interface CarePlanProblem {
  path: string;
  message: string;
}

/**
 * What a plan must hold to be of use at home: at least one goal, and someone to call both by day
 * and by night, since help is needed when the ward is no longer there.
 */
export function checkCarePlan(plan: CarePlanContent): CarePlanProblem[] {
  const problems: CarePlanProblem[] = [];
  if (!plan.goals.some((g) => g.trim()))
    problems.push({ path: 'goals', message: "write at least one goal, in the patient's own words" });
  const covers = (time: 'day' | 'night') =>
    plan.contacts.some((c) => c.available === time || c.available === 'day-and-night');
  if (!covers('day'))
    problems.push({ path: 'contacts', message: 'name someone the patient can call in the daytime' });
  if (!covers('night'))
    problems.push({ path: 'contacts', message: 'name someone the patient can call at night' });
  return problems;
}
