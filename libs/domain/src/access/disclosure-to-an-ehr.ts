import { consentWithholds, type ConsentBasis } from '../discharge-notices/consent';
import { decideAccess, type AccessDecision, type CarechainProcess, type Permission } from './permissions';

/** A care link an EHR connection speaks for, with its kind from the directory (null when not registered). */
export interface ConnectedCareLink {
  careLinkId: string;
  kind: string | null;
}

/**
 * Whether Carechain's `process` may send a patient's record to an EHR that speaks for `careLinks`:
 * the permission table first, then her consent, which must leave at least one of them her record.
 */
export function decideDisclosureToEhr(
  permission: Permission,
  process: CarechainProcess,
  careLinks: readonly ConnectedCareLink[],
  consent: ConsentBasis | null,
): AccessDecision {
  const decision = decideAccess(permission, { process }, null);
  if (!decision.allowed || careLinks.some((link) => !consentWithholds(consent, link.kind))) return decision;
  const links = careLinks.map((link) => link.careLinkId).join(', ') || 'no care link';
  return {
    allowed: false,
    basis: 'no-relationship',
    reason: `the patient's withdrawn consent keeps her record from ${links}`,
    message: `the patient's consent keeps her record from ${links}`,
  };
}
