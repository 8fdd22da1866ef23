import { Inject, Injectable } from '@nestjs/common';
import {
  countingRule,
  countingRuleNames,
  readyFromOf,
  stayEventTypes,
  stayRecordOf,
  unnecessaryDays,
  wardAtStartOf,
  type StayEventFact,
  type StayRecord,
  type RegionalPlanningRules,
} from '@carechain/domain';
import type { Prisma, PrismaClient, TransactionClient } from '@carechain/persistence';
import { groupBy, upsertRows, type ProjectedEvent, type Projection } from '../read-models/projection';

export interface StaySettings {
  /** The organisation's time zone: an unnecessary day is one of its midnights. */
  timeZone: string;
  /** The region's discharge-planning agreement, which municipal payment liability follows. */
  planningRules: RegionalPlanningRules;
}

export const STAY_SETTINGS = Symbol('StaySettings');

const stayEventTypeNames = new Set<string>(stayEventTypes);

interface StayKey {
  patientId: string;
  stayId: string;
}
const keyOf = (stay: StayKey) => `${stay.patientId}\u0000${stay.stayId}`;

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
    // Visit numbers are the sending hospital's own: a stay is one patient's stay of that number.
    const keys = [
      ...new Map(
        stayEvents.map((e) => {
          const key: StayKey = { patientId: e.patientId, stayId: e.payload.stayId as string };
          return [keyOf(key), key];
        }),
      ).values(),
    ];
    const byStay = groupBy(await tx.stayEvent.findMany({ where: { OR: keys } }), keyOf);
    await tx.unnecessaryDay.deleteMany({ where: { OR: keys } });
    const days: Prisma.UnnecessaryDayCreateManyInput[] = [];
    const stays: Record<string, unknown>[] = [];
    for (const key of keys) {
      const stored = byStay.get(keyOf(key)) ?? [];
      const record = stayRecordOf(
        key.stayId,
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
        await tx.stay.deleteMany({ where: key });
        continue;
      }
      stays.push(this.stayRow(key, record));
      days.push(...this.daysOf(key, record));
    }
    await upsertRows(tx, 'stay', ['patient_id', 'stay_id'], stays);
    if (days.length) await tx.unnecessaryDay.createMany({ data: days });
  }

  private stayRow({ patientId, stayId }: StayKey, record: StayRecord): Record<string, unknown> {
    const { facts } = record;
    const toDay = (at: Date | null) => (at ? this.localDate.format(at) : null);
    return {
      patient_id: patientId,
      stay_id: stayId,
      admitted_at: facts.admittedAt,
      discharged_at: facts.dischargedAt,
      admitted_on: toDay(facts.admittedAt),
      discharged_on: toDay(facts.dischargedAt),
      ward_care_link_id: record.wards.at(-1)!.wardCareLinkId,
      receiving_care_link_id: record.receivingCareLinkId,
      diagnosis_group: record.diagnosisGroup,
      // Not whether the patient waits now: that changes with the clock and is decided when asked.
      ready_from: readyFromOf(facts),
      facts: record,
    };
  }

  // Days of a stay still in hospital grow every midnight; they are counted when asked for, not stored.
  private daysOf({ patientId, stayId }: StayKey, record: StayRecord): Prisma.UnnecessaryDayCreateManyInput[] {
    const { facts } = record;
    if (!facts.dischargedAt) return [];
    const { timeZone, planningRules } = this.settings;
    return countingRuleNames.flatMap((rule) =>
      unnecessaryDays(facts, countingRule(rule, planningRules), timeZone, facts.dischargedAt!).map((day) => ({
        patientId,
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
