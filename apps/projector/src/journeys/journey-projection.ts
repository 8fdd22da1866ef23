import { Injectable } from '@nestjs/common';
import { describeJourneyFact, foldJourney, type JourneyFact } from '@carechain/domain';
import type { PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, upsertRows, type ProjectedEvent, type Projection } from '../read-models/projection';

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
  readonly tables = ['patient_journey', 'journey_entry'];

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
    const rows = patients.map((patientId) => {
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
      return {
        patient_id: patientId,
        status: journey.status,
        stay_id: journey.stayId,
        ward_care_link_id: journey.wardCareLinkId,
        admitted_at: journey.admittedAt,
        medically_ready_since: journey.medicallyReadySince,
        discharged_at: journey.dischargedAt,
        care_link_ids: journey.careLinkIds,
        event_count: journey.eventCount,
        updated_at: new Date(),
      };
    });
    await upsertRows(tx, 'patient_journey', ['patient_id'], rows);
  }
}
