import { Prisma } from '@carechain/persistence';
import type { DriverAdapterCause } from './database-unavailable';

/**
 * The codes of an error that came from the database (Prisma's, the server's SQLSTATE), or null for
 * any other. Its message is not for a reader outside the service: it repeats the statement's values
 * and, from Prisma, the code around the call.
 */
export function databaseErrorCode(error: Error): string | null {
  const { code, severity, cause } = error as {
    code?: unknown;
    severity?: unknown;
    cause?: DriverAdapterCause;
  };
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const adapter = (error.meta?.driverAdapterError as { cause?: DriverAdapterCause } | undefined)?.cause;
    const sqlState = adapter?.originalCode ?? adapter?.code;
    return sqlState ? `${error.code}, SQLSTATE ${sqlState}` : error.code;
  }
  if (error.name === 'DriverAdapterError')
    return `SQLSTATE ${cause?.originalCode ?? cause?.kind ?? 'unknown'}`;
  if (error.name.startsWith('PrismaClient')) return error.name;
  // node-postgres: the server's error, with its severity and SQLSTATE.
  if (typeof severity === 'string' && typeof code === 'string') return `SQLSTATE ${code}`;
  return null;
}

/** What went wrong, fit for a log or a reader outside the service: a database's codes, never its words. */
export function failureOf(error: Error): string {
  const code = databaseErrorCode(error);
  return code ? `the database refused it (${code})` : error.message.slice(0, 500);
}
