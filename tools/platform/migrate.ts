import { execFileSync } from 'node:child_process';
import { workspaceRoot } from './paths';

/** Applies the committed migrations with Prisma's offline (Wasm) engine, as the role that owns the tables. */
export function migrate(migrationUrl: string): void {
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: workspaceRoot,
    env: { ...process.env, MIGRATION_DATABASE_URL: migrationUrl, DATABASE_URL: migrationUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
