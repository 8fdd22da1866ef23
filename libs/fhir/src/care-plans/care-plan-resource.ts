import { WRITTEN_VERSION_EXTENSION } from '../mapping/written-version';

/** Identifier system of care plans Carechain writes to EHRs; the value is the care plan id. */
export const CARE_PLAN_IDENTIFIER_SYSTEM = 'https://carechain.se/fhir/sid/care-plan';

export interface SharedCarePlan {
  carePlanId: string;
  version: number;
  goals: string[];
  actions: { description: string; responsibleCareLinkId: string; dueDate?: string }[];
}

/** The shared care plan (SIP) as a FHIR R4 CarePlan for the patient's record in an EHR. */
export function carePlanResourceOf(plan: SharedCarePlan, patientReference: string) {
  const subject = { reference: patientReference };
  return {
    resourceType: 'CarePlan' as const,
    identifier: [{ system: CARE_PLAN_IDENTIFIER_SYSTEM, value: plan.carePlanId }],
    extension: [{ url: WRITTEN_VERSION_EXTENSION, valueInteger: plan.version }],
    status: 'active' as const,
    intent: 'plan' as const,
    title: 'Shared individual care plan (SIP)',
    subject,
    contained: plan.goals.map((text, i) => ({
      resourceType: 'Goal' as const,
      id: `goal-${i + 1}`,
      lifecycleStatus: 'active' as const,
      description: { text },
      subject,
    })),
    goal: plan.goals.map((_, i) => ({ reference: `#goal-${i + 1}` })),
    activity: plan.actions.map((action) => ({
      detail: {
        status: 'scheduled' as const,
        description: action.description,
        performer: [{ display: action.responsibleCareLinkId }],
        ...(action.dueDate ? { scheduledPeriod: { end: action.dueDate } } : {}),
      },
    })),
  };
}
