import { Controller, Get, Global, Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  PrismaHealthIndicator,
  TerminusModule,
} from '@nestjs/terminus';
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
      this.admin
        .use('the broker', (admin) => admin.describeCluster())
        .then(
          () => null,
          (error: Error) => error.message,
        ),
    );
    return problem === null ? indicator.up() : indicator.down({ message: problem });
  }
}

const BROKER_GATES_READINESS = Symbol('BrokerGatesReadiness');

/**
 * Liveness says only that the process answers, so an orchestrator never restarts a service for an
 * outage elsewhere. Readiness needs the database and, where the service cannot work without it, the
 * broker; a service that keeps serving through a Kafka outage (intake fills the outbox, reads come
 * from PostgreSQL) stays ready and reports the broker's state in the details.
 */
@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: PrismaHealthIndicator,
    private readonly broker: BrokerHealth,
    private readonly admin: BrokerAdmin,
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(BROKER_GATES_READINESS) private readonly brokerGatesReadiness: boolean,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** `/health` is the same check: the platform scripts and older probes wait on it. */
  @Get(['ready', ''])
  @HealthCheck()
  async ready() {
    const gatedByBroker = this.admin.configured && this.brokerGatesReadiness;
    const result = await this.health.check([
      () => this.db.pingCheck('database', this.prisma, { timeout: 2000 }),
      ...(gatedByBroker ? [() => this.broker.check()] : []),
    ]);
    if (this.admin.configured && !gatedByBroker) Object.assign(result.details, await this.broker.check());
    return result;
  }
}

@Global()
@Module({})
export class HealthModule {
  /** `brokerGatesReadiness: false` for services that keep serving while Kafka is away. */
  static forRoot(options: { brokerGatesReadiness: boolean } = { brokerGatesReadiness: true }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController],
      providers: [
        BrokerAdmin,
        BrokerHealth,
        { provide: BROKER_GATES_READINESS, useValue: options.brokerGatesReadiness },
      ],
      exports: [BrokerAdmin],
    };
  }
}
