// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change.
// `prisma migrate dev` cannot run offline here (its Wasm engine exits with "null pointer passed to rust"),
// and `migrate diff --from-migrations` replays them on a shadow database that lacks Prisma's own history
// table, which the audit-trail migration names. So the diff starts from the schema as it was when the
// latest migration was committed: every schema change comes with its migration.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresFromEnvOrEmbedded } from './local-postgres';
import { workspaceRoot } from './paths';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new Error('usage: npm run prisma:migration -- <snake_case_name>');
  // Prisma's config connects its driver adapter even for a diff of two schema files.
  const pg = await postgresFromEnvOrEmbedded('carechain');
  let sql: string;
  try {
    sql = execFileSync(
      process.execPath,
      [
        require.resolve('prisma/build/index.js'),
        'migrate',
        'diff',
        '--from-schema-datamodel',
        schemaOfLatestMigration(),
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      { cwd: workspaceRoot, env: { ...process.env, DATABASE_URL: pg.migrationUrl }, encoding: 'utf8' },
    );
  } finally {
    await pg.stop();
  }
  if (sql.includes('This is an empty migration'))
    return console.log('schema and migrations agree; nothing to write');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(workspaceRoot, 'prisma', 'migrations', `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  console.log(`wrote ${dir}/migration.sql`);
}

function schemaOfLatestMigration(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspaceRoot, encoding: 'utf8' });
  const commit = git('log', '-1', '--format=%H', '--', 'prisma/migrations').trim();
  const file = join(mkdtempSync(join(tmpdir(), 'carechain-schema-')), 'schema.prisma');
  writeFileSync(file, git('show', `${commit}:prisma/schema.prisma`));
  return file;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
