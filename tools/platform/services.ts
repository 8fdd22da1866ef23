import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ListeningReport } from '@carechain/service-runtime';
import { workspaceRoot } from './paths';
import { stopProcess, testRunMarker } from './processes';

export const serviceNames = ['care-events', 'projector', 'gateway', 'hl7-listener', 'fhir-adapter'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const portVariable: Record<ServiceName, string> = {
  'care-events': 'CARE_EVENTS_PORT',
  projector: 'PROJECTOR_PORT',
  gateway: 'GATEWAY_PORT',
  'hl7-listener': 'HL7_LISTENER_PORT',
  'fhir-adapter': 'FHIR_ADAPTER_PORT',
};

// As infra/k8s and infra/compose.yaml run them. The HL7 listener holds each message until its group
// commits, long enough for V8's default young generation (16 MiB semi-spaces) to promote it: with
// 32 MiB its CPU per message at 16 x 32 in flight fell by about a fifth. The projector holds a
// fetch's events and their rows until the transaction commits, alike (bench/README.md).
const v8Flags: Partial<Record<ServiceName, string[]>> = {
  'hl7-listener': ['--max-semi-space-size=32'],
  projector: ['--max-semi-space-size=32'],
};

export interface RunningService {
  name: ServiceName;
  url: string;
  /** The ports the service reported once it listened: `http`, and e.g. `mllp` for the HL7 listener. */
  ports: Record<string, number>;
  stop(): Promise<void>;
  /** SIGKILL: the service dies as in a crash or power cut, with no shutdown. */
  crash(): Promise<void>;
}

export interface ServiceOptions {
  env: NodeJS.ProcessEnv;
  /** The HTTP port; 0 (the default) lets the service take a free one and report it. */
  port?: number;
  /** Where output goes: a file path, or 'inherit' to prefix it onto this terminal. */
  output: string | 'inherit';
}

/**
 * Runs a built service (dist/apps/<name>/main.js) and resolves once it reports the ports it
 * listens on; rejects with the end of its output if it exits first. It waits as long as start-up
 * takes on a busy machine: a service that cannot start exits and says why. The IPC channel also
 * stops the service when this process goes, however it goes.
 */
export async function startService(name: ServiceName, options: ServiceOptions): Promise<RunningService> {
  const main = join(workspaceRoot, 'dist', 'apps', name, 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run-many -t build)`);
  const child = spawn(process.execPath, ['--enable-source-maps', ...(v8Flags[name] ?? []), main], {
    cwd: workspaceRoot,
    env: { ...options.env, ...testRunMarker(), [portVariable[name]]: String(options.port ?? 0) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const tail = pipeOutput(name, child, options.output);
  let ports: Record<string, number>;
  try {
    ports = await new Promise<Record<string, number>>((resolve, reject) => {
      child.on('message', (message: Partial<ListeningReport>) => {
        if (message?.carechain === 'listening' && message.ports) resolve(message.ports);
      });
      child.once('error', reject);
      // 'close' comes once its output has arrived too.
      child.once('close', (code, signal) =>
        reject(
          new Error(
            `${name} exited during start-up (${signal ?? `code ${code}`}): ${tail().trim() || 'it wrote nothing'}`,
          ),
        ),
      );
    });
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  const crash = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return { name, url: `http://127.0.0.1:${ports.http}`, ports, stop: () => stopProcess(child), crash };
}

const TAIL_CHARS = 4000;

/** Sends the output where asked and keeps its end, returned by the function it gives back. */
function pipeOutput(name: string, child: ChildProcess, output: string): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-TAIL_CHARS));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const result = () => tail;
  if (output === 'inherit') {
    const prefix = `[${name}] `;
    const forward = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, prefix));
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    return result;
  }
  const file = createWriteStream(output, { flags: 'a' });
  child.stdout!.pipe(file);
  child.stderr!.pipe(file);
  return result;
}
