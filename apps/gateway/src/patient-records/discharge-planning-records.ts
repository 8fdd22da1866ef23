import { Injectable } from '@nestjs/common';
import { noticeStatus } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import type { DischargePlanningStay, PlanningMeeting } from '../discharge-planning/discharge-planning.model';
import { RecordAccess } from './record-access';

const key = (patientId: string, stayId: string) => `${patientId}\u0000${stayId}`;

/**
 * Discharge planning through the patient-records door: a ward sees the stays it owes notices for,
 * a municipality or primary care unit those it is owed notices about, each only while its care
 * relationship holds (and the patient's consent allows); every patient shown is audited.
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
    const [journeys, events] = await Promise.all([
      this.prisma.patientJourney.findMany({ where: { patientId: { in: patientIds } } }),
      this.prisma.careEvent.findMany({
        where: {
          patientId: { in: patientIds },
          type: { in: ['PlanningMeetingCalled', 'ExpectedDischargeDateSet', 'MunicipalStatusReported'] },
        },
        orderBy: { sequence: 'asc' },
      }),
    ]);
    const journeyOf = new Map(journeys.map((j) => [j.patientId, j]));
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
      };
      stay.notices.push({
        ...row,
        status: row.cancelledAt ? 'cancelled' : noticeStatus(row.dueAt, row.sentAt, now),
      });
      stays.set(id, stay);
    }
    for (const event of events) {
      const payload = event.payload as Record<string, unknown>;
      const stay = stays.get(key(event.patientId, String(payload.stayId)));
      if (!stay) continue;
      if (event.type === 'ExpectedDischargeDateSet')
        stay.expectedDischargeDate = String(payload.expectedDischargeDate);
      if (event.type === 'MunicipalStatusReported') stay.municipalStatusReported = true;
      if (event.type === 'PlanningMeetingCalled')
        stay.meetings.push({
          ...(payload as unknown as Omit<PlanningMeeting, 'at' | 'calledByCareLinkId'>),
          at: new Date(String(payload.at)),
          calledByCareLinkId: event.careLinkId,
        });
    }
    return [...stays.values()];
  }
}
