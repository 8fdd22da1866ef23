import { DELETED_VERSION_ID } from '@carechain/fhir';
import type { PrismaClient, TransactionClient } from '@carechain/persistence';

export interface SyncedResource {
  id: string;
  versionId: string;
  patientId: string | null;
  resource: object | null;
}

/** The adapter's durable memory per connection: cursors, and the last synced version of each resource. */
export class SyncState {
  constructor(private readonly prisma: PrismaClient) {}

  async cursor(connectionId: string, resourceType: string): Promise<string | null> {
    const row = await this.prisma.fhirSyncCursor.findUnique({
      where: { connectionId_resourceType: { connectionId, resourceType } },
    });
    return row?.lastUpdated ?? null;
  }

  async synced(
    connectionId: string,
    resourceType: string,
    ids: string[],
  ): Promise<Map<string, SyncedResource>> {
    if (!ids.length) return new Map();
    // One array parameter: Prisma's compiler pays for each value of an `in` list.
    const rows = await this.prisma.$queryRaw<
      { resource_id: string; version_id: string; patient_id: string | null; resource: string | null }[]
    >`
      SELECT resource_id, version_id, patient_id, resource::text AS resource FROM fhir_synced_resource
      WHERE connection_id = ${connectionId} AND resource_type = ${resourceType}
        AND resource_id = ANY(${ids}::text[])`;
    return new Map(
      rows.map((r) => [
        r.resource_id,
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

  async save(
    tx: TransactionClient,
    connectionId: string,
    resourceType: string,
    resources: SyncedResource[],
  ): Promise<void> {
    if (!resources.length) return;
    await tx.$executeRaw`
      INSERT INTO fhir_synced_resource (connection_id, resource_type, resource_id, version_id, patient_id, resource)
      SELECT ${connectionId}, ${resourceType}, r.id, r.version_id, r.patient_id, r.resource::jsonb
      FROM unnest(${resources.map((r) => r.id)}::text[], ${resources.map((r) => r.versionId)}::text[],
                  ${resources.map((r) => r.patientId)}::text[], ${resources.map((r) => (r.resource ? JSON.stringify(r.resource) : null))}::text[])
           AS r(id, version_id, patient_id, resource)
      ON CONFLICT (connection_id, resource_type, resource_id)
      DO UPDATE SET version_id = EXCLUDED.version_id, patient_id = EXCLUDED.patient_id, resource = EXCLUDED.resource`;
  }

  async advance(
    tx: TransactionClient,
    connectionId: string,
    resourceType: string,
    lastUpdated: string,
  ): Promise<void> {
    await tx.fhirSyncCursor.upsert({
      where: { connectionId_resourceType: { connectionId, resourceType } },
      create: { connectionId, resourceType, lastUpdated },
      update: { lastUpdated, syncedAt: new Date() },
    });
  }
}
