import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  type DynamicModule,
} from '@nestjs/common';
import { createPrismaClient, PrismaClient } from './prisma';

export const PRISMA = Symbol('PrismaClient');
export const InjectPrisma = () => Inject(PRISMA);

@Injectable()
class PrismaLifecycle implements OnApplicationShutdown {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}
  async onApplicationShutdown() {
    await this.prisma.$disconnect();
  }
}

/** One Prisma client per service, closed on shutdown. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [{ provide: PRISMA, useFactory: () => createPrismaClient(databaseUrl) }, PrismaLifecycle],
      exports: [PRISMA],
    };
  }
}
