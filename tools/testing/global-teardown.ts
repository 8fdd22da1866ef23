import { killLeftovers, leftoverProcesses } from './leftover-processes';

// No service, broker or database of a test outlives the run, passed or failed: a set-up that
// forgot one fails the run by name here, after the leftovers are killed.
export default async function globalTeardown() {
  const run = process.env.CARECHAIN_TEST_RUN;
  const leftovers = run ? leftoverProcesses(run) : [];
  killLeftovers(leftovers);
  await (globalThis as { stopTestPostgres?: () => Promise<void> }).stopTestPostgres?.();
  if (leftovers.length)
    throw new Error(
      `processes outlived their tests and were killed:\n${leftovers.map((p) => `  ${p.pid} ${p.command}`).join('\n')}`,
    );
}
