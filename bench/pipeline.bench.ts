// Measures the care-event pipeline end to end (HTTP intake -> store + outbox -> relay -> Kafka ->
// projector -> read model) and, on the same broker, bare kafkajs produce -> consume of the same
// messages. The ratio of the two says what the pipeline costs on top of Kafka, whatever the machine.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as hdr from 'hdr-histogram-js';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { validateCareEvent } from '../libs/contracts/src';
import { buildServices } from '../tools/platform/build';
import { contractTopics } from '../tools/platform/contract-topics';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../tools/platform/embedded-postgres';
import { localIdentityKey } from '../tools/platform/identity-key';
import { startBroker } from '../tools/platform/kafka-broker';
import { migrate } from '../tools/platform/migrate';
import { dataDir, workspaceRoot } from '../tools/platform/paths';
import { startService } from '../tools/platform/services';

// Away from `npm start`'s ports and data, so both can run side by side.
const POSTGRES_PORT = 54349;
const CARE_EVENTS_PORT = 3101;
const PROJECTOR_PORT = 3102;
const DATABASE = 'carechain_bench';
const RAW_TOPIC = 'bench.raw';
// The projector's name in processed_event (apps/projector/src/journeys/journey-projection.ts).
const PROJECTOR_CONSUMER = 'projector.journeys';
// The outbox relay's default batch, so the baseline sends like the relay does.
const RELAY_BATCH = 500;
const SENT_AT_HEADER = 'x-bench-sent-at';

const resultsDir = join(workspaceRoot, 'bench', 'results');
const logDir = join(workspaceRoot, 'tmp', 'bench');
const log = (line: string) => console.log(`[bench] ${line}`);

interface Settings {
  events: number;
  patients: number;
  batchSize: number;
  concurrency: number;
  warmup: number;
  timeoutSeconds: number;
}

