import { prepareTestDatabaseServer } from './test-postgres';

// `npm test` prepares the database server once for all projects; a single project run
// (e.g. `npx nx test care-events`) prepares its own here.
export default async function globalSetup() {
  if (process.env.CARECHAIN_TEST_PG_SERVER) return;
  const server = await prepareTestDatabaseServer();
  // Set after the run's own server started: what carries it is what the teardown checks is gone.
  process.env.CARECHAIN_TEST_RUN ??= `${process.pid}-${Date.now()}`;
  process.env.CARECHAIN_TEST_PG_SERVER = server.serverUrl;
  process.env.CARECHAIN_TEST_PG_TEMPLATE = server.template;
  (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres = server.stop;
}
