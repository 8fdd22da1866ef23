// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change.
// `prisma migrate dev` cannot run offline here (its Wasm engine exits with "null pointer passed to rust").
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postgresFromEnvOrEmbedded } from './local-postgres';
import { workspaceRoot } from './paths';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new Error('usage: npm run prisma:migration -- <snake_case_name>');
  const pg = await postgresFromEnvOrEmbedded('carechain');
  try {
    const sql = execFileSync(
      process.execPath,
      [
        require.resolve('prisma/build/index.js'),
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      { cwd: workspaceRoot, env: { ...process.env, DATABASE_URL: pg.migrationUrl }, encoding: 'utf8' },
    );
    if (sql.includes('This is an empty migration'))
      return console.log('schema and migrations agree; nothing to write');
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(workspaceRoot, 'prisma', 'migrations', `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    console.log(`wrote ${dir}/migration.sql`);
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
