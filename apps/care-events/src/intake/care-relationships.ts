import { Inject, Injectable } from '@nestjs/common';
import { careRelationshipOf, foldJourney, type JourneyFact } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';

export const RELATIONSHIP_DAYS = Symbol('RelationshipDays');

/** A care event as the journey rules read it, whether stored already or arriving in this submission. */
export interface FactSource {
  eventId: string;
  type: string;
  occurredAt: string | Date;
  careLinkId: string;
  payload: unknown;
}

/**
 * Which patients a care link holds a care relationship with, decided by the rule the gateway's reads
 * follow (careRelationshipOf) over the event store: the truth, not a read model that may lag.
 */
@Injectable()
export class CareRelationships {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(RELATIONSHIP_DAYS) private readonly windowDays: number,
  ) {}

  /** The stored history of each patient, as journey facts, for `holds` to fold with what arrives. */
  async historyOf(patientIds: string[]): Promise<Map<string, JourneyFact[]>> {
    const stored = await this.prisma.careEvent.findMany({
      where: { patientId: { in: patientIds } },
      select: {
        eventId: true,
        sequence: true,
        type: true,
        patientId: true,
        occurredAt: true,
        careLinkId: true,
        payload: true,
      },
    });
    const history = new Map<string, JourneyFact[]>(patientIds.map((id) => [id, []]));
    for (const event of stored) history.get(event.patientId)!.push(factOf(event, Number(event.sequence)));
    return history;
  }

  /** When the latest handover about each of `patientIds` was addressed to the link, if one was. */
  async lastAddressedTo(careLinkId: string, patientIds: string[]): Promise<Map<string, Date>> {
    const handovers = await this.prisma.handoverPackage.groupBy({
      by: ['patientId'],
      where: { patientId: { in: patientIds }, receivingCareLinkId: careLinkId },
      _max: { sentAt: true },
    });
    return new Map(handovers.flatMap((h) => (h._max.sentAt ? [[h.patientId, h._max.sentAt]] : [])));
  }

  /** Whether the link holds a relationship with the patient these facts and that handover tell of. */
  holds(careLinkId: string, facts: JourneyFact[], lastAddressedAt: Date | null, now: Date): boolean {
    const journey = foldJourney(facts);
    const relationship = careRelationshipOf(
      {
        journey: journey.careLinkIds.includes(careLinkId) ? { dischargedAt: journey.dischargedAt } : null,
        lastHandoverAddressedAt: lastAddressedAt,
      },
      now,
      this.windowDays,
    );
    return relationship !== null;
  }
}

/** `sequence` orders events that happened at the same instant; submitted ones come after the stored. */
export function factOf(event: FactSource, sequence: number): JourneyFact {
  return {
    eventId: event.eventId,
    sequence,
    occurredAt: new Date(event.occurredAt),
    careLinkId: event.careLinkId,
    type: event.type,
    payload: event.payload,
  } as JourneyFact;
}
