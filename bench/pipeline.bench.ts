// Measures the care-event pipeline end to end (HTTP intake -> store + outbox -> relay -> Kafka ->
// projector -> read model) and, on the same broker, bare kafkajs produce -> consume of the same
// messages: once as fast as each goes (saturation), once at the same steady rate (latency). The
// ratios of the two say what the pipeline costs on top of Kafka, whatever the machine.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
import { runBench, summariseMicroseconds, type LatencySummary } from './bench-run';
import { cpuOfProcessTree, cpuPerThousand } from './process-cpu';

// Away from `npm start`'s ports and data, so both can run side by side.
const POSTGRES_PORT = 54349;
const CARE_EVENTS_PORT = 3101;
const PROJECTOR_PORT = 3102;
const DATABASE = 'carechain_bench';
const RAW_TOPIC = 'bench.raw';
// The outbox relay's default batch, so the baseline sends like the relay does.
const RELAY_BATCH = 500;
const SENT_AT_HEADER = 'x-bench-sent-at';

const logDir = join(workspaceRoot, 'tmp', 'bench');
// The targets of issue 23, as ratios to bare kafkajs measured in the same run.
const TARGET_SATURATION_RATIO = 0.25;
const TARGET_STEADY_P99_RATIO = 3;
// Whose CPU the saturation run reports, by command line (the bench client is this process).
const PROCESS_KINDS: [string, RegExp][] = [
  ['care-events', /dist\/apps\/care-events\//],
  ['projector', /dist\/apps\/projector\//],
  ['postgres', /^postgres|\/bin\/postgres /],
  ['broker', /kmock/],
];

interface Settings {
  events: number;
  patients: number;
  batchSize: number;
  concurrency: number;
  warmup: number;
  timeoutSeconds: number;
  /** Events per second of the steady run, and how long it lasts. */
  steadyRate: number;
  steadySeconds: number;
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
    steadyRate: knob('BENCH_STEADY_RATE', 500),
    steadySeconds: knob('BENCH_STEADY_S', 60),
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
      // Made against the list as the previous stay left it: started in the first, changed after.
      listVersion: stayNo - 1,
      changes: [
        {
          action: stayNo === 1 ? 'added' : 'dose-changed',
          medication: { text: 'Furosemid 40 mg tablett' },
          // A change that changes nothing is refused, so each stay's dose differs from the last.
          dose: `${20 + 20 * stayNo} mg`,
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

const summarise = (latenciesMs: number[]): LatencySummary =>
  summariseMicroseconds(latenciesMs.map((ms) => ms * 1000));

/** Sends each batch at its time, `paceMs` after the one before, whether or not earlier ones are done. */
async function atPace<T>(batches: T[][], paceMs: number, send: (batch: T[]) => Promise<void>) {
  const start = Date.now();
  await Promise.all(
    batches.map(async (batch, i) => {
      await sleep(start + i * paceMs - Date.now());
      await send(batch);
    }),
  );
}

/** Posts the events in batches from `concurrency` clients; returns when each batch was sent and when the last was answered. */
async function submit(url: string, events: CareEventInput[], settings: Settings, paceMs?: number) {
  const submittedAt = new Map<string, number>();
  const batches = chunks(events, settings.batchSize);
  const post = async (batch: CareEventInput[]) => {
    {
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
  if (paceMs !== undefined) await atPace(batches, paceMs, post);
  else {
    let next = 0;
    const client = async () => {
      while (next < batches.length) await post(batches[next++]);
    };
    await Promise.all(Array.from({ length: settings.concurrency }, client));
  }
  return { submittedAt, answeredAt: Date.now() };
}

async function waitForProjection(
  db: Client,
  eventIds: string[],
  timeoutSeconds: number,
): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  // A checkpoint is claimed in the transaction that applies its event to every read model.
  const query = (columns: string) =>
    db.query(`SELECT ${columns} FROM projection_checkpoint WHERE event_id = ANY($1::uuid[])`, [eventIds]);
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
  const { rows } = await query('event_id::text AS id, projected_at AS at');
  return new Map(rows.map((r: { id: string; at: Date }) => [r.id, r.at.getTime()]));
}

async function runPipeline(
  url: string,
  db: Client,
  events: CareEventInput[],
  settings: Settings,
  paceMs?: number,
) {
  const { submittedAt, answeredAt } = await submit(url, events, settings, paceMs);
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
  warmup: CareEventInput[],
  settings: Settings,
  onStop: (stop: () => Promise<unknown>) => void,
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

  const measure = async (batch: CareEventInput[], pace?: { size: number; ms: number }) => {
    const messages = batch.map((e) => ({ key: e.patientId, value: JSON.stringify(e) }));
    const consumed = new Promise<void>(
      (resolve) => (round = { expected: messages.length, latencies: [], lastAt: 0, done: resolve }),
    );
    const firstSend = Date.now();
    const send = async (part: typeof messages) => {
      const headers = { [SENT_AT_HEADER]: String(Date.now()) };
      await producer.sendBatch({
        acks: -1,
        topicMessages: [{ topic: RAW_TOPIC, messages: part.map((m) => ({ ...m, headers })) }],
      });
    };
    if (pace) await atPace(chunks(messages, pace.size), pace.ms, send);
    else for (const part of chunks(messages, RELAY_BATCH)) await send(part);
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
  return measure;
}

runBench('pipeline', async ({ log, onEnd, writeResults }) => {
  const settings = readSettings();
  const warmup = careEvents(settings.warmup, settings.patients, 'warm');
  const measured = careEvents(settings.events, settings.patients, 'bench');
  const steady = careEvents(settings.steadyRate * settings.steadySeconds, settings.patients, 'steady');
  for (const event of [...warmup, ...measured, ...steady]) {
    const checked = validateCareEvent(event);
    if (!checked.ok)
      throw new Error(`a generated ${event.type} breaks the contract: ${JSON.stringify(checked.problems)}`);
  }

  log('building services (Nx cache)');
  buildServices();
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });

  const postgres = await startEmbeddedPostgres(join(dataDir, 'bench-postgres'), POSTGRES_PORT);
  onEnd(postgres.stop);
  // A run killed with SIGKILL leaves its database behind.
  await dropDatabase(postgres.serverUrl, DATABASE);
  const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE);
  onEnd(() => dropDatabase(postgres.serverUrl, DATABASE));
  migrate(databaseUrl);

  const broker = await startBroker([...contractTopics, { name: RAW_TOPIC, partitions: 12 }]);
  onEnd(broker.stop);
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
    env: { ...env, NODE_OPTIONS: process.env.BENCH_CARE_EVENTS_NODE_OPTIONS ?? process.env.NODE_OPTIONS },
    port: CARE_EVENTS_PORT,
    output: join(logDir, 'care-events.log'),
  });
  onEnd(intake.stop);
  const projector = await startService('projector', {
    // E.g. `--require ./bench/service-cpu-profile.cjs`: where the projector's time goes, in this run only.
    env: { ...env, NODE_OPTIONS: process.env.BENCH_PROJECTOR_NODE_OPTIONS ?? process.env.NODE_OPTIONS },
    port: PROJECTOR_PORT,
    output: join(logDir, 'projector.log'),
  });
  onEnd(projector.stop);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  onEnd(() => db.end());

  log(`pipeline: warm-up with ${warmup.length} events`);
  await runPipeline(intake.url, db, warmup, settings);
  log(
    `pipeline at saturation: ${measured.length} events for ${settings.patients} patients, ${settings.batchSize} per request, ${settings.concurrency} concurrent`,
  );
  const cpuBefore = cpuOfProcessTree(PROCESS_KINDS);
  const pipeline = await runPipeline(intake.url, db, measured, settings);
  const cpuAfter = cpuOfProcessTree(PROCESS_KINDS);
  const cpuPer1000Events = cpuBefore && cpuAfter && cpuPerThousand(cpuBefore, cpuAfter, measured.length);
  // A tenth of a second's events every tenth of a second, for the pipeline and the baseline alike.
  const pace = { size: Math.max(1, Math.round(settings.steadyRate / 10)), ms: 100 };
  log(`pipeline at a steady ${settings.steadyRate} events/s for ${settings.steadySeconds} s`);
  const steadyPipeline = await runPipeline(
    intake.url,
    db,
    steady,
    { ...settings, batchSize: pace.size },
    pace.ms,
  );
  // The baseline gets the machine to itself, as the pipeline had it.
  await projector.stop();
  await intake.stop();

  log(`raw kafkajs: warm-up with ${warmup.length}, then ${measured.length} messages to ${RAW_TOPIC}`);
  const rawRun = await rawKafka(broker.brokers, warmup, settings, onEnd);
  const raw = await rawRun(measured);
  log(`raw kafkajs at a steady ${settings.steadyRate} messages/s for ${settings.steadySeconds} s`);
  const steadyRaw = await rawRun(steady, pace);

  const saturationRatio = pipeline.eventsPerSecond / raw.messagesPerSecond;
  const steadyP99Ratio = steadyPipeline.latencyMs.p99 / steadyRaw.latencyMs.p99;
  // Sustained: the pipeline took the events in and projected them as fast as they came.
  const sustained = steadyPipeline.eventsPerSecond >= 0.95 * settings.steadyRate;
  const row = (name: string, rate: number, unit: string, l: LatencySummary) =>
    `  ${name.padEnd(34)}${`${rate.toFixed(0)} ${unit}`.padStart(15)}${[l.p50, l.p95, l.p99, l.max].map((v) => v.toFixed(0).padStart(8)).join('')}`;
  const verdict = (holds: boolean) => (holds ? 'holds' : 'MISSED');
  console.log(
    [
      '',
      `  ${''.padEnd(34)}${'throughput'.padStart(15)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}   (latency ms)`,
      row('pipeline HTTP -> read model', pipeline.eventsPerSecond, 'events/s', pipeline.latencyMs),
      row('raw kafkajs produce->consume', raw.messagesPerSecond, 'msgs/s', raw.latencyMs),
      row(
        `pipeline, steady ${settings.steadyRate}/s`,
        steadyPipeline.eventsPerSecond,
        'events/s',
        steadyPipeline.latencyMs,
      ),
      row(
        `raw kafkajs, steady ${settings.steadyRate}/s`,
        steadyRaw.messagesPerSecond,
        'msgs/s',
        steadyRaw.latencyMs,
      ),
      `  saturation: ${+saturationRatio.toPrecision(2)}x of raw kafkajs (target >= ${TARGET_SATURATION_RATIO}x: ${verdict(saturationRatio >= TARGET_SATURATION_RATIO)}); intake alone took ${pipeline.intakeEventsPerSecond.toFixed(0)} events/s`,
      ...(cpuPer1000Events
        ? [
            `  CPU seconds per 1,000 events at saturation: ${Object.entries(cpuPer1000Events)
              .map(([kind, seconds]) => `${kind} ${seconds}`)
              .join(', ')}`,
          ]
        : []),
      `  steady: p99 ${+steadyP99Ratio.toPrecision(2)}x of raw kafkajs p99 (target <= ${TARGET_STEADY_P99_RATIO}x: ${verdict(steadyP99Ratio <= TARGET_STEADY_P99_RATIO)}); ${sustained ? 'sustained' : 'NOT sustained'}`,
      '',
    ].join('\n'),
  );
  writeResults({
    settings,
    saturation: {
      pipeline,
      rawKafkajs: raw,
      ratio: saturationRatio,
      target: `>= ${TARGET_SATURATION_RATIO}`,
      cpuSecondsPer1000Events: cpuPer1000Events,
    },
    steady: {
      pipeline: steadyPipeline,
      rawKafkajs: steadyRaw,
      sustained,
      p99Ratio: steadyP99Ratio,
      target: `p99 <= ${TARGET_STEADY_P99_RATIO}x raw`,
    },
  });
});
