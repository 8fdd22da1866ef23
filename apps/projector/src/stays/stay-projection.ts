import { Inject, Injectable } from '@nestjs/common';
import {
  countingRule,
  countingRuleNames,
  readyPeriods,
  stayEventTypes,
  stayRecordOf,
  unnecessaryDays,
  wardAtStartOf,
  type StayEventFact,
  type StayRecord,
} from '@carechain/domain';
import type { Prisma, PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, upsertRows, type ProjectedEvent, type Projection } from '../read-models/projection';

export interface StaySettings {
  /** The organisation's time zone: an unnecessary day is one of its midnights. */
  timeZone: string;
  /** Days after the ready notice before municipal payment liability starts. */
  liabilityGraceDays: number;
}

export const STAY_SETTINGS = Symbol('StaySettings');

const stayEventTypeNames = new Set<string>(stayEventTypes);

/**
 * The stays read model behind the unnecessary-days dashboard. Every event of a stay recomputes the
 * whole stay, so late events and corrected ready times keep the numbers equal to the event store.
 */
@Injectable()
export class StayProjection implements Projection {
  readonly consumer = 'projector.stays';
  readonly tables = ['stay', 'stay_event', 'unnecessary_day'];

  private readonly localDate: Intl.DateTimeFormat;

  constructor(@Inject(STAY_SETTINGS) private readonly settings: StaySettings) {
    this.localDate = new Intl.DateTimeFormat('en-CA', {
      timeZone: settings.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }

  clear(prisma: PrismaClient) {
    return [prisma.unnecessaryDay.deleteMany(), prisma.stay.deleteMany(), prisma.stayEvent.deleteMany()];
  }

  async project(tx: TransactionClient, events: ProjectedEvent[]): Promise<void> {
    const stayEvents = events.filter(
      (e) => stayEventTypeNames.has(e.type) && typeof e.payload.stayId === 'string',
    );
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
    const byStay = groupBy(
      await tx.stayEvent.findMany({ where: { stayId: { in: stayIds } } }),
      (e) => e.stayId,
    );
    await tx.unnecessaryDay.deleteMany({ where: { stayId: { in: stayIds } } });
    const days: Prisma.UnnecessaryDayCreateManyInput[] = [];
    const stays: Record<string, unknown>[] = [];
    for (const stayId of stayIds) {
      const stored = byStay.get(stayId) ?? [];
      const record = stayRecordOf(
        stayId,
        stored.map(
          (e) =>
            ({
              eventId: e.eventId,
              sequence: Number(e.sequence),
              occurredAt: e.occurredAt,
              type: e.type,
              payload: e.payload,
            }) as StayEventFact,
        ),
      );
      if (!record) {
        // A cancelled admission leaves no stay behind.
        await tx.stay.deleteMany({ where: { stayId } });
        continue;
      }
      stays.push(this.stayRow(stayId, stored[0].patientId, record));
      days.push(...this.daysOf(stayId, record));
    }
    await upsertRows(tx, 'stay', 'stay_id', stays);
    if (days.length) await tx.unnecessaryDay.createMany({ data: days });
  }

  private stayRow(stayId: string, patientId: string, record: StayRecord): Record<string, unknown> {
    const { facts } = record;
    const toDay = (at: Date | null) => (at ? this.localDate.format(at) : null);
    return {
      stay_id: stayId,
      patient_id: patientId,
      admitted_at: facts.admittedAt,
      discharged_at: facts.dischargedAt,
      admitted_on: toDay(facts.admittedAt),
      discharged_on: toDay(facts.dischargedAt),
      ward_care_link_id: record.wards.at(-1)!.wardCareLinkId,
      receiving_care_link_id: record.receivingCareLinkId,
      diagnosis_group: record.diagnosisGroup,
      waiting: !facts.dischargedAt && readyPeriods(facts, new Date()).some((p) => p.to === null),
      facts: record,
    };
  }

  // Days of a stay still in hospital grow every midnight; they are counted when asked for, not stored.
  private daysOf(stayId: string, record: StayRecord): Prisma.UnnecessaryDayCreateManyInput[] {
    const { facts } = record;
    if (!facts.dischargedAt) return [];
    const { timeZone, liabilityGraceDays } = this.settings;
    return countingRuleNames.flatMap((rule) =>
      unnecessaryDays(facts, countingRule(rule, liabilityGraceDays), timeZone, facts.dischargedAt!).map(
        (day) => ({
          stayId,
          rule,
          day: new Date(`${day.date}T00:00:00Z`),
          cause: day.cause,
          wardCareLinkId: wardAtStartOf(day.date, record.wards, timeZone),
          receivingCareLinkId: record.receivingCareLinkId,
        }),
      ),
    );
  }
}
