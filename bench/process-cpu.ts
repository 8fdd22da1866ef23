// CPU seconds used by the bench and every process it started, by kind, read from /proc: on a shared
// machine the CPU an event costs moves far less than how many events a second get through.
import { readdirSync, readFileSync } from 'node:fs';

// USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux.
const TICKS_PER_SECOND = 100;

export type CpuByKind = Record<string, number>;

/** CPU seconds so far of this process ('bench client') and its descendants, by the first kind whose pattern matches the command line; undefined without /proc. */
export function cpuOfProcessTree(kinds: [string, RegExp][]): CpuByKind | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const processes = new Map<number, { parent: number; seconds: number; command: string }>();
  for (const entry of entries.filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(entry), {
        parent: Number(fields[1]),
        seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '),
      });
    } catch {
      // Ended while the list was read.
    }
  }
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { parent }] of processes) {
      if (tree.has(pid) || !tree.has(parent)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  const cpu: CpuByKind = {};
  for (const pid of tree) {
    const { seconds, command } = processes.get(pid) ?? { seconds: 0, command: '' };
    const kind =
      pid === process.pid
        ? 'bench client'
        : (kinds.find(([, pattern]) => pattern.test(command))?.[0] ?? 'other');
    cpu[kind] = (cpu[kind] ?? 0) + seconds;
  }
  return cpu;
}

/** CPU seconds per 1,000 units of work of each kind between two readings. */
export function cpuPerThousand(before: CpuByKind, after: CpuByKind, units: number): CpuByKind {
  return Object.fromEntries(
    Object.entries(after).map(([kind, seconds]) => [
      kind,
      +(((seconds - (before[kind] ?? 0)) * 1000) / units).toFixed(3),
    ]),
  );
}
