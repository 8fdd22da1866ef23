import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { workspaceRoot } from './paths';
import { stopProcess, testRunMarker } from './processes';

const SOURCE = join(workspaceRoot, 'tools', 'kafka-broker', 'kmock.c');
const BINARY = join(workspaceRoot, 'tools', 'kafka-broker', 'bin', 'kmock');

export interface TopicSpec {
  name: string;
  partitions: number;
}

export interface RunningBroker {
  brokers: string;
  port: number;
  stop(): Promise<void>;
}

/** Builds the launcher from Debian's librdkafka when the binary is missing or older than its source. */
export function ensureBrokerBinary(): string {
  if (existsSync(BINARY) && statSync(BINARY).mtimeMs >= statSync(SOURCE).mtimeMs) return BINARY;
  if (!existsSync('/usr/include/librdkafka/rdkafka_mock.h')) {
    throw new Error(
      'librdkafka-dev is missing: run `npm start` or `npm test` once, or `apt-get install -y librdkafka-dev gcc`',
    );
  }
  mkdirSync(join(BINARY, '..'), { recursive: true });
  const gcc = (libs: string[]) =>
    execFileSync('gcc', ['-O2', '-o', BINARY, SOURCE, ...libs, '-ldl', '-lpthread'], { stdio: 'inherit' });
  try {
    gcc(withRetention());
  } catch {
    gcc(['-lrdkafka']);
  }
  return BINARY;
}

/**
 * librdkafka linked statically, so that kmock can raise the mock's retention (see kmock.c); where
 * the archive is missing the build falls back to the shared library, whose partitions keep 5 MiB.
 */
function withRetention(): string[] {
  const archive = execFileSync('gcc', ['-print-file-name=librdkafka.a']).toString().trim();
  if (!archive.startsWith('/')) throw new Error('no static librdkafka');
  const shared = ['lz4.so.1', 'zstd.so.1', 'sasl2.so.2', 'ssl.so.3', 'crypto.so.3', 'z.so.1'];
  return [
    '-DKMOCK_RETENTION',
    '-Wl,--wrap=rd_kafka_mock_partition_log_append',
    archive,
    ...shared.map((lib) => `-l:lib${lib}`),
    '-lm',
    '-lrt',
  ];
}

/**
 * Starts librdkafka's mock cluster: a Kafka-protocol broker on a real TCP port, in memory only.
 * Topics are pre-created because the mock cannot create them through the admin API.
 */
export async function startBroker(topics: TopicSpec[], port?: number): Promise<RunningBroker> {
  const binary = ensureBrokerBinary();
  const child = spawn(binary, ['1', ...topics.map((t) => `${t.name}:${t.partitions}`)], {
    // Without a port the broker takes a free one; a restart passes the old one back.
    env: { ...process.env, ...testRunMarker(), ...(port ? { KMOCK_PORT: String(port) } : {}) },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const brokers = await firstLine(child);
  return { brokers, port: Number(brokers.split(':').pop()), stop: () => stopProcess(child) };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`Kafka broker exited before it was ready (code ${code})`)));
  });
}
