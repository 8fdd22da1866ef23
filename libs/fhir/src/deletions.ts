import { isObject } from './mapping/fhir-values';

/** The version id of a deleted resource's withdrawn version. */
export const DELETED_VERSION_ID = 'deleted';

/**
 * The last synced version of a resource the server no longer has, as a version that withdraws it:
 * entered in error (a stay becomes a cancelled admission, a medicine a stop, a readiness flag a
 * withdrawal), and a medication list emptied. Comparing it with that version gives the cancellations.
 */
export function deletedVersionOf(previous: unknown, deletedAt: string): Record<string, unknown> {
  const resource = isObject(previous) ? previous : {};
  const meta = isObject(resource.meta) ? resource.meta : {};
  return {
    ...resource,
    meta: { ...meta, versionId: DELETED_VERSION_ID, lastUpdated: deletedAt },
    status: 'entered-in-error',
    ...(resource.resourceType === 'List' ? { mode: 'snapshot', entry: [] } : {}),
  };
}
