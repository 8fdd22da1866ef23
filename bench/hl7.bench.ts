// Measures the HL7 listener: ADT messages over MLLP -> parse, map, validate -> event store + outbox
// (write-behind groups, one transaction each) -> ACK, against the limits measured in the same run:
// a plain TCP echo, our MLLP server answering without a store, and PostgreSQL committing one
// transaction at a time (the floor of a sender waiting for each ACK). Each target is driven the same
// way, on 1, 4 and 16 connections, by senders that wait for each ACK (as most interface engines do)
// and by senders that keep up to 32 messages in flight (as engines that stream, e.g. node-hl7-client).
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { buildServices } from '../tools/platform/build';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../tools/platform/embedded-postgres';
import { localIdentityKey } from '../tools/platform/identity-key';
import { migrate } from '../tools/platform/migrate';
import { dataDir, workspaceRoot } from '../tools/platform/paths';
import { startService } from '../tools/platform/services';
import { ADT_MAPPING_FILE, adtMessage } from '../tools/testing/hl7-adt';
import { runBench, summariseMicroseconds } from './bench-run';
import { cpuOfProcessTree, cpuPerThousand } from './process-cpu';

// Away from `npm start`'s ports and data and from the other benchmarks', so all can run side by side.
const POSTGRES_PORT = 54369;
const LISTENER_PORT = 3104;
const MLLP_PORT = 2576;
const ECHO_PORT = 2577;
const MLLP_WITHOUT_STORE_PORT = 2578;
const DATABASE = 'carechain_hl7_bench';
const logDir = join(workspaceRoot, 'tmp', 'bench');
const PROCESS_KINDS: [string, RegExp][] = [
  ['listener', /dist\/apps\/hl7-listener\//],
  ['postgres', /^postgres|\/bin\/postgres /],
];
const ALL_ROUNDS = '1x1,4x1,16x1,4xW,16xW';

function readSettings() {
  const knob = (name: string, fallback: number, max: number) => {
    const raw = process.env[name];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}, got '${raw}'`);
    return value;
  };
  return {
    messages: knob('BENCH_HL7_MESSAGES', 4800, 1_000_000),
    window: knob('BENCH_HL7_WINDOW', 32, 1024),
    warmup: knob('BENCH_HL7_WARMUP', 300, 100_000),
    rounds: process.env.BENCH_HL7_ROUNDS ?? ALL_ROUNDS,
    listenerNodeOptions: process.env.BENCH_HL7_LISTENER_NODE_OPTIONS ?? process.env.NODE_OPTIONS,
  };
}

/** The rounds named like `16x1,16xW` (W: the window), in the order given. */
function shapesOf(rounds: string, window: number) {
  return rounds.split(',').map((round) => {
    const match = /^(\d+)x(\d+|W)$/.exec(round.trim());
    if (!match) throw new Error(`BENCH_HL7_ROUNDS: '${round}' is not like 16x1 or 16xW`);
    return { connections: Number(match[1]), window: match[2] === 'W' ? window : Number(match[2]) };
  });
}

const familyNames =
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström'.split(
    ' ',
  );
const givenNames =
  'Maria Erik Anna Lars Margareta Karl Elisabeth Anders Eva Johan Birgitta Per Kristina Nils Karin Jan Elisabet Hans Ingrid Gunnar Esther Sven'.split(
    ' ',
  );

/** Each patient a person of their own, as in a hospital's feed: common Swedish names, a number each. */
function personOf(patient: number) {
  const born = new Date(Date.UTC(1925 + (patient % 70), 0, 1 + (patient % 365)));
  const digits = `${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(patient % 10_000).padStart(4, '0')}`;
  return {
    name: `${familyNames[patient % familyNames.length]}^${givenNames[Math.floor(patient / familyNames.length) % givenNames.length]}`,
    personalIdentityNumber: `${digits.slice(0, 8)}-${digits.slice(8)}`,
  };
}

/** Stays as a hospital reports them: admit, transfer, discharge; each patient's messages on one connection, in order. */
function streams(round: string, messages: number, connections: number): string[][] {
  const byConnection: string[][] = Array.from({ length: connections }, () => []);
  for (let patient = 0; patient * 3 < messages; patient++) {
    const patientId = `pat-${round}-${patient}`;
    const stay = { patientId, stayId: `V-${patientId}`, ...personOf(patient) };
    const controlId = (n: number) => `${round}-${patient}-${n}`;
    byConnection[patient % connections].push(
      ...[
        adtMessage({ ...stay, trigger: 'A01', controlId: controlId(1), ward: 'AKM', at: '202611160740' }),
        adtMessage({
          ...stay,
          trigger: 'A02',
          controlId: controlId(2),
          ward: 'MED3',
          priorWard: 'AKM',
          at: '202611161200',
        }),
        adtMessage({ ...stay, trigger: 'A03', controlId: controlId(3), ward: 'MED3', at: '202611201400' }),
      ].slice(0, messages - patient * 3),
    );
  }
  return byConnection;
}

const VT = 0x0b;
const FS = 0x1c;

interface Drive {
  messages: number;
  connections: number;
  window: number;
  seconds: number;
  messagesPerSecond: number;
  ackLatencyMs: ReturnType<typeof summariseMicroseconds>;
}

/**
 * Sends each connection's messages keeping up to `window` unanswered, and resolves when every
 * answer came. With `ackOnly` every answer must be an ACK with MSA-1 AA (the echo answers with
 * the message itself).
 */
async function drive(
  port: number,
  byConnection: string[][],
  window: number,
  ackOnly: boolean,
): Promise<Drive> {
  const latenciesUs: number[] = [];
  const started = performance.now();
  await Promise.all(
    byConnection.map(
      (messages) =>
        new Promise<void>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1');
          socket.setNoDelay(true);
          const sentAt: number[] = [];
          let sent = 0;
          let answered = 0;
          let pending: Buffer = Buffer.alloc(0);
          const sendMore = () => {
            const frames: Buffer[] = [];
            while (sent < messages.length && sent - answered < window) {
              frames.push(Buffer.of(VT), Buffer.from(messages[sent++]), Buffer.of(FS, 0x0d));
              sentAt.push(performance.now());
            }
            if (frames.length) socket.write(Buffer.concat(frames));
          };
          socket.on('connect', sendMore);
          socket.on('error', reject);
          socket.on('data', (chunk: Buffer) => {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            for (
              let end = pending.indexOf(FS);
              end >= 0 && end + 1 < pending.length;
              end = pending.indexOf(FS)
            ) {
              const answer = pending.subarray(pending.indexOf(VT) + 1, end).toString();
              pending = pending.subarray(end + 2);
              if (ackOnly && !/\rMSA\|AA\|/.test(answer)) {
                socket.destroy();
                return reject(new Error(`a message was answered: ${answer.split('\r')[1] ?? answer}`));
              }
              latenciesUs.push((performance.now() - sentAt[answered++]) * 1000);
            }
            if (answered === messages.length) {
              socket.end();
              resolve();
            } else sendMore();
          });
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    messages: latenciesUs.length,
    connections: byConnection.length,
    window,
    seconds,
    messagesPerSecond: latenciesUs.length / seconds,
    ackLatencyMs: summariseMicroseconds(latenciesUs),
  };
}

/**
 * One small logged write committed at a time on the bench's database: what each round waiting for
 * each ACK must wait at least once per message, whatever the listener does.
 */
async function commitFloor(db: Client, commits: number) {
  const { rows } = await db.query(
    "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit, current_setting('wal_sync_method') AS wal_sync_method",
  );
  await db.query('CREATE TABLE bench_commit (n int)');
  const latenciesUs: number[] = [];
  const started = performance.now();
  for (let n = 0; n < commits; n++) {
    const at = performance.now();
    await db.query('INSERT INTO bench_commit VALUES ($1)', [n]);
    latenciesUs.push((performance.now() - at) * 1000);
  }
  const seconds = (performance.now() - started) / 1000;
  await db.query('DROP TABLE bench_commit');
  return {
    settings: rows[0] as Record<string, string>,
    commitsPerSecond: commits / seconds,
    latencyMs: summariseMicroseconds(latenciesUs),
  };
}

async function startLimits(onEnd: (stop: () => Promise<unknown>) => void): Promise<void> {
  const child = fork(
    join(workspaceRoot, 'bench', 'hl7-limits.ts'),
    [String(ECHO_PORT), String(MLLP_WITHOUT_STORE_PORT)],
    {
      execArgv: ['--import', 'tsx'],
      cwd: workspaceRoot,
    },
  );
  onEnd(async () => {
    child.kill();
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the limits process exited (${code}) before it listened`)));
  });
}

