import { rolesFor } from './operation-roles';
import { careStaffRoles, patientDataRoles, relationshipHolds, type Role } from './roles';

/** How a care link comes to have a care relationship with a patient. */
export type CareRelationship = 'in-journey' | 'handover-addressed';

const relationshipReasons: Record<CareRelationship, string> = {
  'in-journey': 'care link takes part in the patient journey',
  'handover-addressed': 'a handover about the patient is addressed to the care link',
};

/** What the read models say about one patient and the caller's care link. */
export interface RelationshipFacts {
  /** The care link takes part in the journey; when its latest stay ended (null while it lasts). */
  journey: { dischargedAt: Date | null } | null;
  /** When the latest handover about the patient addressed to the care link was sent. */
  lastHandoverAddressedAt: Date | null;
  /** The patient's withdrawn consent keeps this care link from her record (see consentWithholds). */
  withheldByConsent?: boolean;
}

/** The relationship a care link holds with a patient now, if any; each lasts `windowDays` after it ends. */
export function careRelationshipOf(
  facts: RelationshipFacts,
  now: Date,
  windowDays: number,
): CareRelationship | null {
  if (facts.withheldByConsent) return null;
  if (facts.journey && relationshipHolds(facts.journey.dischargedAt, now, windowDays)) return 'in-journey';
  if (facts.lastHandoverAddressedAt && relationshipHolds(facts.lastHandoverAddressedAt, now, windowDays))
    return 'handover-addressed';
  return null;
}

/** Processes of Carechain itself that read patient data; no token can name one. */
export type CarechainProcess = 'handover-delivery' | 'fhir-write-back';

interface Rule {
  /** Roles that hold the permission: one suffices. */
  roles: readonly Role[];
  /** Whether the caller's care link must also have a care relationship with the patient. */
  needsRelationship: boolean;
  /** Why it is refused to other roles, after "In the role X you ...". */
  refusal: string;
  /** Why it is allowed when no relationship is needed (the audit's reason). */
  grant?: string;
  /** Carechain's own processes that hold it. */
  processes?: readonly CarechainProcess[];
}

const identities = "see aggregates, not patients' identities or records";
const patientRule = (processes: readonly CarechainProcess[] = []): Rule => ({
  roles: patientDataRoles,
  needsRelationship: true,
  refusal: identities,
  processes,
});

/**
 * Every permission of the gateway, and who holds it. A read or change of patient data names one of
 * these; anything not in the table is refused.
 */
export const permissions = {
  'journey.read': patientRule(['handover-delivery']),
  'stay.read': patientRule(['handover-delivery']),
  'medicineList.read': patientRule(['handover-delivery', 'fhir-write-back']),
  'medicineList.change': patientRule(),
  'carePlan.read': patientRule(['handover-delivery', 'fhir-write-back']),
  'carePlan.save': patientRule(),
  'dischargeDelay.read': patientRule(),
  'dischargeDelay.record': patientRule(),
  'readiness.declare': patientRule(),
  /** Discharge planning: call the planning meeting, record consent (lag 2017:612). */
  'dischargePlanning.record': patientRule(),
  'patientsWaiting.read': patientRule(),
  /** The patient a handover package is about, to its sender or receiver. */
  'handover.patient': patientRule(['fhir-write-back']),
  /** The data of a package, to the receiving link only. */
  'handover.data': patientRule(),
  'handover.acknowledge': patientRule(),
  'complaint.patient': patientRule(),
  /** Name and personal identity number: staff of a care link in the patient's care, nobody else. */
  'identity.read': {
    roles: careStaffRoles,
    needsRelationship: true,
    refusal: identities,
  },
  'accessLog.read': {
    roles: ['coordinator'],
    needsRelationship: false,
    refusal: 'may not read the access log; a coordinator may',
    grant: 'coordinator reads the access log',
  },
  /** A municipality's payment-liability invoice basis: pseudonymous patients, charged days, events. */
  'liabilityInvoice.read': {
    roles: ['coordinator'],
    needsRelationship: false,
    refusal: 'may not read payment-liability invoices; a coordinator may',
    grant: 'coordinator reads the payment-liability invoice basis',
  },
  'ehrConnections.read': {
    roles: rolesFor.integrations,
    needsRelationship: false,
    refusal: 'may not see the EHR connections; integrators and coordinators may',
    grant: 'integrators and coordinators operate the EHR connections',
  },
  /** Adding, changing, pausing and resuming EHR connections: the integrators who run them, nobody else. */
  'ehrConnections.write': {
    roles: ['integrator'],
    needsRelationship: false,
    refusal: 'may not add or change EHR connections; integrators may',
    grant: 'integrators add and change the EHR connections',
  },
} satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;

/** Who asks: a person or system with roles acting for a care link, or one of Carechain's own processes. */
export type Principal = { roles: readonly Role[]; careLinkId: string } | { process: CarechainProcess };

/**
 * Why access was allowed or refused, as a code a reader's language can tell (the access log a
 * patient may ask for); `reason` says the same in the audit's words.
 */
export type AccessBasis =
  | CareRelationship
  | 'role'
  | 'carechain-process'
  | 'no-relationship'
  | 'role-lacks-permission'
  | 'unknown-permission';

export type AccessDecision =
  | { allowed: true; basis: AccessBasis; reason: string }
  /** `reason` goes into the audit, `message` to the caller. */
  | { allowed: false; basis: AccessBasis; reason: string; message: string };

/**
 * Decides one permission for one patient (or none, for permissions that need no relationship).
 * Default deny: a permission the table does not know, or a role or process it does not name, is refused.
 */
export function decideAccess(
  permission: string,
  who: Principal,
  relationship: CareRelationship | null,
): AccessDecision {
  const rule: Rule | undefined = Object.hasOwn(permissions, permission)
    ? (permissions as Record<string, Rule>)[permission]
    : undefined;
  if (!rule) {
    const reason = `no permission ${permission}`;
    return {
      allowed: false,
      basis: 'unknown-permission',
      reason,
      message: `${permission} is not a permission anyone holds`,
    };
  }
  if ('process' in who) {
    if (rule.processes?.includes(who.process))
      return { allowed: true, basis: 'carechain-process', reason: `Carechain's ${who.process}` };
    return {
      allowed: false,
      basis: 'role-lacks-permission',
      reason: `${who.process} does not hold ${permission}`,
      message: `${who.process} may not ${permission}`,
    };
  }
  const held = who.roles.length ? who.roles.join(', ') : 'none';
  if (!who.roles.some((role) => rule.roles.includes(role))) {
    return {
      allowed: false,
      basis: 'role-lacks-permission',
      reason: rule.needsRelationship
        ? `role ${held} sees aggregates, not identities`
        : `role ${held} ${rule.refusal}`,
      message: `In the role ${held} you ${rule.refusal}`,
    };
  }
  if (!rule.needsRelationship) return { allowed: true, basis: 'role', reason: rule.grant ?? permission };
  if (!relationship) {
    return {
      allowed: false,
      basis: 'no-relationship',
      reason: 'no care relationship',
      // The same answer for an unknown patient and a refused one, so existence does not leak.
      message: `Care link ${who.careLinkId} has no care relationship with this patient`,
    };
  }
  return { allowed: true, basis: relationship, reason: relationshipReasons[relationship] };
}
