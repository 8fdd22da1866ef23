import { spawnSync } from 'node:child_process';
import { prepareTestDatabaseServer } from '../testing/test-postgres';
import { buildServices } from './build';
import { ensureBrokerBinary } from './kafka-broker';
import { workspaceRoot } from './paths';

// `npm test`: one PostgreSQL server and a migrated template for the run, the services built for
// the end-to-end tests, then every project's tests in one Jest run (unit, integration, end-to-end).
async function main(): Promise<number> {
  console.log('[test] building services and the broker launcher');
  buildServices();
  ensureBrokerBinary();
  const server = await prepareTestDatabaseServer();
  try {
    const jest = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--ci', '--maxWorkers=2', ...process.argv.slice(2)],
      {
        cwd: workspaceRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          CARECHAIN_TEST_PG_SERVER: server.serverUrl,
          CARECHAIN_TEST_PG_TEMPLATE: server.template,
          // Marks what the tests start (not this run's database server), for the teardown's check.
          CARECHAIN_TEST_RUN: `${process.pid}-${Date.now()}`,
        },
      },
    );
    return jest.status ?? 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test] could not run the tests: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