function readSettings(): Settings {
  const knob = (name: string, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
    const raw = process.env[name];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}, got '${raw}'`);
    return value;
  };
  return {
    events: knob('BENCH_EVENTS', 5000),
    patients: knob('BENCH_PATIENTS', 500),
    batchSize: knob('BENCH_BATCH', 100, 1000),
    concurrency: knob('BENCH_CONCURRENCY', 4),
    warmup: knob('BENCH_WARMUP', 200),
    timeoutSeconds: knob('BENCH_TIMEOUT_S', 180),
  };
}

interface CareEventInput {
  eventId: string;
  type: string;
  schemaVersion: number;
  patientId: string;
  occurredAt: string;
  source: { system: string; careLinkId: string };
  payload: Record<string, unknown>;
}

// One hospital stay as an EHR reports it; a patient's next events begin a new stay.
const stay: {
  type: string;
  careLinkId: string;
  payload(stayId: string, at: string, stayNo: number): Record<string, unknown>;
}[] = [
  {
    type: 'PatientAdmitted',
    careLinkId: 'ryhov-akm',
    payload: (stayId) => ({ stayId, wardCareLinkId: 'ryhov-akm', admissionType: 'emergency' }),
  },
  {
    type: 'PatientTransferred',
    careLinkId: 'ryhov-med-3',
    payload: (stayId) => ({ stayId, fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' }),
  },
  {
    type: 'MedicationListChanged',
    careLinkId: 'ryhov-med-3',
    payload: (_stayId, _at, stayNo) => ({
      listVersion: stayNo,
      changes: [
        {
          action: 'dose-changed',
          medication: { text: 'Furosemid 40 mg tablett' },
          dose: '40 mg',
          frequency: 'twice daily',
        },
      ],
    }),
  },
  {
    type: 'MedicallyReadyForDischarge',
    careLinkId: 'ryhov-med-3',
    payload: (stayId, readyAt) => ({
      stayId,
      readyAt,
      expectedDestinationCareLinkId: 'jkpg-home-care-south',
    }),
  },
  {
    type: 'MedicallyReadyWithdrawn',
    careLinkId: 'ryhov-med-3',
    payload: (stayId) => ({ stayId, reason: 'new fever, needs IV antibiotics' }),
  },
  {
    type: 'MedicallyReadyForDischarge',
    careLinkId: 'ryhov-med-3',
    payload: (stayId, readyAt) => ({ stayId, readyAt }),
  },
  {
    type: 'CarePlanUpdated',
    careLinkId: 'jkpg-home-care-south',
    payload: (stayId, _at, stayNo) => ({
      carePlanId: `sip-${stayId}`,
      version: stayNo,
      goals: ['I want to be able to walk to the shop again'],
      actions: [
        { description: 'Home care visits twice daily', responsibleCareLinkId: 'jkpg-home-care-south' },
      ],
    }),
  },
  {
    type: 'PatientDischarged',
    careLinkId: 'ryhov-med-3',
    payload: (stayId) => ({
      stayId,
      destination: 'home-with-home-care',
      destinationCareLinkId: 'jkpg-home-care-south',
    }),
  },
];

/** Interleaves patients, as a busy hospital would, while each patient's events stay in care order. */
function careEvents(count: number, patients: number, prefix: string): CareEventInput[] {
  const start = Date.parse('2026-11-01T08:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const patient = i % patients;
    const nth = Math.floor(i / patients);
    const stayNo = Math.floor(nth / stay.length) + 1;
    const step = stay[nth % stay.length];
    const occurredAt = new Date(start + nth * 6 * 3_600_000 + patient * 60_000).toISOString();
    return {
      eventId: randomUUID(),
      type: step.type,
      schemaVersion: 1,
      patientId: `pat-${prefix}-${patient}`,
      occurredAt,
      source: { system: 'cosmic-ryhov', careLinkId: step.careLinkId },
      payload: step.payload(`stay-${prefix}-${patient}-${stayNo}`, occurredAt, stayNo),
    };
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function within<T>(promise: Promise<T>, ms: number, failure: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(failure())), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const earliest = (times: Iterable<number>) => [...times].reduce((a, b) => Math.min(a, b));
const latest = (times: Iterable<number>) => [...times].reduce((a, b) => Math.max(a, b));

interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

function summarise(latenciesMs: number[]): LatencySummary {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3 });
  for (const ms of latenciesMs) histogram.recordValue(ms);
  const summary = {
    p50: histogram.getValueAtPercentile(50),
    p90: histogram.getValueAtPercentile(90),
    p99: histogram.getValueAtPercentile(99),
    max: histogram.maxValue,
    mean: Math.round(histogram.mean),
  };
  histogram.destroy();
  return summary;
}

/** Posts the events in batches from `concurrency` clients; returns when each batch was sent and when the last was answered. */
async function submit(url: string, events: CareEventInput[], settings: Settings) {
  const submittedAt = new Map<string, number>();
  const batches = chunks(events, settings.batchSize);
  let next = 0;
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const body = JSON.stringify({ events: batch });
      const sentAt = Date.now();
      const response = await fetch(`${url}/care-events/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { results?: { status: string }[] };
      if (response.status !== 200 || !answer.results?.every((r) => r.status === 'accepted')) {
        throw new Error(
          `care-events did not accept a batch (HTTP ${response.status}): ${JSON.stringify(answer).slice(0, 500)}`,
        );
      }
      for (const event of batch) submittedAt.set(event.eventId, sentAt);
    }
  };
  await Promise.all(Array.from({ length: settings.concurrency }, client));
  return { submittedAt, answeredAt: Date.now() };
}

