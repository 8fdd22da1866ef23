import { execFileSync } from 'node:child_process';
import { workspaceRoot } from './paths';
import { serviceNames } from './services';

/**
 * Builds the services and the web app the gateway serves with Nx; unchanged ones come from its local
 * cache. `progress` shows Nx's task list as it goes (a fresh clone builds for minutes); tests and
 * benches keep their output to their own lines.
 */
export function buildServices({ progress = false } = {}): void {
  execFileSync(
    process.execPath,
    [
      require.resolve('nx/bin/nx.js'),
      'run-many',
      '-t',
      'build',
      `--projects=${[...serviceNames, 'web'].join(',')}`,
      `--output-style=${progress && process.stdout.isTTY ? 'dynamic' : 'static'}`,
    ],
    {
      cwd: workspaceRoot,
      stdio: ['ignore', progress ? 'inherit' : 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
}
