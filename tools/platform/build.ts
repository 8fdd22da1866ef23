import { execFileSync } from 'node:child_process';
import { workspaceRoot } from './paths';
import { serviceNames } from './services';

/** Builds the services with Nx; unchanged ones come from its local cache. */
export function buildServices(): void {
  execFileSync(
    process.execPath,
    [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', `--projects=${serviceNames.join(',')}`, '--output-style=static'],
    { cwd: workspaceRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
  );
}
