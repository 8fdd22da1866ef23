import { execFileSync } from 'node:child_process';
import { workspaceRoot } from './paths';

/** Applies the committed migrations with Prisma's offline (Wasm) engine. */
export function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: workspaceRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
