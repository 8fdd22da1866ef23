import { execFileSync } from 'node:child_process';
import { workspaceRoot } from './paths';
import { serviceNames } from './services';

/** Builds the services and the web app the gateway serves with Nx; unchanged ones come from its local cache. */
export function buildServices(): void {
  execFileSync(
    process.execPath,
    [
      require.resolve('nx/bin/nx.js'),
      'run-many',
      '-t',
      'build',
      `--projects=${[...serviceNames, 'web'].join(',')}`,
      '--output-style=static',
    ],
    {
      cwd: workspaceRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
}
