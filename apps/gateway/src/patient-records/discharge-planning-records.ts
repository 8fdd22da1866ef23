import { Injectable } from '@nestjs/common';
import { noticeStatus } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import type { DischargePlanningStay } from '../discharge-planning/discharge-planning.model';
import { RecordAccess } from './record-access';

const key = (patientId: string, stayId: string) => `${patientId}\u0000${stayId}`;

/**
 * The events a notice follows from: what made it owed, and its sending, stored after what it answers
 * (a planning-meeting call is sent once the meeting is called). Kafka keeps a patient's events in
 * order, so read models holding these hold what the notice speaks of.
 */
const eventsBehind = (notice: { triggerEventId: string; sentEventId: string | null }) =>
  notice.sentEventId ? [notice.triggerEventId, notice.sentEventId] : [notice.triggerEventId];

/**
 * Discharge planning through the patient-records door: a ward sees the stays it owes notices for,
 * a municipality or primary care unit those it is owed notices about, each only while its care
 * relationship holds (and the patient's consent allows); every patient shown is audited. Notices
 * are the gateway's own; the rest comes from read models the projector keeps, and a stay whose
 * notice follows an event they do not hold yet says it is updating.
 */
@Injectable()
export class DischargePlanningRecords {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: RecordAccess,
  ) {}

  async forCareLink(caller: Caller, now = new Date()): Promise<DischargePlanningStay[]> {
    const rows = await this.prisma.dischargeNotice.findMany({
      where: { OR: [{ fromCareLinkId: caller.careLinkId }, { toCareLinkId: caller.careLinkId }] },
      orderBy: [{ dueAt: 'asc' }],
    });
    const shown = await this.access.filter(
      caller,
      'journey.read',
      rows.map((r) => r.patientId),
      'read dischargePlanning',
    );
    const notices = rows.filter((r) => shown.has(r.patientId));
    const patientIds = [...shown];
    const [journeys, plans, meetings, projected] = await Promise.all([
      this.prisma.patientJourney.findMany({ where: { patientId: { in: patientIds } } }),
      this.prisma.dischargePlanning.findMany({ where: { patientId: { in: patientIds } } }),
      this.prisma.planningMeeting.findMany({
        where: { patientId: { in: patientIds } },
        orderBy: { sequence: 'asc' },
      }),
      this.prisma.projectionCheckpoint.findMany({
        where: { eventId: { in: notices.flatMap(eventsBehind) } },
        select: { eventId: true },
      }),
    ]);
    const journeyOf = new Map(journeys.map((j) => [j.patientId, j]));
    const inReadModels = new Set(projected.map((p) => p.eventId));
    const stays = new Map<string, DischargePlanningStay>();
    for (const row of notices) {
      const id = key(row.patientId, row.stayId);
      const journey = journeyOf.get(row.patientId);
      const current = journey?.stayId === row.stayId ? journey : null;
      const stay = stays.get(id) ?? {
        patientId: row.patientId,
        stayId: row.stayId,
        wardCareLinkId: current?.wardCareLinkId ?? null,
        admittedAt: current?.admittedAt ?? null,
        medicallyReadySince: current?.medicallyReadySince ?? null,
        dischargedAt: current?.dischargedAt ?? null,
        expectedDischargeDate: null,
        notices: [],
        meetings: [],
        municipalStatusReported: false,
        updating: false,
      };
      stay.notices.push({
        ...row,
        status: row.cancelledAt ? 'cancelled' : noticeStatus(row.dueAt, row.sentAt, now),
      });
      // The notice follows events the read models do not hold yet: the rest of the row lags behind it.
      if (!eventsBehind(row).every((id) => inReadModels.has(id))) stay.updating = true;
      stays.set(id, stay);
    }
    for (const plan of plans) {
      const stay = stays.get(key(plan.patientId, plan.stayId));
      if (!stay) continue;
      stay.expectedDischargeDate = plan.expectedDischargeDate;
      stay.municipalStatusReported = plan.municipalStatusReported;
    }
    for (const meeting of meetings) stays.get(key(meeting.patientId, meeting.stayId))?.meetings.push(meeting);
    return [...stays.values()];
  }
}
