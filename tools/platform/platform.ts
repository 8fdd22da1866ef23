import { join } from 'node:path';
import { contractTopics } from './contract-topics';
import { localIdentityKey } from './identity-key';
import { startBroker } from './kafka-broker';
import { postgresFromEnvOrEmbedded } from './local-postgres';
import { migrate } from './migrate';
import { dataDir, workspaceRoot } from './paths';
import { grantServiceLogin } from './service-login';
import { serviceNames, startService, type RunningService, type ServiceName } from './services';

export interface Platform {
  /** The services' role's URL. */
  databaseUrl: string;
  brokers: string;
  embedded: { postgres: boolean; kafka: boolean };
  services: Record<ServiceName, RunningService>;
  stop(): Promise<void>;
}

const defaultPorts: Record<ServiceName, number> = {
  gateway: 3000,
  'care-events': 3001,
  projector: 3002,
  'hl7-listener': 3003,
  'fhir-adapter': 3004,
};

/**
 * Everything `npm start` runs: PostgreSQL (DATABASE_URL or embedded), migrations, the broker
 * (KAFKA_BROKERS or embedded), then every service. Stops, in reverse order, only what it started.
 */
export async function startPlatform(log: (line: string) => void): Promise<Platform> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => log(`while stopping: ${(e as Error).message}`));
  };
  try {
    const postgres = await postgresFromEnvOrEmbedded('carechain');
    stops.push(postgres.stop);
    log(
      postgres.serverUrl
        ? `PostgreSQL: embedded, data in ${join(dataDir, 'postgres')}`
        : 'PostgreSQL: MIGRATION_DATABASE_URL and DATABASE_URL',
    );
    migrate(postgres.migrationUrl);
    await grantServiceLogin(postgres.migrationUrl, postgres.serviceUrl);
    log('database migrated; the services use their own role, which cannot erase the audit trail');

    const external = process.env.KAFKA_BROKERS;
    const broker = external
      ? undefined
      : await startBroker(contractTopics, Number(process.env.EMBEDDED_KAFKA_PORT ?? 19092));
    if (broker) stops.push(broker.stop);
    const brokers = external ?? broker!.brokers;
    log(external ? `Kafka: ${brokers}` : `Kafka: embedded broker at ${brokers} (in memory)`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: postgres.serviceUrl,
      KAFKA_BROKERS: brokers,
      IDENTITY_ENCRYPTION_KEY: process.env.IDENTITY_ENCRYPTION_KEY ?? localIdentityKey(),
      // On real Kafka the services create topics and use idempotent producers unless told otherwise.
      KAFKA_CREATE_TOPICS: process.env.KAFKA_CREATE_TOPICS ?? String(!!external),
      KAFKA_IDEMPOTENT: process.env.KAFKA_IDEMPOTENT ?? String(!!external),
      GATEWAY_AUTH_MODE: process.env.GATEWAY_AUTH_MODE ?? 'trusted-headers',
      INTAKE_AUTH_MODE: process.env.INTAKE_AUTH_MODE ?? 'none',
      // The local platform is a closed network: commands and the open intake speak for every care link.
      INTAKE_NETWORK_CARE_LINKS: process.env.INTAKE_NETWORK_CARE_LINKS ?? '*',
      FHIR_ADAPTER_AUTH_MODE: process.env.FHIR_ADAPTER_AUTH_MODE ?? 'none',
      // Schema browsing for local work only: with real tokens (oidc) it is off unless asked for.
      GRAPHQL_INTROSPECTION:
        process.env.GRAPHQL_INTROSPECTION ??
        String((process.env.GATEWAY_AUTH_MODE ?? 'trusted-headers') !== 'oidc'),
      HL7_MAPPING_FILE:
        process.env.HL7_MAPPING_FILE ??
        join(workspaceRoot, 'apps', 'hl7-listener', 'esther-network.adt-mapping.json'),
      // The gateway shows the adapter's connection status to integrators and coordinators.
      FHIR_ADAPTER_URL:
        process.env.FHIR_ADAPTER_URL ??
        `http://127.0.0.1:${process.env.FHIR_ADAPTER_PORT ?? defaultPorts['fhir-adapter']}`,
    };
    // The owner's URL stays with the set-up: a service holding it could erase the audit trail.
    delete env.MIGRATION_DATABASE_URL;
    const services = {} as Record<ServiceName, RunningService>;
    for (const name of serviceNames) {
      const port = Number(process.env[`${name.toUpperCase().replace('-', '_')}_PORT`] ?? defaultPorts[name]);
      services[name] = await startService(name, { env, port, output: 'inherit' });
      stops.push(services[name].stop);
    }
    return {
      databaseUrl: postgres.serviceUrl,
      brokers,
      embedded: { postgres: !!postgres.serverUrl, kafka: !external },
      services,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
