import type { CareLinkKind } from '../care-links/care-link-directory';

export type ConsentBasis = 'consent-given' | 'consent-withdrawn' | 'emergency' | 'cannot-consent';

/** The links outside the hospital that patient consent governs: the municipality's and primary care's. */
const governedByConsent: ReadonlySet<CareLinkKind> = new Set([
  'primary-care-unit',
  'home-care',
  'nursing-home',
]);

/**
 * Whether the patient's consent keeps a care link of this kind from her record: only while the
 * latest record is her withdrawal. No record yet means she has not been asked, and the legal
 * exceptions (an emergency, a patient who cannot consent) recorded after a withdrawal open it again.
 */
export function consentWithholds(latest: ConsentBasis | null, kind: string | null): boolean {
  return latest === 'consent-withdrawn' && governedByConsent.has(kind as CareLinkKind);
}
