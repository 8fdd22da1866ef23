// Measures the unnecessary-days dashboard: the gateway's GraphQL `unnecessaryDays` report over HTTP
// beside the same report as hand-written SQL on a pg client, on a read model of a million stays.
// The ratio of the two says what the gateway costs on top of the query PostgreSQL has to run anyway.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { buildServices } from '../tools/platform/build';
import { contractTopics } from '../tools/platform/contract-topics';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../tools/platform/embedded-postgres';
import { localIdentityKey } from '../tools/platform/identity-key';
import { ensureBrokerBinary, startBroker } from '../tools/platform/kafka-broker';
import { migrate } from '../tools/platform/migrate';
import { dataDir, workspaceRoot } from '../tools/platform/paths';
import { startService } from '../tools/platform/services';
import { runBench, summariseMicroseconds } from './bench-run';

// Away from `npm start`'s, the tests' and the pipeline bench's ports and data, so all can run side by side.
const POSTGRES_PORT = 54359;
const GATEWAY_PORT = 3103;
const DATABASE = 'carechain_dashboard_bench';
// The data below is laid out in this zone with this grace, so the gateway is told the same.
const TIME_ZONE = 'Europe/Stockholm';
const LIABILITY_GRACE_DAYS = 3;
const WAITING_STAYS = 50;
const CALLER = { 'x-carechain-actor': 'bench-dashboard', 'x-carechain-care-link': 'ryhov-ger' };

// As in the demo care chain (tools/demo/esther-network.ts).
const wards = ['ryhov-med-1', 'ryhov-med-2', 'ryhov-ger', 'ryhov-card', 'hoglandet-med', 'varnamo-med'];
const receivingCareLinks = [
  'jonkoping-home-care',
  'huskvarna-home-care',
  'nassjo-home-care',
  'eksjo-home-care',
  'vetlanda-home-care',
  'tranas-home-care',
  'varnamo-home-care',
  'gislaved-home-care',
  'vaggeryd-home-care',
  'habo-home-care',
];
// Most common first; 'not-recorded' means no cause was recorded, so it is no entry in the facts.
const causes = [
  'home-care-capacity',
  'nursing-home-place',
  'awaiting-assessment',
  'primary-care-capacity',
  'patient-or-family-choice',
  'other',
  'not-recorded',
];

// The targets of issue 23 for each report.
const TARGETS: Record<string, { p95Ms: number; ratioP95?: number }> = {
  'yearly 1998-2011': { p95Ms: 100, ratioP95: 1.5 },
  'monthly 1999, ryhov-ger': { p95Ms: 30 },
};
const logDir = join(workspaceRoot, 'tmp', 'bench');
const gatewayLog = join(logDir, 'dashboard-gateway.log');
const log = (line: string) => console.log(`[bench:dashboard] ${line}`);

interface Settings {
  stays: number;
  queries: number;
  warmup: number;
}

