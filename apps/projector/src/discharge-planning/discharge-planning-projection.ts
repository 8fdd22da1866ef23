import { Injectable } from '@nestjs/common';
import type { PrismaClient, SqlTransaction } from '@carechain/persistence';
import { insertRows, isoOf, type ProjectedEvent, type Projection } from '../read-models/projection';

interface MeetingCalled {
  stayId: string;
  meetingId: string;
  at: string;
  mode: string;
  participantCareLinkIds: string[];
  patientTakesPart: boolean;
  relativesInvited: boolean;
}

interface StayFacts {
  patientId: string;
  stayId: string;
  date: string | null;
  dateSequence: number | null;
  reported: boolean;
}

/**
 * The discharge-planning read model: per stay the expected discharge date and the municipality's
 * status message, and every planning meeting called; what the planning list shows beside the
 * notices, so reading it never scans the event store. A catch-up may apply an event after later
 * ones: the date kept is the one latest in store order, and meetings are read in store order.
 */
@Injectable()
export class DischargePlanningProjection implements Projection {
  readonly consumer = 'projector.discharge-planning';
  readonly tables = ['discharge_planning', 'planning_meeting'];

  clear(prisma: PrismaClient) {
    return [prisma.planningMeeting.deleteMany(), prisma.dischargePlanning.deleteMany()];
  }

  async project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
    const meetings = events.filter((e) => e.type === 'PlanningMeetingCalled');
    await insertRows(
      tx,
      'planning_meeting',
      meetings.map((event) => {
        const call = event.payload as unknown as MeetingCalled;
        return {
          event_id: event.eventId,
          patient_id: event.patientId,
          stay_id: call.stayId,
          meeting_id: call.meetingId,
          at: isoOf(new Date(call.at)),
          mode: call.mode,
          participant_care_link_ids: call.participantCareLinkIds,
          patient_takes_part: call.patientTakesPart,
          relatives_invited: call.relativesInvited,
          called_by_care_link_id: event.source.careLinkId,
          sequence: event.sequence,
        };
      }),
    );
    const stays = this.stayFactsOf(events);
    if (!stays.length) return;
    // One row per stay per statement: ON CONFLICT may not touch a row twice.
    await tx.$executeRaw`
      INSERT INTO discharge_planning AS d (patient_id, stay_id, expected_discharge_date,
                                           expected_discharge_date_sequence, municipal_status_reported)
      SELECT * FROM unnest(${stays.map((s) => s.patientId)}::text[], ${stays.map((s) => s.stayId)}::text[],
                           ${stays.map((s) => s.date)}::text[], ${stays.map((s) => s.dateSequence)}::bigint[],
                           ${stays.map((s) => s.reported)}::boolean[])
      ON CONFLICT (patient_id, stay_id) DO UPDATE SET
        expected_discharge_date = CASE
          WHEN EXCLUDED.expected_discharge_date_sequence > coalesce(d.expected_discharge_date_sequence, -1)
          THEN EXCLUDED.expected_discharge_date ELSE d.expected_discharge_date END,
        expected_discharge_date_sequence =
          greatest(d.expected_discharge_date_sequence, EXCLUDED.expected_discharge_date_sequence),
        municipal_status_reported = d.municipal_status_reported OR EXCLUDED.municipal_status_reported`;
  }

  /** The batch's dates and status messages, folded to one row per stay. */
  private stayFactsOf(events: ProjectedEvent[]): StayFacts[] {
    const stays = new Map<string, StayFacts>();
    for (const event of events) {
      if (event.type !== 'ExpectedDischargeDateSet' && event.type !== 'MunicipalStatusReported') continue;
      const stayId = String(event.payload.stayId);
      const id = `${event.patientId}\u0000${stayId}`;
      const stay = stays.get(id) ?? {
        patientId: event.patientId,
        stayId,
        date: null,
        dateSequence: null,
        reported: false,
      };
      if (event.type === 'MunicipalStatusReported') stay.reported = true;
      else if (stay.dateSequence === null || event.sequence > stay.dateSequence) {
        stay.date = String(event.payload.expectedDischargeDate);
        stay.dateSequence = event.sequence;
      }
      stays.set(id, stay);
    }
    return [...stays.values()];
  }
}
