import { ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { Prisma } from '@carechain/persistence';

// Prisma's codes for a server that cannot be reached, a connection that closed or timed out, no free connection.
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// SQLSTATE classes 08 (connection exception) and 57P (the server shutting down or starting up).
const SERVER_GONE = /^(08|57P)/;

interface DriverAdapterCause {
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
  if (error.name === 'DriverAdapterError')
    return isServerGone((error as { cause?: DriverAdapterCause }).cause);
  // node-postgres's own words for a connection that broke under a query.
  return /Connection terminated|not queryable/.test(error.message);
}

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
 * Runs `store`; while the event store cannot be reached the sender gets 503 with Retry-After
 * instead of a bare 500, and is told that sending the same events again is safe.
 */
export async function storeOr503<T>(res: Response, store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    res.setHeader('Retry-After', '5');
    throw new ServiceUnavailableException({
      status: 'unavailable',
      message:
        'the event store cannot be reached just now; the events may not have been stored: try again (sending the same event ids again is safe)',
    });
  }
}
