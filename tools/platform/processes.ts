import type { ChildProcess } from 'node:child_process';

/** SIGTERM, then SIGKILL if the process has not exited within 10 s. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Set on every process started for a test run, so the run's teardown finds any left behind. */
export const TEST_RUN_MARKER = 'CARECHAIN_STARTED_BY_TEST_RUN';

/** The marker for processes started now: empty outside a test run (CARECHAIN_TEST_RUN unset). */
export const testRunMarker = (): NodeJS.ProcessEnv =>
  process.env.CARECHAIN_TEST_RUN ? { [TEST_RUN_MARKER]: process.env.CARECHAIN_TEST_RUN } : {};
