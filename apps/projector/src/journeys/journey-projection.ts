import { Injectable } from '@nestjs/common';
import { describeJourneyFact, foldJourney, type JourneyFact } from '@carechain/domain';
import type { PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, type ProjectedEvent, type Projection } from '../read-models/projection';

/** Contract events become the facts the journey rules understand. */
function factOf(event: ProjectedEvent): JourneyFact {
  return {
    eventId: event.eventId,
    sequence: event.sequence,
    occurredAt: new Date(event.occurredAt),
    careLinkId: event.source.careLinkId,
    type: event.type,
    payload: event.payload,
  } as JourneyFact;
}

/** The patient-journey read model: the timeline and where the patient is now. */
@Injectable()
export class JourneyProjection implements Projection {
  readonly consumer = 'projector.journeys';

  clear(prisma: PrismaClient) {
    return [prisma.journeyEntry.deleteMany(), prisma.patientJourney.deleteMany()];
  }

  async project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void> {
    await tx.journeyEntry.createMany({
      data: events.map((event) => ({
        eventId: event.eventId,
        patientId: event.patientId,
        type: event.type,
        occurredAt: new Date(event.occurredAt),
        recordedAt: new Date(event.recordedAt),
        sequence: event.sequence,
        sourceSystem: event.source.system,
        careLinkId: event.source.careLinkId,
        stayId: typeof event.payload.stayId === 'string' ? event.payload.stayId : null,
        summary: describeJourneyFact(factOf(event)),
        payload: event.payload as object,
      })),
    });
    // Folding each patient's whole timeline keeps the state right when an EHR reports events late.
    const patients = [...new Set(events.map((e) => e.patientId))];
    const entries = await tx.journeyEntry.findMany({ where: { patientId: { in: patients } } });
    const timelines = groupBy(entries, (e) => e.patientId);
    for (const patientId of patients) {
      const journey = foldJourney(
        (timelines.get(patientId) ?? []).map((e) =>
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
      await tx.patientJourney.upsert({ where: { patientId }, create: { patientId, ...state }, update: state });
    }
  }
}
