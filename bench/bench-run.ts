// What every benchmark does around its measurement: stop what it started, also when interrupted or
// failing, and record results with the machine and commit they were measured on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as hdr from 'hdr-histogram-js';
import { workspaceRoot } from '../tools/platform/paths';

export interface BenchRun {
  log(line: string): void;
  /** Registers a stop for something started; stops run newest first when the bench ends. */
  onEnd(stop: () => Promise<unknown>): void;
  /** Writes bench/results/<name>-<time>.json and <name>-latest.json with the machine and commit. */
  writeResults(result: object): void;
}

/** Runs a benchmark in this process and exits: 0 when done, 1 when it failed, 130 when interrupted. */
export function runBench(name: string, main: (run: BenchRun) => Promise<void>): void {
  const log = (line: string) => console.log(`[bench:${name}] ${line}`);
  const stops: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (let stop = stops.pop(); stop; stop = stops.pop()) {
        await stop().catch((error) =>
          console.error(`[bench:${name}] while cleaning up: ${(error as Error).message}`),
        );
      }
    })());
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      log(`${signal}: cleaning up`);
      void cleanUp().then(() => process.exit(130));
    });
  }
  const writeResults = (result: object) => {
    const at = new Date().toISOString();
    const resultsDir = join(workspaceRoot, 'bench', 'results');
    const record = {
      at,
      commit: git('rev-parse', '--short', 'HEAD'),
      dirty: !!git('status', '--porcelain', '--untracked-files=no'),
      machine: machine(),
      // 1, 5 and 15 minute load averages at the end: a shared machine depresses every figure.
      loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
      ...result,
    };
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${name}-${at.replace(/[:.]/g, '-')}.json`);
    for (const path of [file, join(resultsDir, `${name}-latest.json`)])
      writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
    log(`results in ${file} and bench/results/${name}-latest.json`);
  };
  main({ log, onEnd: (stop) => stops.push(stop), writeResults })
    .then(
      () => 0,
      (error: unknown) => {
        if (!interrupted)
          console.error(`[bench:${name}] failed: ${error instanceof Error ? error.message : error}`);
        return 1;
      },
    )
    // Exit explicitly, so no handle a client library leaves open can keep a finished run alive.
    .then(async (code) => {
      await cleanUp();
      process.exit(interrupted ? 130 : code);
    });
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles in milliseconds of latencies recorded in microseconds. */
export function summariseMicroseconds(latenciesUs: number[]): LatencySummary {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3 });
  for (const us of latenciesUs) histogram.recordValue(Math.max(1, Math.round(us)));
  // A percentile is the top of its bucket, which can lie a little above the largest value recorded.
  const percentile = (p: number) => Math.min(histogram.getValueAtPercentile(p), histogram.maxValue) / 1000;
  const summary = {
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    max: histogram.maxValue / 1000,
  };
  histogram.destroy();
  return summary;
}

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: workspaceRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}
