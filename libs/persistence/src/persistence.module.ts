import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  type DynamicModule,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { createSqlPool, SQL_POOL } from './care-event-store/sql-transaction';
import { createPrismaClient, PrismaClient } from './prisma';

export const PRISMA = Symbol('PrismaClient');
export const InjectPrisma = () => Inject(PRISMA);

@Injectable()
class PrismaLifecycle implements OnApplicationShutdown {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(SQL_POOL) private readonly pool: Pool,
  ) {}
  async onApplicationShutdown() {
    // An application closed twice (a test stopping a replica, then everything) ends its pool once.
    await Promise.all([this.prisma.$disconnect(), this.pool.ending ? undefined : this.pool.end()]);
  }
}

/** One Prisma client per service, and a small pg pool for the hot paths (SqlTransaction), closed on shutdown. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: PRISMA, useFactory: () => createPrismaClient(databaseUrl) },
        { provide: SQL_POOL, useFactory: () => createSqlPool(databaseUrl) },
        PrismaLifecycle,
      ],
      exports: [PRISMA, SQL_POOL],
    };
  }
}
