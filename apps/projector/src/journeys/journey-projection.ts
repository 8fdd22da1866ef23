import { Injectable } from '@nestjs/common';
import type { PublishedCareEvent } from '@carechain/contracts';
import { describeJourneyFact, foldJourney, type JourneyFact } from '@carechain/domain';
import { applyOnce } from '@carechain/messaging';
import { InjectPrisma, readStoredCareEvents, type PrismaClient, type TransactionClient } from '@carechain/persistence';

export const JOURNEYS_CONSUMER = 'projector.journeys';

type StoredEvent = Pick<
  PublishedCareEvent,
  'eventId' | 'patientId' | 'occurredAt' | 'recordedAt' | 'sequence' | 'source' | 'payload'
> & { type: string };

/** Contract events become the facts the journey rules understand. */
function factOf(event: StoredEvent): JourneyFact {
  return {
    eventId: event.eventId,
    sequence: event.sequence,
    occurredAt: new Date(event.occurredAt),
    careLinkId: event.source.careLinkId,
    type: event.type,
    payload: event.payload,
  } as JourneyFact;
}

/** Builds the patient-journey read model: the timeline and where the patient is now. */
@Injectable()
export class JourneyProjection {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** Applies one event exactly once, however often it is delivered. */
  apply(event: StoredEvent): Promise<boolean> {
    return applyOnce(this.prisma, JOURNEYS_CONSUMER, event.eventId, (tx) => this.project(tx, event));
  }

  /** Throws the read model away and rebuilds it from the event store, in store order. */
  async rebuild(): Promise<number> {
    await this.prisma.$transaction([
      this.prisma.journeyEntry.deleteMany(),
      this.prisma.patientJourney.deleteMany(),
      this.prisma.processedEvent.deleteMany({ where: { consumer: JOURNEYS_CONSUMER } }),
    ]);
    let count = 0;
    for await (const event of readStoredCareEvents(this.prisma)) {
      await this.apply(event);
      count++;
    }
    return count;
  }

  private async project(tx: TransactionClient, event: StoredEvent): Promise<void> {
    const fact = factOf(event);
    await tx.journeyEntry.create({
      data: {
        eventId: event.eventId,
        patientId: event.patientId,
        type: event.type,
        occurredAt: fact.occurredAt,
        recordedAt: new Date(event.recordedAt),
        sequence: event.sequence,
        sourceSystem: event.source.system,
        careLinkId: event.source.careLinkId,
        stayId: typeof event.payload.stayId === 'string' ? event.payload.stayId : null,
        summary: describeJourneyFact(fact),
        payload: event.payload as object,
      },
    });
    // Folding the whole timeline keeps the state right when an EHR reports events late.
    const entries = await tx.journeyEntry.findMany({ where: { patientId: event.patientId } });
    const journey = foldJourney(
      entries.map((e) =>
        factOf({
          eventId: e.eventId,
          type: e.type,
          patientId: e.patientId,
          occurredAt: e.occurredAt.toISOString(),
          recordedAt: e.recordedAt.toISOString(),
          sequence: Number(e.sequence),
          source: { system: e.sourceSystem, careLinkId: e.careLinkId },
          payload: e.payload as Record<string, unknown>,
        }),
      ),
    );
    const state = {
      status: journey.status,
      stayId: journey.stayId,
      wardCareLinkId: journey.wardCareLinkId,
      admittedAt: journey.admittedAt,
      medicallyReadySince: journey.medicallyReadySince,
      dischargedAt: journey.dischargedAt,
      careLinkIds: journey.careLinkIds,
      eventCount: journey.eventCount,
    };
    await tx.patientJourney.upsert({
      where: { patientId: event.patientId },
      create: { patientId: event.patientId, ...state },
      update: state,
    });
  }
}
