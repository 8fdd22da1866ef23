import { Inject, Injectable } from '@nestjs/common';
import {
  careRelationshipOf,
  consentWithholds,
  decideAccess,
  permissions,
  type AccessDecision,
  type CarechainProcess,
  type CareRelationship,
  type Permission,
} from '@carechain/domain';
import {
  auditAccessDecisions,
  InjectPrisma,
  latestConsents,
  type PrismaClient,
} from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { checkPatientId, forbidden } from '../client-errors';

export interface AccessSettings {
  /** Days after discharge (or after a handover) that a care link keeps its relationship with the patient. */
  relationshipDays: number;
}
export const ACCESS_SETTINGS = Symbol('AccessSettings');

/** Who reads: a person or system acting for a care link, or one of Carechain's own processes. */
export type Reader = Caller | { process: CarechainProcess };

const auditedAs = (who: Reader) =>
  'process' in who
    ? { actorId: `carechain:${who.process}`, roles: [], careLinkId: 'carechain' }
    : { actorId: who.actorId, roles: who.roles, careLinkId: who.careLinkId };

/**
 * The access decision of the patient-records door: the permission table in libs/domain decides, from
 * the care relationships the read models hold, and every decision about a patient is audited.
 */
@Injectable()
export class RecordAccess {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(ACCESS_SETTINGS) private readonly settings: AccessSettings,
  ) {}

  /** Refuses with FORBIDDEN, audited, unless the reader holds the permission for the patient. */
  async require(who: Reader, permission: Permission, patientId: string, action: string): Promise<void> {
    const decision = (await this.decide(who, permission, [patientId])).get(patientId)!;
    await this.audit(who, permission, action, [[patientId, decision]]);
    if (!decision.allowed) throw forbidden(decision.message);
  }

  /**
   * A staff command's gate, before it is decided and carried out: the input's patient id well formed
   * (else BAD_USER_INPUT naming input.patientId), then the same decision as `require`.
   */
  async requireForCommand(
    who: Caller,
    permission: Permission,
    input: { patientId: string },
    action: string,
  ): Promise<void> {
    checkPatientId('input.patientId', input.patientId);
    await this.require(who, permission, input.patientId, action);
  }

  /** Refuses with FORBIDDEN a caller whose roles do not hold a permission that concerns no patient. */
  requireRole(who: Caller, permission: Permission): void {
    const decision = decideAccess(permission, who, null);
    if (!decision.allowed) throw forbidden(decision.message);
  }

  /**
   * The patients among `patientIds` the reader may see, each audited as read. A reader whose role
   * holds the permission for nobody is refused outright (audited), as for a single patient.
   * `auditWithheld` when the caller named the patients: a patient's access log then shows who asked
   * for them and was refused, as it would for a single patient.
   */
  async filter(
    who: Caller,
    permission: Permission,
    patientIds: string[],
    action: string,
    { auditWithheld = false } = {},
  ) {
    const role = decideAccess(permission, who, 'in-journey');
    if (!role.allowed) {
      await this.audit(
        who,
        permission,
        action,
        patientIds.map((id) => [id, role]),
      );
      throw forbidden(role.message);
    }
    return this.shown(who, permission, patientIds, action, auditWithheld);
  }

  /** The patients among `patientIds` the reader may see, each audited as read; the others are withheld. */
  async shown(
    who: Reader,
    permission: Permission,
    patientIds: string[],
    action: string,
    auditWithheld = false,
  ) {
    const decisions = await this.decide(who, permission, [...new Set(patientIds)]);
    const allowed = [...decisions].filter(([, decision]) => decision.allowed);
    await this.audit(who, permission, action, auditWithheld ? [...decisions] : allowed);
    return new Set(allowed.map(([patientId]) => patientId));
  }

  private async decide(who: Reader, permission: Permission, patientIds: string[]) {
    const needed = permissions[permission].needsRelationship && !('process' in who);
    const relationships = needed ? await this.relationships(who.careLinkId, patientIds) : new Map();
    return new Map<string, AccessDecision>(
      patientIds.map((id) => [id, decideAccess(permission, who, relationships.get(id) ?? null)]),
    );
  }

  /** What the read models say about each patient and the care link: in the journey, or sent a handover. */
  private async relationships(careLinkId: string, patientIds: string[]) {
    if (!patientIds.length) return new Map<string, CareRelationship>();
    const [journeys, handovers, link, consent] = await Promise.all([
      this.prisma.patientJourney.findMany({
        where: { patientId: { in: patientIds }, careLinkIds: { has: careLinkId } },
        select: { patientId: true, dischargedAt: true },
      }),
      this.prisma.handoverPackage.groupBy({
        by: ['patientId'],
        where: { patientId: { in: patientIds }, receivingCareLinkId: careLinkId },
        _max: { sentAt: true },
      }),
      this.prisma.careLink.findUnique({ where: { careLinkId }, select: { kind: true } }),
      latestConsents(this.prisma, patientIds),
    ]);
    const inJourney = new Map(journeys.map((j) => [j.patientId, { dischargedAt: j.dischargedAt }]));
    const addressed = new Map(handovers.map((h) => [h.patientId, h._max.sentAt]));
    const now = new Date();
    const held = new Map<string, CareRelationship>();
    for (const patientId of patientIds) {
      const relationship = careRelationshipOf(
        {
          journey: inJourney.get(patientId) ?? null,
          lastHandoverAddressedAt: addressed.get(patientId) ?? null,
          withheldByConsent: consentWithholds(consent.get(patientId) ?? null, link?.kind ?? null),
        },
        now,
        this.settings.relationshipDays,
      );
      if (relationship) held.set(patientId, relationship);
    }
    return held;
  }

  private audit(who: Reader, permission: Permission, action: string, decisions: [string, AccessDecision][]) {
    return auditAccessDecisions(this.prisma, auditedAs(who), permission, action, decisions);
  }
}
