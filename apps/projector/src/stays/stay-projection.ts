import { Inject, Injectable } from '@nestjs/common';
import {
  chronological,
  continueStayRecord,
  countingRule,
  countingRuleNames,
  localDate,
  readyFromOf,
  stayEventTypes,
  stayRecordFromJson,
  stayRecordOf,
  stayRecordToJson,
  unnecessaryDays,
  wardAtStartOf,
  type StayEventFact,
  type StayRecord,
  type RegionalPlanningRules,
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
import { moveMergedStays } from './patient-merges';

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

type Position = Pick<StayEventFact, 'occurredAt' | 'sequence'>;
const latest = (a: Position, b: Position) => (chronological(a, b) < 0 ? b : a);

const factOf = (event: ProjectedEvent) =>
  ({ ...factBaseOf(event), type: event.type, payload: event.payload }) as StayEventFact;

/**
 * The stays read model behind the unnecessary-days dashboard. Events later than everything a stay
 * holds fold onto its stored record; a late event, a cancellation or a merge makes the whole stay
 * again from its events, so the numbers stay equal to the event store whatever order EHRs report in.
 */
@Injectable()
export class StayProjection implements Projection {
  readonly consumer = 'projector.stays';
  readonly tables = ['stay', 'stay_event', 'unnecessary_day', 'unnecessary_day_month'];

  constructor(@Inject(STAY_SETTINGS) private readonly settings: StaySettings) {}

  clear(prisma: PrismaClient) {
    return [
      prisma.unnecessaryDayMonth.deleteMany(),
      prisma.unnecessaryDay.deleteMany(),
      prisma.stay.deleteMany(),
      prisma.stayEvent.deleteMany(),
    ];
  }

  async project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void> {
    const stayEvents = events.filter(
      (e) => stayEventTypeNames.has(e.type) && typeof e.payload.stayId === 'string',
    );
    await insertRows(
      tx,
      'stay_event',
      stayEvents.map((e) => ({
        event_id: e.eventId,
        stay_id: e.payload.stayId,
        patient_id: e.patientId,
        type: e.type,
        occurred_at: isoOf(new Date(e.occurredAt)),
        sequence: e.sequence,
        care_link_id: e.source.careLinkId,
        payload: e.payload,
      })),
    );
    // After the batch's own events, so those sent under a retired id before its merge move too.
    const { moved: merged, removedDays: mergedAway } = await moveMergedStays(tx, events);
    if (!stayEvents.length && !merged.length) return;
    // Visit numbers are the sending hospital's own: a stay is one patient's stay of that number.
    const keys = [
      ...new Map(
        [
          ...stayEvents.map((e): StayKey => ({ patientId: e.patientId, stayId: e.payload.stayId as string })),
          ...merged,
        ].map((key) => [keyOf(key), key]),
      ).values(),
    ];
    const { records, refolded } = await this.recordsOf(tx, keys, stayEvents, merged);
    // Only a stay made again from its events can have been discharged, and so have days stored.
    const replaced = refolded.length
      ? await tx.$queryRaw<DayRow[]>`
          DELETE FROM unnecessary_day d
          USING unnest(${refolded.map((k) => k.patientId)}::text[], ${refolded.map((k) => k.stayId)}::text[])
            AS k(patient_id, stay_id)
          WHERE d.patient_id = k.patient_id AND d.stay_id = k.stay_id
          RETURNING d.rule, to_char(d.day, 'YYYY-MM-DD') AS day, d.cause, d.ward_care_link_id, d.receiving_care_link_id`
      : [];
    const days: DayRow[] = [];
    const stays: Record<string, unknown>[] = [];
    const cancelled: StayKey[] = [];
    for (const key of keys) {
      const { record, last } = records.get(keyOf(key))!;
      // A cancelled admission leaves no stay behind.
      if (!record) cancelled.push(key);
      else {
        stays.push(this.stayRow(key, record, last));
        days.push(...this.daysOf(key, record));
      }
    }
    if (cancelled.length)
      await tx.$executeRaw`
        DELETE FROM stay s USING unnest(${cancelled.map((k) => k.patientId)}::text[], ${cancelled.map((k) => k.stayId)}::text[])
          AS k(patient_id, stay_id)
        WHERE s.patient_id = k.patient_id AND s.stay_id = k.stay_id`;
    await upsertRows(tx, 'stay', ['patient_id', 'stay_id'], stays);
    if (days.length)
      await tx.$executeRaw`
        INSERT INTO unnecessary_day (patient_id, stay_id, rule, day, cause, ward_care_link_id, receiving_care_link_id)
        SELECT * FROM unnest(${days.map((d) => d.patient_id)}::text[], ${days.map((d) => d.stay_id)}::text[],
                             ${days.map((d) => d.rule)}::text[], ${days.map((d) => d.day)}::date[],
                             ${days.map((d) => d.cause)}::text[], ${days.map((d) => d.ward_care_link_id)}::text[],
                             ${days.map((d) => d.receiving_care_link_id)}::text[])`;
    await addToMonths(tx, [...replaced, ...mergedAway], days);
  }
  /**
   * Each stay's record after the batch. Events later than everything a stored stay was made of fold
   * onto its record; otherwise (a late or cancelling event, a merge, a stay not stored) the record is
   * made again from all the stay's events. Returns which stays were made again.
   */
  private async recordsOf(
    tx: SqlTransaction,
    keys: StayKey[],
    stayEvents: ProjectedEvent[],
    merged: StayKey[],
  ): Promise<{ records: Map<string, { record: StayRecord | null; last: Position }>; refolded: StayKey[] }> {
    const later = groupBy(
      stayEvents.map((e) => ({ ...factOf(e), patientId: e.patientId, stayId: e.payload.stayId as string })),
      keyOf,
    );
    const remade = new Set(merged.map(keyOf));
    // Stays written before the latest event was kept have none, and are made again once.
    const stored = await tx.$queryRaw<(StayKey & { facts: unknown; at: Date; sequence: number })[]>`
      SELECT s.patient_id AS "patientId", s.stay_id AS "stayId", s.facts, s.last_event_at AS at,
             s.last_event_sequence AS sequence
      FROM stay s JOIN unnest(${keys.map((k) => k.patientId)}::text[], ${keys.map((k) => k.stayId)}::text[])
        AS k(patient_id, stay_id) ON s.patient_id = k.patient_id AND s.stay_id = k.stay_id
      WHERE s.last_event_at IS NOT NULL`;
    const records = new Map<string, { record: StayRecord | null; last: Position }>();
    for (const row of stored) {
      const facts = later.get(keyOf(row)) ?? [];
      const last = { occurredAt: row.at, sequence: row.sequence };
      if (remade.has(keyOf(row)) || !facts.every((f) => chronological(last, f) < 0)) continue;
      const record = continueStayRecord(stayRecordFromJson(row.facts), facts);
      if (record) records.set(keyOf(row), { record, last: facts.reduce(latest, last) });
    }
    const refolded = keys.filter((key) => !records.has(keyOf(key)));
    if (refolded.length) {
      const timelines = groupBy(
        await tx.$queryRaw<(StayEventFact & StayKey)[]>`
          SELECT s.event_id::text AS "eventId", s.sequence::float8 AS sequence, s.occurred_at AS "occurredAt",
                 s.type, s.payload, s.patient_id AS "patientId", s.stay_id AS "stayId"
          FROM stay_event s
          JOIN unnest(${refolded.map((k) => k.patientId)}::text[], ${refolded.map((k) => k.stayId)}::text[])
            AS k(patient_id, stay_id) ON s.patient_id = k.patient_id AND s.stay_id = k.stay_id`,
        keyOf,
      );
      for (const key of refolded) {
        const timeline = timelines.get(keyOf(key)) ?? [];
        records.set(keyOf(key), {
          record: stayRecordOf(key.stayId, timeline),
          last: timeline.reduce<Position>(latest, timeline[0]),
        });
      }
    }
    return { records, refolded };
  }

  private stayRow(
    { patientId, stayId }: StayKey,
    record: StayRecord,
    last: Position,
  ): Record<string, unknown> {
    const { facts } = record;
    const toDay = (at: Date | null) => (at ? localDate(at, this.settings.timeZone) : null);
    return {
      patient_id: patientId,
      stay_id: stayId,
      admitted_at: isoOf(facts.admittedAt),
      discharged_at: isoOf(facts.dischargedAt),
      admitted_on: toDay(facts.admittedAt),
      discharged_on: toDay(facts.dischargedAt),
      ward_care_link_id: record.wards.at(-1)!.wardCareLinkId,
      receiving_care_link_id: record.receivingCareLinkId,
      diagnosis_group: record.diagnosisGroup,
      // Not whether the patient waits now: that changes with the clock and is decided when asked.
      ready_from: isoOf(readyFromOf(facts)),
      facts: stayRecordToJson(record),
      last_event_at: isoOf(last.occurredAt),
      last_event_sequence: last.sequence,
    };
  }

  // Days of a stay still in hospital grow every midnight; they are counted when asked for, not stored.
  private daysOf({ patientId, stayId }: StayKey, record: StayRecord): DayRow[] {
    const { facts } = record;
    if (!facts.dischargedAt) return [];
    const { timeZone, planningRules } = this.settings;
    return countingRuleNames.flatMap((rule) =>
      unnecessaryDays(facts, countingRule(rule, planningRules), timeZone, facts.dischargedAt!).map((day) => ({
        patient_id: patientId,
        stay_id: stayId,
        rule,
        day: day.date,
        cause: day.cause,
        ward_care_link_id: wardAtStartOf(day.date, record.wards, timeZone),
        receiving_care_link_id: record.receivingCareLinkId,
      })),
    );
  }
}

/** An unnecessary_day row; `day` is the local date, `YYYY-MM-DD`. */
interface DayRow {
  patient_id?: string;
  stay_id?: string;
  rule: string;
  day: string;
  cause: string;
  ward_care_link_id: string;
  receiving_care_link_id: string | null;
}

/**
 * Keeps the monthly totals equal to the day rows: days a recount removed are taken off their month,
 * days it wrote are added. Only months that changed are written, in key order, so batches that
 * touch the same month wait for each other briefly instead of deadlocking.
 */
async function addToMonths(tx: SqlTransaction, removed: DayRow[], added: DayRow[]): Promise<void> {
  const deltas = new Map<string, number>();
  const count = (rows: DayRow[], sign: number) => {
    for (const d of rows) {
      const key = JSON.stringify([
        d.rule,
        `${d.day.slice(0, 7)}-01`,
        d.cause,
        d.ward_care_link_id,
        d.receiving_care_link_id ?? '',
      ]);
      deltas.set(key, (deltas.get(key) ?? 0) + sign);
    }
  };
  count(removed, -1);
  count(added, 1);
  const changed = [...deltas].filter(([, days]) => days !== 0);
  if (!changed.length) return;
  const months = changed.map(([key, days]) => [...(JSON.parse(key) as string[]), days] as const);
  const column = (i: number) => months.map((m) => m[i]);
  await tx.$executeRaw`
    INSERT INTO unnecessary_day_month AS m (rule, month, cause, ward_care_link_id, receiving_care_link_id, days)
    SELECT * FROM unnest(${column(0)}::text[], ${column(1)}::date[], ${column(2)}::text[], ${column(3)}::text[],
                         ${column(4)}::text[], ${column(5)}::int[])
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (rule, month, cause, ward_care_link_id, receiving_care_link_id) DO UPDATE SET days = m.days + EXCLUDED.days`;
  if (months.some((m) => (m[5] as number) < 0))
    await tx.$executeRaw`
      DELETE FROM unnecessary_day_month m
      USING unnest(${column(0)}::text[], ${column(1)}::date[], ${column(2)}::text[], ${column(3)}::text[], ${column(4)}::text[])
        AS k(rule, month, cause, ward_care_link_id, receiving_care_link_id)
      WHERE m.days = 0 AND m.rule = k.rule AND m.month = k.month AND m.cause = k.cause
        AND m.ward_care_link_id = k.ward_care_link_id AND m.receiving_care_link_id = k.receiving_care_link_id`;
}
