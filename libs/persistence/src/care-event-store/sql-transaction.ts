import { createHash } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import type { PrismaClient } from '../prisma';

/**
 * The part of a transaction the hot paths use: raw SQL as tagged templates, as on Prisma's
 * transaction client (which satisfies it). Run on the pg driver (`inSqlTransaction`), a statement
 * with a thousand rows' arrays costs a sixth of the CPU it costs through Prisma's query compiler.
 * Results come as node-postgres reads them: int8 as a string, so hot-path SQL casts what it reads.
 */
export interface SqlTransaction {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

export const SQL_POOL = Symbol('SqlPool');

/**
 * A small pool beside Prisma's for the hot paths; it connects only when first used. By default it
 * waits for a free connection as long as Prisma waits for a transaction (prisma.ts), and then the
 * caller is told the store is busy.
 */
/** Connections of a service's pool; what runs side by side on it (the HL7 listener's groups) fits this. */
export const SQL_POOL_SIZE = 4;

export function createSqlPool(
  databaseUrl: string,
  size = SQL_POOL_SIZE,
  connectionTimeoutMillis = 15_000,
): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: size, connectionTimeoutMillis });
  // An idle connection the server dropped is replaced at the next checkout; nothing to do here.
  pool.on('error', () => undefined);
  return pool;
}

/** One transaction for a hot path: on the pg pool when the service has one, else through Prisma. */
export function inTransactionOn<T>(
  prisma: PrismaClient,
  pool: Pool | undefined,
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  return pool ? inSqlTransaction(pool, work) : prisma.$transaction(work);
}

/** Runs `work` in one transaction on a connection of `pool`; rolled back if it throws. */
export async function inSqlTransaction<T>(pool: Pool, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection that dies while checked out emits 'error' on its client, which the pool only
  // listens for on idle ones: unheard, it would end the process. The next query fails instead.
  const onError = (error: Error) => (broken = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(sqlOn(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** One statement on its own, its own transaction: for a hot path that needs no interactive one. */
export function sqlOutsideTransaction(pool: Pool): SqlTransaction {
  return sqlOn(pool);
}

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `q-${createHash('sha1').update(text).digest('hex')}`));
  return name;
}

function sqlOn(client: Pool | PoolClient): SqlTransaction {
  const text = (strings: TemplateStringsArray) =>
    strings.reduce((sql, part, i) => (i === 0 ? part : `${sql}$${i}${part}`), '');
  return {
    $queryRaw: async <T>(strings: TemplateStringsArray, ...values: unknown[]) =>
      (await client.query(text(strings), values)).rows as T,
    $executeRaw: async (strings: TemplateStringsArray, ...values: unknown[]) =>
      (await client.query(text(strings), values)).rowCount ?? 0,
    $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
      (await client.query(query, values)).rowCount ?? 0,
    // Named, a statement built once in code is parsed and planned once per connection.
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
      (await client.query({ name: statementName(query), text: query, values })).rows as T,
  };
}
