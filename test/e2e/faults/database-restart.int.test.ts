import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  ensureDatabase,
  eventually,
  freePort,
  migrate,
  startEmbeddedPostgres,
  uniquePatientId,
  type RunningPostgres,
} from '@carechain/testing';
import { expectEveryEventAppliedOnce, faultPlatformPerFile, stayOf, QUICK_CATCH_UP } from './fault-platform';

describe('PostgreSQL restarts while every service keeps running', () => {
  // A server of this test's own: stopping the run's server would take every other test file down with it.
  const dataDir = join(tmpdir(), `carechain-fault-postgres-${randomUUID()}`);
  let port: number;
  let postgres: RunningPostgres | undefined;

  const running = faultPlatformPerFile(async () => {
    port = await freePort();
    postgres = await startEmbeddedPostgres(dataDir, port);
    const url = await ensureDatabase(postgres.serverUrl, 'carechain');
    migrate(url);
    // The whole server goes once the services have stopped (the next afterAll).
    return { database: { url, drop: async () => undefined }, consumerEnv: QUICK_CATCH_UP };
  });

  afterAll(async () => {
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers submissions with a clear error while the database is away, and projects every accepted event once after it returns', async () => {
    const { platform, load } = running;
    load.start();
    await load.acceptMore(30);
    await postgres!.stop();

    const during = await platform.submit(stayOf(uniquePatientId())[0]);
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('5');
    expect(await during.json()).toMatchObject({
      status: 'unavailable',
      message: expect.stringMatching(/try again/),
    });
    await eventually(
      async () => (load.refusals.length >= 6 ? true : undefined),
      'the load refused while the database is away',
    );

    postgres = await startEmbeddedPostgres(dataDir, port);
    // The clients that were refused send again and get through, to both intakes.
    await load.acceptMore(40);
    await load.stop();
    expect(load.refusals.every((r) => r.status === 503)).toBe(true);
    await expectEveryEventAppliedOnce(platform, load, 90_000);
  }, 180_000);
});
