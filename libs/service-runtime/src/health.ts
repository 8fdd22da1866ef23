import { Controller, Get, Global, Injectable, Module } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, PrismaHealthIndicator, TerminusModule } from '@nestjs/terminus';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { BrokerAdmin, Recent } from './health-broker';

/** Whether the broker answers, asked at most once every few seconds however often probes come. */
@Injectable()
class BrokerHealth {
  private readonly recent = new Recent<string | null>(3000);

  constructor(
    private readonly admin: BrokerAdmin,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check() {
    const indicator = this.indicators.check('broker');
    const problem = await this.recent.get(() =>
      this.admin.use('the broker', (admin) => admin.describeCluster()).then(
        () => null,
        (error: Error) => error.message,
      ),
    );
    return problem === null ? indicator.up() : indicator.down({ message: problem });
  }
}

/**
 * Liveness says only that the process answers, so an orchestrator never restarts a service for an
 * outage elsewhere. Readiness needs the database and, where the service uses one, the broker.
 */
@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: PrismaHealthIndicator,
    private readonly broker: BrokerHealth,
    private readonly admin: BrokerAdmin,
    @InjectPrisma() private readonly prisma: PrismaClient,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** `/health` is the same check: the platform scripts and older probes wait on it. */
  @Get(['ready', ''])
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', this.prisma, { timeout: 2000 }),
      ...(this.admin.configured ? [() => this.broker.check()] : []),
    ]);
  }
}

@Global()
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [BrokerAdmin, BrokerHealth],
  exports: [BrokerAdmin],
})
export class HealthModule {}
