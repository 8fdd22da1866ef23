/**
 * The gateway's database connections with a statement timeout: PostgreSQL cancels any one
 * statement of an operation that runs longer, so no request holds a connection, or the gateway,
 * for minutes. node-postgres takes `statement_timeout` from the connection string.
 */
export function withStatementTimeout(databaseUrl: string, timeoutMs: number): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('statement_timeout', String(timeoutMs));
  return url.toString();
}