async function waitForProjection(
  db: Client,
  eventIds: string[],
  timeoutSeconds: number,
): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const query = (columns: string) =>
    db.query(`SELECT ${columns} FROM processed_event WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [
      PROJECTOR_CONSUMER,
      eventIds,
    ]);
  for (;;) {
    const projected: number = (await query('count(*)::int AS n')).rows[0].n;
    if (projected === eventIds.length) break;
    if (Date.now() > deadline) {
      const { rows } = await db.query(
        'SELECT count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent, max(last_error) AS error FROM outbox_message',
      );
      throw new Error(
        `only ${projected} of ${eventIds.length} events reached the read model within ${timeoutSeconds} s ` +
          `(${rows[0].unsent} outbox messages unsent${rows[0].error ? `, last relay error: ${rows[0].error}` : ''}); ` +
          `service logs are in ${logDir}; raise BENCH_TIMEOUT_S if the machine is just slow`,
      );
    }
    await sleep(200);
  }
  const { rows } = await query('event_id::text AS id, processed_at AS at');
  return new Map(rows.map((r: { id: string; at: Date }) => [r.id, r.at.getTime()]));
}

async function runPipeline(url: string, db: Client, events: CareEventInput[], settings: Settings) {
  const { submittedAt, answeredAt } = await submit(url, events, settings);
  const processedAt = await waitForProjection(
    db,
    events.map((e) => e.eventId),
    settings.timeoutSeconds,
  );
  const firstSubmit = earliest(submittedAt.values());
  const durationMs = latest(processedAt.values()) - firstSubmit;
  return {
    events: events.length,
    durationMs,
    eventsPerSecond: (events.length * 1000) / durationMs,
    // How fast intake alone took the events in; tells whether the HTTP side or the rest holds the pipeline back.
    intakeEventsPerSecond: (events.length * 1000) / (answeredAt - firstSubmit),
    latencyMs: summarise(events.map((e) => processedAt.get(e.eventId)! - submittedAt.get(e.eventId)!)),
  };
}

/** Bare kafkajs on the same broker: the ceiling the pipeline's Kafka leg could reach on this machine. */
async function rawKafka(
  brokers: string,
  events: CareEventInput[],
  warmup: CareEventInput[],
  settings: Settings,
  onStop: (stop: () => Promise<void>) => void,
) {
  const kafka = new Kafka({ clientId: 'carechain-bench', brokers: [brokers], logLevel: logLevel.ERROR });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const consumer = kafka.consumer({
    groupId: `bench-raw-${randomUUID()}`,
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: false,
  });
  onStop(() => producer.disconnect());
  onStop(() => consumer.disconnect());
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic: RAW_TOPIC, fromBeginning: true });

  interface Round {
    expected: number;
    latencies: number[];
    lastAt: number;
    done(): void;
  }
  let round: Round = { expected: 0, latencies: [], lastAt: 0, done: () => undefined };
  const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const now = Date.now();
      round.latencies.push(now - Number(message.headers![SENT_AT_HEADER]!.toString()));
      if (round.latencies.length === round.expected) {
        round.lastAt = now;
        round.done();
      }
    },
  });
  // Joining the group takes seconds on the mock broker; that is no part of the measurement.
  await joined;

  const measure = async (batch: CareEventInput[]) => {
    const messages = batch.map((e) => ({ key: e.patientId, value: JSON.stringify(e) }));
    const consumed = new Promise<void>(
      (resolve) => (round = { expected: messages.length, latencies: [], lastAt: 0, done: resolve }),
    );
    const firstSend = Date.now();
    for (const part of chunks(messages, RELAY_BATCH)) {
      const headers = { [SENT_AT_HEADER]: String(Date.now()) };
      await producer.sendBatch({
        acks: -1,
        topicMessages: [{ topic: RAW_TOPIC, messages: part.map((m) => ({ ...m, headers })) }],
      });
    }
    await within(
      consumed,
      settings.timeoutSeconds * 1000,
      () =>
        `raw kafkajs: only ${round.latencies.length} of ${messages.length} messages consumed within ${settings.timeoutSeconds} s`,
    );
    const durationMs = round.lastAt - firstSend;
    return {
      messages: messages.length,
      averageMessageBytes: Math.round(messages.reduce((sum, m) => sum + m.value.length, 0) / messages.length),
      durationMs,
      messagesPerSecond: (messages.length * 1000) / durationMs,
      latencyMs: summarise(round.latencies),
    };
  };
  await measure(warmup);
  return measure(events);
}

function commitHash(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

const stops: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
/** Stops what was started, newest first; safe to call from a signal and from the normal end at once. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (let stop = stops.pop(); stop; stop = stops.pop()) {
      await stop().catch((error) => console.error(`[bench] while cleaning up: ${(error as Error).message}`));
    }
  })());

async function main() {
  const settings = readSettings();
  const warmup = careEvents(settings.warmup, settings.patients, 'warm');
  const measured = careEvents(settings.events, settings.patients, 'bench');
  for (const event of [...warmup, ...measured]) {
    const checked = validateCareEvent(event);
    if (!checked.ok)
      throw new Error(`a generated ${event.type} breaks the contract: ${JSON.stringify(checked.problems)}`);
  }

  log('building services (Nx cache)');
  buildServices();
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });

  const postgres = await startEmbeddedPostgres(join(dataDir, 'bench-postgres'), POSTGRES_PORT);
  stops.push(postgres.stop);
  // A run killed with SIGKILL leaves its database behind.
  await dropDatabase(postgres.serverUrl, DATABASE);
  const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE);
  stops.push(() => dropDatabase(postgres.serverUrl, DATABASE));
  migrate(databaseUrl);

  const broker = await startBroker([...contractTopics, { name: RAW_TOPIC, partitions: 12 }]);
  stops.push(broker.stop);
  log(`PostgreSQL on ${POSTGRES_PORT}, broker at ${broker.brokers}, service logs in ${logDir}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    IDENTITY_ENCRYPTION_KEY: localIdentityKey(),
    KAFKA_BROKERS: broker.brokers,
    KAFKA_IDEMPOTENT: 'false',
    KAFKA_CREATE_TOPICS: 'false',
    KAFKA_MAX_WAIT_MS: '100',
    GATEWAY_AUTH_MODE: 'trusted-headers',
    INTAKE_AUTH_MODE: 'none',
    INTAKE_NETWORK_CARE_LINKS: '*',
    LOG_LEVEL: 'warn',
  };
  const intake = await startService('care-events', {
    env,
    port: CARE_EVENTS_PORT,
    output: join(logDir, 'care-events.log'),
  });
  stops.push(intake.stop);
  const projector = await startService('projector', {
    env,
    port: PROJECTOR_PORT,
    output: join(logDir, 'projector.log'),
  });
  stops.push(projector.stop);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  stops.push(() => db.end());

  log(`pipeline: warm-up with ${warmup.length} events`);
  await runPipeline(intake.url, db, warmup, settings);
  log(
    `pipeline: ${measured.length} events for ${settings.patients} patients, ${settings.batchSize} per request, ${settings.concurrency} concurrent`,
  );
  const pipeline = await runPipeline(intake.url, db, measured, settings);
  // The baseline gets the machine to itself, as the pipeline had it.
  await projector.stop();
  await intake.stop();

  log(`raw kafkajs: warm-up with ${warmup.length}, then ${measured.length} messages to ${RAW_TOPIC}`);
  const raw = await rawKafka(broker.brokers, measured, warmup, settings, (stop) => stops.push(stop));
  const ratio = pipeline.eventsPerSecond / raw.messagesPerSecond;

  const row = (name: string, rate: number, unit: string, l: LatencySummary) =>
    `  ${name.padEnd(28)}${`${rate.toFixed(0)} ${unit}`.padStart(15)}${[l.p50, l.p90, l.p99, l.max].map((v) => String(v).padStart(8)).join('')}`;
  console.log(
    [
      '',
      `  ${''.padEnd(28)}${'throughput'.padStart(15)}${['p50', 'p90', 'p99', 'max'].map((h) => h.padStart(8)).join('')}   (latency ms)`,
      row('pipeline HTTP -> read model', pipeline.eventsPerSecond, 'events/s', pipeline.latencyMs),
      row('raw kafkajs produce->consume', raw.messagesPerSecond, 'msgs/s', raw.latencyMs),
      `  pipeline: ${+ratio.toPrecision(2)}x of raw kafkajs (intake alone took ${pipeline.intakeEventsPerSecond.toFixed(0)} events/s)`,
      '',
    ].join('\n'),
  );

  const at = new Date().toISOString();
  const result = {
    at,
    commit: commitHash(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    settings,
    pipeline,
    rawKafkajs: raw,
    ratio,
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `pipeline-${at.replace(/[:.]/g, '-')}.json`);
  for (const path of [file, join(resultsDir, 'latest.json')])
    writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  log(`results in ${file} and bench/results/latest.json`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      if (!interrupted) console.error(`[bench] failed: ${error instanceof Error ? error.message : error}`);
      return 1;
    },
  )
  // Exit explicitly, so no handle a client library leaves open can keep a finished run alive.
  .then(async (code) => {
    await cleanUp();
    process.exit(interrupted ? 130 : code);
  });
