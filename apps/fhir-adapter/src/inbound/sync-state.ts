import { DELETED_VERSION_ID } from '@carechain/fhir';
import type { PrismaClient, SqlTransaction } from '@carechain/persistence';

export interface SyncedResource {
  id: string;
  versionId: string;
  patientId: string | null;
  resource: object | null;
}

/** How a page's lookups key a synced resource: as a reference to it reads. */
export const syncedKey = (resourceType: string, id: string) => `${resourceType}/${id}`;

/** A synced resource of a page, with its type: a page saves its own type's and the patients it read. */
export interface SyncedOfType extends SyncedResource {
  resourceType: string;
  /** The resource as JSON, when the page has written it so already. */
  json?: string;
}

/**
 * The adapter's durable memory per connection: cursors, and the last synced version of each resource.
 * What a sync reads and writes page by page goes through `sql` (the pg pool where the service has one).
 */
export class SyncState {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlTransaction = prisma,
  ) {}

  async cursor(connectionId: string, resourceType: string): Promise<string | null> {
    const [row] = await this.sql.$queryRaw<{ last_updated: string | null }[]>`
      SELECT last_updated FROM fhir_sync_cursor WHERE connection_id = ${connectionId} AND resource_type = ${resourceType}`;
    return row?.last_updated ?? null;
  }

  /** The last synced version of each resource asked for, by `syncedKey`, in one query whatever their types. */
  async synced(
    connectionId: string,
    resources: { resourceType: string; id: string }[],
  ): Promise<Map<string, SyncedResource>> {
    if (!resources.length) return new Map();
    // Arrays as parameters: Prisma's compiler pays for each value of an `in` list.
    const rows = await this.sql.$queryRaw<
      {
        resource_type: string;
        resource_id: string;
        version_id: string;
        patient_id: string | null;
        resource: string | null;
      }[]
    >`
      SELECT resource_type, resource_id, version_id, patient_id, resource::text AS resource FROM fhir_synced_resource
      WHERE connection_id = ${connectionId}
        AND (resource_type, resource_id) IN (
          SELECT * FROM unnest(${resources.map((r) => r.resourceType)}::text[], ${resources.map((r) => r.id)}::text[]))`;
    return new Map(
      rows.map((r) => [
        syncedKey(r.resource_type, r.resource_id),
        {
          id: r.resource_id,
          versionId: r.version_id,
          patientId: r.patient_id,
          resource: r.resource === null ? null : (JSON.parse(r.resource) as object),
        },
      ]),
    );
  }

  /** Synced resources the server still had when last seen, in id order after `afterId`, a batch at a time. */
  async present(connectionId: string, resourceType: string, afterId: string, take: number) {
    const rows = await this.prisma.fhirSyncedResource.findMany({
      where: {
        connectionId,
        resourceType,
        resourceId: { gt: afterId },
        versionId: { not: DELETED_VERSION_ID },
      },
      orderBy: { resourceId: 'asc' },
      take,
      select: { resourceId: true, resource: true },
    });
    return rows.map((r) => ({ id: r.resourceId, resource: r.resource as object | null }));
  }

  /** The FHIR Patient id of a network patient on this connection, for writing back. */
  async fhirPatientOf(connectionId: string, patientId: string): Promise<string | undefined> {
    const row = await this.prisma.fhirSyncedResource.findFirst({
      where: { connectionId, resourceType: 'Patient', patientId },
      select: { resourceId: true },
    });
    return row?.resourceId;
  }

  /**
   * The page's synced versions and, when given, its advanced cursor: one statement within the
   * page's transaction.
   */
  async save(
    tx: SqlTransaction,
    connectionId: string,
    resources: SyncedOfType[],
    cursor?: { resourceType: string; lastUpdated: string },
  ): Promise<void> {
    if (!resources.length && !cursor) return;
    // Two walks' pages may both save a patient they read: rows in one order everywhere, so their
    // transactions never wait on each other in a circle.
    const rows = resources.toSorted((a, b) =>
      a.resourceType === b.resourceType ? compare(a.id, b.id) : compare(a.resourceType, b.resourceType),
    );
    // One JSON document, each resource in it as it is: no resource serialised twice or escaped into an array.
    const document = `[${rows
      .map(
        ({ resource, json, ...row }) =>
          `${JSON.stringify(row).slice(0, -1)},"resource":${json ?? JSON.stringify(resource)}}`,
      )
      .join(',')}]`;
    await tx.$executeRaw`
      WITH synced AS (
        INSERT INTO fhir_synced_resource (connection_id, resource_type, resource_id, version_id, patient_id, resource)
        SELECT ${connectionId}, r."resourceType", r.id, r."versionId", r."patientId", r.resource
        FROM jsonb_to_recordset(${document}::jsonb)
             AS r("resourceType" text, id text, "versionId" text, "patientId" text, resource jsonb)
        ON CONFLICT (connection_id, resource_type, resource_id)
        DO UPDATE SET version_id = EXCLUDED.version_id, patient_id = EXCLUDED.patient_id, resource = EXCLUDED.resource
      )
      INSERT INTO fhir_sync_cursor (connection_id, resource_type, last_updated)
      SELECT ${connectionId}, ${cursor?.resourceType ?? null}::text, ${cursor?.lastUpdated ?? null}::text
      WHERE ${cursor?.resourceType ?? null}::text IS NOT NULL
      ON CONFLICT (connection_id, resource_type) DO UPDATE SET last_updated = EXCLUDED.last_updated, synced_at = now()`;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
