import type { Refusal } from '@carechain/domain';
import type { AppendOutcome, NewCareEvent } from './care-event-store';
import type { SqlTransaction } from './sql-transaction';
import { streamKey, versionedStreams, type StreamEvent } from './versioned-streams';

/** What an append with expected versions answers: stored, a duplicate, or refused with the field named. */
export type ExpectedAppendOutcome =
  | AppendOutcome
  | { status: 'rejected'; eventId: string; problems: { path: string; message: string }[] };

/** For what an EHR recorded, also: nothing to change, the stream says so already. */
export type RecordedAppendOutcome = ExpectedAppendOutcome | { status: 'unchanged'; eventId: string };

/**
 * 'as-made': each event carries the version it was made against. 'recorded': the events record what
 * an EHR already did in its own record, not a change made against a Carechain version; each is
 * decided as made to its stream as it stands now (its version replaced by the stream's next one),
 * under the same rules as every other change.
 */
export type AppendMode = 'as-made' | 'recorded';

type Outcome = RecordedAppendOutcome;

/**
 * Decides each new event of a versioned stream against the stream as stored, holding the stream's
 * lock until the caller's transaction commits: of two writers from the same version exactly one is
 * stored, and the other is refused with a conflict naming the version it sent. Resubmissions are
 * passed on unchanged, so a retry is answered with its first result whatever has changed since.
 */
export function appendWithExpectedVersions(
  tx: SqlTransaction,
  events: NewCareEvent[],
  mode: 'as-made',
  appendIn: (tx: SqlTransaction, events: NewCareEvent[]) => Promise<AppendOutcome[]>,
): Promise<ExpectedAppendOutcome[]>;
export function appendWithExpectedVersions(
  tx: SqlTransaction,
  events: NewCareEvent[],
  mode: 'recorded',
  appendIn: (tx: SqlTransaction, events: NewCareEvent[]) => Promise<AppendOutcome[]>,
): Promise<RecordedAppendOutcome[]>;
export async function appendWithExpectedVersions(
  tx: SqlTransaction,
  events: NewCareEvent[],
  mode: AppendMode,
  appendIn: (tx: SqlTransaction, events: NewCareEvent[]) => Promise<AppendOutcome[]>,
): Promise<Outcome[]> {
  const versioned = events.filter((e) => versionedStreams[e.type]);
  if (!versioned.length) return appendIn(tx, events);
  const keys = [...new Set(versioned.map((e) => streamKey(versionedStreams[e.type].name, e.patientId)))];
  // All in one statement, always in the same order, so two batches never wait on each other in a circle.
  await tx.$executeRaw`
    SELECT 1 FROM (SELECT DISTINCT hashtext(k) AS key FROM unnest(${keys}::text[]) AS k ORDER BY 1) ordered,
      LATERAL pg_advisory_xact_lock(ordered.key)`;

  const resubmitted = await resubmissionsOf(tx, versioned);
  const histories = await historiesOf(tx, versioned);
  const seen = new Set<string>();
  // The events as decided: an EHR's record carries the version it was made to.
  const toAppend = [...events];
  const decisions = events.map((event, i): Outcome | null => {
    const stream = versionedStreams[event.type];
    const key = event.idempotencyKey ?? event.eventId;
    if (!stream || resubmitted.has(key) || resubmitted.has(event.eventId) || seen.has(key)) return null;
    seen.add(key);
    const history = histories.get(streamKey(stream.name, event.patientId)) ?? [];
    const decision = (mode === 'recorded' ? stream.decideRecorded : stream.decide)(history, event.payload);
    if (!decision.ok) return refused(event.eventId, decision.refusal);
    if (!decision.events.length) return { status: 'unchanged' as const, eventId: event.eventId };
    const payload = decision.events[0].payload as Record<string, unknown>;
    toAppend[i] = { ...event, payload };
    // Later events of the same batch are decided against this one as well.
    history.push({
      eventId: event.eventId,
      sequence: Number.MAX_SAFE_INTEGER - events.length + i,
      occurredAt: new Date(event.occurredAt),
      careLinkId: event.source.careLinkId,
      payload,
    });
    histories.set(streamKey(stream.name, event.patientId), history);
    return null;
  });
  const passed = toAppend.filter((_, i) => !decisions[i]);
  const appended = passed.length ? await appendIn(tx, passed) : [];
  let next = 0;
  return decisions.map((decision) => decision ?? appended[next++]);
}

function refused(eventId: string, refusal: Refusal): Outcome {
  switch (refusal.kind) {
    case 'conflict':
      return {
        status: 'conflict',
        eventId,
        path: `payload.${refusal.field}`,
        message: `payload.${refusal.field}: ${refusal.message}`,
      };
    case 'invalid':
      return {
        status: 'rejected',
        eventId,
        problems: refusal.problems.map((p) => ({ path: `payload.${p.field}`, message: p.message })),
      };
    case 'forbidden':
      return { status: 'rejected', eventId, problems: [{ path: '(event)', message: refusal.message }] };
  }
}

/** Ids and keys of the batch's versioned events that are stored already. */
async function resubmissionsOf(tx: SqlTransaction, versioned: NewCareEvent[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ event_id: string; idempotency_key: string }[]>`
    SELECT event_id::text, idempotency_key FROM care_event
    WHERE event_id = ANY(${versioned.map((e) => e.eventId)}::uuid[])
       OR idempotency_key = ANY(${versioned.map((e) => e.idempotencyKey ?? e.eventId)}::text[])`;
  return new Set(rows.flatMap((r) => [r.event_id, r.idempotency_key]));
}

/**
 * The stored events of the streams the batch writes to, in store order, per stream: all of them
 * where the rule folds the history, only the latest where it reads the head.
 */
async function historiesOf(tx: SqlTransaction, versioned: NewCareEvent[]) {
  const pairs = [...new Map(versioned.map((e) => [streamKey(e.type, e.patientId), e])).values()];
  const readsHead = (e: NewCareEvent) => versionedStreams[e.type].reads === 'latest';
  const whole = pairs.filter((e) => !readsHead(e));
  const head = pairs.filter(readsHead);
  const rows = await tx.$queryRaw<(StreamEvent & { type: string; patientId: string })[]>`
    SELECT e.event_id::text AS "eventId", e.sequence::float8 AS sequence, e.occurred_at AS "occurredAt",
           e.care_link_id AS "careLinkId", e.payload, e.type, e.patient_id AS "patientId"
    FROM care_event e
    JOIN unnest(${whole.map((e) => e.patientId)}::text[], ${whole.map((e) => e.type)}::text[]) AS s(patient_id, type)
      ON e.patient_id = s.patient_id AND e.type = s.type
    UNION ALL
    SELECT latest.* FROM unnest(${head.map((e) => e.patientId)}::text[], ${head.map((e) => e.type)}::text[]) AS s(patient_id, type),
      LATERAL (SELECT e.event_id::text, e.sequence::float8, e.occurred_at, e.care_link_id, e.payload, e.type, e.patient_id
               FROM care_event e WHERE e.patient_id = s.patient_id AND e.type = s.type
               ORDER BY e.sequence DESC LIMIT 1) latest
    ORDER BY sequence`;
  const histories = new Map<string, StreamEvent[]>();
  for (const { type, patientId, ...event } of rows) {
    const key = streamKey(versionedStreams[type].name, patientId);
    const history = histories.get(key);
    if (history) history.push(event);
    else histories.set(key, [event]);
  }
  return histories;
}
