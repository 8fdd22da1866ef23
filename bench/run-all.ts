// `npm run bench`: every benchmark, one after the other. Each runs on import and exits when done,
// cleaning up after itself, so each gets a process of its own (node with tsx, like `npx tsx`).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '../tools/platform/paths';

const benches = [
  'bench/pipeline.bench.ts',
  'bench/dashboard.bench.ts',
  'bench/hl7.bench.ts',
  'bench/fhir-sync.bench.ts',
];
const tsx = join(workspaceRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const log = (line: string) => console.log(`[bench] ${line}`);

let current: ReturnType<typeof spawn> | undefined;
let interrupted: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The bench stops what it started and exits; no later bench is started.
    if (!interrupted) current?.kill(signal);
    interrupted ??= signal;
  });
}

/** Resolves with the exit code; a bench ended by a signal counts as failed. */
function run(file: string): Promise<number> {
  return new Promise((resolve) => {
    current = spawn(process.execPath, [tsx, file], {
      cwd: workspaceRoot,
      stdio: 'inherit',
      // Its own process group: Ctrl-C reaches this runner alone, which passes it on exactly once
      // (a second SIGINT makes a bench exit without cleaning up).
      detached: true,
    });
    current.once('error', (error) => {
      console.error(`[bench] could not start ${file}: ${error.message}`);
      resolve(1);
    });
    current.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const failed: string[] = [];
  for (const file of benches) {
    if (interrupted) break;
    log(`running ${file}`);
    const code = await run(file);
    if (code !== 0) failed.push(`${file} (exit code ${code})`);
  }
  if (interrupted) return 130;
  if (failed.length) {
    console.error(`[bench] failed: ${failed.join(', ')}`);
    return 1;
  }
  log(`all ${benches.length} benchmarks done`);
  return 0;
}

void main().then((code) => process.exit(code));
