import { Client, escapeIdentifier, escapeLiteral } from 'pg';

/** The role the migrations grant what services may do (prisma/migrations/*_audit_trail_*). */
export const SERVICES_ROLE = 'carechain_services';

export interface Credentials {
  user: string;
  password: string;
}

/** The services' login on the embedded and test servers, which only ever listen on 127.0.0.1. */
export const localServiceLogin: Credentials = {
  user: 'carechain_service',
  password: 'carechain-local-service',
};

export function credentialsOf(url: string): Credentials {
  const { username, password } = new URL(url);
  return { user: decodeURIComponent(username), password: decodeURIComponent(password) };
}

/** The same server, database and options as `url`, as another role. */
export function withCredentials(url: string, { user, password }: Credentials): string {
  const other = new URL(url);
  other.username = encodeURIComponent(user);
  other.password = encodeURIComponent(password);
  return other.toString();
}

/**
 * Makes DATABASE_URL's role the services' login: a member of carechain_services and nothing more
 * (no superuser, no creating roles or databases), with the password the URL carries. Runs as the
 * migrating role, after the migrations; repeating it is harmless and rotates the password.
 */
export async function grantServiceLogin(migrationUrl: string, serviceUrl: string): Promise<void> {
  const service = credentialsOf(serviceUrl);
  if (!service.user || !service.password)
    throw new Error(
      "DATABASE_URL must name the services' role and its password (postgresql://user:password@…)",
    );
  if (service.user === credentialsOf(migrationUrl).user)
    throw new Error(
      `DATABASE_URL and MIGRATION_DATABASE_URL both use the role ${service.user}: the services need a role of their own, one that cannot erase the audit trail`,
    );
  const role = escapeIdentifier(service.user);
  const client = new Client({ connectionString: migrationUrl });
  await client.connect();
  try {
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${escapeLiteral(service.user)}) THEN CREATE ROLE ${role} LOGIN; END IF;
       END $$`,
    );
    await client.query(
      `ALTER ROLE ${role} WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${escapeLiteral(service.password)}`,
    );
    await client.query(`GRANT ${SERVICES_ROLE} TO ${role}`);
  } finally {
    await client.end();
  }
}

/** True once the role exists as a member of carechain_services (its password is not checked). */
export async function hasServiceLogin(migrationUrl: string, user: string): Promise<boolean> {
  const client = new Client({ connectionString: migrationUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `SELECT FROM pg_roles WHERE rolname = $1 AND pg_has_role(rolname, $2, 'MEMBER')`,
      [user, SERVICES_ROLE],
    );
    return !!rowCount;
  } finally {
    await client.end();
  }
}
