import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { contractTopics } from '../platform/contract-topics';
import { dropDatabase, ensureDatabase } from '../platform/embedded-postgres';
import { startBroker, type RunningBroker } from '../platform/kafka-broker';
import { workspaceRoot } from '../platform/paths';
import { startService, type RunningService, type ServiceName } from '../platform/services';
import {
  grantServiceLogin,
  hasServiceLogin,
  localServiceLogin,
  withCredentials,
} from '../platform/service-login';
import { freePort } from './test-postgres';

function testServer(): { url: string; template: string } {
  const url = process.env.CARECHAIN_TEST_PG_SERVER;
  const template = process.env.CARECHAIN_TEST_PG_TEMPLATE;
  if (!url || !template)
    throw new Error(
      'CARECHAIN_TEST_PG_SERVER/TEMPLATE are not set: run tests through `npm test` or Nx (global setup)',
    );
  return { url, template };
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const server = testServer();
  const url = await ensureDatabase(server.url, name, server.template);
  return { url, drop: () => dropDatabase(server.url, name) };
}

/** A broker of this test file's own, with the contract's topics. Pass a port to restart on it. */
export function startTestBroker(port?: number): Promise<RunningBroker> {
  return startBroker(contractTopics, port);
}

/** One identity register key per test file, shared by every service the file starts. */
export const testIdentityKey = randomBytes(32).toString('base64');

export function serviceEnv(databaseUrl: string, brokers: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    IDENTITY_ENCRYPTION_KEY: process.env.IDENTITY_ENCRYPTION_KEY ?? testIdentityKey,
    KAFKA_MAX_WAIT_MS: '100',
    GATEWAY_AUTH_MODE: 'trusted-headers',
    INTAKE_AUTH_MODE: 'none',
    // The tests' closed network: the command topic and the open HTTP intake speak for every care link.
    INTAKE_NETWORK_CARE_LINKS: '*',
    FHIR_ADAPTER_AUTH_MODE: 'none',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  };
}

export { freePort };

const serviceLogins = new Map<string, Promise<void>>();

/**
 * The database at `ownerUrl` as the services see it in production: through their own role, which
 * may add to the audit trail but not erase it. A server of a test's own gets the role on first use.
 */
export async function asServiceRole(ownerUrl: string): Promise<string> {
  const server = new URL(ownerUrl).host;
  if (!serviceLogins.has(server))
    serviceLogins.set(
      server,
      hasServiceLogin(ownerUrl, localServiceLogin.user).then((has) =>
        has ? undefined : grantServiceLogin(ownerUrl, withCredentials(ownerUrl, localServiceLogin)),
      ),
    );
  await serviceLogins.get(server);
  return withCredentials(ownerUrl, localServiceLogin);
}

/**
 * A built service as a real process, connected as the services' role; its output goes to
 * tmp/test-logs for post-mortems.
 */
export async function startServiceProcess(
  name: ServiceName,
  env: NodeJS.ProcessEnv,
  port?: number,
): Promise<RunningService> {
  const logs = join(workspaceRoot, 'tmp', 'test-logs');
  mkdirSync(logs, { recursive: true });
  const databaseUrl = env.DATABASE_URL && (await asServiceRole(env.DATABASE_URL));
  return startService(name, {
    env: { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    output: join(logs, `${name}-${Date.now()}.log`),
    port,
  });
}

/** Sends messages to a topic as an outside producer would (an integrator, an attacker), and disconnects. */
export async function produceMessages(
  brokers: string,
  topic: string,
  messages: { key: string; value: string }[],
): Promise<void> {
  const kafka = new Kafka({
    clientId: 'carechain-test-producer',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/** Reads `count` messages of a topic from its beginning, or fails naming how many arrived. */
export async function collectMessages(
  brokers: string,
  topic: string,
  count: number,
  timeoutMs = 20000,
): Promise<KafkaMessage[]> {
  const kafka = new Kafka({ clientId: 'carechain-test', brokers: [brokers], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: `test-${randomUUID()}`,
    maxWaitTimeInMs: 100,
    sessionTimeout: 6000,
    heartbeatInterval: 1000,
  });
  const received: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${received.length} of ${count} messages arrived on ${topic}`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ message }) => {
          received.push(message);
          if (received.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return received;
}

/** Polls until `probe` returns a value, or fails with the last thing it saw; patient on a busy machine, where a consumer group takes long to join. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
