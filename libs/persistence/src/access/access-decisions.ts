import type { AccessDecision, ConsentBasis } from '@carechain/domain';
import type { PrismaClient } from '../prisma';

/** Who a decision was about access for, as the access log names them. */
export interface AuditedReader {
  actorId: string;
  roles: readonly string[];
  careLinkId: string;
}

/** Each patient's latest consent record (ties broken by store order); patients without one are absent. */
export async function latestConsents(
  prisma: PrismaClient,
  patientIds: readonly string[],
): Promise<Map<string, ConsentBasis>> {
  const consents = await prisma.careEvent.findMany({
    where: { patientId: { in: [...patientIds] }, type: 'ConsentRecorded' },
    orderBy: [{ occurredAt: 'desc' }, { sequence: 'desc' }],
    distinct: ['patientId'],
    select: { patientId: true, payload: true },
  });
  return new Map(consents.map((c) => [c.patientId, (c.payload as { basis: ConsentBasis }).basis]));
}

/** Writes one access-log entry per patient decided, allowed or refused. */
export async function auditAccessDecisions(
  prisma: PrismaClient,
  who: AuditedReader,
  permission: string,
  action: string,
  decisions: readonly (readonly [string, AccessDecision])[],
): Promise<void> {
  if (!decisions.length) return;
  await prisma.accessAudit.createMany({
    data: decisions.map(([patientId, decision]) => ({
      actorId: who.actorId,
      roles: [...who.roles],
      careLinkId: who.careLinkId,
      patientId,
      action,
      permission,
      allowed: decision.allowed,
      basis: decision.basis,
      reason: decision.reason,
    })),
  });
}
