import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export { Prisma, PrismaClient } from './generated/prisma/client';
export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * `schema` puts the whole client in another schema: Prisma's queries name it, and the search path
 * sends raw SQL's unqualified table names there too.
 */
export function createPrismaClient(databaseUrl: string, poolSize = 10, schema?: string): PrismaClient {
  return new PrismaClient({
    adapter: schema
      ? new PrismaPg(
          { connectionString: databaseUrl, max: poolSize, options: `-c search_path=${schema}` },
          { schema },
        )
      : new PrismaPg({ connectionString: databaseUrl, max: poolSize }),
    // Prisma's 5 s default aborts a thousand-event batch on a busy machine, and the retry is no faster:
    // the batch would never go through. A slow transaction is still a correct one.
    transactionOptions: { maxWait: 15_000, timeout: 60_000 },
  });
}
