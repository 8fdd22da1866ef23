import { Inject, Injectable } from '@nestjs/common';
import { foldJourney, relationshipHolds, type JourneyFact } from '@carechain/domain';
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
 * Which patients a care link holds a care relationship with, decided from the event store (the
 * truth, not a read model that may lag) the way the gateway decides reads: the link takes part in
 * the journey and the stay has not ended longer ago than the window, or a handover about the patient
 * was addressed to it within the window.
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

  /** The patients among `patientIds` with a handover addressed to the link within the window. */
  async addressedBy(careLinkId: string, patientIds: string[], now: Date): Promise<Set<string>> {
    const handovers = await this.prisma.handoverPackage.findMany({
      where: {
        patientId: { in: patientIds },
        receivingCareLinkId: careLinkId,
        sentAt: { gte: new Date(now.getTime() - this.windowDays * 86_400_000) },
      },
      select: { patientId: true },
      distinct: ['patientId'],
    });
    return new Set(handovers.map((h) => h.patientId));
  }

  /** Whether the link takes part in the journey these facts tell, and the stay is within the window. */
  holds(careLinkId: string, facts: JourneyFact[], now: Date): boolean {
    const journey = foldJourney(facts);
    return (
      journey.careLinkIds.includes(careLinkId) &&
      relationshipHolds(journey.dischargedAt, now, this.windowDays)
    );
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
