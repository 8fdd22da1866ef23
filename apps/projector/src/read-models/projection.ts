import type { PublishedCareEvent } from '@carechain/contracts';
import type { Prisma, PrismaClient, SqlTransaction } from '@carechain/persistence';

/** A care event as projections receive it, from Kafka or from a replay of the store. */
export type ProjectedEvent = Pick<
  PublishedCareEvent,
  'eventId' | 'patientId' | 'occurredAt' | 'recordedAt' | 'sequence' | 'source' | 'payload'
> & { type: string };

/** One read model: how an event changes it, and how to empty it before a replay. */
export interface Projection {
  /** The model's name (its command-line name without `projector.`); every event is applied to it once (projection-checkpoint.ts). */
  readonly consumer: string;
  /** The tables it owns and nothing else writes; a rebuild replaces exactly these. */
  readonly tables: readonly string[];
  clear(prisma: PrismaClient): Prisma.PrismaPromise<unknown>[];
  /** Applies events none of which this projection has seen before, in one transaction. */
  project(tx: SqlTransaction, events: ProjectedEvent[]): Promise<void>;
}

export const PROJECTIONS = Symbol('Projections');

/** What every fact the rules fold carries of its event: identity, store order, time and reporter. */
export function factBaseOf(event: ProjectedEvent) {
  return {
    eventId: event.eventId,
    sequence: event.sequence,
    occurredAt: new Date(event.occurredAt),
    careLinkId: event.source.careLinkId,
  };
}

/**
 * An instant as the text JSON keeps it. Rows carry instants as text: a Date's `toJSON` takes
 * JSON.stringify off its fast path, and made it cost about five times as much per row.
 */
export function isoOf(at: Date): string;
export function isoOf(at: Date | null): string | null;
export function isoOf(at: Date | null): string | null {
  return at && at.toISOString();
}

/** Rows grouped by a key, in their original order (Map.groupBy arrives only with Node 21). */
export function groupBy<T>(rows: T[], key: (row: T, index: number) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  rows.forEach((row, index) => {
    const of = key(row, index);
    const group = groups.get(of);
    if (group) group.push(row);
    else groups.set(of, [row]);
  });
  return groups;
}

/**
 * Inserts or replaces read-model rows in one statement; a row per patient or stay per batch
 * would otherwise cost a round trip each. Keys of `rows` are the table's column names; `key` names
 * the primary key's columns.
 */
export async function upsertRows(
  tx: SqlTransaction,
  table: 'stay' | 'patient_journey' | 'medicine_list',
  key: readonly string[],
  rows: Record<string, unknown>[],
): Promise<void> {
  const keys = key.map(quote);
  const updates = columnsOf(rows)
    .filter((c) => !keys.includes(c))
    .map((c) => `${c} = EXCLUDED.${c}`);
  await insertRows(tx, table, rows, `ON CONFLICT (${keys}) DO UPDATE SET ${updates}`);
}

/** Inserts read-model rows in one statement; keys of `rows` are the table's column names. */
export async function insertRows(
  tx: SqlTransaction,
  table:
    | 'stay'
    | 'stay_event'
    | 'patient_journey'
    | 'journey_entry'
    | 'medicine_list'
    | 'medicine_list_change'
    | 'care_plan_version'
    | 'planning_meeting',
  rows: Record<string, unknown>[],
  onConflict = '',
): Promise<void> {
  if (!rows.length) return;
  const columns = columnsOf(rows);
  await tx.$executeRawUnsafe(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) ${onConflict}`,
    JSON.stringify(rows),
  );
}

const quote = (column: string) => `"${column}"`;
const columnsOf = (rows: Record<string, unknown>[]) => Object.keys(rows[0] ?? {}).map(quote);
