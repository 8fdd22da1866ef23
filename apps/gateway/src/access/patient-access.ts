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

  async authorise(caller: Caller, patientId: string, action: string): Promise<void> {
    const journey = await this.prisma.patientJourney.findUnique({
      where: { patientId },
      select: { careLinkIds: true },
    });
    const allowed = journey?.careLinkIds.includes(caller.careLinkId) ?? false;
    await this.prisma.accessAudit.create({
      data: {
        actorId: caller.actorId,
        careLinkId: caller.careLinkId,
        patientId,
        action,
        allowed,
        reason: allowed ? 'care link takes part in the patient journey' : 'no care relationship',
      },
    });
    // The same answer for an unknown patient and a refused one, so existence does not leak.
    if (!allowed) {
      throw new GraphQLError(`Care link ${caller.careLinkId} has no care relationship with this patient`, {
        extensions: { code: 'FORBIDDEN' },
      });
    }
  }
}
