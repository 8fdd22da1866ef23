import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from './caller';

const IN_JOURNEY = 'care link takes part in the patient journey';
const HANDOVER_ADDRESSED = 'a handover about the patient is addressed to the care link';

/**
 * The one place that decides whether a caller may see a patient's data, and records every
 * decision. A care link may read a patient it has taken part in caring for, or one a handover is addressed to.
 */
@Injectable()
export class PatientAccess {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** The patients among `patientIds` the caller may see; each one shown is audited as read. */
  async permitted(caller: Caller, patientIds: string[], action: string): Promise<Set<string>> {
    const [journeys, handovers] = await Promise.all([
      this.prisma.patientJourney.findMany({
        where: { patientId: { in: patientIds }, careLinkIds: { has: caller.careLinkId } },
        select: { patientId: true },
      }),
      this.prisma.handoverPackage.findMany({
        where: { patientId: { in: patientIds }, receivingCareLinkId: caller.careLinkId },
        select: { patientId: true },
        distinct: ['patientId'],
      }),
    ]);
    const inJourney = new Set(journeys.map((j) => j.patientId));
    const addressed = handovers.map((h) => h.patientId).filter((id) => !inJourney.has(id));
    await this.audit(caller, [...inJourney], action, true);
    await this.audit(caller, addressed, action, true, HANDOVER_ADDRESSED);
    return new Set([...inJourney, ...addressed]);
  }

  /** Records reads of handover packages addressed to the caller's care link: the handover is the relationship. */
  recordHandoverReads(caller: Caller, patientIds: string[], action: string): Promise<void> {
    return this.audit(caller, patientIds, action, true, HANDOVER_ADDRESSED);
  }

  async authorise(caller: Caller, patientId: string, action: string): Promise<void> {
    if ((await this.permitted(caller, [patientId], action)).has(patientId)) return;
    await this.audit(caller, [patientId], action, false);
    // The same answer for an unknown patient and a refused one, so existence does not leak.
    throw new GraphQLError(`Care link ${caller.careLinkId} has no care relationship with this patient`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }

  private async audit(caller: Caller, patientIds: string[], action: string, allowed: boolean, relationship = IN_JOURNEY) {
    if (!patientIds.length) return;
    await this.prisma.accessAudit.createMany({
      data: patientIds.map((patientId) => ({
        actorId: caller.actorId,
        careLinkId: caller.careLinkId,
        patientId,
        action,
        allowed,
        reason: allowed ? relationship : 'no care relationship',
      })),
    });
  }
}
