import { migrate } from './migrate';
import { grantServiceLogin } from './service-login';

// Production's one-shot database step (infra: the migrate container and Job): the migrations as
// MIGRATION_DATABASE_URL's role, then DATABASE_URL's role made the services' login.
async function main() {
  const { MIGRATION_DATABASE_URL: migrationUrl, DATABASE_URL: serviceUrl } = process.env;
  const missing = [
    !migrationUrl && 'MIGRATION_DATABASE_URL (the role that owns the tables and runs the migrations)',
    !serviceUrl && "DATABASE_URL (the services' role; created or given this password here)",
  ].filter(Boolean);
  if (missing.length) throw new Error(`missing: ${missing.join('; ')}`);
  migrate(migrationUrl!);
  console.log('database migrated');
  await grantServiceLogin(migrationUrl!, serviceUrl!);
  console.log("the services' role may add to the audit trail, not erase it");
}

main().catch((error) => {
  console.error(`database set-up failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
