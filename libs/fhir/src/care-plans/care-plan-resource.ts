import { WRITTEN_VERSION_EXTENSION } from '../mapping/written-version';

/** Identifier system of care plans Carechain writes to EHRs; the value is the care plan id. */
export const CARE_PLAN_IDENTIFIER_SYSTEM = 'https://carechain.se/fhir/sid/care-plan';

export interface SharedCarePlan {
  carePlanId: string;
  version: number;
  goals: string[];
  actions: { description: string; responsibleCareLinkId: string; dueDate?: string }[];
  // From CarePlanUpdated v2 on; a v1 plan has none.
  contacts?: {
    description: string;
    careLinkId?: string;
    phone: string;
    available: 'day' | 'night' | 'day-and-night';
  }[];
  followUps?: { description: string; careLinkId: string; at: string }[];
  recommendations?: string[];
}

/** How Carechain writes when a contact answers, and reads it back. */
export const contactAvailabilityNotes = {
  day: 'Available in the daytime',
  night: 'Available at night',
  'day-and-night': 'Available day and night',
} as const;

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
    contained: [
      ...plan.goals.map((text, i) => ({
        resourceType: 'Goal' as const,
        id: `goal-${i + 1}`,
        lifecycleStatus: 'active' as const,
        description: { text },
        subject,
      })),
      // Whom the patient calls: a care team each, with its phone and when it answers.
      ...(plan.contacts ?? []).map((contact, i) => ({
        resourceType: 'CareTeam' as const,
        id: `contact-${i + 1}`,
        status: 'active' as const,
        name: contact.description,
        subject,
        telecom: [{ system: 'phone' as const, value: contact.phone }],
        ...(contact.careLinkId ? { managingOrganization: [{ display: contact.careLinkId }] } : {}),
        note: [{ text: contactAvailabilityNotes[contact.available] }],
      })),
    ],
    goal: plan.goals.map((_, i) => ({ reference: `#goal-${i + 1}` })),
    ...(plan.contacts?.length
      ? { careTeam: plan.contacts.map((_, i) => ({ reference: `#contact-${i + 1}` })) }
      : {}),
    activity: [
      ...plan.actions.map((action) => ({
        detail: {
          status: 'scheduled' as const,
          description: action.description,
          performer: [{ display: action.responsibleCareLinkId }],
          ...(action.dueDate ? { scheduledPeriod: { end: action.dueDate } } : {}),
        },
      })),
      ...(plan.followUps ?? []).map((followUp) => ({
        detail: {
          kind: 'Appointment' as const,
          status: 'scheduled' as const,
          description: followUp.description,
          performer: [{ display: followUp.careLinkId }],
          scheduledPeriod: { start: followUp.at },
        },
      })),
    ],
    ...(plan.recommendations?.length ? { note: plan.recommendations.map((text) => ({ text })) } : {}),
  };
}
