import { Inject, Injectable } from '@nestjs/common';
import {
  countingRule,
  countingRuleNames,
  readyPeriods,
  stayRecordOf,
  unnecessaryDays,
  wardAtStartOf,
  type StayEventFact,
  type StayRecord,
} from '@carechain/domain';
import type { Prisma, PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, type ProjectedEvent, type Projection } from '../read-models/projection';

export interface StaySettings {
  /** The organisation's time zone: an unnecessary day is one of its midnights. */
  timeZone: string;
  /** Days after the ready notice before municipal payment liability starts. */
  liabilityGraceDays: number;
}

export const STAY_SETTINGS = Symbol('StaySettings');

const stayEventTypes = new Set([
  'PatientAdmitted',
  'PatientTransferred',
  'MedicallyReadyForDischarge',
  'MedicallyReadyWithdrawn',
  'PatientDischarged',
  'DischargeDelayCauseRecorded',
  'CareLinkNotified',
]);

const localDate = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The stays read model behind the unnecessary-days dashboard. Every event of a stay recomputes the
 * whole stay, so late events and corrected ready times keep the numbers equal to the event store.
 */
@Injectable()
export class StayProjection implements Projection {
  readonly consumer = 'projector.stays';

  constructor(@Inject(STAY_SETTINGS) private readonly settings: StaySettings) {}

  clear(prisma: PrismaClient) {
    return [prisma.unnecessaryDay.deleteMany(), prisma.stay.deleteMany(), prisma.stayEvent.deleteMany()];
  }

  async project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void> {
    const stayEvents = events.filter((e) => stayEventTypes.has(e.type) && typeof e.payload.stayId === 'string');
    if (!stayEvents.length) return;
    await tx.stayEvent.createMany({
      data: stayEvents.map((event) => ({
        eventId: event.eventId,
        stayId: event.payload.stayId as string,
        patientId: event.patientId,
        type: event.type,
        occurredAt: new Date(event.occurredAt),
        sequence: event.sequence,
        careLinkId: event.source.careLinkId,
        payload: event.payload as object,
      })),
    });
    const stayIds = [...new Set(stayEvents.map((e) => e.payload.stayId as string))];
    const byStay = groupBy(await tx.stayEvent.findMany({ where: { stayId: { in: stayIds } } }), (e) => e.stayId);
    await tx.unnecessaryDay.deleteMany({ where: { stayId: { in: stayIds } } });
    const days: Prisma.UnnecessaryDayCreateManyInput[] = [];
    for (const stayId of stayIds) {
      const stored = byStay.get(stayId) ?? [];
      const record = stayRecordOf(
        stayId,
        stored.map((e) => ({ eventId: e.eventId, sequence: Number(e.sequence), occurredAt: e.occurredAt, type: e.type, payload: e.payload }) as StayEventFact),
      );
      if (!record) continue;
      await this.saveStay(tx, stayId, stored[0].patientId, record);
      days.push(...this.daysOf(stayId, record));
    }
    if (days.length) await tx.unnecessaryDay.createMany({ data: days });
  }

  private async saveStay(tx: TransactionClient, stayId: string, patientId: string, record: StayRecord) {
    const { facts } = record;
    const toDay = (at: Date | null) => (at ? new Date(`${localDate(this.settings.timeZone).format(at)}T00:00:00Z`) : null);
    const row = {
      patientId,
      admittedAt: facts.admittedAt,
      dischargedAt: facts.dischargedAt,
      admittedOn: toDay(facts.admittedAt),
      dischargedOn: toDay(facts.dischargedAt),
      wardCareLinkId: record.wards.at(-1)!.wardCareLinkId,
      receivingCareLinkId: record.receivingCareLinkId,
      diagnosisGroup: record.diagnosisGroup,
      waiting: !facts.dischargedAt && readyPeriods(facts, new Date()).some((p) => p.to === null),
      facts: JSON.parse(JSON.stringify(record)),
    };
    await tx.stay.upsert({ where: { stayId }, create: { stayId, ...row }, update: row });
  }

  // Days of a stay still in hospital grow every midnight; they are counted when asked for, not stored.
  private daysOf(stayId: string, record: StayRecord): Prisma.UnnecessaryDayCreateManyInput[] {
    const { facts } = record;
    if (!facts.dischargedAt) return [];
    const { timeZone, liabilityGraceDays } = this.settings;
    return countingRuleNames.flatMap((rule) =>
      unnecessaryDays(facts, countingRule(rule, liabilityGraceDays), timeZone, facts.dischargedAt!).map((day) => ({
        stayId,
        rule,
        day: new Date(`${day.date}T00:00:00Z`),
        cause: day.cause,
        wardCareLinkId: wardAtStartOf(day.date, record.wards, timeZone),
        receivingCareLinkId: record.receivingCareLinkId,
      })),
    );
  }
}
