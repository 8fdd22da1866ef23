import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { dataDir } from './paths';
import { localServiceLogin, withCredentials } from './service-login';

export interface PostgresTarget {
  /** The role that owns the tables and runs the migrations. */
  migrationUrl: string;
  /** The services' own role, which may add to the audit trail but not erase it. */
  serviceUrl: string;
  /** Set when an embedded server was started; undefined when the URLs pointed elsewhere. */
  serverUrl?: string;
  stop(): Promise<void>;
}

/**
 * MIGRATION_DATABASE_URL and DATABASE_URL when given (both, or neither), otherwise embedded
 * PostgreSQL with the named database.
 */
export async function postgresFromEnvOrEmbedded(database: string): Promise<PostgresTarget> {
  const { DATABASE_URL: serviceUrl, MIGRATION_DATABASE_URL: migrationUrl } = process.env;
  if (serviceUrl || migrationUrl) {
    if (!serviceUrl || !migrationUrl)
      throw new Error(
        "set both MIGRATION_DATABASE_URL (the role that owns the tables) and DATABASE_URL (the services' role), or neither for embedded PostgreSQL",
      );
    return { migrationUrl, serviceUrl, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const server = await startEmbeddedPostgres(join(dataDir, 'postgres'), port);
  const owner = await ensureDatabase(server.serverUrl, database);
  return {
    migrationUrl: owner,
    serviceUrl: withCredentials(owner, localServiceLogin),
    serverUrl: server.serverUrl,
    stop: server.stop,
  };
}
