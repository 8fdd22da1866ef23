import { hash } from 'node:crypto';
import type { Pool } from 'pg';
import type { PrismaClient, TransactionClient } from '../prisma';
import {
  appendWithExpectedVersions,
  type ExpectedAppendOutcome,
  type RecordedAppendOutcome,
} from './expected-version-append';
import { inTransactionOn, sqlOutsideTransaction, type SqlTransaction } from './sql-transaction';
import { versionedStreams } from './versioned-streams';

/** A care event that passed contract validation, as the store receives it. */
export interface NewCareEvent {
  eventId: string;
  idempotencyKey?: string;
  type: string;
  schemaVersion: number;
  patientId: string;
  occurredAt: string;
  source: { system: string; careLinkId: string };
  correlationId?: string;
  payload: Record<string, unknown>;
}

/** A care event as stored: what consumers receive on Kafka and what replays read. */
export interface StoredCareEvent extends Omit<NewCareEvent, 'idempotencyKey'> {
  idempotencyKey: string;
  recordedAt: string;
  sequence: number;
}

export type AppendOutcome =
  | { status: 'accepted' | 'duplicate'; eventId: string; sequence: number; recordedAt: string }
  | {
      status: 'conflict';
      eventId: string;
      message: string;
      /** The field the conflict is about, e.g. `payload.listVersion`, when it is about one. */
      path?: string;
    };

export interface OutboxTarget {
  topic: string;
  /** Decided from the event as submitted, before the store gives it a sequence. */
  headers(event: NewCareEvent): Record<string, string>;
}

interface StoredRow {
  event_id: string;
  sequence: bigint | string;
  /** As toISOString writes it, formatted by the query: no Date parsed and written again per row. */
  recorded_at: string;
  fingerprint: string;
  idempotency_key: string;
}

/**
 * Same content, same fingerprint, whatever the key order of the submitted JSON. The event id is
 * left out so that a sender retrying under its idempotency key with a fresh event id is a duplicate.
 */
export function fingerprintOf(event: NewCareEvent): string {
  const { idempotencyKey: _key, eventId: _id, ...content } = event;
  // One-shot: a Hash object per event cost more than the digest itself.
  return hash('sha256', canonicalJson(content));
}

