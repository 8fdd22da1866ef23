import { join } from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../platform/embedded-postgres';
import { migrate } from '../platform/migrate';
import { dataDir } from '../platform/paths';

export const TEMPLATE_DATABASE = 'carechain_test_template';

export interface TestDatabaseServer {
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL server for the whole test run (DATABASE_URL's server, or embedded) with a freshly
 * migrated template database; every test file clones the template into a database of its own.
 */
export async function prepareTestDatabaseServer(): Promise<TestDatabaseServer> {
  let server: TestDatabaseServer;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '';
    server = { serverUrl: url.toString().replace(/\/$/, ''), stop: async () => undefined };
  } else {
    const port = Number(process.env.TEST_POSTGRES_PORT ?? 54339);
    server = await startEmbeddedPostgres(join(dataDir, 'test-postgres'), port);
  }
  await dropDatabase(server.serverUrl, TEMPLATE_DATABASE);
  migrate(await ensureDatabase(server.serverUrl, TEMPLATE_DATABASE));
  return server;
}