function readSettings(): Settings {
  const knob = (name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) => {
    const raw = process.env[name];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
    return value;
  };
  return {
    stays: knob('BENCH_STAYS', 1_000_000, 1000, 50_000_000),
    queries: knob('BENCH_QUERIES', 50),
    warmup: knob('BENCH_QUERY_WARMUP', 5, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// The read model, as the projector would have written it (apps/projector/src/stays/stay-projection.ts)

/** A JSON instant as `JSON.stringify(new Date())` writes it, from a local date and time in TIME_ZONE. */
const isoAt = (date: string, time: string) =>
  `to_char((${date} + time '${time}') AT TIME ZONE '${TIME_ZONE}' AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const localAt = (date: string, time: string) => `((${date} + time '${time}') AT TIME ZONE '${TIME_ZONE}')`;
const textArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

/**
 * One row per discharged stay, drawn once: admitted 08:00, medically ready at 10:00 1-6 days later,
 * discharged at 14:00 on the ready day or, for a delayed stay, 1-10 days later (short waits most
 * common). Delays fall from 6 % of stays in 1998 to under 1 % in 2011, as in the Esther network.
 * A delayed stay has a cause (or none recorded), and some a second cause from the third day.
 */
const drawStays = (stays: number) => `
  CREATE TEMP TABLE bench_stay AS
  WITH drawn AS (
    SELECT i,
           DATE '1998-01-01' + floor(random() * (DATE '2011-12-31' - DATE '1998-01-01' - 16))::int AS admitted_on,
           1 + floor(random() * 6)::int AS nights,
           random() AS r_delay, random() AS r_wait, random() AS r_ward, random() AS r_receiving,
           random() AS r_cause, random() AS r_change, random() AS r_cause2, random() AS r_notices, random() AS r_group
    FROM generate_series(1, ${stays}) AS i
  ), delayed AS (
    SELECT *,
           CASE WHEN r_delay < 0.06 - 0.004 * (extract(year FROM admitted_on) - 1998)
                THEN 1 + floor(r_wait * r_wait * 10)::int ELSE 0 END AS wait
    FROM drawn
  )
  SELECT i,
         admitted_on,
         admitted_on + nights AS ready_on,
         admitted_on + nights + wait AS discharged_on,
         wait,
         (${textArray(wards)})[1 + floor(power(r_ward, 1.3) * ${wards.length})::int] AS ward,
         (${textArray(receivingCareLinks)})[1 + floor(power(r_receiving, 1.6) * ${receivingCareLinks.length})::int] AS receiving,
         (${textArray(causes)})[1 + floor(power(r_cause, 1.4) * ${causes.length})::int] AS cause,
         CASE WHEN wait >= 3 AND r_change < 0.15
              THEN (${textArray(causes.slice(0, -1))})[1 + floor(r_cause2 * ${causes.length - 1})::int] END AS cause2,
         r_notices < 0.85 AS notices_sent,
         CASE WHEN r_group < 0.05 THEN 'heart-failure' END AS diagnosis_group
  FROM delayed`;

/** The patient of stay number `i`: three patients to every five stays, so many come back ($1 is the number of stays). */
const benchPatient = (i: string) => `'bench-patient-' || (${i} % greatest(1, ($1::int * 3) / 5))`;

/** The stay rows, with facts as the StayRecord JSON the projector stores (libs/domain/src/stays/stay-record.ts). */
const insertDischargedStays = `
  INSERT INTO stay (stay_id, patient_id, admitted_at, discharged_at, admitted_on, discharged_on,
                    ward_care_link_id, receiving_care_link_id, diagnosis_group, ready_from, facts)
  SELECT 'bench-stay-' || i,
         ${benchPatient('i')},
         ${localAt('admitted_on', '08:00')}, ${localAt('discharged_on', '14:00')},
         admitted_on, discharged_on, ward, receiving, diagnosis_group, NULL,
         jsonb_build_object(
           'facts', jsonb_build_object(
             'stayId', 'bench-stay-' || i,
             'admissionEventId', md5('admitted-' || i)::uuid::text,
             'admittedAt', ${isoAt('admitted_on', '08:00')},
             'dischargedAt', ${isoAt('discharged_on', '14:00')},
             'readiness', jsonb_build_array(jsonb_build_object(
               'kind', 'declared', 'eventId', md5('ready-' || i)::uuid::text,
               'at', ${isoAt('ready_on', '10:00')}, 'recordedSequence', i::bigint * 10 + 2)),
             'causes', CASE WHEN wait = 0 THEN '[]'::jsonb ELSE
               (CASE WHEN cause = 'not-recorded' THEN '[]'::jsonb
                     ELSE jsonb_build_array(jsonb_build_object('from', ${isoAt('ready_on', '10:00')}, 'cause', cause)) END)
               || (CASE WHEN cause2 IS NULL THEN '[]'::jsonb
                        ELSE jsonb_build_array(jsonb_build_object('from', ${isoAt('ready_on + 2', '12:00')}, 'cause', cause2)) END)
               END,
             'notices', CASE WHEN notices_sent THEN jsonb_build_array(
               jsonb_build_object('kind', 'admission-notice', 'eventId', md5('admission-notice-' || i)::uuid::text,
                                  'sentAt', ${isoAt('admitted_on', '09:00')}),
               jsonb_build_object('kind', 'ready-for-discharge-notice', 'eventId', md5('ready-notice-' || i)::uuid::text,
                                  'sentAt', ${isoAt('ready_on', '10:30')})) ELSE '[]'::jsonb END),
           'wards', jsonb_build_array(jsonb_build_object('from', ${isoAt('admitted_on', '08:00')}, 'wardCareLinkId', ward)),
           'receivingCareLinkId', receiving,
           'diagnosisGroup', diagnosis_group)
  FROM bench_stay`;

/**
 * Ready at 10:00 on day R, discharged at 14:00 on R + wait: the midnights starting R+1 .. R+wait are
 * unnecessary days. Under every rule the projector writes: every-ready-midnight and final-ready-period
 * (one ready period, in force at discharge) each day; municipal-liability from R + grace + 1, and only
 * when the admission and ready notices were sent on time (09:00 on admission, 10:30 on R). A second cause recorded at 12:00 on R+2 holds from R+3.
 */
const insertUnnecessaryDays = `
  INSERT INTO unnecessary_day (patient_id, stay_id, rule, day, cause, ward_care_link_id, receiving_care_link_id)
  SELECT ${benchPatient('s.i')}, 'bench-stay-' || s.i, r.rule, s.ready_on + d,
         CASE WHEN s.cause2 IS NOT NULL AND d >= 3 THEN s.cause2 ELSE s.cause END,
         s.ward, s.receiving
  FROM bench_stay s
  CROSS JOIN LATERAL generate_series(1, s.wait) AS d
  CROSS JOIN (VALUES ('every-ready-midnight'), ('final-ready-period'), ('municipal-liability')) AS r(rule)
  WHERE s.wait > 0 AND (r.rule <> 'municipal-liability' OR (s.notices_sent AND d >= ${LIABILITY_GRACE_DAYS + 1}))`;

/** The monthly totals the projector keeps beside the day rows, in the same transaction. */
const insertMonthTotals = `
  INSERT INTO unnecessary_day_month (rule, month, cause, ward_care_link_id, receiving_care_link_id, days)
  SELECT rule, date_trunc('month', day)::date, cause, ward_care_link_id, coalesce(receiving_care_link_id, ''),
         count(*)::int
  FROM unnecessary_day GROUP BY 1, 2, 3, 4, 5`;

/**
 * Patients in hospital now, medically ready since 10:00 1-40 days ago, no cause recorded and no
 * notices sent: the gateway counts their days when asked (the projector stores none).
 */
const insertWaitingStays = `
  INSERT INTO stay (stay_id, patient_id, admitted_at, discharged_at, admitted_on, discharged_on,
                    ward_care_link_id, receiving_care_link_id, diagnosis_group, ready_from, facts)
  SELECT 'bench-waiting-' || i, 'bench-waiting-patient-' || i,
         ${localAt('admitted_on', '08:00')}, NULL, admitted_on, NULL, ward, receiving, NULL,
         ${localAt('ready_on', '10:00')},
         jsonb_build_object(
           'facts', jsonb_build_object(
             'stayId', 'bench-waiting-' || i,
             'admissionEventId', md5('waiting-admitted-' || i)::uuid::text,
             'admittedAt', ${isoAt('admitted_on', '08:00')},
             'dischargedAt', NULL,
             'readiness', jsonb_build_array(jsonb_build_object(
               'kind', 'declared', 'eventId', md5('waiting-ready-' || i)::uuid::text,
               'at', ${isoAt('ready_on', '10:00')}, 'recordedSequence', i)),
             'causes', '[]'::jsonb,
             'notices', '[]'::jsonb),
           'wards', jsonb_build_array(jsonb_build_object('from', ${isoAt('admitted_on', '08:00')}, 'wardCareLinkId', ward)),
           'receivingCareLinkId', receiving,
           'diagnosisGroup', NULL)
  FROM (
    SELECT i, ready_on, ready_on - (1 + i % 5) AS admitted_on,
           (${textArray(wards)})[1 + i % ${wards.length}] AS ward,
           (${textArray(receivingCareLinks)})[1 + i % ${receivingCareLinks.length}] AS receiving
    FROM generate_series(1, ${WAITING_STAYS}) AS i,
         LATERAL (SELECT (now() AT TIME ZONE '${TIME_ZONE}')::date - (1 + (i * 7) % 40) AS ready_on) AS r
  ) AS w`;

async function loadReadModel(db: Client, stays: number) {
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const { rowCount } = await db.query(sql, values);
    timings[name] = Math.round(performance.now() - started);
    log(`  ${name}: ${rowCount ?? 0} rows in ${(timings[name] / 1000).toFixed(1)} s`);
  };
  const started = performance.now();
  // Throw-away data: no need to wait for the WAL on each commit.
  await db.query('SET synchronous_commit = off');
  // Same data on every run.
  await db.query('SELECT setseed(0.42)');
  await step('draw stays', drawStays(stays));
  await step('stay (discharged)', insertDischargedStays, [stays]);
  await step('unnecessary_day', insertUnnecessaryDays, [stays]);
  await step('unnecessary_day_month', insertMonthTotals);
  await step('stay (waiting)', insertWaitingStays);
  await db.query('DROP TABLE bench_stay');
  await step('ANALYZE', 'ANALYZE stay, unnecessary_day, unnecessary_day_month');
  const seconds = (performance.now() - started) / 1000;

  const { rows: byRule } = await db.query<{ rule: string; n: number }>(
    'SELECT rule, count(*)::int AS n FROM unnecessary_day GROUP BY rule ORDER BY rule',
  );
  const { rows: sizes } = await db.query<{ name: string; bytes: string }>(
    `SELECT relname AS name, pg_total_relation_size(oid)::text AS bytes FROM pg_class WHERE relname IN ('stay', 'unnecessary_day')`,
  );
  const { rows: delayed } = await db.query<{ n: number }>(
    `SELECT count(DISTINCT stay_id)::int AS n FROM unnecessary_day WHERE rule = 'every-ready-midnight'`,
  );
  return {
    seconds,
    stepsMs: timings,
    stays: { discharged: stays, waiting: WAITING_STAYS, withUnnecessaryDays: delayed[0].n },
    unnecessaryDayRows: Object.fromEntries(byRule.map((r) => [r.rule, r.n])),
    megabytes: Object.fromEntries(sizes.map((s) => [s.name, Math.round(Number(s.bytes) / 1048576)])),
  };
}

// ---------------------------------------------------------------------------------------------
// The report, both ways

interface ReportCase {
  name: string;
  from: string;
  to: string;
  granularity: 'YEAR' | 'MONTH' | 'WEEK' | 'DAY';
  wards?: string[];
}

interface KeyValue {
  key: string;
  value: number;
}

interface Report {
  total: number;
  series: { period: string; value: number }[];
  byCause: KeyValue[];
  byWard: KeyValue[];
  byReceivingCareLink: KeyValue[];
}

const reportQuery = `
  query Report($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {
    unnecessaryDays(filter: $filter, granularity: $granularity) {
      rule
      total
      series { period value }
      byCause { key value }
      byWard { key value }
      byReceivingCareLink { key value }
    }
  }`;

async function graphqlReport(url: string, c: ReportCase): Promise<Report> {
  const filter = {
    from: c.from,
    to: c.to,
    rule: 'EVERY_READY_MIDNIGHT',
    ...(c.wards ? { wardCareLinkIds: c.wards } : {}),
  };
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CALLER },
    body: JSON.stringify({ query: reportQuery, variables: { filter, granularity: c.granularity } }),
  });
  const answer = (await response.json()) as { data?: { unnecessaryDays: Report }; errors?: unknown };
  if (response.status !== 200 || answer.errors || !answer.data) {
    throw new Error(
      `gateway answered HTTP ${response.status}: ${JSON.stringify(answer).slice(0, 500)}; see ${gatewayLog}`,
    );
  }
  return answer.data.unnecessaryDays;
}

/** The whole report in one statement: the series and each breakdown are grouping sets of one scan. */
const reportSql = (withWards: boolean) => `
  SELECT CASE WHEN grouping(period) = 0 THEN 'period' WHEN grouping(cause) = 0 THEN 'cause'
              WHEN grouping(ward) = 0 THEN 'ward' ELSE 'receiving' END AS dimension,
         coalesce(to_char(period, 'YYYY-MM-DD'), cause, ward, receiving) AS key,
         count(*)::int AS n
  FROM (
    SELECT date_trunc($1::text, day::timestamp)::date AS period, cause, ward_care_link_id AS ward,
           coalesce(receiving_care_link_id, 'unknown') AS receiving
    FROM unnecessary_day
    WHERE rule = 'every-ready-midnight' AND day BETWEEN $2::date AND $3::date
      ${withWards ? 'AND ward_care_link_id = ANY($4::text[])' : ''}
  ) AS days
  GROUP BY GROUPING SETS ((period), (cause), (ward), (receiving))`;

async function sqlReport(db: Client, c: ReportCase, statement = reportSql): Promise<Report> {
  const values: unknown[] = [c.granularity.toLowerCase(), c.from, c.to];
  if (c.wards) values.push(c.wards);
  const { rows } = await db.query<{ dimension: string; key: string; n: number }>(
    statement(!!c.wards),
    values,
  );
  const of = (dimension: string) =>
    rows.filter((r) => r.dimension === dimension).map((r) => ({ key: r.key, value: r.n }));
  const series = of('period').map(({ key, value }) => ({ period: key, value }));
  return {
    total: series.reduce((sum, p) => sum + p.value, 0),
    series,
    byCause: of('cause'),
    byWard: of('ward'),
    byReceivingCareLink: of('receiving'),
  };
}

/**
 * The same report from the monthly totals the projector keeps (`unnecessary_day_month`): what a
 * statement can do when every period is whole months. Only for such reports; its result is checked
 * like the others.
 */
const monthTotalsSql = (withWards: boolean) => `
  SELECT CASE WHEN grouping(period) = 0 THEN 'period' WHEN grouping(cause) = 0 THEN 'cause'
              WHEN grouping(ward) = 0 THEN 'ward' ELSE 'receiving' END AS dimension,
         coalesce(to_char(period, 'YYYY-MM-DD'), cause, ward, receiving) AS key,
         sum(days)::int AS n
  FROM (
    SELECT date_trunc($1::text, month::timestamp)::date AS period, cause, ward_care_link_id AS ward,
           coalesce(nullif(receiving_care_link_id, ''), 'unknown') AS receiving, days
    FROM unnecessary_day_month
    WHERE rule = 'every-ready-midnight' AND month BETWEEN $2::date AND $3::date
      ${withWards ? 'AND ward_care_link_id = ANY($4::text[])' : ''}
  ) AS months
  GROUP BY GROUPING SETS ((period), (cause), (ward), (receiving))`;

/** Fails loudly unless both give the same report; the GraphQL series also lists empty periods as 0. */
function compareReports(c: ReportCase, graphql: Report, sql: Report, sqlName = 'SQL'): void {
  const problems: string[] = [];
  if (graphql.total !== sql.total) problems.push(`total: GraphQL ${graphql.total}, ${sqlName} ${sql.total}`);
  const sameValues = (what: string, a: KeyValue[], b: KeyValue[]) => {
    const left = new Map(a.map((kv) => [kv.key, kv.value]));
    const right = new Map(b.map((kv) => [kv.key, kv.value]));
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      if ((left.get(key) ?? 0) !== (right.get(key) ?? 0))
        problems.push(
          `${what} ${key}: GraphQL ${left.get(key) ?? 'none'}, ${sqlName} ${right.get(key) ?? 'none'}`,
        );
    }
  };
  sameValues(
    'period',
    graphql.series.map((p) => ({ key: p.period, value: p.value })),
    sql.series.map((p) => ({ key: p.period, value: p.value })),
  );
  const periods = new Set(graphql.series.map((p) => p.period));
  for (const p of sql.series)
    if (!periods.has(p.period)) problems.push(`period ${p.period} missing from the GraphQL series`);
  sameValues('cause', graphql.byCause, sql.byCause);
  sameValues('ward', graphql.byWard, sql.byWard);
  sameValues('receiving care link', graphql.byReceivingCareLink, sql.byReceivingCareLink);
  if (problems.length) {
    throw new Error(
      `${c.name}: the GraphQL report and the ${sqlName} disagree:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
}

/**
 * The waiting stays are counted by the gateway (in JS, from their facts) and have no rows for the
 * SQL; they were all ready within the last 40 days, so the measured reports (1998-2011) leave them
 * out on both sides. This checks once, untimed, that the gateway does count them: over the last 60
 * days it must report exactly the midnights since each one's ready day, all 'not-recorded'.
 */
async function checkWaitingStays(url: string, db: Client) {
  const expected = async () => {
    const { rows } = await db.query<{ from: string; to: string; days: number }>(`
      WITH today AS (SELECT (now() AT TIME ZONE '${TIME_ZONE}')::date AS d)
      SELECT to_char(today.d - 60, 'YYYY-MM-DD') AS "from", to_char(today.d, 'YYYY-MM-DD') AS "to",
             (SELECT coalesce(sum(today.d - ((facts #>> '{facts,readiness,0,at}')::timestamptz AT TIME ZONE '${TIME_ZONE}')::date), 0)
              FROM stay WHERE ready_from <= now())::int AS days
      FROM today`);
    return rows[0];
  };
  for (let attempt = 1; ; attempt++) {
    const before = await expected();
    const c: ReportCase = { name: 'waiting stays', from: before.from, to: before.to, granularity: 'DAY' };
    const [graphql, sql] = [await graphqlReport(url, c), await sqlReport(db, c)];
    const after = await expected();
    // A local midnight between the two reads changes the answer; ask again.
    if (before.to !== after.to && attempt < 3) continue;
    const notRecorded = graphql.byCause.find((kv) => kv.key === 'not-recorded')?.value ?? 0;
    if (sql.total !== 0 || graphql.total !== before.days || notRecorded !== before.days) {
      throw new Error(
        `waiting stays: over ${c.from}..${c.to} expected ${before.days} days counted by the gateway alone, ` +
          `got GraphQL ${graphql.total} (${notRecorded} not-recorded) and ${sql.total} stored rows`,
      );
    }
    return { from: c.from, to: c.to, days: graphql.total };
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

const summarise = summariseMicroseconds;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; us: number }> {
  const started = performance.now();
  const result = await run();
  return { result, us: Math.max(1, Math.round((performance.now() - started) * 1000)) };
}

/** Warm-up, then N rounds of each in turn, so all see the same machine and caches. */
async function measure(url: string, db: Client, c: ReportCase, settings: Settings) {
  const graphqlUs: number[] = [];
  const sqlUs: number[] = [];
  const monthSqlUs: number[] = [];
  let total = 0;
  for (let round = 0; round < settings.warmup + settings.queries; round++) {
    const graphql = await timed(() => graphqlReport(url, c));
    const sql = await timed(() => sqlReport(db, c));
    const monthSql = await timed(() => sqlReport(db, c, monthTotalsSql));
    compareReports(c, graphql.result, sql.result);
    compareReports(c, graphql.result, monthSql.result, 'SQL on the monthly totals');
    total = sql.result.total;
    if (round < settings.warmup) continue;
    graphqlUs.push(graphql.us);
    sqlUs.push(sql.us);
    monthSqlUs.push(monthSql.us);
  }
  const graphql = summarise(graphqlUs);
  const sql = summarise(sqlUs);
  const monthSql = summarise(monthSqlUs);
  return {
    case: c,
    unnecessaryDays: total,
    graphql,
    sql,
    monthTotalsSql: monthSql,
    ratioP50: graphql.p50 / sql.p50,
    ratioP95: graphql.p95 / sql.p95,
  };
}

// ---------------------------------------------------------------------------------------------

runBench('dashboard', async ({ log, onEnd, writeResults }) => {
  const settings = readSettings();

  log('building services (Nx cache)');
  buildServices();
  mkdirSync(logDir, { recursive: true });
  rmSync(gatewayLog, { force: true });

  const postgres = await startEmbeddedPostgres(join(dataDir, 'bench-dashboard-postgres'), POSTGRES_PORT);
  onEnd(postgres.stop);
  // A run killed with SIGKILL leaves its database behind.
  await dropDatabase(postgres.serverUrl, DATABASE);
  const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE);
  onEnd(() => dropDatabase(postgres.serverUrl, DATABASE));
  migrate(databaseUrl);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  onEnd(() => db.end());

  log(
    `PostgreSQL on ${POSTGRES_PORT}: loading ${settings.stays} discharged and ${WAITING_STAYS} waiting stays`,
  );
  const load = await loadReadModel(db, settings.stays);
  log(
    `loaded in ${load.seconds.toFixed(1)} s: ${load.stays.withUnnecessaryDays} stays with unnecessary days, ` +
      `unnecessary_day rows ${JSON.stringify(load.unnecessaryDayRows)}, MB ${JSON.stringify(load.megabytes)}`,
  );

  // The gateway delivers handovers from Kafka; the dashboard itself reads PostgreSQL only.
  ensureBrokerBinary();
  const broker = await startBroker(contractTopics);
  onEnd(broker.stop);
  const gateway = await startService('gateway', {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      IDENTITY_ENCRYPTION_KEY: localIdentityKey(),
      KAFKA_BROKERS: broker.brokers,
      GATEWAY_AUTH_MODE: 'trusted-headers',
      LOG_LEVEL: 'warn',
      ORGANISATION_TIME_ZONE: TIME_ZONE,
      MUNICIPAL_LIABILITY_GRACE_DAYS: String(LIABILITY_GRACE_DAYS),
      // E.g. `--require ./bench/service-cpu-profile.cjs`: where the gateway's time goes, in this run only.
      NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS ?? process.env.NODE_OPTIONS,
    },
    port: GATEWAY_PORT,
    output: gatewayLog,
  });
  onEnd(gateway.stop);
  log(`gateway on ${GATEWAY_PORT}, its output in ${gatewayLog}`);

  const waitingCheck = await checkWaitingStays(gateway.url, db);
  log(
    `waiting stays: the gateway counts their ${waitingCheck.days} days (${waitingCheck.from}..${waitingCheck.to}); no stored rows`,
  );

  const cases: ReportCase[] = [
    { name: 'yearly 1998-2011', from: '1998-01-01', to: '2011-12-31', granularity: 'YEAR' },
    {
      name: 'monthly 1999, ryhov-ger',
      from: '1999-01-01',
      to: '1999-12-31',
      granularity: 'MONTH',
      wards: ['ryhov-ger'],
    },
  ];
  const reports = [];
  for (const c of cases) {
    log(
      `${c.name}: ${settings.warmup} warm-up, then ${settings.queries} rounds of GraphQL, SQL on the day rows and on the monthly totals`,
    );
    reports.push(await measure(gateway.url, db, c, settings));
  }

  const ms = (v: number) => v.toFixed(2).padStart(10);
  const lines = ['', `  ${''.padEnd(36)}${['p50', 'p95', 'max'].map((h) => h.padStart(10)).join('')}   (ms)`];
  const verdict = (holds: boolean) => (holds ? 'holds' : 'MISSED');
  for (const r of reports) {
    const target = TARGETS[r.case.name];
    lines.push(`  ${r.case.name} (${r.unnecessaryDays} days, equal all three ways)`);
    lines.push(
      `    ${'GraphQL unnecessaryDays over HTTP'.padEnd(34)}${ms(r.graphql.p50)}${ms(r.graphql.p95)}${ms(r.graphql.max)}`,
    );
    lines.push(
      `    ${'hand SQL on the day rows'.padEnd(34)}${ms(r.sql.p50)}${ms(r.sql.p95)}${ms(r.sql.max)}`,
    );
    lines.push(
      `    ${'hand SQL on the monthly totals'.padEnd(34)}${ms(r.monthTotalsSql.p50)}${ms(r.monthTotalsSql.p95)}${ms(r.monthTotalsSql.max)}`,
    );
    lines.push(
      `    GraphQL p95 ${r.graphql.p95.toFixed(1)} ms (target < ${target.p95Ms} ms: ${verdict(r.graphql.p95 < target.p95Ms)}); ` +
        `GraphQL p95 / day-row SQL p95: ${+r.ratioP95.toPrecision(3)}x` +
        (target.ratioP95
          ? ` (target <= ${target.ratioP95}x: ${verdict(r.ratioP95 <= target.ratioP95)})`
          : ''),
    );
  }
  lines.push(`  ${settings.stays} stays, loaded in ${load.seconds.toFixed(1)} s`, '');
  console.log(lines.join('\n'));

  writeResults({
    settings: {
      ...settings,
      waitingStays: WAITING_STAYS,
      timeZone: TIME_ZONE,
      liabilityGraceDays: LIABILITY_GRACE_DAYS,
    },
    targets: TARGETS,
    load,
    waitingCheck,
    reports,
  });
});
