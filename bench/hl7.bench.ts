// Measures the HL7 listener: ADT messages over MLLP -> parse, map, validate -> event store + outbox
// (one transaction) -> ACK, over one connection and over several, as interface engines send them
// (one message at a time per connection, the next after the ACK).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Hl7Client } from '@medplum/hl7';
import { Client } from 'pg';
import { buildServices } from '../tools/platform/build';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../tools/platform/embedded-postgres';
import { localIdentityKey } from '../tools/platform/identity-key';
import { migrate } from '../tools/platform/migrate';
import { dataDir, workspaceRoot } from '../tools/platform/paths';
import { startService } from '../tools/platform/services';
import { ackOf, ADT_MAPPING_FILE, adtMessage, sendAdt } from '../tools/testing/hl7-adt';
import { runBench, summariseMicroseconds } from './bench-run';

// Away from `npm start`'s ports and data and from the other benchmarks', so all can run side by side.
const POSTGRES_PORT = 54369;
const LISTENER_PORT = 3104;
const MLLP_PORT = 2576;
const DATABASE = 'carechain_hl7_bench';
const logDir = join(workspaceRoot, 'tmp', 'bench');

function readSettings() {
  const knob = (name: string, fallback: number, max: number) => {
    const raw = process.env[name];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}, got '${raw}'`);
    return value;
  };
  return {
    messages: knob('BENCH_HL7_MESSAGES', 3000, 1_000_000),
    connections: knob('BENCH_HL7_CONNECTIONS', 4, 64),
    warmup: knob('BENCH_HL7_WARMUP', 150, 100_000),
  };
}

/** Stays as a hospital reports them: admit, transfer, discharge; each patient's messages on one connection, in order. */
function streams(round: string, messages: number, connections: number): string[][] {
  const byConnection: string[][] = Array.from({ length: connections }, () => []);
  for (let patient = 0; patient * 3 < messages; patient++) {
    const patientId = `pat-${round}-${patient}`;
    const stay = { patientId, stayId: `V-${patientId}` };
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

async function send(byConnection: string[][]) {
  const latenciesUs: number[] = [];
  const started = performance.now();
  await Promise.all(
    byConnection.map(async (messages) => {
      const client = new Hl7Client({ host: '127.0.0.1', port: MLLP_PORT });
      try {
        for (const text of messages) {
          const sentAt = performance.now();
          const ack = ackOf(await sendAdt(client, text));
          latenciesUs.push((performance.now() - sentAt) * 1000);
          if (ack.code !== 'AA') throw new Error(`a message was answered ${ack.code}: ${ack.text}`);
        }
      } finally {
        await client.close();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    messages: latenciesUs.length,
    connections: byConnection.length,
    seconds,
    messagesPerSecond: latenciesUs.length / seconds,
    ackLatencyMs: summariseMicroseconds(latenciesUs),
  };
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
    },
    port: LISTENER_PORT,
    output: join(logDir, 'hl7-listener.log'),
  });
  onEnd(listener.stop);
  log(`PostgreSQL on ${POSTGRES_PORT}, MLLP on ${MLLP_PORT}, listener log in ${logDir}`);

  log(`warm-up: ${settings.warmup} messages`);
  await send(streams('warm', settings.warmup, settings.connections));
  log(`${settings.messages} messages over 1 connection`);
  const one = await send(streams('one', settings.messages, 1));
  log(`${settings.messages} messages over ${settings.connections} connections`);
  const several = await send(streams('several', settings.messages, settings.connections));

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  onEnd(() => db.end());
  const { rows } = await db.query(
    'SELECT (SELECT count(*) FROM care_event)::int AS events, (SELECT count(*) FROM outbox_message)::int AS outbox',
  );
  const expected = settings.warmup + 2 * settings.messages;
  if (rows[0].events !== expected || rows[0].outbox !== expected) {
    throw new Error(
      `expected ${expected} stored events and outbox rows after the ACKs, found ${rows[0].events} and ${rows[0].outbox}`,
    );
  }

  const row = (name: string, r: typeof one) =>
    `  ${name.padEnd(30)}${`${r.messagesPerSecond.toFixed(0)} msgs/s`.padStart(14)}${[r.ackLatencyMs.p50, r.ackLatencyMs.p95, r.ackLatencyMs.p99, r.ackLatencyMs.max].map((v) => v.toFixed(2).padStart(9)).join('')}`;
  console.log(
    [
      '',
      `  ${'ADT over MLLP, ACK once stored'.padEnd(30)}${'throughput'.padStart(14)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(9)).join('')}   (ACK latency ms)`,
      row('1 connection', one),
      row(`${settings.connections} connections`, several),
      `  ${settings.connections} connections: ${+(several.messagesPerSecond / one.messagesPerSecond).toPrecision(2)}x of one; every ACKed message stored once (${expected} events)`,
      '',
    ].join('\n'),
  );
  writeResults({ settings, oneConnection: one, severalConnections: several });
});
