import { Prisma } from '@carechain/persistence';

// Prisma's codes for a server that cannot be reached, a connection that closed or timed out, no free
// connection, and a transaction that could not be started (or was closed) in the time allowed.
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
// SQLSTATE classes 08 (connection exception) and 57P (the server shutting down or starting up).
const SERVER_GONE = /^(08|57P)/;

export interface DriverAdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
}

/** Whether `error` says the database is away (restart, failover, network), not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return (
      UNREACHABLE.has(error.code) ||
      isServerGone((error.meta?.driverAdapterError as { cause?: DriverAdapterCause } | undefined)?.cause)
    );
  }
  if (!(error instanceof Error)) return false;
  // With driver adapters, a transaction that cannot start in time is thrown as Prisma's own
  // TransactionManagerError, not as a known request error, though it carries the same code.
  if (UNREACHABLE.has(String((error as { code?: unknown }).code))) return true;
  if (error.name === 'DriverAdapterError')
    return isServerGone((error as { cause?: DriverAdapterCause }).cause);
  // node-postgres (hot paths on SqlTransaction): the server's SQLSTATE or the socket's error code.
  const code = String((error as { code?: unknown }).code ?? '');
  if (SERVER_GONE.test(code) || SOCKET_GONE.has(code)) return true;
  // node-postgres's own words for a connection that broke under a query, or no free connection in time.
  return /Connection terminated|not queryable|timeout exceeded when trying to connect/.test(error.message);
}

const SOCKET_GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function isServerGone(cause: DriverAdapterCause | undefined): boolean {
  if (!cause) return false;
  if (
    ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(
      cause.kind ?? '',
    )
  )
    return true;
  return SERVER_GONE.test(cause.code ?? cause.originalCode ?? '');
}

/**
 * Whether trying the same work again later can succeed: the database is away, or it rolled the
 * transaction back for a conflict with another (serialization failure, deadlock: SQLSTATE 40xxx).
 */
export function isTransientDatabaseError(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: DriverAdapterCause } | undefined)?.cause;
    return error.code === 'P2034' || /^40/.test(cause?.code ?? cause?.originalCode ?? '');
  }
  const { cause, code } = (error ?? {}) as { cause?: DriverAdapterCause; code?: unknown };
  return /^40/.test(cause?.originalCode ?? '') || /^40/.test(typeof code === 'string' ? code : '');
}
