import { Injectable } from '@nestjs/common';
import {
  continueJourney,
  describeJourneyFact,
  foldJourney,
  type JourneyFact,
  type JourneyState,
} from '@carechain/domain';
import type { PrismaClient, SqlTransaction } from '@carechain/persistence';
import {
  factBaseOf,
  groupBy,
  insertRows,
  isoOf,
  upsertRows,
  type ProjectedEvent,
  type Projection,
} from '../read-models/projection';

/** Contract events become the facts the journey rules understand. */
function factOf(event: ProjectedEvent): JourneyFact {
  return { ...factBaseOf(event), type: event.type, payload: event.payload } as JourneyFact;
}

interface JourneyRow {
  patient_id: string;
  status: JourneyState['status'];
  stay_id: string | null;
  ward_care_link_id: string | null;
  admitted_at: Date | null;
  medically_ready_since: Date | null;
  discharged_at: Date | null;
  care_link_ids: string[];
  event_count: number;
  latest_occurred_at: Date | null;
}

const stateOf = (row: JourneyRow): JourneyState => ({
  status: row.status,
  stayId: row.stay_id,
  wardCareLinkId: row.ward_care_link_id,
  admittedAt: row.admitted_at,
  medicallyReadySince: row.medically_ready_since,
  dischargedAt: row.discharged_at,
  careLinkIds: row.care_link_ids,
  eventCount: row.event_count,
});

const latestOf = (facts: JourneyFact[], since?: Date | null) =>
  new Date(Math.max(since?.getTime() ?? -Infinity, ...facts.map((f) => f.occurredAt.getTime())));

/**
 * The patient-journey read model: the timeline and where the patient is now. Events that happened
 * after everything a journey holds fold onto its row; an event reported late refolds that
 * patient's whole timeline, so the state stays right whatever order EHRs report in.
 */
@Injectable()
export class JourneyProjection implements Projection {
  readonly consumer = 'projector.journeys';
  readonly tables = ['patient_journey', 'journey_entry'];

  clear(prisma: PrismaClient) {
    return [prisma.journeyEntry.deleteMany(), prisma.patientJourney.deleteMany()];
  }

  async project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
    const facts = events.map(factOf);
    await insertRows(
      tx,
      'journey_entry',
      events.map((e, i) => ({
        event_id: e.eventId,
        patient_id: e.patientId,
        type: e.type,
        occurred_at: isoOf(facts[i].occurredAt),
        recorded_at: isoOf(new Date(e.recordedAt)),
        sequence: e.sequence,
        source_system: e.source.system,
        care_link_id: e.source.careLinkId,
        stay_id: typeof e.payload.stayId === 'string' ? e.payload.stayId : null,
        summary: describeJourneyFact(facts[i]),
        payload: e.payload,
      })),
    );
    const byPatient = groupBy(facts, (_, i) => events[i].patientId);
    const patients = [...byPatient.keys()];
    const stored = new Map(
      (
        await tx.$queryRaw<JourneyRow[]>`
          SELECT patient_id, status, stay_id, ward_care_link_id, admitted_at, medically_ready_since, discharged_at,
                 care_link_ids, event_count, latest_occurred_at
          FROM patient_journey WHERE patient_id = ANY(${patients}::text[])`
      ).map((row) => [row.patient_id, row]),
    );
    const journeys = new Map<string, { journey: JourneyState; latest: Date }>();
    const refold: string[] = [];
    for (const [patientId, later] of byPatient) {
      const row = stored.get(patientId);
      const since = row?.latest_occurred_at;
      const continued = !row
        ? foldJourney(later)
        : since && later.every((f) => f.occurredAt > since)
          ? continueJourney(stateOf(row), later)
          : null;
      if (continued) journeys.set(patientId, { journey: continued, latest: latestOf([...later], since) });
      else refold.push(patientId);
    }
    if (refold.length) {
      const timelines = groupBy(
        await tx.$queryRaw<(JourneyFact & { patientId: string })[]>`
          SELECT event_id::text AS "eventId", sequence::float8 AS sequence, occurred_at AS "occurredAt",
                 care_link_id AS "careLinkId", type, payload, patient_id AS "patientId"
          FROM journey_entry WHERE patient_id = ANY(${refold}::text[])`,
        (fact) => fact.patientId,
      );
      for (const patientId of refold) {
        const timeline = timelines.get(patientId) ?? [];
        journeys.set(patientId, { journey: foldJourney(timeline), latest: latestOf(timeline) });
      }
    }
    const now = isoOf(new Date());
    const rows = patients.map((patientId) => {
      const { journey, latest } = journeys.get(patientId)!;
      return {
        patient_id: patientId,
        status: journey.status,
        stay_id: journey.stayId,
        ward_care_link_id: journey.wardCareLinkId,
        admitted_at: isoOf(journey.admittedAt),
        medically_ready_since: isoOf(journey.medicallyReadySince),
        discharged_at: isoOf(journey.dischargedAt),
        care_link_ids: journey.careLinkIds,
        event_count: journey.eventCount,
        latest_occurred_at: isoOf(latest),
        updated_at: now,
      };
    });
    await upsertRows(tx, 'patient_journey', ['patient_id'], rows);
  }
}
