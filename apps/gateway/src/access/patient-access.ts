import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { mayReadAccessLog, mayReadPatientData, relationshipHolds } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from './caller';

export interface AccessSettings {
  /** Days after discharge (or after a handover) that a care link keeps its relationship with the patient. */
  relationshipDays: number;
}
export const ACCESS_SETTINGS = Symbol('AccessSettings');

const IN_JOURNEY = 'care link takes part in the patient journey';
const HANDOVER_ADDRESSED = 'a handover about the patient is addressed to the care link';

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/**
 * The one place that decides whether a caller may see a patient's data, and records every
 * decision. Staff may read a patient their care link has a care relationship with: it takes part in
 * the journey, or a handover about the patient is addressed to it, within the relationship window.
 */
@Injectable()
export class PatientAccess {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(ACCESS_SETTINGS) private readonly settings: AccessSettings,
  ) {}

  /** The patients among `patientIds` the caller may see; each one shown is audited as read. */
  async permitted(caller: Caller, patientIds: string[], action: string): Promise<Set<string>> {
    await this.requirePatientRole(caller, patientIds, action);
    const now = new Date();
    const [journeys, handovers] = await Promise.all([
      this.prisma.patientJourney.findMany({
        where: { patientId: { in: patientIds }, careLinkIds: { has: caller.careLinkId } },
        select: { patientId: true, dischargedAt: true },
      }),
      this.prisma.handoverPackage.findMany({
        where: {
          patientId: { in: patientIds },
          receivingCareLinkId: caller.careLinkId,
          sentAt: { gte: new Date(now.getTime() - this.settings.relationshipDays * 86_400_000) },
        },
        select: { patientId: true },
        distinct: ['patientId'],
      }),
    ]);
    const inJourney = new Set(
      journeys
        .filter((j) => relationshipHolds(j.dischargedAt, now, this.settings.relationshipDays))
        .map((j) => j.patientId),
    );
    const addressed = handovers.map((h) => h.patientId).filter((id) => !inJourney.has(id));
    await this.audit(caller, [...inJourney], action, true, IN_JOURNEY);
    await this.audit(caller, addressed, action, true, HANDOVER_ADDRESSED);
    return new Set([...inJourney, ...addressed]);
  }

  async authorise(caller: Caller, patientId: string, action: string): Promise<void> {
    if ((await this.permitted(caller, [patientId], action)).has(patientId)) return;
    await this.audit(caller, [patientId], action, false, 'no care relationship');
    // The same answer for an unknown patient and a refused one, so existence does not leak.
    throw forbidden(`Care link ${caller.careLinkId} has no care relationship with this patient`);
  }

  /** Records reads of handover packages addressed to the caller's care link: the handover is the relationship. */
  async recordHandoverReads(caller: Caller, patientIds: string[], action: string): Promise<void> {
    await this.requirePatientRole(caller, patientIds, action);
    await this.audit(caller, patientIds, action, true, HANDOVER_ADDRESSED);
  }

  /** The access log of one patient: who read or changed what, when, and why it was allowed or refused. */
  async accessLog(caller: Caller, patientId: string) {
    if (!mayReadAccessLog(caller.roles)) {
      await this.audit(
        caller,
        [patientId],
        'read patientAccessLog',
        false,
        'only a coordinator reads the access log',
      );
      throw forbidden('Only a coordinator reads the access log');
    }
    await this.audit(caller, [patientId], 'read patientAccessLog', true, 'coordinator reads the access log');
    return this.prisma.accessAudit.findMany({
      where: { patientId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
  }

  private async requirePatientRole(caller: Caller, patientIds: string[], action: string) {
    if (mayReadPatientData(caller.roles)) return;
    await this.audit(
      caller,
      patientIds,
      action,
      false,
      `role ${caller.roles.join(', ') || 'none'} sees aggregates, not identities`,
    );
    throw forbidden(
      `In the role ${caller.roles.join(', ') || 'none'} you see aggregates, not patients' identities or records`,
    );
  }

  private async audit(
    caller: Caller,
    patientIds: string[],
    action: string,
    allowed: boolean,
    reason: string,
  ) {
    if (!patientIds.length) return;
    await this.prisma.accessAudit.createMany({
      data: patientIds.map((patientId) => ({
        actorId: caller.actorId,
        roles: caller.roles,
        careLinkId: caller.careLinkId,
        patientId,
        action,
        allowed,
        reason,
      })),
    });
  }
}
