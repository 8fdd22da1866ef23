import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { stopProcess, testRunMarker } from './processes';

export interface RunningPostgres {
  /** Server URL without a database name; append one with `databaseUrl()`. */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only ever listens on 127.0.0.1 and holds throw-away local data.
const PASSWORD = 'carechain-local';

/** Real PostgreSQL from npm packages, for a zero-setup machine. Data lives in a git-ignored folder. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'embedded-postgres-server.mjs'), dataDir, String(port), PASSWORD],
    {
      env: { ...process.env, ...testRunMarker() },
      // Its own process group: Ctrl-C reaches the orchestrator, which stops the database last.
      detached: true,
      // The IPC channel stops the server when this process goes, however it goes.
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  // As long as it takes on a busy machine: a server that cannot start exits, with its reason on stderr.
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'READY') resolve();
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL did not start (exit code ${code})`)));
  }).catch(async (error) => {
    await stopProcess(child);
    throw error;
  });
  return { serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the database when missing; `template` clones an already migrated one (fast per-test isolation). */
export async function ensureDatabase(
  serverUrl: string,
  database: string,
  template?: string,
): Promise<string> {
  const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE "${template}"` : '';
      await admin.query(`CREATE DATABASE "${database}"${from}`);
    }
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, database);
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