runBench('hl7', async ({ log, onEnd, writeResults }) => {
  const settings = readSettings();
  log('building services (Nx cache)');
  buildServices();
  mkdirSync(logDir, { recursive: true });

  const postgres = await startEmbeddedPostgres(join(dataDir, 'bench-hl7-postgres'), POSTGRES_PORT);
  onEnd(postgres.stop);
  // A run killed with SIGKILL leaves its database behind.
  await dropDatabase(postgres.serverUrl, DATABASE);
  const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE);
  onEnd(() => dropDatabase(postgres.serverUrl, DATABASE));
  migrate(databaseUrl);

  // No broker: the outbox rows wait for a relay; what is measured ends at the ACK.
  const listener = await startService('hl7-listener', {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      IDENTITY_ENCRYPTION_KEY: localIdentityKey(),
      HL7_MAPPING_FILE: ADT_MAPPING_FILE,
      HL7_MLLP_PORT: String(MLLP_PORT),
      HL7_MLLP_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: settings.listenerNodeOptions,
    },
    port: LISTENER_PORT,
    output: join(logDir, 'hl7-listener.log'),
  });
  onEnd(listener.stop);
  await startLimits(onEnd);
  log(
    `PostgreSQL on ${POSTGRES_PORT}, MLLP on ${MLLP_PORT}, echo on ${ECHO_PORT}, MLLP without a store on ${MLLP_WITHOUT_STORE_PORT}`,
  );

  const loadBefore = os.loadavg();
  log(`warm-up: ${settings.warmup} messages to each`);
  let stored = 0;
  for (const [port, ackOnly] of [
    [ECHO_PORT, false],
    [MLLP_WITHOUT_STORE_PORT, true],
    [MLLP_PORT, true],
  ] as const)
    await drive(port, streams(`warm-${port}`, settings.warmup, 4), settings.window, ackOnly);
  stored += settings.warmup;

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  onEnd(() => db.end());
  log('one commit at a time on PostgreSQL');
  const commits = await commitFloor(db, 1000);

  const shapes = shapesOf(settings.rounds, settings.window);
  const runs = [];
  for (const [i, { connections, window }] of shapes.entries()) {
    // Each round its own patients, also when a shape is run again.
    const round = `r${i}c${connections}w${window}`;
    log(`${settings.messages} messages on ${connections} connections, ${window} in flight each`);
    const echo = await drive(ECHO_PORT, streams(`${round}e`, settings.messages, connections), window, false);
    const withoutStore = await drive(
      MLLP_WITHOUT_STORE_PORT,
      streams(`${round}n`, settings.messages, connections),
      window,
      true,
    );
    const cpuBefore = cpuOfProcessTree(PROCESS_KINDS);
    const listenerRun = await drive(MLLP_PORT, streams(round, settings.messages, connections), window, true);
    const cpuAfter = cpuOfProcessTree(PROCESS_KINDS);
    const cpuPer1000Messages =
      cpuBefore && cpuAfter && cpuPerThousand(cpuBefore, cpuAfter, settings.messages);
    stored += settings.messages;
    runs.push({ connections, window, echo, withoutStore, listener: listenerRun, cpuPer1000Messages });
  }
  const loadAfter = os.loadavg();

  const { rows } = await db.query(
    'SELECT (SELECT count(*) FROM care_event)::int AS events, (SELECT count(*) FROM outbox_message)::int AS outbox',
  );
  if (rows[0].events !== stored || rows[0].outbox !== stored) {
    throw new Error(
      `expected ${stored} stored events and outbox rows after the ACKs, found ${rows[0].events} and ${rows[0].outbox}`,
    );
  }

  const rate = (r: Drive) => `${r.messagesPerSecond.toFixed(0)}/s`.padStart(9);
  const ratio = (a: Drive, b: Drive) =>
    `${(a.messagesPerSecond / b.messagesPerSecond).toFixed(2)}x`.padStart(7);
  const goals = [
    { connections: 4, messagesPerSecond: 2000 },
    { connections: 16, messagesPerSecond: 5000 },
  ];
  const verdicts = runs.flatMap((r) => {
    const goal = goals.find((g) => g.connections === r.connections);
    return goal
      ? [
          {
            ...goal,
            window: r.window,
            measured: r.listener.messagesPerSecond,
            met: r.listener.messagesPerSecond >= goal.messagesPerSecond,
          },
        ]
      : [];
  });
  console.log(
    [
      '',
      `  ${'connections x in flight'.padEnd(26)}${'echo'.padStart(9)}${'no store'.padStart(9)}${'listener'.padStart(9)}${'/echo'.padStart(7)}${'/no st.'.padStart(7)}   ACK latency p50 / p99 ms`,
      ...runs.map(
        (r) =>
          `  ${`${r.connections} x ${r.window}`.padEnd(26)}${rate(r.echo)}${rate(r.withoutStore)}${rate(r.listener)}${ratio(r.listener, r.echo)}${ratio(r.listener, r.withoutStore)}   ${r.listener.ackLatencyMs.p50.toFixed(1)} / ${r.listener.ackLatencyMs.p99.toFixed(1)}`,
      ),
      ...runs.map(
        (r) =>
          `  ${r.connections} x ${r.window}: CPU ms per message, listener ${r.cpuPer1000Messages?.listener ?? '?'}, PostgreSQL ${r.cpuPer1000Messages?.postgres ?? '?'}, bench client ${r.cpuPer1000Messages?.['bench client'] ?? '?'}`,
      ),
      ...verdicts.map(
        (v) =>
          `  goal ${v.messagesPerSecond}/s on ${v.connections} connections, ${v.window} in flight: ${v.measured.toFixed(0)}/s, ${v.met ? 'met' : 'not met'}`,
      ),
      `  PostgreSQL alone, one commit at a time: ${commits.commitsPerSecond.toFixed(0)}/s, p50 ${commits.latencyMs.p50.toFixed(2)} / p99 ${commits.latencyMs.p99.toFixed(2)} ms (fsync ${commits.settings.fsync}, synchronous_commit ${commits.settings.synchronous_commit}, ${commits.settings.wal_sync_method})`,
      ...runs
        .filter((r) => r.window === 1)
        .map(
          (r) =>
            `  ${r.connections} x 1 waits for a commit per message on each connection: at most ${r.connections} x ${commits.commitsPerSecond.toFixed(0)}/s = ${(r.connections * commits.commitsPerSecond).toFixed(0)}/s, measured ${r.listener.messagesPerSecond.toFixed(0)}/s (${((100 * r.listener.messagesPerSecond) / (r.connections * commits.commitsPerSecond)).toFixed(0)} %)`,
        ),
      `  every message answered AA after its commit: ${stored} events and outbox rows stored, one per ACK`,
      `  load average (1 min) before ${loadBefore[0].toFixed(2)}, after ${loadAfter[0].toFixed(2)} on ${os.cpus().length} cores`,
      '',
    ].join('\n'),
  );
  writeResults({
    settings,
    loadAverage: { before: loadBefore, after: loadAfter },
    commitFloor: commits,
    runs,
    goals: verdicts,
  });
});
