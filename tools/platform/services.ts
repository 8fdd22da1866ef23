import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import waitOn from 'wait-on';
import { workspaceRoot } from './paths';
import { stopProcess } from './processes';

export const serviceNames = ['care-events', 'projector', 'gateway', 'hl7-listener', 'fhir-adapter'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const portVariable: Record<ServiceName, string> = {
  'care-events': 'CARE_EVENTS_PORT',
  projector: 'PROJECTOR_PORT',
  gateway: 'GATEWAY_PORT',
  'hl7-listener': 'HL7_LISTENER_PORT',
  'fhir-adapter': 'FHIR_ADAPTER_PORT',
};

export interface RunningService {
  name: ServiceName;
  url: string;
  stop(): Promise<void>;
  /** SIGKILL: the service dies as in a crash or power cut, with no shutdown. */
  crash(): Promise<void>;
}

export interface ServiceOptions {
  env: NodeJS.ProcessEnv;
  port: number;
  /** Where output goes: a file path, or 'inherit' to prefix it onto this terminal. */
  output: string | 'inherit';
}

/** Runs a built service (dist/apps/<name>/main.js) and resolves once its /health answers. */
export async function startService(name: ServiceName, options: ServiceOptions): Promise<RunningService> {
  const main = join(workspaceRoot, 'dist', 'apps', name, 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run-many -t build)`);
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: workspaceRoot,
    env: { ...options.env, [portVariable[name]]: String(options.port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeOutput(name, child, options.output);
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`${name} exited during start-up (code ${code}); see its output`)),
    ),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([waitOn({ resources: [`${url}/health`], timeout: 60000, interval: 100 }), exited]);
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
  return { name, url, stop: () => stopProcess(child), crash };
}

function pipeOutput(name: string, child: ChildProcess, output: string) {
  if (output === 'inherit') {
    const prefix = `[${name}] `;
    const forward = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, prefix));
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    return;
  }
  const file = createWriteStream(output, { flags: 'a' });
  child.stdout!.pipe(file);
  child.stderr!.pipe(file);
}
