import { ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import {
  createPrismaClient,
  createSqlPool,
  inSqlTransaction,
  sqlOutsideTransaction,
  type PrismaClient,
} from '@carechain/persistence';
import { createTestDatabase, type TestDatabase } from '@carechain/testing';
import { storeOr503 } from './database-unavailable';

describe('an event store too busy to start a transaction in time', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 1);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('answers 503 with Retry-After, not 500, while every connection is taken', async () => {
    let release!: () => void;
    let taken!: () => void;
    const isTaken = new Promise<void>((resolve) => (taken = resolve));
    const holder = prisma.$transaction(async () => {
      taken();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isTaken;
    const headers = new Map<string, string>();
    const res = {
      setHeader: (name: string, value: string) => headers.set(name, value),
    } as unknown as Response;

    // The pool hands the connection over only when it is free, and the wait is judged then.
    const answer = storeOr503(res, () => prisma.$transaction(async () => 'stored', { maxWait: 200 }));
    setTimeout(release, 1000);

    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableException);
    expect(headers.get('Retry-After')).toBe('5');
    await holder;
  });

  it('answers 503 with Retry-After while every connection of the intake pg pool is taken', async () => {
    const pool = createSqlPool(db.url, 1, 200);
    let release!: () => void;
    let taken!: () => void;
    const isTaken = new Promise<void>((resolve) => (taken = resolve));
    const holder = inSqlTransaction(pool, async () => {
      taken();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isTaken;
    const headers = new Map<string, string>();
    const res = {
      setHeader: (name: string, value: string) => headers.set(name, value),
    } as unknown as Response;

    const answer = storeOr503(res, () => inSqlTransaction(pool, async () => 'stored'));
    // A batch without versioned events is stored by one statement outside a transaction.
    const oneStatement = storeOr503(res, async () => sqlOutsideTransaction(pool).$queryRaw`SELECT 1`);
    setTimeout(release, 1000);

    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(oneStatement).rejects.toBeInstanceOf(ServiceUnavailableException);
    expect(headers.get('Retry-After')).toBe('5');
    await holder;
    await pool.end();
  });
});
