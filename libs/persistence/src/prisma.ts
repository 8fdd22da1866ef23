import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export { Prisma, PrismaClient } from './generated/prisma/client';
export type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export function createPrismaClient(databaseUrl: string, poolSize = 10): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }),
    // Prisma's 5 s default aborts a thousand-event batch on a busy machine, and the retry is no faster:
    // the batch would never go through. A slow transaction is still a correct one.
    transactionOptions: { maxWait: 15_000, timeout: 60_000 },
  });
}
