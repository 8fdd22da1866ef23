import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { dataDir } from './paths';

export interface PostgresTarget {
  databaseUrl: string;
  /** Set when an embedded server was started; undefined when DATABASE_URL pointed elsewhere. */
  serverUrl?: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when given, otherwise embedded PostgreSQL with the named database. */
export async function postgresFromEnvOrEmbedded(database: string): Promise<PostgresTarget> {
  if (process.env.DATABASE_URL) {
    return { databaseUrl: process.env.DATABASE_URL, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const server = await startEmbeddedPostgres(join(dataDir, 'postgres'), port);
  const databaseUrl = await ensureDatabase(server.serverUrl, database);
  return { databaseUrl, serverUrl: server.serverUrl, stop: server.stop };
}
