import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../platform/embedded-postgres';
import { migrate } from '../platform/migrate';
import { dataDir } from '../platform/paths';
import { grantServiceLogin, localServiceLogin, withCredentials } from '../platform/service-login';

export interface TestDatabaseServer {
  serverUrl: string;
  /** The migrated database each test file clones; named per run, so runs side by side never share it. */
  template: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One PostgreSQL server for the whole test run (MIGRATION_DATABASE_URL's server, or embedded) with a freshly
 * migrated template database; every test file clones the template into a database of its own.
 */
export async function prepareTestDatabaseServer(): Promise<TestDatabaseServer> {
  const template = `carechain_test_template_${process.pid}`;
  let serverUrl: string;
  let stopServer: () => Promise<void>;
  const owner = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (owner) {
    const url = new URL(owner);
    url.pathname = '';
    serverUrl = url.toString().replace(/\/$/, '');
    stopServer = async () => undefined;
  } else {
    // A server and data folder of this run's own: two runs at once (two terminals, CI beside a developer) do not collide.
    const dir = join(dataDir, `test-postgres-${process.pid}`);
    const server = await startEmbeddedPostgres(
      dir,
      Number(process.env.TEST_POSTGRES_PORT ?? (await freePort())),
    );
    serverUrl = server.serverUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await dropDatabase(serverUrl, template);
  const templateUrl = await ensureDatabase(serverUrl, template);
  migrate(templateUrl);
  // Roles belong to the server: every database cloned from the template lets the services in.
  await grantServiceLogin(templateUrl, withCredentials(templateUrl, localServiceLogin));
  return {
    serverUrl,
    template,
    stop: async () => {
      await dropDatabase(serverUrl, template).catch(() => undefined);
      await stopServer();
    },
  };
}
