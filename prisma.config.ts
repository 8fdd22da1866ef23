import './prisma/unref-long-timers';
import { defineConfig } from 'prisma/config';
import { createMigrateAdapter } from './prisma/migrate-adapter';

// Prisma 6.19 runs offline only through its Wasm schema engine and a JS driver adapter.
// Migrations run as the role that owns the tables (MIGRATION_DATABASE_URL), not the services' role.
// The URL must be parseable even for `generate`, or the CLI reaches for the native engine.
const databaseUrl =
  process.env.MIGRATION_DATABASE_URL ||
  (process.env.DATABASE_URL ||= 'postgresql://generate-only@localhost:5432/none');

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: () => createMigrateAdapter(databaseUrl, process.env.SHADOW_DATABASE_URL),
});
