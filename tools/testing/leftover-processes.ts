import { readdirSync, readFileSync } from 'node:fs';
import { TEST_RUN_MARKER } from '../platform/processes';

export interface LeftoverProcess {
  pid: number;
  command: string;
}

/** Processes of this machine started for the test run `run` (services, brokers, databases) still alive. */
export function leftoverProcesses(run: string): LeftoverProcess[] {
  const marker = `${TEST_RUN_MARKER}=${run}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        if (!readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(marker)) return [];
        const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
        return [{ pid: Number(entry), command }];
      } catch {
        return []; // gone meanwhile, or not ours to read
      }
    });
}

/** Kills each leftover and its process group (services and brokers run detached, in their own). */
export function killLeftovers(leftovers: LeftoverProcess[]): void {
  for (const { pid } of leftovers) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // no such group, or already gone
      }
    }
  }
}
