import { Injectable } from '@nestjs/common';
import {
  medicineListAt,
  reconcileMedicineLists,
  stayRecordFromJson,
  waitingAt,
  type MedicationChange,
  type MedicineListFact,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import type { CarePlan } from '../care-plans/care-plan.model';
import { carePlanOf } from '../care-plans/care-plan-view';
import { badInput, notFound } from '../client-errors';
import type { DischargeDelayCauseRecord } from '../discharge-delays/discharge-delay.model';
import { codingOf, factOf, listedOf, reconciliationView } from '../medicine-lists/medicine-list-history';
import type {
  MedicineList,
  MedicineListChangeRecord,
  MedicineReconciliation,
} from '../medicine-lists/medicine-list.model';
import type { JourneyStatus, PatientJourney } from '../patient-journeys/patient-journey.model';
import { journeyOf } from './journey-of';
import { RecordAccess } from './record-access';

/**
 * The one door to patients' records in the gateway: every read of a journey, stay, medicine list,
 * care plan or delay cause takes the caller, passes the permission table and is audited, here.
 */
@Injectable()
export class PatientRecords {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: RecordAccess,
  ) {}

  async journey(caller: Caller, patientId: string): Promise<PatientJourney | null> {
    await this.access.require(caller, 'journey.read', patientId, 'read patientJourney');
    const { journey, timeline } = await journeyOf(this.prisma, patientId);
    if (!journey) return null;
    return {
      patientId,
      status: journey.status as JourneyStatus,
      stay: journey.stayId
        ? {
            stayId: journey.stayId,
            wardCareLinkId: journey.wardCareLinkId,
            admittedAt: journey.admittedAt,
            medicallyReadySince: journey.medicallyReadySince,
            dischargedAt: journey.dischargedAt,
          }
        : null,
      careLinkIds: journey.careLinkIds,
      eventCount: journey.eventCount,
      timeline: timeline.map(
        ({ eventId, type, occurredAt, recordedAt, careLinkId, sourceSystem, stayId, summary }) => ({
          eventId,
          type,
          occurredAt,
          recordedAt,
          careLinkId,
          sourceSystem,
          stayId,
          summary,
        }),
      ),
    };
  }

  async medicineList(
    caller: Caller,
    patientId: string,
    action = 'read medicineList',
  ): Promise<MedicineList | null> {
    await this.access.require(caller, 'medicineList.read', patientId, action);
    const list = await this.prisma.medicineList.findUnique({ where: { patientId } });
    if (!list) return null;
    return {
      patientId,
      changeCount: list.changeCount,
      changedAt: list.changedAt,
      medications: (list.medications as unknown as Parameters<typeof listedOf>[0][]).map(listedOf),
    };
  }

  async medicineListAt(caller: Caller, patientId: string, at: Date): Promise<MedicineList | null> {
    await this.access.require(caller, 'medicineList.read', patientId, 'read medicineListAt');
    const list = medicineListAt(await this.medicineListFacts(patientId), at);
    if (!list.changedAt) return null;
    return {
      patientId,
      changeCount: list.changeCount,
      changedAt: list.changedAt,
      medications: list.medications.map(listedOf),
    };
  }

  async medicineListChanges(
    caller: Caller,
    patientId: string,
    from: Date,
    to: Date,
  ): Promise<MedicineListChangeRecord[]> {
    if (to < from) throw badInput('to', 'must not be before from');
    await this.access.require(caller, 'medicineList.read', patientId, 'read medicineListChanges');
    const rows = await this.prisma.medicineListChange.findMany({
      where: { patientId, occurredAt: { gte: from, lte: to } },
      orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
    });
    return rows.map((row) => ({
      eventId: row.eventId,
      occurredAt: row.occurredAt,
      careLinkId: row.careLinkId,
      changes: (
        row.payload as unknown as { changes: (MedicationChange & { changedBy?: string })[] }
      ).changes.map((c) => ({
        action: c.action,
        text: c.medication.text,
        coding: codingOf(c.medication),
        dose: c.dose ?? null,
        route: c.route ?? null,
        frequency: c.frequency ?? null,
        reason: c.reason ?? null,
        changedBy: c.changedBy ?? null,
      })),
    }));
  }

  async medicineReconciliation(
    caller: Caller,
    patientId: string,
    from: Date | null,
    to: Date | null,
  ): Promise<MedicineReconciliation> {
    await this.access.require(caller, 'medicineList.read', patientId, 'read medicineReconciliation');
    const since = from ?? (await this.latestAdmission(patientId));
    if (!since)
      throw badInput('from', 'the patient has no admission to compare with; give the moment to compare from');
    const until = to ?? new Date();
    if (until < since) throw badInput('to', 'must not be before from');
    return reconciliationView(
      reconcileMedicineLists(await this.medicineListFacts(patientId), since, until),
      since,
      until,
    );
  }

  /** One version of the care plan, the current one when `version` is null; `action` says why it is read. */
  async carePlan(
    caller: Caller,
    patientId: string,
    version: number | null,
    action = 'read currentCarePlan',
  ): Promise<CarePlan | null> {
    await this.access.require(caller, 'carePlan.read', patientId, action);
    return this.storedCarePlan(patientId, version);
  }

  private async storedCarePlan(patientId: string, version: number | null): Promise<CarePlan | null> {
    const row = await this.prisma.carePlanVersion.findFirst({
      where: { patientId, ...(version === null ? {} : { version }) },
      orderBy: [{ version: 'desc' }, { sequence: 'desc' }],
    });
    if (!row && version !== null) throw notFound('version', `the care plan has no version ${version}`);
    return row && carePlanOf(row);
  }

  /**
   * One version of the care plan with this id (the current one when `version` is null), and whose
   * plan it is; null when no plan has that id or the caller may not see its patient, so that an id
   * tells a caller nothing it may not know. The refusal is audited all the same; a role that reads
   * no care plans is refused outright. Only the id's owner is looked up before the access decision.
   */
  async carePlanById(
    caller: Caller,
    carePlanId: string,
    version: number | null,
    action: string,
  ): Promise<{ patientId: string; plan: CarePlan } | null> {
    const owner = await this.prisma.carePlanVersion.findFirst({
      where: { carePlanId },
      select: { patientId: true },
    });
    const shown = await this.access.filter(caller, 'carePlan.read', owner ? [owner.patientId] : [], action, {
      auditWithheld: true,
    });
    if (!owner || !shown.has(owner.patientId)) return null;
    const plan = await this.storedCarePlan(owner.patientId, version);
    return plan?.carePlanId === carePlanId ? { patientId: owner.patientId, plan } : null;
  }

  /** Whether the patient's journey is known, to a caller who may read it. */
  async patientKnown(caller: Caller, patientId: string, action: string): Promise<boolean> {
    await this.access.require(caller, 'journey.read', patientId, action);
    const journey = await this.prisma.patientJourney.findUnique({
      where: { patientId },
      select: { patientId: true },
    });
    return journey !== null;
  }

  async carePlanHistory(caller: Caller, patientId: string): Promise<CarePlan[]> {
    await this.access.require(caller, 'carePlan.read', patientId, 'read carePlanHistory');
    const rows = await this.prisma.carePlanVersion.findMany({
      where: { patientId },
      orderBy: [{ version: 'asc' }, { sequence: 'asc' }],
    });
    return rows.map(carePlanOf);
  }

  async dischargeDelayCauses(
    caller: Caller,
    patientId: string,
    stayId: string,
  ): Promise<DischargeDelayCauseRecord[]> {
    await this.access.require(caller, 'dischargeDelay.read', patientId, 'read dischargeDelayCauses');
    const rows = await this.prisma.$queryRaw<
      {
        event_id: string;
        payload: { cause: string; from: string; note?: string };
        recorded_at: Date;
        care_link_id: string;
      }[]
    >`
      SELECT s.event_id, s.payload, e.recorded_at, s.care_link_id
      FROM stay_event s JOIN care_event e USING (event_id)
      WHERE s.stay_id = ${stayId} AND s.patient_id = ${patientId} AND s.type = 'DischargeDelayCauseRecorded'
      ORDER BY (s.payload->>'from')::timestamptz, s.sequence`;
    return rows.map((row) => ({
      eventId: row.event_id,
      stayId,
      cause: row.payload.cause,
      from: new Date(row.payload.from),
      note: row.payload.note ?? null,
      recordedAt: row.recorded_at,
      recordedByCareLinkId: row.care_link_id,
    }));
  }

  /** Stays of medically ready patients still in hospital, of the patients the caller may see. */
  async waitingStays(caller: Caller, asOf = new Date()) {
    const stays = (
      await this.prisma.stay.findMany({
        where: { readyFrom: { lte: asOf } },
        select: { patientId: true, stayId: true, facts: true },
      })
    ).filter((stay) => waitingAt(stayRecordFromJson(stay.facts).facts, asOf));
    const shown = await this.access.filter(
      caller,
      'patientsWaiting.read',
      stays.map((s) => s.patientId),
      'read patientsWaiting',
    );
    return stays.filter((s) => shown.has(s.patientId));
  }

  /** The pseudonymous patient of a complaint, for a care link with a care relationship with them. */
  async complaintPatient(caller: Caller, complaintId: string): Promise<string | null> {
    const row = await this.prisma.complaint.findUnique({
      where: { complaintId },
      select: { patientId: true },
    });
    if (!row?.patientId) return null;
    await this.access.require(caller, 'complaint.patient', row.patientId, 'read complaint patient');
    return row.patientId;
  }

  /** Who read or changed what of one patient's data, when, and why it was allowed or refused. */
  async accessLog(caller: Caller, patientId: string) {
    await this.access.require(caller, 'accessLog.read', patientId, 'read patientAccessLog');
    return this.prisma.accessAudit.findMany({
      where: { patientId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
  }

  private async medicineListFacts(patientId: string): Promise<MedicineListFact[]> {
    const rows = await this.prisma.medicineListChange.findMany({
      where: { patientId },
      orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
    });
    return rows.map(factOf);
  }

  private async latestAdmission(patientId: string): Promise<Date | null> {
    const stay = await this.prisma.stay.findFirst({
      where: { patientId, admittedAt: { not: null } },
      orderBy: { admittedAt: 'desc' },
      select: { admittedAt: true },
    });
    return stay?.admittedAt ?? null;
  }
}
