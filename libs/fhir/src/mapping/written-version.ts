/**
 * Extension holding the Carechain version a resource written to an EHR shows (care plan version,
 * medicine-list change count), so a retried older write never overwrites a newer one.
 */
export const WRITTEN_VERSION_EXTENSION = 'https://carechain.se/fhir/StructureDefinition/carechain-version';

/** The Carechain version a resource on the server shows, or 0 when it carries none. */
export function writtenVersionOf(resource: {
  extension?: { url?: string; valueInteger?: number }[];
}): number {
  return resource.extension?.find((e) => e.url === WRITTEN_VERSION_EXTENSION)?.valueInteger ?? 0;
}