// Built up as one string, without an array per object: it runs for every event taken in.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let json = '[';
    for (let i = 0; i < value.length; i++) json += (i ? ',' : '') + canonicalJson(value[i]);
    return `${json}]`;
  }
  if (value && typeof value === 'object') {
    let json = '{';
    // Keys are distinct, so the default sort (by UTF-16 code units) orders them as `<` does.
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      json += `${json.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `${json}}`;
  }
  return JSON.stringify(value);
}

/**
 * The event as published (see validatePublishedCareEvent) without recordedAt and sequence, which
 * the store appends: a JSON object, so its closing brace makes room for them.
 */
function publishedWithoutPlace(event: NewCareEvent, idempotencyKey: string, occurredAt: string): string {
  return JSON.stringify({
    eventId: event.eventId,
    idempotencyKey,
    type: event.type,
    schemaVersion: event.schemaVersion,
    patientId: event.patientId,
    occurredAt,
    source: { system: event.source.system, careLinkId: event.source.careLinkId },
    correlationId: event.correlationId,
    payload: event.payload,
  } satisfies Omit<StoredCareEvent, 'recordedAt' | 'sequence'>);
}

/** A timestamptz as JavaScript's toISOString writes it, in SQL. */
const isoInstant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const storedColumns = `event_id, sequence, ${isoInstant('recorded_at')} AS recorded_at, fingerprint, idempotency_key`;

/**
 * What a caller writes in the statement that appends events (appendInOneStatement), so it commits
 * with them: CTEs that may read `e` (the events given: event_id, idempotency_key and their ordinal
 * `position` from 1) and `stored` (those the statement inserted). `param` numbers a value.
 */
export type WrittenBeside = (param: (value: unknown) => string) => string;

/** `beside` in a transaction whose events are appended already, `stored` the accepted ones. */
async function writtenAfter(
  tx: SqlTransaction,
  events: NewCareEvent[],
  outcomes: ExpectedAppendOutcome[],
  beside: WrittenBeside,
) {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const accepted = events.filter((_, i) => outcomes[i].status === 'accepted');
  await tx.$executeRawUnsafe(
    `WITH e AS (
       SELECT * FROM unnest(${param(events.map((e) => e.eventId))}::uuid[], ${param(events.map((e) => e.idempotencyKey ?? e.eventId))}::text[])
            WITH ORDINALITY AS e(event_id, idempotency_key, position)
     ), stored AS (
       SELECT * FROM e WHERE event_id = ANY(${param(accepted.map((e) => e.eventId))}::uuid[])
     ), ${beside(param)}
     SELECT 1`,
    ...params,
  );
}

/**
 * The event id as the store keeps and answers it: a uuid compares case-insensitively in PostgreSQL,
 * so an id sent in capitals must be matched to its row in lower case, or its first submission reads
 * as a duplicate of itself.
 */
function withStoredId(event: NewCareEvent): NewCareEvent {
  const eventId = event.eventId.toLowerCase();
  return eventId === event.eventId ? event : { ...event, eventId };
}

/**
 * The event store. Appending writes the event and its outbox message in one transaction, so an
 * event is published if and only if it is stored. Resubmissions are answered with the original result.
 */
export class CareEventStore {
  /** With `pool`, appendExpecting runs on the pg driver instead of Prisma (see SqlTransaction). */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: OutboxTarget,
    private readonly pool?: Pool,
  ) {}

  /**
   * How every channel appends: events made against a version of the patient's medicine list or care
   * plan are decided against that stream as stored, and refused when it moved on or the change makes
   * no sense; other events are appended as they are. One transaction.
   */
  appendExpecting(events: NewCareEvent[]): Promise<ExpectedAppendOutcome[]> {
    return this.inTransaction((tx) => this.appendExpectingIn(tx, events));
  }

  /** Statements of their own beside the store's, on the pg pool when there is one. */
  outsideTransaction(): SqlTransaction {
    return this.pool ? sqlOutsideTransaction(this.pool) : this.prisma;
  }

  /** One transaction for a caller that writes beside its events: on the pg pool when there is one. */
  inTransaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return inTransactionOn(this.prisma, this.pool, work);
  }

  /** appendExpecting within the caller's transaction; the streams stay locked until it commits. */
  appendExpectingIn(tx: SqlTransaction, events: NewCareEvent[]): Promise<ExpectedAppendOutcome[]> {
    return appendWithExpectedVersions(tx, events.map(withStoredId), 'as-made', (t, e) =>
      this.appendOn(t, t, e),
    );
  }

  /**
   * What an EHR recorded in its own record, within the caller's transaction: each versioned event
   * is decided as made to the patient's stream as it stands now, under the same rules as every
   * change; one the stream holds already is `unchanged`.
   */
  appendRecordedIn(tx: SqlTransaction, events: NewCareEvent[]): Promise<RecordedAppendOutcome[]> {
    return appendWithExpectedVersions(tx, events.map(withStoredId), 'recorded', (t, e) =>
      this.appendOn(t, t, e),
    );
  }

  /**
   * Appends as given, without deciding versioned events against their streams: for history that is
   * already decided (tests seeding a store, replays). Channels use appendExpecting.
   * One transaction and one round trip per table, whatever the batch size.
   */
  append(events: NewCareEvent[]): Promise<AppendOutcome[]> {
    return this.prisma.$transaction((tx) => this.appendIn(tx, events));
  }

  /** Appends within the caller's transaction, so what the caller records beside the events commits with them. */
  async appendIn(tx: SqlTransaction, events: NewCareEvent[]): Promise<AppendOutcome[]> {
    return this.appendOn(tx, tx, events.map(withStoredId));
  }

  /**
   * appendExpecting for a hot path: events and their outbox rows written by one set-based
   * statement, which is its own transaction (one round trip, no interactive transaction), so each
   * outcome is final once this resolves; with `beside`, what the caller writes commits in it too.
   * Resubmissions are explained by a second query, only when there are any. Events of versioned
   * streams take appendExpecting, which decides them, and `beside` follows in its transaction.
   */
  async appendInOneStatement(
    events: NewCareEvent[],
    beside?: WrittenBeside,
  ): Promise<ExpectedAppendOutcome[]> {
    if (events.some((e) => versionedStreams[e.type]))
      return this.inTransaction(async (tx) => {
        const outcomes = await this.appendExpectingIn(tx, events);
        if (beside) await writtenAfter(tx, events, outcomes, beside);
        return outcomes;
      });
    return this.appendOn(this.outsideTransaction(), this.prisma, events.map(withStoredId), beside);
  }

  /**
   * Events and their outbox rows in one statement on `sql`, with what `beside` writes;
   * resubmissions explained on `explainOn`, only when there are any. The outbox value is the stored
   * event, its sequence and recording time added by the statement.
   */
  private async appendOn(
    sql: SqlTransaction,
    explainOn: SqlTransaction,
    events: NewCareEvent[],
    beside?: WrittenBeside,
  ): Promise<AppendOutcome[]> {
    const keyed = events.map((event) => ({
      event,
      key: event.idempotencyKey ?? event.eventId,
      fingerprint: fingerprintOf(event),
    }));
    // One JSON document for the batch: parsed once by the database, no array literals to escape.
    // The outbox value comes written but for its place in the store, which the statement appends:
    // building it from the columns there cost the database more than the rest of the outbox row.
    const rows = keyed.map(({ event, key, fingerprint }, position) => {
      const occurredAt = new Date(event.occurredAt).toISOString();
      return {
        // From 1, as `beside` reads it.
        position: position + 1,
        event_id: event.eventId,
        idempotency_key: key,
        fingerprint,
        type: event.type,
        schema_version: event.schemaVersion,
        patient_id: event.patientId,
        occurred_at: occurredAt,
        source_system: event.source.system,
        care_link_id: event.source.careLinkId,
        correlation_id: event.correlationId ?? null,
        payload: event.payload,
        headers: this.outbox.headers(event),
        value: publishedWithoutPlace(event, key, occurredAt),
      };
    });
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // The same event twice in a batch is stored once and gets one outbox row (DISTINCT ON).
    const text = `
      WITH e AS (
        SELECT * FROM jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb)
          AS e(position int, event_id uuid, idempotency_key text, fingerprint text, type text, schema_version int,
               patient_id text, occurred_at timestamptz, source_system text, care_link_id text, correlation_id text,
               payload jsonb, headers jsonb, value text)
      ), stored AS (
        INSERT INTO care_event (event_id, idempotency_key, fingerprint, type, schema_version, patient_id,
                                occurred_at, source_system, care_link_id, correlation_id, payload)
        SELECT event_id, idempotency_key, fingerprint, type, schema_version, patient_id, occurred_at,
               source_system, care_link_id, correlation_id, payload
        FROM e ORDER BY position
        ON CONFLICT DO NOTHING
        RETURNING event_id, sequence, recorded_at, fingerprint, idempotency_key
      ), outbox AS (
        INSERT INTO outbox_message (event_id, topic, key, value, headers)
        SELECT DISTINCT ON (s.sequence) s.event_id, ${param(this.outbox.topic)}::text, e.patient_id,
               left(e.value, -1) || ',"recordedAt":"' || ${isoInstant('s.recorded_at')} || '","sequence":' || s.sequence || '}',
               e.headers
        FROM stored s JOIN e ON e.event_id = s.event_id AND e.idempotency_key = s.idempotency_key
        ORDER BY s.sequence, e.position
      )${beside ? `, ${beside(param)}` : ''}
      SELECT ${storedColumns} FROM stored`;
    const inserted = await sql.$queryRawUnsafe<StoredRow[]>(text, ...params);
    const byId = new Map(inserted.map((row) => [row.event_id, row]));
    const fresh = keyed.map(({ event, key }) => {
      const row = byId.get(event.eventId);
      if (!row || row.idempotency_key !== key) return undefined;
      byId.delete(event.eventId);
      return row;
    });
    const existing = await this.existingFor(
      explainOn,
      keyed.filter((_, i) => !fresh[i]),
    );
    return keyed.map(({ event, key, fingerprint }, i): AppendOutcome => {
      const row = fresh[i];
      if (row)
        return {
          status: 'accepted',
          eventId: row.event_id,
          sequence: Number(row.sequence),
          recordedAt: row.recorded_at,
        };
      return explainExisting(
        event,
        key,
        fingerprint,
        existing.byId.get(event.eventId) ?? existing.byKey.get(key)!,
      );
    });
  }

  /** The stored rows that resubmitted events clash with, in one query for the whole batch. */
  private async existingFor(tx: SqlTransaction, resubmitted: { event: NewCareEvent; key: string }[]) {
    const rows = resubmitted.length
      ? await tx.$queryRawUnsafe<StoredRow[]>(
          `SELECT ${storedColumns} FROM care_event WHERE event_id = ANY($1::uuid[]) OR idempotency_key = ANY($2::text[])`,
          resubmitted.map((r) => r.event.eventId),
          resubmitted.map((r) => r.key),
        )
      : [];
    return {
      byId: new Map(rows.map((r) => [r.event_id, r])),
      byKey: new Map(rows.map((r) => [r.idempotency_key, r])),
    };
  }
}

function explainExisting(
  event: NewCareEvent,
  idempotencyKey: string,
  fingerprint: string,
  existing: StoredRow,
): AppendOutcome {
  if (existing.fingerprint !== fingerprint) {
    const clash =
      existing.event_id === event.eventId ? `eventId ${event.eventId}` : `idempotencyKey '${idempotencyKey}'`;
    return {
      status: 'conflict',
      eventId: event.eventId,
      message: `${clash} was already used for a different event`,
    };
  }
  return {
    status: 'duplicate',
    eventId: existing.event_id,
    sequence: Number(existing.sequence),
    recordedAt: existing.recorded_at,
  };
}

type CareEventRow = Awaited<ReturnType<PrismaClient['careEvent']['findMany']>>[number];

function storedFromRow(row: CareEventRow): StoredCareEvent {
  return {
    eventId: row.eventId,
    idempotencyKey: row.idempotencyKey,
    type: row.type,
    schemaVersion: row.schemaVersion,
    patientId: row.patientId,
    occurredAt: row.occurredAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    sequence: Number(row.sequence),
    source: { system: row.sourceSystem, careLinkId: row.careLinkId },
    ...(row.correlationId ? { correlationId: row.correlationId } : {}),
    payload: row.payload as Record<string, unknown>,
  };
}

/** Every stored event in append order, a page at a time, for replays. */
export async function* readStoredCareEvents(
  prisma: PrismaClient,
  pageSize = 1000,
): AsyncGenerator<StoredCareEvent> {
  let after = 0n;
  for (;;) {
    const page = await prisma.careEvent.findMany({
      where: { sequence: { gt: after } },
      orderBy: { sequence: 'asc' },
      take: pageSize,
    });
    for (const row of page) yield storedFromRow(row);
    if (page.length < pageSize) return;
    after = page[page.length - 1].sequence;
  }
}

/**
 * Stored events after `afterSequence` and recorded before `recordedBefore` that the read models do
 * not hold (no projection checkpoint), in append order: what the projector missed, whatever the
 * broker did with them.
 */
export async function readUnappliedCareEvents(
  prisma: PrismaClient,
  afterSequence: number,
  recordedBefore: Date,
  limit: number,
): Promise<StoredCareEvent[]> {
  const ids = await prisma.$queryRaw<{ event_id: string }[]>`
    SELECT c.event_id FROM care_event c
    WHERE c.sequence > ${afterSequence} AND c.recorded_at < ${recordedBefore}
      AND NOT EXISTS (SELECT 1 FROM projection_checkpoint k WHERE k.event_id = c.event_id)
    ORDER BY c.sequence LIMIT ${limit}`;
  return readCareEvents(
    prisma,
    ids.map((r) => r.event_id),
  );
}

/** The stored events with these ids, in append order. */
export async function readCareEvents(
  prisma: PrismaClient | TransactionClient,
  eventIds: string[],
): Promise<StoredCareEvent[]> {
  if (!eventIds.length) return [];
  const rows = await prisma.careEvent.findMany({
    where: { eventId: { in: eventIds } },
    orderBy: { sequence: 'asc' },
  });
  return rows.map(storedFromRow);
}

// Transactions commit out of sequence order; a minute below a checked time is safely complete.
const SETTLED_MS = 60_000;

/**
 * The highest sequence below which no stored event can still appear, for a pass that has seen
 * everything recorded before `checkedBefore`: later passes of a catch-up may start above it.
 */
export async function settledSequence(prisma: PrismaClient, checkedBefore: Date): Promise<number> {
  const [settled] = await prisma.$queryRaw<{ sequence: bigint | null }[]>`
    SELECT max(sequence) AS sequence FROM care_event WHERE recorded_at < ${new Date(checkedBefore.getTime() - SETTLED_MS)}`;
  return Number(settled.sequence ?? 0);
}
