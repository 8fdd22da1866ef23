import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from './caller';

/**
 * The one place that decides whether a caller may see a patient's data, and records every
 * decision. A care link may read a patient it has taken part in caring for.
 */
@Injectable()
export class PatientAccess {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** The patients among `patientIds` the caller may see; each one shown is audited as read. */
  async permitted(caller: Caller, patientIds: string[], action: string): Promise<Set<string>> {
    const journeys = await this.prisma.patientJourney.findMany({
      where: { patientId: { in: patientIds }, careLinkIds: { has: caller.careLinkId } },
      select: { patientId: true },
    });
    const allowed = journeys.map((j) => j.patientId);
    await this.audit(caller, allowed, action, true);
    return new Set(allowed);
  }

  async authorise(caller: Caller, patientId: string, action: string): Promise<void> {
    if ((await this.permitted(caller, [patientId], action)).has(patientId)) return;
    await this.audit(caller, [patientId], action, false);
    // The same answer for an unknown patient and a refused one, so existence does not leak.
    throw new GraphQLError(`Care link ${caller.careLinkId} has no care relationship with this patient`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }

  private async audit(caller: Caller, patientIds: string[], action: string, allowed: boolean) {
    if (!patientIds.length) return;
    await this.prisma.accessAudit.createMany({
      data: patientIds.map((patientId) => ({
        actorId: caller.actorId,
        careLinkId: caller.careLinkId,
        patientId,
        action,
        allowed,
        reason: allowed ? 'care link takes part in the patient journey' : 'no care relationship',
      })),
    });
  }
}
